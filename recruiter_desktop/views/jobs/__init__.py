"""The Jobs screens: the job list, a job's pipeline as a board or a table, its details."""

from recruiter_desktop.views.jobs.jobs_page import JobsPage

__all__ = ["JobsPage"]
