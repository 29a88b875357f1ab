"""Read-only answers for the pages and the CLI: Up Next, statistics, the library check,
upcoming airdates, articles written back to files."""
