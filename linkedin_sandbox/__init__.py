"""A local stand-in for LinkedIn's Recruiter System Connect partner API and for what people
do inside LinkedIn Recruiter, for the demo, the tests and development (see DESIGN.md)."""
