"""End to end: real processes and components (Syncthing, MediaWiki, the AT-SPI bus, the
PyInstaller bundle), started by the tests that need them."""
