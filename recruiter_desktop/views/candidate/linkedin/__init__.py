"""The parts of the candidate's LinkedIn tab (views/candidate/linkedin_tab.py): the profile
and suggestion cards, the InMail and notes history, the Recruiter project chooser, and the
words for what the integration or the user still has to do."""
