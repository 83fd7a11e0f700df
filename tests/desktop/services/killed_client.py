"""A desktop client process for the kill -9 test: syncs, queues notes, prints QUEUED, then
pushes them (the test holds the server's answer back and kills this process meanwhile).

    python -m tests.desktop.services.killed_client SERVER_URL DATA_DIR CANDIDATE_ID COUNT
"""

import asyncio
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from recruiter_desktop.store import local_writes
from tests.desktop.services.desktop import sign_in


async def main(url: str, data_dir: Path, candidate_id: str, count: int) -> None:
    session = await sign_in(url, "recruiter@example.org", data_dir)
    await session.engine.sync_now()
    for i in range(count):
        local_writes.create_note(session.cache, candidate_id, f"before the kill {i}")
    print("QUEUED", flush=True)
    await session.engine.sync_now()


if __name__ == "__main__":
    app = QCoreApplication([])
    asyncio.run(main(sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])))
