"""The only code of the server that talks to LinkedIn (an import-linter contract keeps httpx
out of the rest): the API client, the admin's setup, users' connections, the push callback,
the In-ATS indicator push, the contract-level pulls, the background worker and the routes of
/api/v1/linkedin. What needs only the database lives in recruiter_server.domain.linkedin."""
