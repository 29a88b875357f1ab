"""The Qt face of Episode Guide: models, views and dialogs over guide.core."""
