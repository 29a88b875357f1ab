"""Tests of each part of guide/, by its folder: core, cli, gui."""
