"""Giving back the memory a bulk load (a first sync) used.

A first sync of 100,000 candidates leaves the writer's page cache full (up to 64 MB:
database.py's cache_size, which speeds up the load) and the C heap with well over 100 MB
freed but kept: the pages were decoded and written in several worker threads, each
allocating from a heap arena of its own, and glibc gives freed memory in the middle of an
arena back only when asked. Measured at full size (benchmarks/memory.py), the app's
resident memory went from 345 MB after the sync to about 210 MB once both were released.
"""

import ctypes
import sys

from recruiter_desktop.store.database import Cache


def release_memory(cache: Cache) -> None:
    """Let SQLite free the writer's page cache (it fills again as later writes need it),
    then hand the C heap's free pages back to the system. Call it off the GUI thread: it
    waits for the writer."""
    with cache.write() as conn:
        conn.execute("PRAGMA shrink_memory")
    trim_heap()


def trim_heap() -> bool:
    """glibc's `malloc_trim(0)`: every free page of every heap arena back to the system.
    False where the C library has no such call (not Linux, or not glibc)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        trim = ctypes.CDLL(None).malloc_trim  # the process's own C library
    except (OSError, AttributeError):
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    trim(0)
    return True
