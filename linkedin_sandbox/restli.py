"""Rest.li conventions that LinkedIn's partner API uses: compound keys, `ids` in the query,
batch answers (`results` / `errors`), finder answers (`elements` / `paging`) and batch limits.

Compound keys are read in both protocol forms: 1.0 `a=1&b=urn:li:x:2` (LinkedIn's Postman
collection) and 2.0 `(a:1,b:urn%3Ali%3Ax%3A2)`; `ids` in the query as `ids[0].a=1&ids[0].b=2`,
as repeated `ids=...`, or as 2.0 `ids=List(...)`. Answers name keys in the 1.0 form.
"""

from collections.abc import Iterable, Mapping, Sequence
from typing import Annotated, Any
from urllib.parse import unquote

from fastapi import Request
from pydantic import Field

from linkedin_sandbox.errors import ApiError, error_body

Key = dict[str, str]

# Epoch milliseconds up to the year 9999; larger numbers would not fit SQLite's integers.
MAX_MS = 253_402_300_799_999
EpochMs = Annotated[int, Field(ge=0, le=MAX_MS)]


def parse_id(text: str) -> int | None:
    """A numeric id, or None when the text is not one SQLite could hold."""
    return int(text) if text.isdigit() and len(text) <= 18 else None


def parse_key(text: str) -> Key:
    """One compound key as a dict; ApiError 400 when it cannot be read."""
    raw = text.strip()
    fields: Key = {}
    if raw.startswith("(") and raw.endswith(")"):
        for part in _split_top_level(raw[1:-1]):
            name, sep, value = part.partition(":")
            if not sep or not name:
                raise ApiError(400, f"Cannot read the key {text!r}: {part!r} is not name:value")
            fields[unquote(name)] = unquote(value)
    else:
        for part in raw.split("&"):
            name, sep, value = part.partition("=")
            if not sep or not name:
                raise ApiError(400, f"Cannot read the key {text!r}: {part!r} is not name=value")
            fields[unquote(name)] = unquote(value)
    return fields


def _split_top_level(text: str) -> list[str]:
    parts: list[str] = []
    depth = 0
    current = ""
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    if current:
        parts.append(current)
    return parts


def key_text(fields: Sequence[str], key: Mapping[str, str]) -> str:
    """The 1.0 form of a key, fields in the resource's documented order."""
    return "&".join(f"{name}={key[name]}" for name in fields)


def query_ids(request: Request) -> list[str | Key]:
    """The `ids` of the query: compound keys as dicts, simple keys as strings, in order."""
    indexed: dict[int, Key] = {}
    simple: list[str | Key] = []
    for name, value in request.query_params.multi_items():
        if name.startswith("ids[") and "]." in name:
            index_text, _, field = name[4:].partition("].")
            index = parse_id(index_text)
            if index is None or not field:
                raise ApiError(400, f"Cannot read the query parameter {name!r}")
            indexed.setdefault(index, {})[field] = value
        elif name == "ids":
            if value.startswith("List(") and value.endswith(")"):
                for item in _split_top_level(value[5:-1]):
                    simple.append(parse_key(item) if item.startswith("(") else unquote(item))
            else:
                simple.extend(part for part in value.split(",") if part)
    return [indexed[index] for index in sorted(indexed)] + simple


def compound_ids(request: Request) -> list[Key]:
    """The `ids` of the query where the resource has compound keys."""
    keys: list[Key] = []
    for item in query_ids(request):
        keys.append(parse_key(item) if isinstance(item, str) else item)
    return keys


def simple_ids(request: Request) -> list[str]:
    """The `ids` of the query where the resource has simple (string) keys."""
    keys: list[str] = []
    for item in query_ids(request):
        if not isinstance(item, str):
            raise ApiError(400, "This resource has simple keys: give ids=KEY, not compound keys")
        keys.append(item)
    return keys


def check_batch_size(count: int, limit: int) -> None:
    """A batch over the limit can never succeed, so it is a 400 rather than a 429."""
    if count == 0:
        raise ApiError(400, "The batch is empty: give at least one record")
    if count > limit:
        raise ApiError(400, f"A batch holds at most {limit} records; this one has {count}")


def entities_of(body: Mapping[str, Any]) -> dict[str, Any]:
    """The `entities` map of a batch_update / batch_partial_update body."""
    entities = body.get("entities")
    if not isinstance(entities, dict):
        raise ApiError(400, 'The body must be {"entities": {KEY: RECORD, ...}}')
    return entities


def check_query_ids_match(request: Request, body_keys: Iterable[Key]) -> None:
    """When the query names `ids` (Rest.li requires them), they must be the body's keys."""
    query = compound_ids(request)
    if not query:
        return
    wanted = {frozenset(key.items()) for key in body_keys}
    given = {frozenset(key.items()) for key in query}
    if wanted != given:
        raise ApiError(400, "The ids in the query are not the keys of the body's entities")


def batch_answer(results: Mapping[str, Any], errors: Mapping[str, ApiError]) -> dict[str, Any]:
    """A batch write or batch get answer: per-key results and per-key errors."""
    return {
        "results": dict(results),
        "errors": {key: error.body() for key, error in errors.items()},
    }


def record_error(status: int, message: str) -> dict[str, Any]:
    return error_body(status, message)


def paging_params(request: Request, default_count: int = 10) -> tuple[int, int]:
    """`start` and `count` of a finder; count at most 100."""
    start = _int_param(request, "start", 0)
    count = _int_param(request, "count", default_count)
    if start < 0:
        raise ApiError(400, "start must be 0 or more")
    if not 1 <= count <= 100:
        raise ApiError(400, "count must be between 1 and 100")
    return start, count


def _int_param(request: Request, name: str, default: int) -> int:
    value = request.query_params.get(name)
    if value is None or value == "":
        return default
    number = parse_id(value.removeprefix("-"))
    if number is None:
        raise ApiError(400, f"{name} must be a whole number, not {value!r}")
    return -number if value.startswith("-") else number


def optional_ms(request: Request, name: str) -> int | None:
    """An epoch-milliseconds query parameter, or None when absent."""
    value = request.query_params.get(name)
    if value is None or value == "":
        return None
    number = parse_id(value)
    if number is None or number > MAX_MS:
        raise ApiError(400, f"{name} must be epoch milliseconds, not {value!r}")
    return number


def finder_page(
    request: Request, elements: Sequence[Any], start: int, count: int
) -> dict[str, Any]:
    """`elements` of one page and its `paging`, with a `next` link when more follow."""
    page = list(elements[start : start + count])
    links: list[dict[str, str]] = []
    if start + count < len(elements):
        next_url = request.url.include_query_params(start=start + count, count=count)
        links.append({"rel": "next", "type": "application/json", "href": str(next_url)})
    return {
        "elements": page,
        "paging": {"start": start, "count": count, "total": len(elements), "links": links},
    }


def required_param(request: Request, name: str) -> str:
    value = request.query_params.get(name)
    if not value:
        raise ApiError(400, f"The query parameter {name} is required")
    return value


def urn_id(urn: str, kind: str) -> str:
    """`urn:li:<kind>:<id>` -> id; ApiError 400 when the URN is of another kind."""
    prefix = f"urn:li:{kind}:"
    if not urn.startswith(prefix) or len(urn) == len(prefix):
        raise ApiError(400, f"{urn!r} is not a {prefix}... URN")
    return urn[len(prefix) :]


def urn_int(urn: str, kind: str) -> int:
    number = parse_id(urn_id(urn, kind))
    if number is None:
        raise ApiError(400, f"{urn!r} is not a {kind} URN with a numeric id")
    return number
