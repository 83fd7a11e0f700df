"""Who is acting: the signed-in user with their organisation role and job assignments."""

import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from recruiter_api.enums import JobRoleKind, OrgRole
from recruiter_server.db.models import JobRole, User


@dataclass(frozen=True)
class Actor:
    user_id: uuid.UUID
    role: OrgRole
    name: str
    # job id -> the roles held on it
    job_roles: dict[uuid.UUID, frozenset[JobRoleKind]] = field(default_factory=dict)
    # The sign-in session of the request, when acting through the API.
    session_id: uuid.UUID | None = None

    @property
    def is_admin(self) -> bool:
        return self.role is OrgRole.ADMIN

    @property
    def sees_everything(self) -> bool:
        """Admins and recruiters see every job and candidate."""
        return self.role in (OrgRole.ADMIN, OrgRole.RECRUITER)

    def holds(self, job_id: uuid.UUID, *kinds: JobRoleKind) -> bool:
        return bool(self.job_roles.get(job_id, frozenset()) & set(kinds))

    def visible_job_ids(self) -> frozenset[uuid.UUID]:
        """The jobs a hiring manager or interviewer holds a role on (all jobs for staff)."""
        return frozenset(self.job_roles)

    @classmethod
    def load(cls, session: Session, user: User, session_id: uuid.UUID | None = None) -> "Actor":
        rows = session.execute(
            select(JobRole.job_id, JobRole.role).where(JobRole.user_id == user.id)
        ).all()
        roles: dict[uuid.UUID, set[JobRoleKind]] = {}
        for job_id, role in rows:
            roles.setdefault(job_id, set()).add(JobRoleKind(role))
        return cls(
            user_id=user.id,
            role=OrgRole(user.role),
            name=f"{user.first_name} {user.last_name}".strip(),
            job_roles={job: frozenset(kinds) for job, kinds in roles.items()},
            session_id=session_id,
        )
