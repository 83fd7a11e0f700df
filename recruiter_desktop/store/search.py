"""Search-as-you-type over the cached candidates: ranked prefix matches from the FTS5 index.

Every word typed must start a word of the candidate's name, e-mail, headline, location,
tags or the titles of the jobs they are in, ignoring case and accents ("jime" finds
"Jiménez", "ana sil" finds "Ana Silva"). Results are ranked in tiers, best first:

1. `NAME_EXACT`: every word typed is a whole word of the name ("silva", "ana silva").
2. `NAME_START`: the name starts with the words typed, each a prefix ("an", "ana sil").
3. `NAME_WORDS`: every word typed starts some word of the name ("sil", "silva an").
4. `OTHER`: every word typed starts a word somewhere, not all in the name ("python").

Within a tier, candidates whose search row is newest come first (the index is keyed by the
candidates' rowids: the order in which they reached this cache, which on a first sync is the
order of their last change on the server).

Why tiers and not bm25: bm25 must score every row that matches, and a one- or two-letter
prefix matches tens of thousands of candidates (17-38 ms p95 for two letters on 100,000,
DESIGN.md). Each tier is one FTS5 query walked in rowid order, which SQLite stops after
`limit` rows: the cost does not grow with the number of matches. The tiers express what
bm25 would mostly decide here anyway (a name hit beats a headline hit; a whole word beats a
prefix), and the ranking is exact rather than an approximation over a bounded sample.
"""

import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from recruiter_desktop.store.schema import FTS_TABLE, SEARCH_FOLDS

MAX_LIMIT = 200
# Words beyond these add nothing a user could want from a search box and cost a term each.
MAX_WORDS = 8
_WORD = re.compile(r"[^\W_]+")
FIELDS = ("name", "email", "headline", "location", "tags", "jobs")


class MatchKind(StrEnum):
    """How a candidate matched the text, best first (the order of the results)."""

    NAME_EXACT = "name_exact"
    NAME_START = "name_start"
    NAME_WORDS = "name_words"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class FieldMatch:
    """A field holding a word typed: `field` is one of FIELDS, `text` the value as shown
    (for tags and jobs, the one tag or job title that matched)."""

    field: str
    text: str


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One candidate found, with what matched."""

    candidate_id: str
    first_name: str
    last_name: str
    email: str | None
    headline: str
    location: str
    match: MatchKind
    matched: tuple[FieldMatch, ...]


_FOLDS = str.maketrans({letter: plain.lower() for letter, plain in SEARCH_FOLDS})


def fold(text: str) -> str:
    """`text` as the search index compares it: lower case, accents removed ("Jiménez" ->
    "jimenez"). The same folding as FTS5's `unicode61 remove_diacritics 2` tokenizer, so a
    word folded here is a word of the index. Letters that Unicode does not decompose into a
    base letter and an accent (ł, ø, æ, ß) are folded as the index folds names
    (schema.SEARCH_FOLDS)."""
    decomposed = unicodedata.normalize("NFD", text.lower().translate(_FOLDS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Every word of `text` as the index splits and folds it."""
    return _WORD.findall(fold(text))


def _quoted(word: str) -> str:
    # A quoted string is one token to FTS5 whatever it holds: user text cannot inject syntax.
    return '"' + word.replace('"', '""') + '"'


def _tiers(typed: list[str]) -> list[tuple[MatchKind, str]]:
    """The FTS5 query of each tier, best first."""
    exact = " AND ".join(f"name : {_quoted(w)}" for w in typed)
    start = "name : ^ " + " + ".join(f"{_quoted(w)}*" for w in typed)
    in_name = " AND ".join(f"name : {_quoted(w)}*" for w in typed)
    anywhere = " AND ".join(f"{_quoted(w)}*" for w in typed)
    return [
        (MatchKind.NAME_EXACT, exact),
        (MatchKind.NAME_START, start),
        (MatchKind.NAME_WORDS, in_name),
        (MatchKind.OTHER, anywhere),
    ]


_TIER_SQL = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? ORDER BY rowid DESC LIMIT ?"  # noqa: S608 (a schema name)
_HITS_SQL = (
    "SELECT c.rowid, c.id, c.first_name, c.last_name, c.email, c.headline, c.location, c.tags"
    " FROM candidates AS c WHERE c.rowid IN (SELECT value FROM json_each(?))"
)
_JOB_TITLES_SQL = (
    "SELECT DISTINCT a.candidate_id, j.title FROM applications AS a"
    " JOIN jobs AS j ON j.id = a.job_id"
    " WHERE a.candidate_id IN (SELECT value FROM json_each(?))"
    " ORDER BY a.candidate_id, j.title"
)


def search(conn: sqlite3.Connection, text: str, limit: int = 20) -> list[SearchHit]:
    """The candidates matching `text`, best first (see the module's docstring), at most
    `limit` (1 to MAX_LIMIT). Text without any word (blank, punctuation) finds nothing.

    `conn` is a read connection of the cache (`Cache.read()`)."""
    if not 1 <= limit <= MAX_LIMIT:
        raise ValueError(f"A search returns 1 to {MAX_LIMIT} candidates, not {limit}.")
    typed = words(text)[:MAX_WORDS]
    if not typed:
        return []
    # No read transaction around the statements: a sync committing between them can only
    # take away a candidate found, which is then left out.
    ranked = _ranked(conn, typed, limit)
    if not ranked:
        return []
    rows = {row[0]: row[1:] for row in conn.execute(_HITS_SQL, (json.dumps(list(ranked)),))}
    others = [rows[r][0] for r, kind in ranked.items() if kind is MatchKind.OTHER and r in rows]
    titles: dict[str, list[str]] = {}
    if others:
        for candidate_id, title in conn.execute(_JOB_TITLES_SQL, (json.dumps(others),)):
            titles.setdefault(candidate_id, []).append(title)
    hits = []
    for rowid, kind in ranked.items():
        if rowid not in rows:
            continue
        candidate_id, first, last, email, headline, location, tags = rows[rowid]
        name = f"{first} {last}"
        if kind is MatchKind.OTHER:
            matched = _matched(
                typed,
                name=name,
                email=email or "",
                headline=headline,
                location=location,
                tags=json.loads(tags),
                jobs=titles.get(candidate_id, []),
            )
        else:
            matched = (FieldMatch("name", name),)
        hits.append(SearchHit(candidate_id, first, last, email, headline, location, kind, matched))
    return hits


def _ranked(conn: sqlite3.Connection, typed: list[str], limit: int) -> dict[int, MatchKind]:
    """The search rows found (rowids, best first) and the tier of each."""
    ranked: dict[int, MatchKind] = {}
    for kind, expression in _tiers(typed):
        # A later tier finds again the rows of earlier ones (a name that starts with the
        # words also holds them): ask for enough to fill the page with new ones.
        for (rowid,) in conn.execute(_TIER_SQL, (expression, limit + len(ranked))):
            ranked.setdefault(rowid, kind)
            if len(ranked) == limit:
                return ranked
    return ranked


def _matched(
    typed: list[str],
    *,
    name: str,
    email: str,
    headline: str,
    location: str,
    tags: list[str],
    jobs: list[str],
) -> tuple[FieldMatch, ...]:
    """The fields (and for lists, the values) that hold a word starting with a word typed."""

    def hit(value: str) -> bool:
        return any(w.startswith(t) for w in words(value) for t in typed)

    found = [
        FieldMatch(field, value)
        for field, value in (
            ("name", name),
            ("email", email),
            ("headline", headline),
            ("location", location),
        )
        if hit(value)
    ]
    found.extend(FieldMatch("tags", tag) for tag in tags if hit(tag))
    found.extend(FieldMatch("jobs", title) for title in jobs if hit(title))
    return tuple(found)
