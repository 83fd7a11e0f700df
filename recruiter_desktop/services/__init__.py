"""The async service layer of the desktop: API client, sign-in and tokens, the sync engine,
queries for the views and the LinkedIn features. Never imports QtWidgets."""
