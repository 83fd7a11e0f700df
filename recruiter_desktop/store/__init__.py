"""The local offline cache: one SQLite file per server and user (WAL, FTS5), never importing
Qt or the network.

- paths: where the cache files live.
- schema: the tables (entity tables derived from the wire models), the search index's DDL.
- database: `open_cache` -> `Cache` (one writer, pooled readers), the schema's versions.
- apply: feed pages into the cache (one transaction per page, with its cursor); `reset`.
- search_index: the full-text rows over candidates, kept in step with the rows.
- outbox, sync_state: the queue of unsent changes; the cursor, identity and user messages.
- local_writes: the user's changes, applied optimistically and queued; `settle`, `undo`,
  `rebase`. optimistic: the effects of each mutation type and how they are taken back.
  hints: what a queued change showed that the server is not sent (a linked profile).
- queries, search: what the views read.
"""
