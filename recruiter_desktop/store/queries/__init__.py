"""What the views show, read from the cache: plain dataclasses, never SQLAlchemy objects.

Every list is paged and none reads a whole table: a query walks an index in the order it
returns rows, or sorts only the rows of one job, pool or candidate. A page is read in two
steps: the rowids of its rows, in order, from an index alone (skipping `offset` rows reads no
table row), then only those rows.

Each function takes a read connection of the cache (`Cache.read()`); one that reads several
tables does so in one read transaction, so it returns one moment's state. Ids are the UUID
text the cache stores; times are aware UTC datetimes. One module a screen: jobs, pipeline,
pools, candidates; common.py holds what they share. Search is in store/search.py.
"""
