"""The wire contract of Recruiter Desktop: pydantic v2 models shared by server and client."""
