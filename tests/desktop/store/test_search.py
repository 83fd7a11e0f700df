"""Search-as-you-type over a cache filled through a real server's feed: what is found, in
which order, and what matched; checked by hand on known names, and against a plain Python
ranking of every cached candidate for hundreds of prefixes of real names."""

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from recruiter_desktop.store.database import Cache
from recruiter_desktop.store.search import (
    MAX_LIMIT,
    FieldMatch,
    MatchKind,
    SearchHit,
    fold,
    search,
    words,
)
from tests.desktop.store.seeded_org import SeededOrg, seeded_org
from tests.desktop.store.server_feed import Feed
from tests.server.world import World


@pytest.fixture(scope="module")
def org(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Iterator[SeededOrg]:
    with seeded_org(tmp_path_factory.mktemp("search"), sqlite_template) as built:
        yield built


def find(cache: Cache, text: str, limit: int = 20) -> list[SearchHit]:
    with cache.read() as conn:
        return search(conn, text, limit)


def names(hits: list[SearchHit]) -> list[str]:
    return [f"{h.first_name} {h.last_name}" for h in hits]


# --- Known names ---------------------------------------------------------------------------


def test_words_typed_in_order_find_the_name_that_starts_with_them(org: SeededOrg) -> None:
    hits = find(org.admin, "ana sil")

    assert hits, "nothing found for 'ana sil'"
    assert org.named["Ana Silva"] in [h.candidate_id for h in hits]
    assert org.named["Anabel Silvestre"] in [h.candidate_id for h in hits]
    for hit in hits:
        first, *rest = words(f"{hit.first_name} {hit.last_name}")
        assert first.startswith("ana") and rest[0].startswith("sil"), hit
        assert hit.match is MatchKind.NAME_START
        assert hit.matched == (FieldMatch("name", f"{hit.first_name} {hit.last_name}"),)


def test_whole_words_of_the_name_come_before_words_it_only_starts(org: SeededOrg) -> None:
    hits = find(org.admin, "ana", limit=MAX_LIMIT)

    kinds = [h.match for h in hits]
    assert kinds == sorted(kinds, key=list(MatchKind).index)
    ids = [h.candidate_id for h in hits]
    assert ids.index(org.named["Ana Silva"]) < ids.index(org.named["Anabel Silvestre"])
    assert {h.match for h in hits if h.candidate_id == org.named["Ana Silva"]} == {
        MatchKind.NAME_EXACT
    }
    assert all(
        "ana" in words(h.first_name + " " + h.last_name)
        for h in hits
        if h.match is MatchKind.NAME_EXACT
    )
    # Whole words in any order.
    reverse = find(org.admin, "silva ana", limit=MAX_LIMIT)
    assert [h.match for h in reverse if h.candidate_id == org.named["Ana Silva"]] == [
        MatchKind.NAME_EXACT
    ]


def test_case_and_accents_do_not_matter(org: SeededOrg) -> None:
    for typed in ("jurgen weiß", "JÜRGEN WEI", "jürgen", "Jurg"):
        assert org.named["Jürgen Weiß"] in [h.candidate_id for h in find(org.admin, typed)], typed
    for typed in ("zoe akesson", "ZOË ÅKE", "zo ak", "ume"):
        assert org.named["Zoë Åkesson"] in [
            h.candidate_id for h in find(org.admin, typed, MAX_LIMIT)
        ], typed


def test_a_word_found_outside_the_name_says_where(org: SeededOrg) -> None:
    [django] = [h for h in find(org.admin, "djang") if h.candidate_id == org.named["Ana Silva"]]
    assert django.match is MatchKind.OTHER
    assert django.matched == (FieldMatch("tags", "django"),)

    [lisbon] = find(org.admin, "lisbon backend")
    assert lisbon.candidate_id == org.named["Ana Silva"]
    assert lisbon.matched == (
        FieldMatch("headline", "Backend developer"),
        FieldMatch("location", "Lisbon, Portugal"),
    )

    # The titles of the jobs a candidate is in: Zoë applied to both world jobs.
    zoe = [h for h in find(org.admin, "zoe sales", MAX_LIMIT) if h.first_name == "Zoë"]
    assert [h.matched for h in zoe] == [
        (FieldMatch("name", "Zoë Åkesson"), FieldMatch("jobs", "Sales engineer"))
    ]


def test_text_without_words_finds_nothing_and_syntax_is_only_text(org: SeededOrg) -> None:
    assert find(org.admin, "") == []
    assert find(org.admin, "  -- !! ") == []
    # FTS5 operators and quotes typed by a user are words or nothing, never query syntax.
    assert find(org.admin, 'ana" OR silva*') == find(org.admin, "ana or silva")
    assert find(org.admin, "NEAR(ana silva)") == find(org.admin, "near ana silva")
    assert find(org.admin, "qqqqzzzz") == []


def test_the_limit_is_kept_and_checked(org: SeededOrg) -> None:
    assert len(find(org.admin, "a", limit=7)) == 7
    assert len(find(org.admin, "a", limit=MAX_LIMIT)) == MAX_LIMIT
    with pytest.raises(ValueError, match="1 to 200"):
        find(org.admin, "a", limit=0)
    with pytest.raises(ValueError, match="1 to 200"):
        find(org.admin, "a", limit=MAX_LIMIT + 1)


def test_a_hiring_manager_finds_only_the_candidates_of_their_jobs(org: SeededOrg) -> None:
    eng = str(org.world.jobs["eng"].id)
    in_eng = {
        c for (c,) in org.truth("SELECT candidate_id FROM applications WHERE job_id = ?", eng)
    }

    found = {h.candidate_id for h in find(org.hm, "a", limit=MAX_LIMIT)}
    found |= {h.candidate_id for h in find(org.hm, "candidate", limit=MAX_LIMIT)}

    assert found
    assert found <= in_eng
    assert org.named["Ana Silva"] in found
    assert org.named["Anabel Silvestre"] not in found


# --- Against a plain ranking of every candidate ----------------------------------------------


@dataclass(frozen=True)
class Cached:
    """A candidate as the index sees them."""

    id: str
    rowid: int
    name: list[str]
    everything: list[str]


def every_candidate(cache: Cache) -> list[Cached]:
    with cache.read() as conn:
        titles: dict[str, list[str]] = {}
        for candidate_id, title in conn.execute(
            "SELECT a.candidate_id, j.title FROM applications AS a JOIN jobs AS j"
            " ON j.id = a.job_id"
        ):
            titles.setdefault(candidate_id, []).append(title)
        rows = conn.execute(
            "SELECT id, rowid, first_name, last_name, email, headline, location, tags"
            " FROM candidates"
        ).fetchall()
    found = []
    for cid, rowid, first, last, email, headline, location, tags in rows:
        name = words(f"{first} {last}")
        other = [email or "", headline, location, *json.loads(tags), *titles.get(cid, [])]
        found.append(Cached(cid, rowid, name, name + [w for text in other for w in words(text)]))
    return found


def tier(c: Cached, typed: list[str]) -> MatchKind | None:
    """The definitions of the tiers, written out plainly."""

    def starts(word: str, among: list[str]) -> bool:
        return any(w.startswith(word) for w in among)

    if all(t in c.name for t in typed):
        return MatchKind.NAME_EXACT
    if len(c.name) >= len(typed) and all(c.name[i].startswith(t) for i, t in enumerate(typed)):
        return MatchKind.NAME_START
    if all(starts(t, c.name) for t in typed):
        return MatchKind.NAME_WORDS
    if all(starts(t, c.everything) for t in typed):
        return MatchKind.OTHER
    return None


def expected(every: list[Cached], text: str, limit: int) -> list[tuple[str, MatchKind]]:
    typed = words(text)
    ranked = [(tier(c, typed), c) for c in every]
    order = list(MatchKind)
    best = sorted(
        ((kind, c) for kind, c in ranked if kind is not None),
        key=lambda kc: (order.index(kc[0]), -kc[1].rowid),
    )
    return [(c.id, kind) for kind, c in best[:limit]]


def real_name_prefixes(every: list[Cached], count: int) -> list[str]:
    """Prefixes of 1 to 6 letters of the candidates' first or last names, as typed (case and
    accents kept), and some "first last-prefix" pairs."""
    rng = random.Random(4)
    with_names = [c for c in every if c.name]
    typed = []
    for i in range(count):
        c = rng.choice(with_names)
        if i % 5 == 0 and len(c.name) > 1:
            typed.append(f"{c.name[0]} {c.name[-1][: rng.randint(1, 4)]}")
        else:
            word = rng.choice(c.name)
            typed.append(word[: rng.randint(1, 6)])
    return typed


def test_results_are_exactly_the_plain_ranking_for_prefixes_of_real_names(
    org: SeededOrg,
) -> None:
    every = every_candidate(org.admin)
    assert len(every) > 400
    typed = [
        *real_name_prefixes(every, 300),
        *("Jür", "Åk", "ÅKESSON", "Łuk", "łukasz", "müll", "José", "o'b", "al-", "van d"),
        *("python", "stockholm", "senior engineer", "sales", "example", "ana python"),
    ]
    with org.admin.read() as conn:
        for text in typed:
            for limit in (5, 20):
                got = [(h.candidate_id, h.match) for h in search(conn, text, limit)]
                assert got == expected(every, text, limit), text


def test_the_index_folds_text_as_the_search_does(org: SeededOrg) -> None:
    # fold() claims to compare like the FTS5 tokenizer: every cached name, folded by it,
    # must be found under its own words.
    every = every_candidate(org.admin)
    sample = random.Random(9).sample(every, 60)
    with org.admin.read() as conn:
        for c in sample:
            if not c.name:
                continue
            hits = search(conn, " ".join(c.name), MAX_LIMIT)
            assert c.id in [h.candidate_id for h in hits], c.name
    assert fold("Ångström Łódź Jiménez ÆSIR Straße") == "angstrom lodz jimenez aesir strasse"


# --- In step with the sync -----------------------------------------------------------------


def test_search_follows_the_sync(cache: Cache, feed: Feed, world: World) -> None:
    feed.sync(cache, "recruiter")
    alice = str(world.candidates["alice"].id)
    assert [h.candidate_id for h in find(cache, "alice")] == [alice]

    feed.call("recruiter", "PATCH", f"/api/v1/candidates/{alice}", json={"first_name": "Alícia"})
    made = feed.call(
        "recruiter", "POST", "/api/v1/candidates", json={"first_name": "Alina", "last_name": "Zed"}
    ).json()
    feed.sync(cache, "recruiter")

    # The old first name is gone from the name; the e-mail address still holds it.
    [by_email] = find(cache, "alice")
    assert (by_email.first_name, by_email.match) == ("Alícia", MatchKind.OTHER)
    assert by_email.matched == (FieldMatch("email", "alice@example.net"),)
    assert names(find(cache, "ali")) == ["Alina Zed", "Alícia Candidate"]  # newest first
    assert [h.candidate_id for h in find(cache, "alicia cand")] == [alice]
    assert find(cache, "zed")[0].candidate_id == made["id"]


@pytest.mark.parametrize("typed", ["lukasz", "LUK", "sonder", "łukasz søn", "weiss", "jurgen wei"])
def test_letters_without_a_separate_accent_are_found_by_their_plain_spelling(
    org: SeededOrg, typed: str
) -> None:
    expected = "Jürgen Weiß" if typed.startswith(("weiss", "jurgen")) else "Łukasz Søndergaard"
    assert org.named[expected] in [h.candidate_id for h in find(org.admin, typed)]
