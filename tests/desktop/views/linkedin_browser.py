"""The system browser in the LinkedIn views' tests: QDesktopServices hands the URLs the app
opens to a `Browser` instead of a real browser, and the test answers LinkedIn's sign-in page
as a person would (tests/server/linkedin/flows.py follows the URL with httpx)."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from tests.server.linkedin.flows import LinkedIn

# How often the views' waits read the state again in the tests (the app's default is 2 s).
EVERY = 0.1


class Browser(QObject):
    """The URLs the app opened, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())

    def sign_in(self, li: LinkedIn, member: str) -> None:
        """The person signs in to LinkedIn as `member` on the page the app opened last;
        LinkedIn sends the browser back to the server."""
        assert self.urls, "the app opened no page"
        answer = li.sign_in({"authorization_url": self.urls[-1]}, member)
        assert answer.status_code == 200, answer.text


@pytest.fixture
def browser(qapp: QApplication) -> Iterator[Browser]:
    caught = Browser()
    for scheme in ("http", "https"):
        # PySide6 takes the slot's name as str; its stub says bytes.
        QDesktopServices.setUrlHandler(scheme, caught, "open")  # type: ignore[arg-type]
    yield caught
    for scheme in ("http", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


def add_admin_seat(li: LinkedIn, first: str, last: str, email: str, contract: str) -> str:
    """A LinkedIn member with an admin seat on `contract` only; their id."""
    member = li.member(first, last, email)
    seat = li.sandbox.post(
        "/sandbox/seats", json={"member": member, "contract": contract, "role": "ADMIN"}
    )
    assert seat.status_code == 201, seat.text
    return member
