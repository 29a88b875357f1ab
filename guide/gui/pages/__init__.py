"""The centre's pages: Continue Watching, History, All Notes, a show's page, Statistics,
Upcoming, search results."""
