"""The rules of the ATS, shared by the REST endpoints and the sync mutations.

Domain functions take a session and the acting user, check what that user may do, change
ORM rows and flush; they never commit (the caller owns the transaction) and they raise the
errors of `domain/errors.py`, which REST turns into problem+json and the sync push into
`rejected` or `conflict` results.
"""
