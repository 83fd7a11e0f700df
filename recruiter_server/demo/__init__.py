"""The demo organisation that `recruiter-server seed-demo` creates (see seed.py)."""
