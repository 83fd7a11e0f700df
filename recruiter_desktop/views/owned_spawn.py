"""Starting a coroutine for a widget whose answer must land only while the widget exists.

A read may come back after its window closed (the C++ object is gone while Python still
holds the wrapper); touching the widget then raises. `spawn_for` drops the answer instead."""

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject

from recruiter_desktop.views.tasks import spawn

T = TypeVar("T")


def spawn_for(
    owner: QObject,
    work: Coroutine[Any, Any, T],
    *,
    done: Callable[[T], None] | None = None,
    failed: Callable[[str], None] | None = None,
) -> asyncio.Task[T]:
    """`tasks.spawn(work, done=..., failed=...)`, calling back only while `owner` lives."""

    def answered(result: T) -> None:
        if done is not None and shiboken6.isValid(owner):
            done(result)

    def refused(message: str) -> None:
        if failed is not None and shiboken6.isValid(owner):
            failed(message)

    return spawn(work, done=answered, failed=refused)
