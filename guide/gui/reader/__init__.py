"""The article page: the reader, its HTML, the side panel (infobox, contents) and the notes
editor."""
