"""What admins and users see of the LinkedIn integration outside the candidate pane: Admin
settings > LinkedIn integration (`IntegrationTab`) with its setup wizard (`SetupWizard`), and
User settings > LinkedIn (`MyLinkedInSection`)."""

from recruiter_desktop.views.linkedin.integration_tab import IntegrationTab
from recruiter_desktop.views.linkedin.my_account import MyLinkedInSection
from recruiter_desktop.views.linkedin.wizard import SetupWizard

__all__ = ["IntegrationTab", "MyLinkedInSection", "SetupWizard"]
