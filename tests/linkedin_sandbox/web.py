"""Plain HTTP calls for the tests. Each makes a client without TLS verification: the sandbox is
on loopback over http, and loading the CA bundle for every call would cost 20 ms each."""

from typing import Any

import httpx


def request(method: str, url: str, **options: Any) -> httpx.Response:
    with httpx.Client(verify=False, timeout=10) as client:  # noqa: S501 - loopback http only
        return client.request(method, url, **options)


def get(url: str, **options: Any) -> httpx.Response:
    return request("GET", url, **options)


def post(url: str, **options: Any) -> httpx.Response:
    return request("POST", url, **options)


def delete(url: str, **options: Any) -> httpx.Response:
    return request("DELETE", url, **options)


def patch(url: str, **options: Any) -> httpx.Response:
    return request("PATCH", url, **options)
