"""Sync between computers: a folder that a sync engine replicates, and the portable export
that carries personal data by hand."""
