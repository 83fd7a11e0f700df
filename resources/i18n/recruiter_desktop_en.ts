<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ActivityTab</name>
        <message numerus="yes">
            <location filename="../../recruiter_desktop/views/candidate/activity_tab.py" line="+168" />
            <source>Show %n earlier event(s)</source>
            <translation>
                <numerusform>Show %n earlier event</numerusform>
                <numerusform>Show %n earlier events</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CandidatePane</name>
        <message numerus="yes">
            <location filename="../../recruiter_desktop/views/candidate_pane.py" line="+255" />
            <source>Feedback (%n due)</source>
            <translation>
                <numerusform>Feedback (%n due)</numerusform>
                <numerusform>Feedback (%n due)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CandidateTimes</name>
        <message numerus="yes">
            <location filename="../../recruiter_desktop/views/candidate/wording.py" line="+34" />
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n minute ago</numerusform>
                <numerusform>%n minutes ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n hour ago</numerusform>
                <numerusform>%n hours ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CandidatesPage</name>
        <message numerus="yes">
            <location filename="../../recruiter_desktop/views/candidates_page.py" line="+151" />
            <source>the best %Ln matches</source>
            <translation>
                <numerusform>the best %Ln matches</numerusform>
                <numerusform>the best %Ln matches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln match(es)</source>
            <translation>
                <numerusform>%Ln match</numerusform>
                <numerusform>%Ln matches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln candidate(s)</source>
            <translation>
                <numerusform>%Ln candidate</numerusform>
                <numerusform>%Ln candidates</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Durations</name>
        <message numerus="yes">
            <location filename="../../recruiter_desktop/views/wording.py" line="+16" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n week</numerusform>
                <numerusform>%n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FunnelChart</name>
        <message numerus="yes">
            <location filename="../../recruiter_desktop/views/jobs/funnel_chart.py" line="+37" />
            <source>%n reached it</source>
            <translation>
                <numerusform>%n reached it</numerusform>
                <numerusform>%n reached it</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n in it now</source>
            <translation>
                <numerusform>%n in it now</numerusform>
                <numerusform>%n in it now</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <location line="+48" />
            <source>%n now</source>
            <translation>
                <numerusform>%n now</numerusform>
                <numerusform>%n now</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JobList</name>
        <message numerus="yes">
            <location filename="../../recruiter_desktop/views/jobs/job_list.py" line="+208" />
            <source>%n job(s)</source>
            <translation>
                <numerusform>%n job</numerusform>
                <numerusform>%n jobs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LinkedInTab</name>
        <message numerus="yes">
            <location filename="../../recruiter_desktop/views/candidate/linkedin_tab.py" line="+444" />
            <source>LinkedIn has no exact match for %1 on e-mail address or member id. %n member(s) have the same name: link the one who is %1.</source>
            <translation>
                <numerusform>LinkedIn has no exact match for %1 on e-mail address or member id. %n member have the same name: link the one who is %1.</numerusform>
                <numerusform>LinkedIn has no exact match for %1 on e-mail address or member id. %n members have the same name: link the one who is %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+109" />
            <source>Show %n older InMail(s)</source>
            <translation>
                <numerusform>Show %n older InMail</numerusform>
                <numerusform>Show %n older InMails</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Show %n older note(s)</source>
            <translation>
                <numerusform>Show %n older note</numerusform>
                <numerusform>Show %n older notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../recruiter_desktop/views/main_window.py" line="+360" />
            <source>Changes made here and not yet on the server: %n. They stay on this computer and are sent when you sign in again as %1. Sign out now?</source>
            <translation>
                <numerusform>Changes made here and not yet on the server: %n. They stay on this computer and are sent when you sign in again as %1. Sign out now?</numerusform>
                <numerusform>Changes made here and not yet on the server: %n. They stay on this computer and are sent when you sign in again as %1. Sign out now?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MyJobsPage</name>
        <message numerus="yes">
            <location filename="../../recruiter_desktop/views/my_jobs.py" line="+187" />
            <source>%n active candidate(s)</source>
            <translation>
                <numerusform>%n active candidate</numerusform>
                <numerusform>%n active candidates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n hired</source>
            <translation>
                <numerusform>%n hired</numerusform>
                <numerusform>%n hired</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message numerus="yes">
            <location filename="../../recruiter_desktop/views/candidate/notes_tab.py" line="+127" />
            <source>Show %n older note(s)</source>
            <translation>
                <numerusform>Show %n older note</numerusform>
                <numerusform>Show %n older notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PoolDelegate</name>
        <message numerus="yes">
            <location filename="../../recruiter_desktop/views/pools_page.py" line="+117" />
            <source>%Ln candidate(s)</source>
            <translation>
                <numerusform>%Ln candidate</numerusform>
                <numerusform>%Ln candidates</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PoolsPage</name>
        <message numerus="yes">
            <location line="+199" />
            <source>%Ln candidate(s)</source>
            <translation>
                <numerusform>%Ln candidate</numerusform>
                <numerusform>%Ln candidates</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProjectDialog</name>
        <message numerus="yes">
            <location filename="../../recruiter_desktop/views/candidate/linkedin/project_dialog.py" line="+75" />
            <source>%1 (%n candidate(s))</source>
            <translation>
                <numerusform>%1 (%n candidate)</numerusform>
                <numerusform>%1 (%n candidates)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RejectDialog</name>
        <message numerus="yes">
            <location filename="../../recruiter_desktop/views/jobs/reject_dialog.py" line="+30" />
            <source>Reject %n candidate(s) for %2?</source>
            <translation>
                <numerusform>Reject %n candidate for %2?</numerusform>
                <numerusform>Reject %n candidates for %2?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+53" />
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message numerus="yes">
            <location filename="../../recruiter_desktop/views/search_dialog.py" line="+288" />
            <source>The best %n matches; type more to narrow them.</source>
            <translation>
                <numerusform>The best %n matches; type more to narrow them.</numerusform>
                <numerusform>The best %n matches; type more to narrow them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n candidate(s) found.</source>
            <translation>
                <numerusform>%n candidate found.</numerusform>
                <numerusform>%n candidates found.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SelectionBar</name>
        <message numerus="yes">
            <location filename="../../recruiter_desktop/views/jobs/selection_bar.py" line="+41" />
            <source>%n selected</source>
            <translation>
                <numerusform>%n selected</numerusform>
                <numerusform>%n selected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StageColumn</name>
        <message numerus="yes">
            <location filename="../../recruiter_desktop/views/jobs/stage_column.py" line="+207" />
            <source>%1: %n candidate(s)</source>
            <translation>
                <numerusform>%1: %n candidate</numerusform>
                <numerusform>%1: %n candidates</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncStatusBar</name>
        <message numerus="yes">
            <location filename="../../recruiter_desktop/views/status_bar.py" line="+174" />
            <source>Last sync %n minute(s) ago</source>
            <translation>
                <numerusform>Last sync %n minute ago</numerusform>
                <numerusform>Last sync %n minutes ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%n change waiting to be sent</numerusform>
                <numerusform>%n changes waiting to be sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n message</numerusform>
                <numerusform>%n messages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UsersSection</name>
        <message numerus="yes">
            <location filename="../../recruiter_desktop/views/settings_pages.py" line="+176" />
            <source>Holds a role on %n job(s)</source>
            <translation>
                <numerusform>Holds a role on %n job</numerusform>
                <numerusform>Holds a role on %n jobs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+48" />
            <source>%n user(s)</source>
            <translation>
                <numerusform>%n user</numerusform>
                <numerusform>%n users</numerusform>
            </translation>
        </message>
    </context>
</TS>
