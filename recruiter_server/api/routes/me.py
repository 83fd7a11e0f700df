"""Routes of /api/v1/me: who is signed in."""

from fastapi import APIRouter
from sqlalchemy import select

from recruiter_api.entities import JobAssignment, Me, User
from recruiter_api.enums import JobRoleKind
from recruiter_server.api.deps import CurrentActor, ReadSession
from recruiter_server.db.models import JobRole, ServerIdentity
from recruiter_server.domain.users import get_user

router = APIRouter(tags=["me"])


@router.get("/me")
def read_me(actor: CurrentActor, session: ReadSession) -> Me:
    """The signed-in user and the roles they hold on jobs."""
    user = get_user(session, actor, actor.user_id)
    rows = session.execute(
        select(JobRole.job_id, JobRole.role)
        .where(JobRole.user_id == actor.user_id)
        .order_by(JobRole.job_id, JobRole.role)
    ).all()
    server_id = session.execute(select(ServerIdentity.server_id)).scalar_one()
    return Me(
        server_id=server_id,
        user=User.model_validate(user),
        assignments=[JobAssignment(job_id=job_id, role=JobRoleKind(role)) for job_id, role in rows],
    )
