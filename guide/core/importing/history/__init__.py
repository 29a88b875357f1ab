"""Bringing watch history from the trackers people leave: Trakt, TV Time, SeriesGuide, Kodi
and Jellyfin, Netflix. Read (:mod:`.reading`), matched to articles (:mod:`.matching`), and
recorded as one undoable operation (:mod:`.plan`)."""
