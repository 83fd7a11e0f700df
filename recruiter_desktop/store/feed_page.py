"""A page of the sync feed in its rows shape (recruiter_api.sync.RowsPage), grouped for
writing.

The rows shape sends each upserted row as the list of its values, in the order the page's
`fields` name them: when that order is the cache's column order (it is, both being the wire
model's), the lists go to `executemany` as they are, with no object and no conversion a
row. Grouping checks each change's form on the way (one pass, a few operations a row), so a
malformed page is refused in words before anything is written.
"""

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from recruiter_desktop.store.schema import ENTITIES

UPSERT = "upsert"
DELETE = "delete"


@dataclass
class Run:
    """Consecutive changes of one operation, grouped by entity: upserted rows (value
    lists) or deleted ids. Runs are applied in page order, so a row deleted and then
    upserted again within a page ends up present."""

    op: str
    rows: dict[str, list[Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class PageRows:
    """A page's changes of the entities this cache holds, ready to write."""

    fields: Mapping[str, Sequence[str]]
    runs: list[Run]
    count: int
    skipped: Mapping[str, int]

    def upserted(self, entity: str) -> list[list[Any]]:
        """Every upserted row of `entity` in the page."""
        return [row for run in self.runs if run.op == UPSERT for row in run.rows.get(entity, ())]

    def deleted(self, entity: str) -> list[str]:
        """Every deleted id of `entity` in the page."""
        return [i for run in self.runs if run.op == DELETE for i in run.rows.get(entity, ())]

    def column(self, entity: str, name: str) -> list[Any]:
        """The `name` values of the page's upserted `entity` rows."""
        at = list(self.fields[entity]).index(name)
        return [row[at] for row in self.upserted(entity)]


class BadPage(ValueError):
    """The page is not in the form of the feed's rows shape; the message says how."""


def group(fields: Mapping[str, Sequence[str]], changes: Sequence[Any]) -> PageRows:
    """Group a decoded page's `changes` by run and entity; changes of entities this cache
    does not hold (a newer server's) are counted in `skipped`, not refused."""
    widths = _widths(fields)
    runs: list[Run] = []
    run = Run("")
    skipped: Counter[str] = Counter()
    for change in changes:
        try:
            entity, op, value = change[0], change[1], change[2]
        except (TypeError, IndexError, KeyError) as exc:
            raise BadPage(f"A change of the page is not a list: {change!r:.80}") from exc
        if op != run.op:
            run = Run(op)
            runs.append(run)
        width = widths.get(entity)
        if width is None:
            if op not in (UPSERT, DELETE) or not isinstance(entity, str):
                raise BadPage(f"A change of the page is not an upsert or a delete: {op!r:.40}")
            skipped[entity] += 1
        elif op == UPSERT:
            if type(value) is not list or len(value) != width:
                raise BadPage(f"An upserted {entity} does not have its {width} fields.")
            run.rows.setdefault(entity, []).append(value)
        elif op == DELETE:
            if type(value) is not str:
                raise BadPage(f"A deleted {entity} has no id.")
            run.rows.setdefault(entity, []).append(value)
        else:
            raise BadPage(f"A change of the page is not an upsert or a delete: {op!r:.40}")
    known = {entity: list(fields[entity]) for entity in widths}
    counted = len(changes) - sum(skipped.values())
    return PageRows(known, [r for r in runs if r.rows], counted, dict(skipped))


def _widths(fields: Mapping[str, Sequence[str]]) -> dict[str, int]:
    """How many values a row of each entity the cache holds has in this page."""
    widths: dict[str, int] = {}
    for entity in ENTITIES:
        names = fields.get(entity)
        if names is not None:
            if "id" not in names:
                raise BadPage(f"The server's fields of {entity} have no id.")
            widths[entity] = len(names)
    return widths
