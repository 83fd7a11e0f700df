"""Persistence of the server: SQLAlchemy 2.0 models, engine and the sync change index."""
