"""Recruiter Desktop: the offline-first PySide6 client of the ATS (see DESIGN.md)."""
