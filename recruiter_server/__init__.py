"""The ATS server of Recruiter Desktop."""
