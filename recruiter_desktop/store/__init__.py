"""The local offline cache: one SQLite file per server and user (WAL) and its search index
(FTS5) in a file beside it, never importing Qt or the network.

- paths: where the cache files live.
- schema: the tables (entity tables derived from the wire models), the search index's DDL.
- database: `open_cache` -> `Cache` (one writer, pooled readers), the schema's versions.
- apply: feed pages into the cache (one transaction per page, with its cursor); `reset`.
- search_index: the full-text rows over candidates, kept in step with the rows.
- sql_apart: heavy SQL in a process of its own (the search index built beside the cache's
  indexes at the end of a first sync).
- outbox, sync_state: the queue of unsent changes; the cursor, identity and user messages.
- local_writes: the user's changes, applied optimistically and queued; `settle`, `undo`,
  `rebase`. optimistic: the effects of each mutation type and how they are taken back.
  hints: what a queued change showed that the server is not sent (a linked profile).
- queries, search: what the views read.
"""
