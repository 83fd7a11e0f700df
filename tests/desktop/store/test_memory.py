"""Releasing the memory a bulk load used: the writer's page cache, and the C heap's."""

from recruiter_desktop.store.database import Cache
from recruiter_desktop.store.memory import release_memory, trim_heap
from tests.desktop.sqlite_memory import fill_writer_cache, sqlite_memory_used

MB = 1 << 20


def test_release_frees_the_writers_page_cache(cache: Cache) -> None:
    fill_writer_cache(cache)
    filled = sqlite_memory_used()
    release_memory(cache)
    assert sqlite_memory_used() < filled - 5 * MB
    with cache.read() as conn:  # the cache reads and writes as before
        assert conn.execute("SELECT count(*) FROM filler").fetchone()[0] > 0
    with cache.write() as conn:
        conn.execute("DELETE FROM filler")


def test_the_heap_is_trimmed_on_linux_with_glibc() -> None:
    assert trim_heap()
