"""What comes into the library from outside: article files (``articles``), the bundled
samples, and watch history from other trackers' exports (``history``)."""
