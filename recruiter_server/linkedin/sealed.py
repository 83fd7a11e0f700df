"""Tokens and secrets at rest: Fernet (AES-128-CBC with HMAC-SHA256) keyed from
RECRUITER_SECRET_KEY, so a copy of the database alone does not hand out LinkedIn access.
Changing the secret key makes stored LinkedIn sign-ins unreadable: they must be made again."""

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken

from recruiter_server.config import Settings
from recruiter_server.domain.errors import Conflict


def _fernet(settings: Settings) -> Fernet:
    digest = hashlib.sha256(
        b"recruiter-linkedin-tokens:" + settings.secret_key.get_secret_value().encode()
    ).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


def seal(settings: Settings, plain: str) -> str:
    """`plain` encrypted, as text for a column."""
    return _fernet(settings).encrypt(plain.encode()).decode()


def unseal(settings: Settings, sealed: str) -> str:
    """The plain text of a sealed value; Conflict in words when the key changed."""
    try:
        return _fernet(settings).decrypt(sealed.encode()).decode()
    except InvalidToken:
        raise Conflict(
            "A stored LinkedIn sign-in cannot be read: RECRUITER_SECRET_KEY changed since it "
            "was made. Connect to LinkedIn again."
        ) from None
