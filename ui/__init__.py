"""PySide6 desktop application of the back office (staff side)."""
