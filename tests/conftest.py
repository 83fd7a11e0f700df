"""Settings for the whole suite. Qt renders offscreen: set before anything imports Qt."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

# The server fixtures (a migrated database of each kind, a live server, a small
# organisation) serve the server's tests and the desktop's alike.
pytest_plugins = ["tests.fixtures.server"]
