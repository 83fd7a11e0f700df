"""What the LinkedIn features say while they wait for someone: the organisation's admin (the
integration is not set up, or LinkedIn turned it off), a LinkedIn Recruiter admin (the level
gives less), or the user (their own LinkedIn account is not connected)."""

from PySide6.QtCore import QObject

from recruiter_api.enums import LinkedInState
from recruiter_desktop.store.queries.linkedin import IntegrationState


class SetupWords(QObject):
    """The words, in the user's language (a QObject so that lupdate finds them)."""

    def not_ready(self, integration: IntegrationState | None, *, admin: bool) -> str:
        """Why the LinkedIn features are off and who turns them on; "" when enabled."""
        state = integration.state if integration is not None else LinkedInState.NOT_CONNECTED
        if state is LinkedInState.ENABLED:
            return ""
        if state is LinkedInState.DISABLED:
            text = self.tr(
                "LinkedIn Recruiter turned the integration off. A LinkedIn Recruiter admin "
                "turns it on again in Recruiter (More > Admin settings > ATS)."
            )
        elif state is LinkedInState.NOT_CONNECTED:
            text = self.tr("Your organisation has not connected LinkedIn Recruiter yet.")
        else:
            text = self.tr(
                "An admin has started connecting LinkedIn Recruiter; the setup now waits for %1."
            ).replace("%1", self._step(state))
        if admin:
            how = self.tr("As an admin you do that in Admin settings > LinkedIn integration.")
        else:
            how = self.tr(
                "An admin does that in Admin settings > LinkedIn integration; then you "
                "connect your own LinkedIn account in User settings."
            )
        return f"{text} {how}"

    def _step(self, state: LinkedInState) -> str:
        if state is LinkedInState.SIGNING_IN:
            return self.tr("the admin to sign in to LinkedIn")
        if state is LinkedInState.CHOOSE_CONTRACT:
            return self.tr("the admin to choose the Recruiter contract")
        if state is LinkedInState.CONNECTED:
            return self.tr("the admin to request Recruiter System Connect")
        if state is LinkedInState.REQUESTED:
            return self.tr("the admin to click Notify partner")
        return self.tr(
            "a LinkedIn Recruiter admin to enable access in Recruiter (More > Admin settings > ATS)"
        )

    def connect_yourself(self) -> str:
        """The user's own LinkedIn account is missing."""
        return self.tr(
            "Connect your own LinkedIn account to use LinkedIn here: open User settings > "
            "LinkedIn and click Connect. The LinkedIn features need both your organisation's "
            "connection and yours."
        )

    def inmails_need_contract_level(self) -> str:
        return self.tr(
            "InMail history needs contract-level access; your organisation has company-level "
            "access. A LinkedIn Recruiter admin turns it on in Recruiter (More > Admin "
            "settings > ATS > Contract-level access)."
        )

    def notes_need_contract_level(self) -> str:
        return self.tr(
            "Notes history needs contract-level access; your organisation has company-level "
            "access. A LinkedIn Recruiter admin turns it on in Recruiter (More > Admin "
            "settings > ATS > Contract-level access)."
        )

    def stubs_need_contract_level(self) -> str:
        return self.tr(
            "InMail stub profiles need contract-level access; your organisation has "
            "company-level access, so this pool stays empty. A LinkedIn Recruiter admin turns "
            "it on in Recruiter (More > Admin settings > ATS > Contract-level access)."
        )
