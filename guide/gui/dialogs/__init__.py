"""The window's dialogs: importing articles and watch history, data safety (export, merge,
backup, restore), sync, help, notes in conflict."""
