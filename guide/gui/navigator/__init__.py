"""The navigator: shows, seasons and episodes in broadcast order (model, view, context menu)."""
