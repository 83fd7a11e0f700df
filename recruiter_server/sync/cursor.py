"""The opaque cursor of the pull feed.

It holds the position in the sync index (seq, entity, id of the last row sent) and what the
feed must check before it can go on from there: which database issued it, for which user,
and the user's organisation role then. A cursor from another database (or a restored copy),
another user, a changed role or a purged stretch of history answers `reset_required`.
"""

import base64
import binascii
import json
import uuid
from dataclasses import dataclass

from recruiter_api.enums import OrgRole
from recruiter_server.domain.errors import DomainError


class BadCursor(DomainError):
    status = 400
    title = "Bad request"


@dataclass(frozen=True)
class Cursor:
    server_id: uuid.UUID
    user_id: uuid.UUID
    role: OrgRole
    seq: int
    entity: str
    entity_id: uuid.UUID

    def encode(self) -> str:
        raw = json.dumps(
            [
                1,
                self.server_id.hex,
                self.user_id.hex,
                self.role.value,
                self.seq,
                self.entity,
                self.entity_id.hex,
            ],
            separators=(",", ":"),
        )
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, text: str) -> "Cursor":
        try:
            raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
            version, server, user, role, seq, entity, entity_id = json.loads(raw)
            if version != 1 or not isinstance(seq, int) or seq < 0 or not isinstance(entity, str):
                raise ValueError(version)
            return cls(
                uuid.UUID(server), uuid.UUID(user), OrgRole(role), seq, entity, uuid.UUID(entity_id)
            )
        except (ValueError, TypeError, binascii.Error, UnicodeDecodeError) as exc:
            raise BadCursor(
                "The sync cursor is not one this server issued; pull again without a cursor."
            ) from exc
