"""The words of the LinkedIn integration, in the user's language: the setup's states as
LinkedIn's widget names them, what each access level and feature gives, what to do next, and
LinkedIn's events. The admin's tab, the setup wizard and User settings say the same things
the same way."""

from PySide6.QtCore import QObject

from recruiter_api.enums import (
    COMPANY_FEATURES,
    CONTRACT_FEATURES,
    LinkedInEventOutcome,
    LinkedInFeature,
    LinkedInLevel,
    LinkedInState,
)

CONTRACT_ONLY: tuple[LinkedInFeature, ...] = tuple(
    f for f in CONTRACT_FEATURES if f not in COMPANY_FEATURES
)


class LinkedInWords(QObject):
    """Every phrase of the integration that more than one view shows."""

    def feature(self, feature: LinkedInFeature) -> str:
        """The feature's name, as LinkedIn and the help page call it."""
        names = {
            LinkedInFeature.ONE_CLICK_EXPORT: self.tr("1-Click Export"),
            LinkedInFeature.IN_ATS_INDICATOR: self.tr("In-ATS indicator"),
            LinkedInFeature.PROFILE_WIDGET: self.tr("In-ATS profile widget"),
            LinkedInFeature.INMAIL_HISTORY: self.tr("InMail history"),
            LinkedInFeature.NOTES_HISTORY: self.tr("Notes history"),
            LinkedInFeature.STUB_PROFILES: self.tr("InMail stub profiles"),
        }
        return names[feature]

    def feature_gives(self, feature: LinkedInFeature) -> str:
        """What the feature does for the people who use it, in one sentence."""
        what = {
            LinkedInFeature.ONE_CLICK_EXPORT: self.tr(
                "Recruiters export a candidate from LinkedIn Recruiter to an open job here "
                "with one click; the candidate arrives in the job's Prospect stage."
            ),
            LinkedInFeature.IN_ATS_INDICATOR: self.tr(
                "LinkedIn Recruiter shows a candidate's jobs here, their stages, interview "
                "feedback and notes (once past Prospect)."
            ),
            LinkedInFeature.PROFILE_WIDGET: self.tr(
                "Each candidate's LinkedIn tab shows their LinkedIn profile, to link, unlink "
                "or save to a Recruiter project."
            ),
            LinkedInFeature.INMAIL_HISTORY: self.tr(
                "The LinkedIn tab shows your InMails with the candidate, and who else in the "
                "organisation wrote to them."
            ),
            LinkedInFeature.NOTES_HISTORY: self.tr(
                "The LinkedIn tab shows the notes the organisation wrote about the candidate "
                "in LinkedIn Recruiter."
            ),
            LinkedInFeature.STUB_PROFILES: self.tr(
                "Members who answer an InMail and share their profile become candidates in "
                "the LinkedIn talent pool."
            ),
        }
        return what[feature]

    def level_access(self, level: LinkedInLevel) -> str:
        """The access level as Recruiter's Admin settings > ATS tab names it."""
        if level is LinkedInLevel.CONTRACT:
            return self.tr("Contract-level access")
        return self.tr("Company-level access")

    def level_gives(self, level: LinkedInLevel) -> str:
        """What the level enables, as the help page says it."""
        if level is LinkedInLevel.CONTRACT:
            return self.tr(
                "All company-level features, plus InMail history, notes history and InMail "
                "stub profiles."
            )
        return self.tr("1-Click Export, the In-ATS indicator and the In-ATS profile widget only.")

    def state(self, state: LinkedInState, level: LinkedInLevel | None = None) -> str:
        """The state in a few words: LinkedIn's own where its widget shows one."""
        if state is LinkedInState.ENABLED:
            if level is LinkedInLevel.CONTRACT:
                return self.tr("Enabled (contract level)")
            return self.tr("Enabled (company level)")
        names = {
            LinkedInState.NOT_CONNECTED: self.tr("Not connected"),
            LinkedInState.SIGNING_IN: self.tr("Signing in to LinkedIn"),
            LinkedInState.CHOOSE_CONTRACT: self.tr("Contract not chosen"),
            LinkedInState.CONNECTED: self.tr("Signed in, not requested"),
            LinkedInState.REQUESTED: self.tr("Notify partner"),
            LinkedInState.PARTNER_READY: self.tr("Partner ready"),
            LinkedInState.DISABLED: self.tr("Disabled by LinkedIn"),
        }
        return names[state]

    def next_step(self, state: LinkedInState) -> str:
        """What an admin does next from this state."""
        steps = {
            LinkedInState.NOT_CONNECTED: self.tr(
                "Press Connect: the setup wizard guides you through signing in to LinkedIn, "
                "choosing the contract, requesting Recruiter System Connect and enabling "
                "access with your Recruiter admin."
            ),
            LinkedInState.SIGNING_IN: self.tr(
                "A LinkedIn sign-in was started but has not come back. Press Resume setup to "
                "sign in again."
            ),
            LinkedInState.CHOOSE_CONTRACT: self.tr(
                "You are signed in with seats on several Recruiter contracts. Press Resume "
                "setup to choose the one to connect."
            ),
            LinkedInState.CONNECTED: self.tr(
                "Recruiter System Connect is not requested yet. Press Resume setup to request it."
            ),
            LinkedInState.REQUESTED: self.tr(
                "LinkedIn shows Notify partner. Press Resume setup, then Notify partner; the "
                "status then becomes Partner ready."
            ),
            LinkedInState.PARTNER_READY: self.tr(
                "A Recruiter admin now enables company-level or contract-level access in "
                "LinkedIn Recruiter: More > Admin settings > ATS tab. This page shows Enabled "
                "by itself once they have; Resume setup shows them the steps."
            ),
            LinkedInState.ENABLED: self.tr(
                "Each recruiter and hiring manager connects their own LinkedIn account in User "
                "settings > LinkedIn to use the features."
            ),
            LinkedInState.DISABLED: self.tr(
                "A Recruiter admin turned the integration off in LinkedIn Recruiter; the "
                "LinkedIn features are off for everyone. They enable it again in More > Admin "
                "settings > ATS tab (Resume setup shows the steps), or Disconnect here."
            ),
        }
        return steps[state]

    def outcome(self, outcome: LinkedInEventOutcome) -> str:
        """What the server did with a push from LinkedIn."""
        names = {
            LinkedInEventOutcome.ACCEPTED: self.tr("Accepted"),
            LinkedInEventOutcome.REFUSED: self.tr("Refused"),
            LinkedInEventOutcome.FAILED: self.tr("Failed"),
        }
        return names[outcome]

    def event_type(self, kind: str) -> str:
        """A push's type in words (LinkedIn's own name when it is not one we know)."""
        if kind == "EXPORT_CANDIDATE_PROFILE":
            return self.tr("1-Click Export")
        if kind == "INTEGRATION_STATUS_CHANGE":
            return self.tr("Status change")
        return kind


WORDS = LinkedInWords()
