"""How much memory SQLite holds in this process (sqlite3_memory_used of the library the
sqlite3 module uses), for tests of releasing it."""

import ctypes
import ctypes.util

from recruiter_desktop.store.database import Cache

# The library the sqlite3 module is linked to, already loaded: the same instance.
_used = ctypes.CDLL(ctypes.util.find_library("sqlite3")).sqlite3_memory_used
_used.restype = ctypes.c_int64

FILLER_ROWS = 60_000


def sqlite_memory_used() -> int:
    """Bytes SQLite has allocated and not freed, over every connection of the process."""
    return int(_used())


def fill_writer_cache(cache: Cache) -> None:
    """Write about 15 MB of rows, so the writer's page cache holds them (as after a bulk
    load)."""
    with cache.write() as conn:
        conn.execute("CREATE TABLE filler (line TEXT)")
        lines = ((f"{i:0250}",) for i in range(FILLER_ROWS))
        conn.executemany("INSERT INTO filler VALUES (?)", lines)
