"""How the demo's applications travel through their job's stages, and the interview feedback
they collect on the way.

An application starts in Prospect when a recruiter found the candidate, in Screening when
the candidate applied. At each stage it moves on, is rejected with a reason, is withdrawn or
stays, after a random while; a step that would fall after now (or after the job closed) has
not happened yet, so recent applications sit in the early stages. Each step is a
StageChange row stamped with the application's version right after it, as
domain/applications.py writes them.
"""

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from recruiter_api.enums import DEFAULT_STAGES, ApplicationStatus, Recommendation, StageChangeAction
from recruiter_server.demo import texts
from recruiter_server.demo.bulk import Row

SECOND = 1_000_000
HOUR = 3600 * SECOND
DAY = 24 * HOUR
_MIN_GAP = 20 * 60 * SECOND

ACTIVE = ApplicationStatus.ACTIVE.value
REJECTED = ApplicationStatus.REJECTED.value
_WITHDRAWN = ApplicationStatus.WITHDRAWN.value
_HIRED = ApplicationStatus.HIRED.value
_CREATED = StageChangeAction.CREATED.value
_MOVE = StageChangeAction.MOVED.value
_REJECT = StageChangeAction.REJECTED.value
_WITHDRAW = StageChangeAction.WITHDRAWN.value
_HIRE = StageChangeAction.HIRED.value


class Flow(NamedTuple):
    """What happens to applications in one stage."""

    moves_on: float
    rejected: float  # of those that do not move on
    withdrawn: float  # of those that do not move on
    mean_days: float
    reject_reasons: tuple[str, ...]


_FLOWS: dict[str, Flow] = {
    "Prospect": Flow(0.5, 0.25, 0.04, 4, texts.REJECT_EARLY),
    "Screening": Flow(0.45, 0.45, 0.06, 6, texts.REJECT_EARLY),
    "Interview": Flow(0.2, 0.5, 0.08, 9, texts.REJECT_INTERVIEW),
    "Offer": Flow(0.5, 0.3, 0.1, 5, texts.REJECT_OFFER),
    "Hired": Flow(0.0, 0.0, 0.0, 1, ()),
}
# A job's own stage (Technical test, Case study...) is an assessment.
_ASSESSMENT = Flow(0.6, 0.5, 0.08, 7, texts.REJECT_ASSESSMENT)

# Interview ratings 1-4 by how the application went.
_RATING_WEIGHTS: dict[str, tuple[int, ...]] = {
    "reached an offer": (2, 8, 50, 40),
    "rejected": (30, 45, 20, 5),
    "open": (10, 30, 40, 20),
}
_STATUS_AFTER = {
    _MOVE: ACTIVE,
    _HIRE: _HIRED,
    _REJECT: REJECTED,
    _WITHDRAW: _WITHDRAWN,
}
_RECOMMENDATION = {
    1: Recommendation.STRONG_NO.value,
    2: Recommendation.NO.value,
    3: Recommendation.YES.value,
    4: Recommendation.STRONG_YES.value,
}


def stage_names(spec: texts.DemoJob) -> list[str]:
    """The default stages, with the job's own stage right before Interview."""
    stages = list(DEFAULT_STAGES)
    if spec.extra_stage is not None:
        stages.insert(stages.index("Interview"), spec.extra_stage)
    return stages


@dataclass(eq=False)
class JobPlan:
    """A job as the seed works with it: ids of its stages and people, times in microseconds
    since 1970. Applications come in from `opened` to `end` (now, or when it closed)."""

    spec: texts.DemoJob
    id: Any
    stage_names: list[str]
    created: int
    opened_at: int | None
    closed_at: int | None
    opened: int
    end: int
    closed: bool
    hiring_managers: list[Any]
    recruiters: list[Any]
    interviewers: list[Any]
    stage_ids: list[Any] = field(default_factory=list)
    flows: list[Flow] = field(init=False)
    # Who moves candidates: recruiters twice as often as hiring managers.
    movers: list[Any] = field(init=False)
    interview: int = field(init=False)
    # Where people meet: the job's city, or the head office for remote jobs.
    office: str = field(init=False)

    def __post_init__(self) -> None:
        self.flows = [_FLOWS.get(name, _ASSESSMENT) for name in self.stage_names]
        self.movers = self.recruiters * 2 + self.hiring_managers
        self.interview = self.stage_names.index("Interview")
        location = self.spec.location
        self.office = "Stockholm" if location.startswith("Remote") else location


class Outcome(NamedTuple):
    """Where an application ended up; times in microseconds since 1970."""

    status: str
    stage: int
    reject_reason: str | None
    stage_entered: int
    closed: int | None
    version: int
    last_change: int


class Pipeline:
    """Walks applications through their stages; appends StageChange and Feedback rows (without
    their ids, which come later) to `changes` and `feedback`."""

    def __init__(self, rng: random.Random, time: Callable[[int], Any], now: int) -> None:
        self.rng = rng
        self.time = time
        self.now = now
        self.changes: list[Row] = []
        self.feedback: list[Row] = []

    def walk(
        self, job: JobPlan, app_id: Any, candidate_id: Any, applied: int, sourced_by: Any
    ) -> Outcome:
        """One application, from its creation (by `sourced_by`, or by the candidate applying
        when None) to where it stands now."""
        rng, t, ids = self.rng, self.time, job.stage_ids
        stage = 1 if sourced_by is None else 0
        stamp = t(applied)
        self.changes.append(
            (1, stamp, app_id, job.id, candidate_id, _CREATED, None, ids[stage], None,
             sourced_by, stamp, 1)
        )  # fmt: skip
        status, reason, entered, at, version = ACTIVE, None, applied, applied, 1
        interviewed: int | None = None
        after_interview: int | None = None
        for action, to, why, when in self._steps(job, stage, applied):
            version += 1
            if interviewed is not None and after_interview is None:
                after_interview = when
            stamp = t(when)
            self.changes.append(
                (1, stamp, app_id, job.id, candidate_id, action, ids[stage], ids[to], why,
                 rng.choice(job.movers), stamp, version)
            )  # fmt: skip
            if to != stage:
                stage, entered = to, when
            if to == job.interview and interviewed is None:
                interviewed = when
            status, reason, at = _STATUS_AFTER[action], why, when
        if interviewed is not None and job.interviewers:
            self._feedback(
                job,
                app_id,
                candidate_id,
                interviewed=interviewed,
                until=after_interview,
                mood=_mood(job, stage, status),
            )
        closed = None if status == ACTIVE else at
        return Outcome(status, stage, reason, entered, closed, version, at)

    def _steps(self, job: JobPlan, stage: int, at: int) -> list[tuple[str, int, str | None, int]]:
        """What happened after the application was created: (action, stage after it, reject
        reason, when) for each step."""
        rng, flows = self.rng, job.flows
        hired_at = len(flows) - 1
        steps: list[tuple[str, int, str | None, int]] = []
        while stage < hired_at:
            flow = flows[stage]
            nxt = at + _MIN_GAP + int(rng.expovariate(1.0) * flow.mean_days * DAY)
            if nxt > job.end:
                break
            at = nxt
            if rng.random() < flow.moves_on:
                stage += 1
                steps.append((_HIRE if stage == hired_at else _MOVE, stage, None, at))
                continue
            roll = rng.random()
            if roll < flow.rejected:
                steps.append((_REJECT, stage, rng.choice(flow.reject_reasons), at))
            elif roll < flow.rejected + flow.withdrawn:
                steps.append((_WITHDRAW, stage, None, at))
            break
        if job.closed and (not steps or steps[-1][0] == _MOVE):
            # The job was filled: whoever was still in its pipeline was let go then.
            at += rng.randrange(max(1, job.end - at))
            steps.append((_REJECT, stage, texts.POSITION_FILLED, at))
        return steps

    def _feedback(
        self,
        job: JobPlan,
        app_id: Any,
        candidate_id: Any,
        *,
        interviewed: int,
        until: int | None,
        mood: str,
    ) -> None:
        """One to three of the job's interviewers write feedback after the interview, before
        the application moves on; some have not written theirs yet."""
        rng = self.rng
        window = (until or interviewed + 4 * DAY) - interviewed
        panel = rng.sample(job.interviewers, min(len(job.interviewers), rng.choice((1, 2, 2, 3))))
        weights = _RATING_WEIGHTS[mood]
        for interviewer in panel:
            submitted = interviewed + int(window * rng.uniform(0.05, 0.9))
            if submitted > self.now:
                continue
            rating = rng.choices((1, 2, 3, 4), weights=weights)[0]
            # Now and then the recommendation leans a notch away from the rating.
            leaning = rating
            if rng.random() < 0.1:
                leaning = min(4, max(1, rating + rng.choice((-1, 1))))
            stamp = self.time(submitted)
            self.feedback.append(
                (1, stamp, app_id, job.id, candidate_id, interviewer, rating,
                 _RECOMMENDATION[leaning], rng.choice(texts.FEEDBACK_COMMENTS[rating]), stamp)
            )  # fmt: skip


def _mood(job: JobPlan, stage: int, status: str) -> str:
    if stage > job.interview:
        return "reached an offer"
    return "rejected" if status == REJECTED else "open"
