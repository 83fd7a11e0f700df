"""The local offline cache: SQLite through SQLAlchemy, the outbox of unsent changes, and the
migrations of the cache's schema. Never imports QtWidgets."""
