<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ActivityRow</name>
    <message>
        <location filename="../../recruiter_desktop/views/candidate/activity_tab.py" line="+75"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback: %1, rated %2</source>
        <translation>Återkoppling: %1, betyg %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reason: %1</source>
        <translation>Anledning: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <location line="+10"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Show %n earlier event(s)</source>
        <translation>
            <numerusform>Visa %n tidigare händelse</numerusform>
            <numerusform>Visa %n tidigare händelser</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has happened yet.</source>
        <translation>Inget har hänt än.</translation>
    </message>
</context>
<context>
    <name>AdminSettingsPage</name>
    <message>
        <location filename="../../recruiter_desktop/views/settings_pages.py" line="+140"/>
        <source>Admin settings sections</source>
        <translation>Avsnitt i administrationsinställningarna</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LinkedIn integration</source>
        <translation>LinkedIn-integration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Admin settings</source>
        <translation>Administrationsinställningar</translation>
    </message>
</context>
<context>
    <name>ApplicationCard</name>
    <message>
        <location filename="../../recruiter_desktop/views/candidate/applications_tab.py" line="+65"/>
        <source>(a job you cannot see)</source>
        <translation>(ett jobb du inte kan se)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting to sync</source>
        <translation>Väntar på synk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2 in stage · applied %3</source>
        <translation>%1 · %2 i steget · sökte %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hired on %1 · applied %2</source>
        <translation>Anställd %1 · sökte %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 in %2 on %3 · applied %4</source>
        <translation>%1 i %2 den %3 · sökte %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>History of the application to %1</source>
        <translation>Historik för ansökan till %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move to</source>
        <translation>Flytta till</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move to another stage of %1</source>
        <translation>Flytta till ett annat steg i %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject…</source>
        <translation>Avslå…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject on %1</source>
        <translation>Avslå för %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>by %1 · %2</source>
        <translation>av %1 · %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No history in your cache.</source>
        <translation>Ingen historik i din lokala kopia.</translation>
    </message>
</context>
<context>
    <name>ApplicationsTab</name>
    <message>
        <location line="+16"/>
        <source>Not in any job&apos;s pipeline yet.</source>
        <translation>Finns ännu inte i något jobbs rekryteringsprocess.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>Ansökningar</translation>
    </message>
</context>
<context>
    <name>BeforePage</name>
    <message>
        <location filename="../../recruiter_desktop/views/linkedin/pages_connect.py" line="+36"/>
        <source>Connect to LinkedIn Recruiter</source>
        <translation>Anslut till LinkedIn Recruiter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This wizard connects the organisation to LinkedIn Recruiter System Connect. It takes a few minutes, and you can stop and resume it at any step.</source>
        <translation>Guiden ansluter organisationen till LinkedIn Recruiter System Connect. Det tar några minuter, och du kan avbryta och fortsätta vid vilket steg som helst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you need first</source>
        <translation>Det här behöver du först</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;The LinkedIn add-on licence&lt;/b&gt; for this ATS (Recruiter System Connect; your LinkedIn account manager arranges it).</source>
        <translation>&lt;b&gt;LinkedIn-tilläggslicensen&lt;/b&gt; för det här ATS-systemet (Recruiter System Connect; din kontaktperson på LinkedIn ordnar den).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;LinkedIn Recruiter seats&lt;/b&gt; for the recruiters and hiring managers who will use the LinkedIn features.</source>
        <translation>&lt;b&gt;LinkedIn Recruiter-platser&lt;/b&gt; för de rekryterare och anställande chefer som ska använda LinkedIn-funktionerna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;A Recruiter admin to work with&lt;/b&gt;: a person with admin rights on your company&apos;s LinkedIn Recruiter contract. They enable the integration in LinkedIn Recruiter near the end; it may be you.</source>
        <translation>&lt;b&gt;En Recruiter-administratör att samarbeta med&lt;/b&gt;: en person med administratörsbehörighet i företagets LinkedIn Recruiter-kontrakt. Hen aktiverar integrationen i LinkedIn Recruiter mot slutet; det kan vara du.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The steps</source>
        <translation>Stegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in to LinkedIn in your browser.</source>
        <translation>Logga in på LinkedIn i webbläsaren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the contract, if you have seats on several.</source>
        <translation>Välj kontrakt, om du har platser i flera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request Recruiter System Connect.</source>
        <translation>Begär Recruiter System Connect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notify partner, until LinkedIn shows Partner ready.</source>
        <translation>Meddela partner, tills LinkedIn visar Partner-klar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Recruiter admin enables company-level or contract-level access in LinkedIn Recruiter.</source>
        <translation>Recruiter-administratören aktiverar åtkomst på företagsnivå eller kontraktnivå i LinkedIn Recruiter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first full sync with LinkedIn.</source>
        <translation>Den första fullständiga synken med LinkedIn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Running the setup again: you sign in to LinkedIn again, the steps already done are skipped, and the first full sync runs again. To connect another contract, press Disconnect in the LinkedIn integration tab first.</source>
        <translation>Konfigurationen körs igen: du loggar in på LinkedIn igen, steg som redan är klara hoppas över och den första fullständiga synken körs igen. Vill du ansluta ett annat kontrakt trycker du först på Koppla från på fliken LinkedIn-integration.</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <location filename="../../recruiter_desktop/views/linkedin/parts.py" line="+109"/>
        <source>Open the sign-in page again</source>
        <translation>Öppna inloggningssidan igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open LinkedIn&apos;s sign-in page in your browser again (if you closed it).</source>
        <translation>Öppna LinkedIns inloggningssida i webbläsaren igen (om du stängde den).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the link</source>
        <translation>Kopiera länken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the sign-in page&apos;s address, to open it in another browser.</source>
        <translation>Kopiera inloggningssidans adress för att öppna den i en annan webbläsare.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Waiting for you to sign in to LinkedIn in your browser… This moves on by itself once you have.</source>
        <translation>Väntar på att du loggar in på LinkedIn i webbläsaren… Det här går vidare av sig självt när du har gjort det.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Link copied.</source>
        <translation>Länken är kopierad.</translation>
    </message>
</context>
<context>
    <name>CandidateHeader</name>
    <message>
        <location filename="../../recruiter_desktop/views/candidate/header.py" line="+108"/>
        <source>e-mail address</source>
        <translation>e-postadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone number</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to pool</source>
        <translation>Lägg till i pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to or remove from talent pools (%1)</source>
        <translation>Lägg till i eller ta bort från talangpooler (%1)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Candidate %1</source>
        <translation>Kandidat %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: %1 · added %2 by %3</source>
        <translation>Källa: %1 · tillagd %2 av %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In pools:</source>
        <translation>I pooler:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No talent pools yet</source>
        <translation>Inga talangpooler än</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (filled by the LinkedIn integration)</source>
        <translation>%1 (fylls av LinkedIn-integrationen)</translation>
    </message>
</context>
<context>
    <name>CandidatePane</name>
    <message>
        <location filename="../../recruiter_desktop/views/candidate_pane.py" line="+78"/>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Candidate details</source>
        <translation>Kandidatuppgifter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes; %1 starts a new one</source>
        <translation>Anteckningar; %1 påbörjar en ny</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>No candidate chosen</source>
        <translation>Ingen kandidat vald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a candidate in a list or on a board, or press Ctrl+K to search by name, e-mail, tag or job.</source>
        <translation>Välj en kandidat i en lista eller på en tavla, eller tryck Ctrl+K för att söka på namn, e-post, tagg eller jobb.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This candidate cannot be shown</source>
        <translation>Kandidaten kan inte visas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write a new note</source>
        <translation>Skriv en ny anteckning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to or remove from talent pools</source>
        <translation>Lägg till i eller ta bort från talangpooler</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The candidate is not in your cache: they were deleted, or you no longer hold a role on any of their jobs.</source>
        <translation>Kandidaten finns inte i din lokala kopia: hen har tagits bort, eller så har du inte längre någon roll i något av hens jobb.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Applications</source>
        <translation>Ansökningar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>Återkoppling</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Feedback (%n due)</source>
        <translation>
            <numerusform>Återkoppling (%n väntar)</numerusform>
            <numerusform>Återkoppling (%n väntar)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Interview feedback</source>
        <translation>Intervjuåterkoppling</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
</context>
<context>
    <name>CandidateTimes</name>
    <message numerus="yes">
        <location filename="../../recruiter_desktop/views/candidate/wording.py" line="+34"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>för %n minut sedan</numerusform>
            <numerusform>för %n minuter sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>för %n timme sedan</numerusform>
            <numerusform>för %n timmar sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>för %n dag sedan</numerusform>
            <numerusform>för %n dagar sedan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidateWording</name>
    <message>
        <location line="-21"/>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>just now</source>
        <translation>nyss</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Har dragit sig ur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Hired</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Strong no</source>
        <translation>Absolut nej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong yes</source>
        <translation>Absolut ja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 · Poor</source>
        <translation>1 · Svag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 · Mixed</source>
        <translation>2 · Blandad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · Good</source>
        <translation>3 · Bra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 · Excellent</source>
        <translation>4 · Utmärkt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added to %1</source>
        <translation>Tillagd i %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved from %1 to %2</source>
        <translation>Flyttad från %1 till %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rejected in %1</source>
        <translation>Avslagen i %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Withdrew in %1</source>
        <translation>Drog sig ur i %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hired from %1</source>
        <translation>Anställd från %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the system</source>
        <translation>systemet</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <location filename="../../recruiter_desktop/views/candidates_page.py" line="+46"/>
        <location line="+33"/>
        <source>Candidates</source>
        <translation>Kandidater</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Filter by name, e-mail, tag or job</source>
        <translation>Filtrera på namn, e-post, tagg eller jobb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the candidates (%1)</source>
        <translation>Filtrera kandidaterna (%1)</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+12"/>
        <source>Filter candidates</source>
        <translation>Filtrera kandidater</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Candidate list</source>
        <translation>Kandidatlista</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>the best %Ln matches</source>
        <translation>
            <numerusform>den bästa %Ln träffen</numerusform>
            <numerusform>de bästa %Ln träffarna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln träff</numerusform>
            <numerusform>%Ln träffar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln candidate(s)</source>
        <translation>
            <numerusform>%Ln kandidat</numerusform>
            <numerusform>%Ln kandidater</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No candidate you can see matches “%1”.</source>
        <translation>Ingen kandidat du kan se matchar ”%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No candidates yet: they appear here once the first sync is done.</source>
        <translation>Inga kandidater än: de visas här när den första synken är klar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../recruiter_desktop/views/jobs/card_delegate.py" line="+91"/>
        <source>Not synced</source>
        <translation>Inte synkad</translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <location filename="../../recruiter_desktop/views/jobs/stage_column.py" line="+153"/>
        <source>No candidates</source>
        <translation>Inga kandidater</translation>
    </message>
</context>
<context>
    <name>ConnectBox</name>
    <message>
        <location filename="../../recruiter_desktop/views/linkedin/pages_connect.py" line="+226"/>
        <source>Recruiter System Connect</source>
        <translation>Recruiter System Connect</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Contract: %1</source>
        <translation>Kontrakt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not requested</source>
        <translation>Inte begärd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <location filename="../../recruiter_desktop/views/candidate/header.py" line="-134"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Copy the %1</source>
        <translation>Kopiera %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Click to open; select to copy</source>
        <translation>Klicka för att öppna; markera för att kopiera</translation>
    </message>
</context>
<context>
    <name>ContractPage</name>
    <message>
        <location filename="../../recruiter_desktop/views/linkedin/pages_connect.py" line="-130"/>
        <source>Choose the contract</source>
        <translation>Välj kontrakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You hold seats on several LinkedIn Recruiter contracts. Choose the one to connect to this ATS; its seat holders can then use the LinkedIn features.</source>
        <translation>Du har platser i flera LinkedIn Recruiter-kontrakt. Välj det som ska anslutas till det här ATS-systemet; kontraktets platsinnehavare kan sedan använda LinkedIn-funktionerna.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your Recruiter contracts</source>
        <translation>Dina Recruiter-kontrakt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The contract cannot be changed once Recruiter System Connect is requested, except by disconnecting and running the setup again.</source>
        <translation>Kontraktet kan inte ändras när Recruiter System Connect har begärts, utom genom att koppla från och köra konfigurationen igen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signed in to LinkedIn as %1.</source>
        <translation>Inloggad på LinkedIn som %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (your seat: %2)</source>
        <translation>%1 (din plats: %2)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choosing the contract…</source>
        <translation>Väljer kontraktet…</translation>
    </message>
</context>
<context>
    <name>DemoLinkedInActions</name>
    <message>
        <location filename="../../recruiter_desktop/views/demo_actions.py" line="+43"/>
        <source>Set up &amp;LinkedIn in one step…</source>
        <translation>Konfigurera &amp;LinkedIn i ett steg…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect the demo to LinkedIn at contract level, as the admin and LinkedIn Recruiter&apos;s admin would, and connect the demo users&apos; LinkedIn accounts</source>
        <translation>Anslut demon till LinkedIn på kontraktnivå, som administratören och LinkedIn Recruiters administratör skulle göra, och anslut demoanvändarnas LinkedIn-konton</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About the &amp;demo…</source>
        <translation>Om &amp;demon…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set up LinkedIn in one step</source>
        <translation>Konfigurera LinkedIn i ett steg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This connects the demo to LinkedIn at contract level on %1: what an admin does in Admin settings &gt; LinkedIn integration, what LinkedIn Recruiter&apos;s admin does in Recruiter, and each demo user connecting their own LinkedIn account. It takes about ten seconds. To walk the setup wizard yourself instead, sign in as the admin and open Admin settings &gt; LinkedIn integration.</source>
        <translation>Det här ansluter demon till LinkedIn på kontraktnivå i %1: det en administratör gör under Administrationsinställningar &gt; LinkedIn-integration, det LinkedIn Recruiters administratör gör i Recruiter, och att varje demoanvändare ansluter sitt eget LinkedIn-konto. Det tar ungefär tio sekunder. Vill du i stället gå igenom konfigurationsguiden själv loggar du in som administratören och öppnar Administrationsinställningar &gt; LinkedIn-integration.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set up</source>
        <translation>Konfigurera</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Setting up LinkedIn for the demo…</source>
        <translation>Konfigurerar LinkedIn för demon…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open a candidate&apos;s LinkedIn tab to see it: %1 (same e-mail address on LinkedIn), %2 (same name only), %3 (no member).</source>
        <translation>Öppna en kandidats LinkedIn-flik för att se det: %1 (samma e-postadress på LinkedIn), %2 (bara samma namn), %3 (ingen medlem).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>LinkedIn in the demo</source>
        <translation>LinkedIn i demon</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About the demo</source>
        <translation>Om demon</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>ATS server: %1</source>
        <translation>ATS-server: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LinkedIn sandbox: %1</source>
        <translation>LinkedIn-sandlåda: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same e-mail address on LinkedIn (an exact match): %1</source>
        <translation>Samma e-postadress på LinkedIn (exakt matchning): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same name only (members to link; two members each for %2): %1</source>
        <translation>Bara samma namn (medlemmar att länka; två medlemmar vardera för %2): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No member on LinkedIn: %1</source>
        <translation>Ingen medlem på LinkedIn: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LinkedIn starts not connected. As the admin, connect it in Admin settings &gt; LinkedIn integration: on the sandbox&apos;s sign-in page choose yourself (%1), choose the contract %2, and play LinkedIn Recruiter&apos;s admin with the first command below. Or use Demo &gt; Set up LinkedIn in one step.</source>
        <translation>LinkedIn är inte anslutet från början. Anslut det som administratören under Administrationsinställningar &gt; LinkedIn-integration: välj dig själv (%1) på sandlådans inloggningssida, välj kontraktet %2 och spela LinkedIn Recruiters administratör med det första kommandot nedan. Eller använd Demo &gt; Konfigurera LinkedIn i ett steg.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This demo runs its own ATS server and a LinkedIn sandbox (a stand-in for LinkedIn Recruiter) on this computer; what you change is deleted when you quit.</source>
        <translation>Demon kör en egen ATS-server och en LinkedIn-sandlåda (som står i för LinkedIn Recruiter) på den här datorn; det du ändrar raderas när du avslutar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in as admin@demo.example, recruiter@demo.example, hiring.manager@demo.example or interviewer@demo.example (password demo), or switch in the Demo menu.</source>
        <translation>Logga in som admin@demo.example, recruiter@demo.example, hiring.manager@demo.example eller interviewer@demo.example (lösenord demo), eller byt i menyn Demo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Then open a candidate&apos;s LinkedIn tab:</source>
        <translation>Öppna sedan en kandidats LinkedIn-flik:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LinkedIn talent pool lists the people who shared their profile in reply to an InMail. In the demo the server brings InMails, notes and shared profiles from LinkedIn every minute (every two hours in production); exports arrive at once. Try these in a terminal:</source>
        <translation>Talangpoolen LinkedIn visar de personer som delade sin profil i svar på ett InMail. I demon hämtar servern InMail, anteckningar och delade profiler från LinkedIn varje minut (varannan timme i produktion); exporter kommer direkt. Prova de här i en terminal:</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <location filename="../../recruiter_desktop/views/wording.py" line="+13"/>
        <source>under a minute</source>
        <translation>under en minut</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n timme</numerusform>
            <numerusform>%n timmar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n vecka</numerusform>
            <numerusform>%n veckor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n månad</numerusform>
            <numerusform>%n månader</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnablePage</name>
    <message>
        <location filename="../../recruiter_desktop/views/linkedin/pages_enable.py" line="+45"/>
        <source>Enable access in LinkedIn Recruiter</source>
        <translation>Aktivera åtkomst i LinkedIn Recruiter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Recruiter admin of your contract now enables the integration in LinkedIn Recruiter. This page moves on by itself when LinkedIn says it is enabled.</source>
        <translation>En Recruiter-administratör för ert kontrakt aktiverar nu integrationen i LinkedIn Recruiter. Sidan går vidare av sig själv när LinkedIn säger att den är aktiverad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For the Recruiter admin</source>
        <translation>För Recruiter-administratören</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to LinkedIn with the Recruiter admin account and open Recruiter.</source>
        <translation>Logga in på LinkedIn med Recruiter-administratörskontot och öppna Recruiter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the More menu, choose Admin settings, then the ATS tab.</source>
        <translation>Välj Administrationsinställningar i menyn Mer och sedan fliken ATS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ATS is listed there with two options that can be enabled:</source>
        <translation>Där visas det här ATS-systemet med två alternativ som kan aktiveras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the access level you chose.</source>
        <translation>Aktivera den åtkomstnivå du har valt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Company-level access is enough for exports and the profile on each candidate&apos;s LinkedIn tab; choose contract-level access to see InMails and Recruiter notes here too. The level can be changed later in Recruiter.</source>
        <translation>Åtkomst på företagsnivå räcker för export och profilen på varje kandidats LinkedIn-flik; välj åtkomst på kontraktnivå för att även se InMail och Recruiter-anteckningar här. Nivån kan ändras senare i Recruiter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy the instructions</source>
        <translation>&amp;Kopiera instruktionerna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy these steps, to send them to your Recruiter admin.</source>
        <translation>Kopiera stegen för att skicka dem till er Recruiter-administratör.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;heck now</source>
        <translation>K&amp;ontrollera nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask LinkedIn for the status now.</source>
        <translation>Fråga LinkedIn om statusen nu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>LinkedIn shows: Disabled. A Recruiter admin turned the integration off; they enable it again the same way.</source>
        <translation>LinkedIn visar: Inaktiverad. En Recruiter-administratör har stängt av integrationen; hen aktiverar den igen på samma sätt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>LinkedIn shows: %1.</source>
        <translation>LinkedIn visar: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting for the Recruiter admin to enable access… LinkedIn is asked every few seconds.</source>
        <translation>Väntar på att Recruiter-administratören aktiverar åtkomsten… LinkedIn tillfrågas med några sekunders mellanrum.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Asking LinkedIn for the status…</source>
        <translation>Frågar LinkedIn om statusen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enabling Recruiter System Connect for our ATS in LinkedIn Recruiter:</source>
        <translation>Så aktiverar du Recruiter System Connect för vårt ATS-system i LinkedIn Recruiter:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied: paste them into a message to your Recruiter admin.</source>
        <translation>Kopierat: klistra in stegen i ett meddelande till er Recruiter-administratör.</translation>
    </message>
</context>
<context>
    <name>EventsList</name>
    <message>
        <location filename="../../recruiter_desktop/views/linkedin/events_list.py" line="+35"/>
        <source>Recent events from LinkedIn</source>
        <translation>Senaste händelserna från LinkedIn</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Reading LinkedIn&apos;s events…</source>
        <translation>Läser händelserna från LinkedIn…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No events from LinkedIn yet.</source>
        <translation>Inga händelser från LinkedIn än.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LinkedIn&apos;s events could not be read: %1</source>
        <translation>Händelserna från LinkedIn kunde inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackCard</name>
    <message>
        <location filename="../../recruiter_desktop/views/candidate/feedback_tab.py" line="+189"/>
        <source>Waiting to sync</source>
        <translation>Väntar på synk</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rating %1  %2</source>
        <translation>Betyg %1  %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating %1 of 4</source>
        <translation>Betyg %1 av 4</translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <location line="-106"/>
        <source>Your feedback</source>
        <translation>Din återkoppling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · now in %2</source>
        <translation>%1 · nu i %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Rating</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Recommendation</source>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comments: strengths, concerns, evidence…</source>
        <translation>Kommentarer: styrkor, farhågor, belägg…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submit feedback</source>
        <translation>Skicka återkoppling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit your feedback (%1 in the comments)</source>
        <translation>Skicka din återkoppling (%1 i kommentarerna)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Others&apos; feedback on this application shows once you have submitted yours.</source>
        <translation>Andras återkoppling på den här ansökan visas när du har skickat din egen.</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <location line="+85"/>
        <source>Interview feedback</source>
        <translation>Intervjuåterkoppling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit your feedback (in its comments)</source>
        <translation>Skicka din återkoppling (i kommentarerna)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No interview feedback yet.</source>
        <translation>Ingen intervjuåterkoppling än.</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../recruiter_desktop/views/jobs/funnel_chart.py" line="+27"/>
        <source>Hiring funnel</source>
        <translation>Rekryteringstratt</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n reached it</source>
        <translation>
            <numerusform>%n nådde steget</numerusform>
            <numerusform>%n nådde steget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in it now</source>
        <translation>
            <numerusform>%n i steget nu</numerusform>
            <numerusform>%n i steget nu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <location line="+48"/>
        <source>%n now</source>
        <translation>
            <numerusform>%n nu</numerusform>
            <numerusform>%n nu</numerusform>
        </translation>
    </message>
    <message>
        <location line="-21"/>
        <source>No stages yet</source>
        <translation>Inga steg än</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../recruiter_desktop/views/linkedin/pages_enable.py" line="+8"/>
        <source>The first full sync</source>
        <translation>Den första fullständiga synken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ATS server sends the jobs and candidates of the recent past to LinkedIn and, at contract level, reads InMails, notes and stub profiles.</source>
        <translation>ATS-servern skickar jobben och kandidaterna från den senaste tiden till LinkedIn och läser, på kontraktnivå, in InMail, anteckningar och stub-profiler.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First sync progress</source>
        <translation>Förlopp för den första synken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m</source>
        <translation>%v av %m</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You may close the wizard: the sync goes on in the server, and Admin settings &gt; LinkedIn integration shows its progress.</source>
        <translation>Du kan stänga guiden: synken fortsätter på servern, och Administrationsinställningar &gt; LinkedIn-integration visar hur det går.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 on %2.</source>
        <translation>%1 för %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Starting the sync…</source>
        <translation>Startar synken…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Run the sync again</source>
        <translation>Kör synken igen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sync with LinkedIn failed.</source>
        <translation>Synken med LinkedIn misslyckades.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first sync has not started.</source>
        <translation>Den första synken har inte startat.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the sync</source>
        <translation>Starta synken</translation>
    </message>
</context>
<context>
    <name>InMailCard</name>
    <message>
        <location filename="../../recruiter_desktop/views/candidate/linkedin/history.py" line="+31"/>
        <source>You to %1</source>
        <translation>Du till %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to you</source>
        <translation>%1 till dig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone</source>
        <translation>Någon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only %1 reads the messages of this conversation.</source>
        <translation>Bara %1 läser meddelandena i den här konversationen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sender</source>
        <translation>avsändaren</translation>
    </message>
</context>
<context>
    <name>IntegrationTab</name>
    <message>
        <location filename="../../recruiter_desktop/views/linkedin/integration_tab.py" line="+84"/>
        <source>What each level gives</source>
        <translation>Vad varje nivå ger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First full sync</source>
        <translation>Första fullständiga synken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First sync progress</source>
        <translation>Förlopp för den första synken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m</source>
        <translation>%v av %m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent events from LinkedIn</source>
        <translation>Senaste händelserna från LinkedIn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What LinkedIn sent this server (1-Click Exports, status changes) and what came of each, newest first.</source>
        <translation>Det LinkedIn har skickat till servern (1-klicksexporter, statusändringar) och vad som blev av varje, de senaste först.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LinkedIn integration</source>
        <translation>LinkedIn-integration</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Integration state</source>
        <translation>Integrationens status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Refresh status</source>
        <translation>&amp;Uppdatera status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask LinkedIn for the integration&apos;s status now.</source>
        <translation>Fråga LinkedIn om integrationens status nu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-run set&amp;up</source>
        <translation>&amp;Kör konfigurationen igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the setup wizard again from the start: sign in, steps, first sync.</source>
        <translation>Kör konfigurationsguiden igen från början: inloggning, stegen, första synken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Disconnect…</source>
        <translation>Koppla &amp;från…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect the organisation from LinkedIn.</source>
        <translation>Koppla från organisationen från LinkedIn.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, on %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Problem: %1 Press Refresh status once it is fixed.</source>
        <translation>Problem: %1 Tryck på Uppdatera status när det är åtgärdat.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contract:</source>
        <translation>Kontrakt:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected by:</source>
        <translation>Ansluten av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an admin</source>
        <translation>en administratör</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LinkedIn account:</source>
        <translation>LinkedIn-konto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested:</source>
        <translation>Begärd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled since:</source>
        <translation>Aktiverad sedan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>InMails and notes read:</source>
        <translation>InMail och anteckningar inlästa:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resume &amp;setup…</source>
        <translation>&amp;Återuppta konfigurationen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the setup wizard at the step where the setup stands.</source>
        <translation>Öppna konfigurationsguiden vid det steg där konfigurationen står.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Anslut…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the setup wizard: connect the organisation to LinkedIn.</source>
        <translation>Starta konfigurationsguiden: anslut organisationen till LinkedIn.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(this organisation)</source>
        <translation>(den här organisationen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On now:</source>
        <translation>På nu:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Done on %1. %2</source>
        <translation>Klar %1. %2</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Reading the setup from the server…</source>
        <translation>Läser konfigurationen från servern…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Asking LinkedIn for the status…</source>
        <translation>Frågar LinkedIn om statusen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disconnect from LinkedIn</source>
        <translation>Koppla från LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect the organisation from LinkedIn?</source>
        <translation>Vill du koppla från organisationen från LinkedIn?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1-Click Export, the In-ATS indicator and the candidates&apos; LinkedIn tabs stop for everyone, and the InMails and Recruiter notes synced here are removed. Candidates and their links to LinkedIn profiles stay, and so do users&apos; own LinkedIn accounts. You can connect again later.</source>
        <translation>1-klicksexport, I-ATS-indikatorn och kandidaternas LinkedIn-flikar slutar fungera för alla, och de InMail och Recruiter-anteckningar som har synkats hit tas bort. Kandidaterna och deras länkar till LinkedIn-profiler finns kvar, liksom användarnas egna LinkedIn-konton. Du kan ansluta igen senare.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disconnect</source>
        <translation>Koppla från</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Disconnecting from LinkedIn…</source>
        <translation>Kopplar från LinkedIn…</translation>
    </message>
</context>
<context>
    <name>JobDetailsView</name>
    <message>
        <location filename="../../recruiter_desktop/views/jobs/job_details.py" line="+45"/>
        <source>About the job</source>
        <translation>Om jobbet</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Stages in order</source>
        <translation>Stegen i ordning</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stages</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No description yet.</source>
        <translation>Ingen beskrivning än.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created %1</source>
        <translation>Skapat %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opened %1</source>
        <translation>öppnat %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed %1</source>
        <translation>stängt %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody holds a role on this job yet.</source>
        <translation>Ingen har någon roll i det här jobbet än.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (no longer here)</source>
        <translation>%1 (finns inte längre kvar)</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+10"/>
        <source>Hiring team</source>
        <translation>Rekryteringsteam</translation>
    </message>
</context>
<context>
    <name>JobList</name>
    <message>
        <location filename="../../recruiter_desktop/views/jobs/job_list.py" line="+40"/>
        <source>Job</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened</source>
        <translation>Öppnat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidates per stage</source>
        <translation>Kandidater per steg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active candidates in each stage of the job&apos;s pipeline, left to right from the first stage; point at a job&apos;s counts for the stages&apos; names.</source>
        <translation>Aktiva kandidater i varje steg av jobbets rekryteringsprocess, från det första steget till vänster; peka på ett jobbs siffror för att se stegens namn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Candidates in the pipeline now: not rejected, withdrawn or hired.</source>
        <translation>Kandidater som är kvar i rekryteringsprocessen: inte avslagna, anställda eller sådana som har dragit sig ur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every application to the job, the closed ones too.</source>
        <translation>Alla ansökningar till jobbet, även de avslutade.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Filter by title, code, department or location</source>
        <translation>Filtrera på titel, kod, avdelning eller ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Filter jobs</source>
        <translation>Filtrera jobb</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Filter jobs (Ctrl+F)</source>
        <translation>Filtrera jobb (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job status</source>
        <translation>Jobbets status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Jobs</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n jobb</numerusform>
            <numerusform>%n jobb</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobView</name>
    <message>
        <location filename="../../recruiter_desktop/views/jobs/job_view.py" line="+104"/>
        <source>← Jobs</source>
        <translation>← Jobb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back (Alt+Left)</source>
        <translation>Tillbaka (Alt+Vänster)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the list</source>
        <translation>Tillbaka till listan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Board</source>
        <translation>&amp;Tavla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline as stage columns (Alt+B)</source>
        <translation>Rekryteringsprocessen som kolumner per steg (Alt+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the pipeline as a board</source>
        <translation>Visa rekryteringsprocessen som en tavla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Table</source>
        <translation>Ta&amp;bell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pipeline as one sortable table (Alt+T)</source>
        <translation>Rekryteringsprocessen som en sorterbar tabell (Alt+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the pipeline as a table</source>
        <translation>Visa rekryteringsprocessen som en tabell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages and hiring team (Alt+D)</source>
        <translation>Steg och rekryteringsteam (Alt+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the job&apos;s stages and hiring team</source>
        <translation>Visa jobbets steg och rekryteringsteam</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This job is no longer in your cache.</source>
        <translation>Jobbet finns inte längre i din lokala kopia.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>JobWording</name>
    <message>
        <location filename="../../recruiter_desktop/views/jobs/wording.py" line="+12"/>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Stängt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hiring manager</source>
        <translation>Anställande chef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recruiter</source>
        <translation>Rekryterare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer</source>
        <translation>Intervjuare</translation>
    </message>
</context>
<context>
    <name>LinkedInNoteCard</name>
    <message>
        <location filename="../../recruiter_desktop/views/candidate/linkedin/history.py" line="+12"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone in your organisation</source>
        <translation>Någon i organisationen</translation>
    </message>
</context>
<context>
    <name>LinkedInTab</name>
    <message>
        <location filename="../../recruiter_desktop/views/candidate/linkedin_tab.py" line="+135"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>InMail history</source>
        <translation>InMail-historik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes from LinkedIn Recruiter</source>
        <translation>Anteckningar från LinkedIn Recruiter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look the candidate up on LinkedIn again (%1)</source>
        <translation>Slå upp kandidaten på LinkedIn igen (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Look the candidate up on LinkedIn again</source>
        <translation>Slå upp kandidaten på LinkedIn igen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn profile</source>
        <translation>LinkedIn-profil</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Offline: the server cannot be reached. This shows what this computer kept from the last sync; looking up, saving to projects and new links wait for the server.</source>
        <translation>Frånkopplad: servern går inte att nå. Här visas det som den här datorn sparade vid senaste synken; uppslagningar, sparande i projekt och nya länkar väntar på servern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last synced %1.</source>
        <translation>Senast synkad %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unlinked on this computer; the server gets the unlink at the next sync.</source>
        <translation>Avlänkad på den här datorn; servern får avlänkningen vid nästa synk.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Looking %1 up on LinkedIn…</source>
        <translation>Slår upp %1 på LinkedIn…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not linked to a LinkedIn profile on this computer. Looking them up on LinkedIn needs the server.</source>
        <translation>%1 är inte länkad till någon LinkedIn-profil på den här datorn. Att slå upp hen på LinkedIn kräver servern.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Possible matches on LinkedIn</source>
        <translation>Möjliga träffar på LinkedIn</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>LinkedIn has no exact match for %1 on e-mail address or member id. %n member(s) have the same name: link the one who is %1.</source>
        <translation>
            <numerusform>LinkedIn har ingen exakt träff för %1 på e-postadress eller medlems-id. %n medlem har samma namn: länka den som är %1.</numerusform>
            <numerusform>LinkedIn har ingen exakt träff för %1 på e-postadress eller medlems-id. %n medlemmar har samma namn: länka den som är %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No match found on LinkedIn</source>
        <translation>Ingen träff på LinkedIn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No LinkedIn member matches %1: not by e-mail address, member id or name. Exporting them from LinkedIn Recruiter (1-Click Export) links them.</source>
        <translation>Ingen LinkedIn-medlem matchar %1: varken på e-postadress, medlems-id eller namn. En export från LinkedIn Recruiter (1-klicksexport) länkar hen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unlink works once the link has reached this computer (syncing…).</source>
        <translation>Avlänkning fungerar när länken har nått den här datorn (synkar…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving to a project waits until the server has the link.</source>
        <translation>Sparande i ett projekt väntar tills servern har länken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving to a Recruiter project needs the server.</source>
        <translation>Att spara i ett Recruiter-projekt kräver servern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving to a Recruiter project needs your own LinkedIn account.</source>
        <translation>Att spara i ett Recruiter-projekt kräver ditt eget LinkedIn-konto.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your InMails in full; other people&apos;s in your organisation as who and when only.</source>
        <translation>Dina InMail i sin helhet; andras i organisationen bara som vem och när.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Notes your organisation shared in LinkedIn Recruiter about %1.</source>
        <translation>Anteckningar om %1 som organisationen har delat i LinkedIn Recruiter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>InMails show here once %1 is linked to their LinkedIn profile.</source>
        <translation>InMail visas här när %1 är länkad till sin LinkedIn-profil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes show here once %1 is linked to their LinkedIn profile.</source>
        <translation>Anteckningar visas här när %1 är länkad till sin LinkedIn-profil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No InMails with %1 shared with your organisation yet.</source>
        <translation>Inga InMail med %1 delade med organisationen än.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No notes about %1 shared in LinkedIn Recruiter yet.</source>
        <translation>Inga anteckningar om %1 delade i LinkedIn Recruiter än.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Brought in from LinkedIn every two hours (last: %1).</source>
        <translation>Hämtas från LinkedIn varannan timme (senast: %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brought in from LinkedIn every two hours.</source>
        <translation>Hämtas från LinkedIn varannan timme.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Show %n older InMail(s)</source>
        <translation>
            <numerusform>Visa %n äldre InMail</numerusform>
            <numerusform>Visa %n äldre InMail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Show %n older note(s)</source>
        <translation>
            <numerusform>Visa %n äldre anteckning</numerusform>
            <numerusform>Visa %n äldre anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Unlink LinkedIn profile</source>
        <translation>Avlänka LinkedIn-profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlink %1 from the LinkedIn profile of %2? LinkedIn will not match this profile to %1 by itself again.</source>
        <translation>Vill du avlänka %1 från LinkedIn-profilen för %2? LinkedIn matchar inte längre den här profilen med %1 av sig självt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlink</source>
        <translation>Avlänka</translation>
    </message>
</context>
<context>
    <name>LinkedInWords</name>
    <message>
        <location filename="../../recruiter_desktop/views/linkedin/wording.py" line="+28"/>
        <location line="+123"/>
        <source>1-Click Export</source>
        <translation>1-klicksexport</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>In-ATS indicator</source>
        <translation>I-ATS-indikator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-ATS profile widget</source>
        <translation>I-ATS-profilwidget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InMail history</source>
        <translation>InMail-historik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes history</source>
        <translation>Anteckningshistorik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>InMail stub profiles</source>
        <translation>InMail stub-profiler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recruiters export a candidate from LinkedIn Recruiter to an open job here with one click; the candidate arrives in the job&apos;s Prospect stage.</source>
        <translation>Rekryterare exporterar en kandidat från LinkedIn Recruiter till ett öppet jobb här med ett klick; kandidaten hamnar i jobbets steg Prospect.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LinkedIn Recruiter shows a candidate&apos;s jobs here, their stages, interview feedback and notes (once past Prospect).</source>
        <translation>LinkedIn Recruiter visar en kandidats jobb här, deras steg, intervjuåterkoppling och anteckningar (när kandidaten har passerat Prospect).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each candidate&apos;s LinkedIn tab shows their LinkedIn profile, to link, unlink or save to a Recruiter project.</source>
        <translation>Varje kandidats LinkedIn-flik visar hens LinkedIn-profil, som kan länkas, avlänkas eller sparas i ett Recruiter-projekt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LinkedIn tab shows your InMails with the candidate, and who else in the organisation wrote to them.</source>
        <translation>LinkedIn-fliken visar dina InMail med kandidaten och vilka andra i organisationen som har skrivit till hen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LinkedIn tab shows the notes the organisation wrote about the candidate in LinkedIn Recruiter.</source>
        <translation>LinkedIn-fliken visar de anteckningar som organisationen har skrivit om kandidaten i LinkedIn Recruiter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members who answer an InMail and share their profile become candidates in the LinkedIn talent pool.</source>
        <translation>Medlemmar som svarar på ett InMail och delar sin profil blir kandidater i talangpoolen LinkedIn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contract-level access</source>
        <translation>Åtkomst på kontraktnivå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company-level access</source>
        <translation>Åtkomst på företagsnivå</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All company-level features, plus InMail history, notes history and InMail stub profiles.</source>
        <translation>Alla funktioner på företagsnivå, och dessutom InMail-historik, anteckningshistorik och InMail stub-profiler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1-Click Export, the In-ATS indicator and the In-ATS profile widget only.</source>
        <translation>Endast 1-klicksexport, I-ATS-indikatorn och I-ATS-profilwidgeten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enabled (contract level)</source>
        <translation>Aktiverad (kontraktnivå)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled (company level)</source>
        <translation>Aktiverad (företagsnivå)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected</source>
        <translation>Inte ansluten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in to LinkedIn</source>
        <translation>Loggar in på LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract not chosen</source>
        <translation>Kontrakt inte valt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in, not requested</source>
        <translation>Inloggad, inte begärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notify partner</source>
        <translation>Meddela partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner ready</source>
        <translation>Partner-klar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled by LinkedIn</source>
        <translation>Inaktiverad av LinkedIn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Press Connect: the setup wizard guides you through signing in to LinkedIn, choosing the contract, requesting Recruiter System Connect and enabling access with your Recruiter admin.</source>
        <translation>Tryck på Anslut: konfigurationsguiden leder dig genom inloggningen på LinkedIn, valet av kontrakt, begäran om Recruiter System Connect och aktiveringen av åtkomst tillsammans med er Recruiter-administratör.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A LinkedIn sign-in was started but has not come back. Press Resume setup to sign in again.</source>
        <translation>En inloggning på LinkedIn påbörjades men har inte kommit tillbaka. Tryck på Återuppta konfigurationen för att logga in igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are signed in with seats on several Recruiter contracts. Press Resume setup to choose the one to connect.</source>
        <translation>Du är inloggad med platser i flera Recruiter-kontrakt. Tryck på Återuppta konfigurationen för att välja det som ska anslutas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recruiter System Connect is not requested yet. Press Resume setup to request it.</source>
        <translation>Recruiter System Connect har inte begärts än. Tryck på Återuppta konfigurationen för att begära det.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LinkedIn shows Notify partner. Press Resume setup, then Notify partner; the status then becomes Partner ready.</source>
        <translation>LinkedIn visar Meddela partner. Tryck på Återuppta konfigurationen och sedan på Meddela partner; statusen blir då Partner-klar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Recruiter admin now enables company-level or contract-level access in LinkedIn Recruiter: More &gt; Admin settings &gt; ATS tab. This page shows Enabled by itself once they have; Resume setup shows them the steps.</source>
        <translation>En Recruiter-administratör aktiverar nu åtkomst på företagsnivå eller kontraktnivå i LinkedIn Recruiter: Mer &gt; Administrationsinställningar &gt; fliken ATS. Sidan visar Aktiverad av sig själv när det är gjort; Återuppta konfigurationen visar stegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each recruiter and hiring manager connects their own LinkedIn account in User settings &gt; LinkedIn to use the features.</source>
        <translation>Varje rekryterare och anställande chef ansluter sitt eget LinkedIn-konto under Användarinställningar &gt; LinkedIn för att använda funktionerna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Recruiter admin turned the integration off in LinkedIn Recruiter; the LinkedIn features are off for everyone. They enable it again in More &gt; Admin settings &gt; ATS tab (Resume setup shows the steps), or Disconnect here.</source>
        <translation>En Recruiter-administratör har stängt av integrationen i LinkedIn Recruiter; LinkedIn-funktionerna är avstängda för alla. Hen aktiverar den igen under Mer &gt; Administrationsinställningar &gt; fliken ATS (Återuppta konfigurationen visar stegen), eller så kopplar du från här.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Accepted</source>
        <translation>Godtagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Misslyckad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status change</source>
        <translation>Statusändring</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../recruiter_desktop/views/main_window.py" line="+102"/>
        <source>Recruiter — %1 (%2)</source>
        <translation>Recruiter — %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — demo</source>
        <translation> — demo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>My jobs</source>
        <translation>Mina jobb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jobs</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talent pools</source>
        <translation>Talangpooler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidates</source>
        <translation>Kandidater</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Admin settings</source>
        <translation>Administrationsinställningar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User settings</source>
        <translation>Användarinställningar</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out…</source>
        <translation>Logga &amp;ut…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Navigation</source>
        <translation>&amp;Navigering</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Candidate pane</source>
        <translation>&amp;Kandidatpanel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Search candidates…</source>
        <translation>&amp;Sök kandidater…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sync</source>
        <translation>S&amp;ynk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync &amp;now</source>
        <translation>Synka &amp;nu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Messages from the sync…</source>
        <translation>&amp;Meddelanden från synken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Demo</source>
        <translation>&amp;Demo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in as %1 (%2)</source>
        <translation>Logga in som %1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Recruiter</source>
        <translation>&amp;Om Recruiter</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Changes made here and not yet on the server: %n. They stay on this computer and are sent when you sign in again as %1. Sign out now?</source>
        <translation>
            <numerusform>%n ändring som gjorts här finns ännu inte på servern. Den sparas på den här datorn och skickas när du loggar in som %1 igen. Vill du logga ut nu?</numerusform>
            <numerusform>%n ändringar som gjorts här finns ännu inte på servern. De sparas på den här datorn och skickas när du loggar in som %1 igen. Vill du logga ut nu?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Candidate pane</source>
        <translation>Kandidatpanel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Recruiter</source>
        <translation>Om Recruiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recruiter Desktop: jobs, pipelines, talent pools and candidates, online or offline. Your changes are kept on this computer and synced with the server in the background.</source>
        <translation>Recruiter Desktop: jobb, rekryteringsprocesser, talangpooler och kandidater, med eller utan uppkoppling. Dina ändringar sparas på den här datorn och synkas med servern i bakgrunden.</translation>
    </message>
</context>
<context>
    <name>MyJobs</name>
    <message>
        <location filename="../../recruiter_desktop/views/my_jobs.py" line="+34"/>
        <source>Job</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Aktiva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hired</source>
        <translation>Anställda</translation>
    </message>
</context>
<context>
    <name>MyJobsPage</name>
    <message>
        <location line="+29"/>
        <location line="+72"/>
        <source>Candidates by time in stage</source>
        <translation>Kandidater efter tid i steget</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>← My jobs</source>
        <translation>← Mina jobb</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open pipeline</source>
        <translation>Öppna rekryteringsprocessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the job&apos;s board (Enter)</source>
        <translation>Visa jobbets tavla (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You hold no role on any job yet.</source>
        <translation>Du har ingen roll i något jobb än.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>My jobs</source>
        <translation>Mina jobb</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hiring funnel</source>
        <translation>Rekryteringstratt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bars: candidates who reached each stage. Right: in the stage now.</source>
        <translation>Staplar: kandidater som nådde varje steg. Till höger: i steget nu.</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n active candidate(s)</source>
        <translation>
            <numerusform>%n aktiv kandidat</numerusform>
            <numerusform>%n aktiva kandidater</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hired</source>
        <translation>
            <numerusform>%n anställd</numerusform>
            <numerusform>%n anställda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyLinkedInSection</name>
    <message>
        <location filename="../../recruiter_desktop/views/linkedin/my_account.py" line="+46"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading your LinkedIn connection…</source>
        <translation>Läser din LinkedIn-anslutning…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your LinkedIn connection</source>
        <translation>Din LinkedIn-anslutning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect your LinkedIn account…</source>
        <translation>&amp;Anslut ditt LinkedIn-konto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to LinkedIn in your browser to connect your own account (seat).</source>
        <translation>Logga in på LinkedIn i webbläsaren för att ansluta ditt eget konto (din plats).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Disconnect LinkedIn…</source>
        <translation>Koppla &amp;från LinkedIn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget your LinkedIn account here.</source>
        <translation>Glöm ditt LinkedIn-konto här.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop waiting</source>
        <translation>Sluta vänta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop waiting for the sign-in in the browser.</source>
        <translation>Sluta vänta på inloggningen i webbläsaren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LinkedIn features</source>
        <translation>LinkedIn-funktioner</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The LinkedIn features for you:</source>
        <translation>LinkedIn-funktionerna för dig:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Connected as %1 (%2) since %3.</source>
        <translation>Ansluten som %1 (%2) sedan %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected as %1 (%2).</source>
        <translation>Ansluten som %1 (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your LinkedIn account is not connected.</source>
        <translation>Ditt LinkedIn-konto är inte anslutet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your LinkedIn connection could not be read: %1</source>
        <translation>Din LinkedIn-anslutning kunde inte läsas: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You hold a Recruiter seat.</source>
        <translation>Du har en Recruiter-plats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your Recruiter seat is on %1, the organisation&apos;s contract.</source>
        <translation>Din Recruiter-plats finns i %1, organisationens kontrakt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This LinkedIn account holds no seat on %1, the organisation&apos;s contract: your 1-Click Exports and InMails cannot be tied to you. Ask your Recruiter admin for a seat, or connect the account that has one.</source>
        <translation>Det här LinkedIn-kontot har ingen plats i %1, organisationens kontrakt: dina 1-klicksexporter och InMail kan inte kopplas till dig. Be er Recruiter-administratör om en plats, eller anslut det konto som har en.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>off: LinkedIn disabled the organisation&apos;s integration</source>
        <translation>av: LinkedIn har inaktiverat organisationens integration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waits for an admin to set up the LinkedIn integration</source>
        <translation>väntar på att en administratör konfigurerar LinkedIn-integrationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs contract-level access, which the organisation does not have</source>
        <translation>kräver åtkomst på kontraktnivå, som organisationen inte har</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on once your LinkedIn account is connected</source>
        <translation>på när ditt LinkedIn-konto är anslutet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waits for you: connect your LinkedIn account</source>
        <translation>väntar på dig: anslut ditt LinkedIn-konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>på</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>LinkedIn&apos;s sign-in page has expired; connect again for a new one.</source>
        <translation>LinkedIns inloggningssida har gått ut; anslut igen för att få en ny.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect again</source>
        <translation>Anslut igen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Disconnect LinkedIn</source>
        <translation>Koppla från LinkedIn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnect your LinkedIn account?</source>
        <translation>Vill du koppla från ditt LinkedIn-konto?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The LinkedIn features stop for you until you connect again; your InMails show as who and when only. Nothing changes for others.</source>
        <translation>LinkedIn-funktionerna slutar fungera för dig tills du ansluter igen; dina InMail visas bara som vem och när. Inget ändras för andra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnect</source>
        <translation>Koppla från</translation>
    </message>
</context>
<context>
    <name>NoteCard</name>
    <message>
        <location filename="../../recruiter_desktop/views/candidate/notes_tab.py" line="+45"/>
        <source>Waiting to sync</source>
        <translation>Väntar på synk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved on this computer; it reaches the server at the next sync.</source>
        <translation>Sparad på den här datorn; den når servern vid nästa synk.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location line="+22"/>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the note being written</source>
        <translation>Lägg till anteckningen du skriver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the note (%1)</source>
        <translation>Lägg till anteckningen (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 adds the note; it is saved even when offline.</source>
        <translation>%1 lägger till anteckningen; den sparas även utan uppkoppling.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No notes yet. Write the first one above.</source>
        <translation>Inga anteckningar än. Skriv den första ovanför.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Write a note about %1…</source>
        <translation>Skriv en anteckning om %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Show %n older note(s)</source>
        <translation>
            <numerusform>Visa %n äldre anteckning</numerusform>
            <numerusform>Visa %n äldre anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Write something first: the note is empty.</source>
        <translation>Skriv något först: anteckningen är tom.</translation>
    </message>
</context>
<context>
    <name>PagedModel</name>
    <message>
        <location filename="../../recruiter_desktop/views/paged_model.py" line="+499"/>
        <source>Loading</source>
        <translation>Läser in</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../../recruiter_desktop/views/linkedin/pages_connect.py" line="+111"/>
        <source>Notify partner</source>
        <translation>Meddela partner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LinkedIn shows Notify partner until this ATS has answered the request; the status then becomes Partner ready.</source>
        <translation>LinkedIn visar Meddela partner tills det här ATS-systemet har svarat på begäran; statusen blir då Partner-klar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notify &amp;partner</source>
        <translation>Meddela &amp;partner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask LinkedIn for the status again.</source>
        <translation>Fråga LinkedIn om statusen igen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Press Notify partner: the ATS server sets up the integration with LinkedIn (its callback address and who may see the data). If the status still shows Notify partner, wait a few seconds, press Notify partner again and Refresh.</source>
        <translation>Tryck på Meddela partner: ATS-servern konfigurerar integrationen hos LinkedIn (sin återanropsadress och vem som får se data). Om statusen fortfarande visar Meddela partner väntar du några sekunder, trycker på Meddela partner igen och sedan på Uppdatera.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Notifying the partner…</source>
        <translation>Meddelar partnern…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Asking LinkedIn for the status…</source>
        <translation>Frågar LinkedIn om statusen…</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../../recruiter_desktop/views/jobs/board.py" line="+70"/>
        <source>Board message</source>
        <translation>Meddelande på tavlan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pipeline board</source>
        <translation>Tavla över rekryteringsprocessen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear the selection</source>
        <translation>Ta bort markeringen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move to a stage (menu)</source>
        <translation>Flytta till ett steg (meny)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the next or previous stage column</source>
        <translation>Gå till nästa eller föregående kolumn</translation>
    </message>
    <message>
        <location line="+214"/>
        <location line="+15"/>
        <source>Move to</source>
        <translation>Flytta till</translation>
    </message>
    <message>
        <location line="-230"/>
        <location line="+237"/>
        <source>Reject…</source>
        <translation>Avslå…</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>There is no stage that way.</source>
        <translation>Det finns inget steg åt det hållet.</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+233"/>
        <source>Open candidate</source>
        <translation>Öppna kandidaten</translation>
    </message>
    <message>
        <location line="-232"/>
        <location line="+235"/>
        <source>Move to next stage</source>
        <translation>Flytta till nästa steg</translation>
    </message>
    <message>
        <location line="-234"/>
        <location line="+236"/>
        <source>Move to previous stage</source>
        <translation>Flytta till föregående steg</translation>
    </message>
</context>
<context>
    <name>PipelineTable</name>
    <message>
        <location filename="../../recruiter_desktop/views/jobs/pipeline_table.py" line="+25"/>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time in stage</source>
        <translation>Tid i steget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since %1</source>
        <translation>Sedan %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applied</source>
        <translation>Sökte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Headline</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Pipeline table</source>
        <translation>Tabell över rekryteringsprocessen</translation>
    </message>
</context>
<context>
    <name>PoolDelegate</name>
    <message>
        <location filename="../../recruiter_desktop/views/pools_page.py" line="+99"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln candidate(s)</source>
        <translation>
            <numerusform>%Ln kandidat</numerusform>
            <numerusform>%Ln kandidater</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoolsPage</name>
    <message>
        <location line="+25"/>
        <location line="+62"/>
        <location line="+4"/>
        <source>Talent pools</source>
        <translation>Talangpooler</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added by</source>
        <translation>Tillagd av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not shared</source>
        <translation>Inte delad</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add a candidate to the pool</source>
        <translation>Lägg till en kandidat i poolen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>LinkedIn · system pool</source>
        <translation>LinkedIn · systempool</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter adds one to the pool.</source>
        <translation>Enter lägger till en i poolen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove from pool</source>
        <translation>Ta bort från poolen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected candidate from the pool (%1)</source>
        <translation>Ta bort den markerade kandidaten från poolen (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the selected candidate from the pool</source>
        <translation>Ta bort den markerade kandidaten från poolen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Members of the pool</source>
        <translation>Poolens medlemmar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No talent pools yet</source>
        <translation>Inga talangpooler än</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln candidate(s)</source>
        <translation>
            <numerusform>%Ln kandidat</numerusform>
            <numerusform>%Ln kandidater</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a candidate to %1: type a name, e-mail, tag or job…</source>
        <translation>Lägg till en kandidat i %1: skriv ett namn, en e-postadress, en tagg eller ett jobb…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>LinkedIn adds candidates here once the LinkedIn integration is connected.</source>
        <translation>LinkedIn lägger till kandidater här när LinkedIn-integrationen är ansluten.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No candidates in this pool yet.</source>
        <translation>Inga kandidater i den här poolen än.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody yet: this pool fills at contract-level access.</source>
        <translation>Ingen än: poolen fylls vid åtkomst på kontraktnivå.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody has shared their profile in reply to an InMail yet; LinkedIn is asked every two hours.</source>
        <translation>Ingen har delat sin profil i svar på ett InMail än; LinkedIn tillfrågas varannan timme.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Read-only: LinkedIn fills this pool with the people who replied to an InMail and shared their profile and contact details with your organisation (InMail stub profiles): first and last name, and the e-mail address when they shared it.</source>
        <translation>Skrivskyddad: LinkedIn fyller poolen med de personer som svarade på ett InMail och delade sin profil och sina kontaktuppgifter med organisationen (InMail stub-profiler): för- och efternamn, och e-postadressen när de delade den.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>They are brought in from LinkedIn every two hours</source>
        <translation>De hämtas från LinkedIn varannan timme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (last: %1).</source>
        <translation> (senast: %1).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Added %1 to %2.</source>
        <translation>Lade till %1 i %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removed %1 from %2.</source>
        <translation>Tog bort %1 från %2.</translation>
    </message>
</context>
<context>
    <name>ProblemLine</name>
    <message>
        <location filename="../../recruiter_desktop/views/linkedin/parts.py" line="-73"/>
        <location line="+11"/>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <location filename="../../recruiter_desktop/views/candidate/linkedin/profile_cards.py" line="+136"/>
        <source>Waiting to sync</source>
        <translation>Väntar på synk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked on this computer; the server gets the link at the next sync.</source>
        <translation>Länkad på den här datorn; servern får länken vid nästa synk.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save to Recruiter project…</source>
        <translation>Spara i Recruiter-projekt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the member to one of your LinkedIn Recruiter projects</source>
        <translation>Spara medlemmen i ett av dina LinkedIn Recruiter-projekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlink…</source>
        <translation>Avlänka…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlink this LinkedIn profile from the candidate (asks first)</source>
        <translation>Avlänka LinkedIn-profilen från kandidaten (frågar först)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>LinkedIn matched the e-mail address exactly, %1.</source>
        <translation>LinkedIn matchade e-postadressen exakt, %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn matched the member id exactly, %1.</source>
        <translation>LinkedIn matchade medlems-id:t exakt, %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked by a 1-Click Export from LinkedIn Recruiter, %1.</source>
        <translation>Länkad genom en 1-klicksexport från LinkedIn Recruiter, %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked when they shared their profile in reply to an InMail, %1.</source>
        <translation>Länkad när hen delade sin profil i svar på ett InMail, %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked by %2, %1.</source>
        <translation>Länkad av %2, %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked by hand, %1.</source>
        <translation>Länkad för hand, %1.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../recruiter_desktop/views/candidate/linkedin/project_dialog.py" line="+43"/>
        <source>Save to Recruiter project</source>
        <translation>Spara i Recruiter-projekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save %1 to one of your LinkedIn Recruiter projects:</source>
        <translation>Spara %1 i ett av dina LinkedIn Recruiter-projekt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your Recruiter projects</source>
        <translation>Dina Recruiter-projekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading your Recruiter projects from LinkedIn…</source>
        <translation>Läser dina Recruiter-projekt från LinkedIn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 (%n candidate(s))</source>
        <translation>
            <numerusform>%1 (%n kandidat)</numerusform>
            <numerusform>%1 (%n kandidater)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You have no Recruiter projects yet: create one in LinkedIn Recruiter.</source>
        <translation>Du har inga Recruiter-projekt än: skapa ett i LinkedIn Recruiter.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1 to the Recruiter project %2.</source>
        <translation>Sparade %1 i Recruiter-projektet %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was in the Recruiter project %2 already.</source>
        <translation>%1 fanns redan i Recruiter-projektet %2.</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../recruiter_desktop/views/jobs/reject_dialog.py" line="+28"/>
        <source>Reject %1 for %2?</source>
        <translation>Avslå %1 för %2?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Reject %n candidate(s) for %2?</source>
        <translation>
            <numerusform>Avslå %n kandidat för %2?</numerusform>
            <numerusform>Avslå %n kandidater för %2?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not enough relevant experience</source>
        <translation>Inte tillräckligt med relevant erfarenhet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills do not match the role</source>
        <translation>Kompetensen matchar inte rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salary expectations out of range</source>
        <translation>Löneanspråk utanför ramen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position filled</source>
        <translation>Tjänsten är tillsatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not respond</source>
        <translation>Svarade inte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason (required; choose or type)</source>
        <translation>Anledning (krävs; välj eller skriv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason for the rejection</source>
        <translation>Anledning till avslaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Anledning:</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>and %n more</source>
        <translation>
            <numerusform>och %n till</numerusform>
            <numerusform>och %n till</numerusform>
        </translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+36"/>
        <source>Reject</source>
        <translation>Avslå</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <location filename="../../recruiter_desktop/views/linkedin/pages_connect.py" line="-103"/>
        <source>Request Recruiter System Connect</source>
        <translation>Begär Recruiter System Connect</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LinkedIn lists its integrations for your contract. Under Recruiter System Connect, press Request.</source>
        <translation>LinkedIn listar sina integrationer för ert kontrakt. Tryck på Begär under Recruiter System Connect.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Request</source>
        <translation>B&amp;egär</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Requesting tells LinkedIn that this ATS is your Recruiter System Connect partner for the contract. Nothing is sent to LinkedIn yet.</source>
        <translation>Begäran talar om för LinkedIn att det här ATS-systemet är er Recruiter System Connect-partner för kontraktet. Inget skickas till LinkedIn än.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Requesting Recruiter System Connect…</source>
        <translation>Begär Recruiter System Connect…</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../recruiter_desktop/views/roles.py" line="+11"/>
        <source>Admin</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recruiter</source>
        <translation>Rekryterare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hiring manager</source>
        <translation>Anställande chef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer</source>
        <translation>Intervjuare</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../recruiter_desktop/views/search_dialog.py" line="+126"/>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headline</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag</source>
        <translation>tagg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>job</source>
        <translation>jobb</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Matches the name</source>
        <translation>Matchar namnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matches %1</source>
        <translation>Matchar %1</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Search candidates</source>
        <translation>Sök kandidater</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location line="-96"/>
        <source>Enter opens one.</source>
        <translation>Enter öppnar en.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search candidates by name, e-mail, tag or job…</source>
        <translation>Sök kandidater på namn, e-post, tagg eller jobb…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search candidates</source>
        <translation>Sök kandidater</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Candidates found</source>
        <translation>Hittade kandidater</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Type a name, e-mail address, tag or job title.</source>
        <translation>Skriv ett namn, en e-postadress, en tagg eller en jobbtitel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No candidate you can see matches “%1”.</source>
        <translation>Ingen kandidat du kan se matchar ”%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The best %n matches; type more to narrow them.</source>
        <translation>
            <numerusform>Den bästa träffen; skriv mer för att begränsa.</numerusform>
            <numerusform>De %n bästa träffarna; skriv mer för att begränsa dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n candidate(s) found.</source>
        <translation>
            <numerusform>%n kandidat hittades.</numerusform>
            <numerusform>%n kandidater hittades.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionBar</name>
    <message>
        <location filename="../../recruiter_desktop/views/jobs/selection_bar.py" line="+17"/>
        <source>Move to</source>
        <translation>Flytta till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected candidates to a stage (M)</source>
        <translation>Flytta de markerade kandidaterna till ett steg (M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reject…</source>
        <translation>Avslå…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the selected candidates, with a reason (R)</source>
        <translation>Avslå de markerade kandidaterna, med en anledning (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear selection</source>
        <translation>Avmarkera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the selection (Esc)</source>
        <translation>Ta bort markeringen (Esc)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n markerad</numerusform>
            <numerusform>%n markerade</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag a card to move it; Ctrl+click selects several</source>
        <translation>Dra ett kort för att flytta det; Ctrl+klick markerar flera</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../recruiter_desktop/views/linkedin/wizard.py" line="+54"/>
        <source>Set up LinkedIn Recruiter System Connect</source>
        <translation>Konfigurera LinkedIn Recruiter System Connect</translation>
    </message>
</context>
<context>
    <name>SetupWords</name>
    <message>
        <location filename="../../recruiter_desktop/views/candidate/linkedin/setup_words.py" line="+21"/>
        <source>LinkedIn Recruiter turned the integration off. A LinkedIn Recruiter admin turns it on again in Recruiter (More &gt; Admin settings &gt; ATS).</source>
        <translation>LinkedIn Recruiter har stängt av integrationen. En LinkedIn Recruiter-administratör slår på den igen i Recruiter (Mer &gt; Administrationsinställningar &gt; ATS).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your organisation has not connected LinkedIn Recruiter yet.</source>
        <translation>Organisationen har inte anslutit LinkedIn Recruiter än.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An admin has started connecting LinkedIn Recruiter; the setup now waits for %1.</source>
        <translation>En administratör har börjat ansluta LinkedIn Recruiter; konfigurationen väntar nu på %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As an admin you do that in Admin settings &gt; LinkedIn integration.</source>
        <translation>Som administratör gör du det under Administrationsinställningar &gt; LinkedIn-integration.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An admin does that in Admin settings &gt; LinkedIn integration; then you connect your own LinkedIn account in User settings.</source>
        <translation>En administratör gör det under Administrationsinställningar &gt; LinkedIn-integration; sedan ansluter du ditt eget LinkedIn-konto under Användarinställningar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the admin to sign in to LinkedIn</source>
        <translation>att administratören loggar in på LinkedIn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the admin to choose the Recruiter contract</source>
        <translation>att administratören väljer Recruiter-kontrakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the admin to request Recruiter System Connect</source>
        <translation>att administratören begär Recruiter System Connect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the admin to click Notify partner</source>
        <translation>att administratören klickar på Meddela partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a LinkedIn Recruiter admin to enable access in Recruiter (More &gt; Admin settings &gt; ATS)</source>
        <translation>att en LinkedIn Recruiter-administratör aktiverar åtkomst i Recruiter (Mer &gt; Administrationsinställningar &gt; ATS)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect your own LinkedIn account to use LinkedIn here: open User settings &gt; LinkedIn and click Connect. The LinkedIn features need both your organisation&apos;s connection and yours.</source>
        <translation>Anslut ditt eget LinkedIn-konto för att använda LinkedIn här: öppna Användarinställningar &gt; LinkedIn och klicka på Anslut. LinkedIn-funktionerna kräver både organisationens anslutning och din.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>InMail history needs contract-level access; your organisation has company-level access. A LinkedIn Recruiter admin turns it on in Recruiter (More &gt; Admin settings &gt; ATS &gt; Contract-level access).</source>
        <translation>InMail-historik kräver åtkomst på kontraktnivå; organisationen har åtkomst på företagsnivå. En LinkedIn Recruiter-administratör slår på den i Recruiter (Mer &gt; Administrationsinställningar &gt; ATS &gt; Åtkomst på kontraktnivå).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes history needs contract-level access; your organisation has company-level access. A LinkedIn Recruiter admin turns it on in Recruiter (More &gt; Admin settings &gt; ATS &gt; Contract-level access).</source>
        <translation>Anteckningshistorik kräver åtkomst på kontraktnivå; organisationen har åtkomst på företagsnivå. En LinkedIn Recruiter-administratör slår på den i Recruiter (Mer &gt; Administrationsinställningar &gt; ATS &gt; Åtkomst på kontraktnivå).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>InMail stub profiles need contract-level access; your organisation has company-level access, so this pool stays empty. A LinkedIn Recruiter admin turns it on in Recruiter (More &gt; Admin settings &gt; ATS &gt; Contract-level access).</source>
        <translation>InMail stub-profiler kräver åtkomst på kontraktnivå; organisationen har åtkomst på företagsnivå, så poolen förblir tom. En LinkedIn Recruiter-administratör slår på den i Recruiter (Mer &gt; Administrationsinställningar &gt; ATS &gt; Åtkomst på kontraktnivå).</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../recruiter_desktop/shell.py" line="+271"/>
        <source>There is no saved sign-in to take the screenshot with: sign in once without --screenshot, or use --demo.</source>
        <translation>Det finns ingen sparad inloggning att ta skärmbilden med: logga in en gång utan --screenshot, eller använd --demo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signing in as %1 did not work; sign in here.</source>
        <translation>Det gick inte att logga in som %1; logga in här.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your sign-in is kept only until you close the app: this system has no keyring.</source>
        <translation>Din inloggning sparas bara tills du stänger appen: systemet har ingen nyckelring.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your sign-in is kept only until you close the app: the system keyring did not let this app store it.</source>
        <translation>Din inloggning sparas bara tills du stänger appen: systemets nyckelring lät inte appen spara den.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The server no longer accepts your sign-in. Sign in again to sync.</source>
        <translation>Servern godtar inte längre din inloggning. Logga in igen för att synka.</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>The sign-in was lost before the window opened; sign in again.</source>
        <translation>Inloggningen försvann innan fönstret öppnades; logga in igen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your data on this computer cannot be opened: %1</source>
        <translation>Dina data på den här datorn kan inte öppnas: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server at %1 cannot be reached, and this computer has no copy of your data yet. Try again when the server answers.</source>
        <translation>Servern på %1 går inte att nå, och den här datorn har ännu ingen kopia av dina data. Försök igen när servern svarar.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The demo could not sign in to its own server: %1</source>
        <translation>Demot kunde inte logga in på sin egen server: %1</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>The first sync did not finish in time; no screenshot was taken.</source>
        <translation>Den första synken blev inte klar i tid; ingen skärmbild togs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server at %1 cannot be reached.</source>
        <translation>servern på %1 går inte att nå.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first sync did not complete (%1); no screenshot was taken.</source>
        <translation>Den första synken blev inte klar (%1); ingen skärmbild togs.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../recruiter_desktop/views/shortcuts_dialog.py" line="+65"/>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../recruiter_desktop/views/navigation.py" line="+31"/>
        <source>Recruiter</source>
        <translation>Recruiter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Navigation</source>
        <translation>Navigering</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signed in as</source>
        <translation>Inloggad som</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../recruiter_desktop/views/sign_in_dialog.py" line="+62"/>
        <source>Sign in to Recruiter</source>
        <translation>Logga in i Recruiter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://ats.example.com</source>
        <translation>https://ats.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Serveradress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name@example.com</source>
        <translation>namn@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the sign-in failed</source>
        <translation>Varför inloggningen misslyckades</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+80"/>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Write the server&apos;s address as https://host or http://host:port.</source>
        <translation>Skriv serverns adress som https://värd eller http://värd:port.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the e-mail address you sign in with.</source>
        <translation>Skriv e-postadressen du loggar in med.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write your password.</source>
        <translation>Skriv ditt lösenord.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Signing in…</source>
        <translation>Loggar in…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../recruiter_desktop/views/linkedin/pages_connect.py" line="-278"/>
        <source>Sign in to LinkedIn</source>
        <translation>Logga in på LinkedIn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with your own LinkedIn account, one with a seat on the Recruiter contract to connect. Your browser opens LinkedIn&apos;s sign-in page.</source>
        <translation>Logga in med ditt eget LinkedIn-konto, ett som har en plats i det Recruiter-kontrakt som ska anslutas. Webbläsaren öppnar LinkedIns inloggningssida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in on LinkedIn&apos;s page and allow Recruiter to connect, then come back here. LinkedIn gives the keys to the ATS server, never to this computer.</source>
        <translation>Logga in på LinkedIns sida och tillåt Recruiter att ansluta, och kom sedan tillbaka hit. LinkedIn lämnar nycklarna till ATS-servern, aldrig till den här datorn.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Starting the LinkedIn sign-in…</source>
        <translation>Startar inloggningen på LinkedIn…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Sign in again</source>
        <translation>Logga in igen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LinkedIn&apos;s sign-in page has expired. Press Sign in again for a new one.</source>
        <translation>LinkedIns inloggningssida har gått ut. Tryck på Logga in igen för att få en ny.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-in was cancelled on LinkedIn&apos;s page; nothing changed.</source>
        <translation>Inloggningen avbröts på LinkedIns sida; inget har ändrats.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in to LinkedIn as %1.</source>
        <translation>Inloggad på LinkedIn som %1.</translation>
    </message>
</context>
<context>
    <name>StageCards</name>
    <message>
        <location filename="../../recruiter_desktop/views/jobs/stage_cards.py" line="+26"/>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>In this stage for %1</source>
        <translation>I steget i %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting to sync with the server</source>
        <translation>Väntar på synk med servern</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <location filename="../../recruiter_desktop/views/jobs/stage_column.py" line="+54"/>
        <source>%1: %n candidate(s)</source>
        <translation>
            <numerusform>%1: %n kandidat</numerusform>
            <numerusform>%1: %n kandidater</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../recruiter_desktop/views/linkedin/step_page.py" line="+43"/>
        <source>Step %1 of %2: %3</source>
        <translation>Steg %1 av %2: %3</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <location filename="../../recruiter_desktop/views/candidate/linkedin/profile_cards.py" line="+17"/>
        <source>Link</source>
        <translation>Länka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link %1</source>
        <translation>Länka %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link the candidate to this LinkedIn profile</source>
        <translation>Länka kandidaten till den här LinkedIn-profilen</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../recruiter_desktop/views/linkedin/pages_enable.py" line="+8"/>
        <source>LinkedIn is connected</source>
        <translation>LinkedIn är anslutet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recruiter System Connect is enabled; the LinkedIn features are on.</source>
        <translation>Recruiter System Connect är aktiverat; LinkedIn-funktionerna är på.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now on</source>
        <translation>På nu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next</source>
        <translation>Härnäst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tell your recruiters and hiring managers: each connects their own LinkedIn account in User settings &gt; LinkedIn, and the features appear on each candidate&apos;s LinkedIn tab. Admin settings &gt; LinkedIn integration shows the integration&apos;s state from now on.</source>
        <translation>Berätta för era rekryterare och anställande chefer: var och en ansluter sitt eget LinkedIn-konto under Användarinställningar &gt; LinkedIn, och funktionerna visas på varje kandidats LinkedIn-flik. Administrationsinställningar &gt; LinkedIn-integration visar integrationens status från och med nu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 on %2, signed in to LinkedIn as %3.</source>
        <translation>%1 för %2, inloggad på LinkedIn som %3.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Company-level access leaves out %1: they need contract-level access, which a Recruiter admin can enable in Recruiter (More &gt; Admin settings &gt; ATS tab).</source>
        <translation>Åtkomst på företagsnivå utesluter %1: de kräver åtkomst på kontraktnivå, som en Recruiter-administratör kan aktivera i Recruiter (Mer &gt; Administrationsinställningar &gt; fliken ATS).</translation>
    </message>
</context>
<context>
    <name>SyncMessagesDialog</name>
    <message>
        <location filename="../../recruiter_desktop/views/status_bar.py" line="+42"/>
        <location line="+2"/>
        <source>Messages from the sync</source>
        <translation>Meddelanden från synken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No messages: every change went through.</source>
        <translation>Inga meddelanden: alla ändringar gick igenom.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location line="+118"/>
        <source>Not synced yet</source>
        <translation>Inte synkad än</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sync just now</source>
        <translation>Synkad nyss</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Last sync %n minute(s) ago</source>
        <translation>
            <numerusform>Synkad för %n minut sedan</numerusform>
            <numerusform>Synkad för %n minuter sedan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last sync at %1</source>
        <translation>Synkad kl. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync on %1</source>
        <translation>Synkad %1</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>First sync progress</source>
        <translation>Förlopp för den första synken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last sync</source>
        <translation>Senaste synk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes waiting to be sent</source>
        <translation>Ändringar som väntar på att skickas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Anslutning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again…</source>
        <translation>Logga in igen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the sync could not apply, in words</source>
        <translation>Det som synken inte kunde genomföra, i ord</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● Online</source>
        <translation>● Ansluten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answers; changes are sent at once.</source>
        <translation>Servern svarar; ändringar skickas direkt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● Offline</source>
        <translation>● Frånkopplad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot be reached. You can go on working: your changes are kept on this computer and sent when the server answers again.</source>
        <translation>Servern går inte att nå. Du kan fortsätta arbeta: dina ändringar sparas på den här datorn och skickas när servern svarar igen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Syncing…</source>
        <translation>Synkar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First sync: %1 of %2 items</source>
        <translation>Första synken: %1 av %2 poster</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n ändring väntar på att skickas</numerusform>
            <numerusform>%n ändringar väntar på att skickas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n meddelande</numerusform>
            <numerusform>%n meddelanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserSettingsPage</name>
    <message>
        <location filename="../../recruiter_desktop/views/settings_pages.py" line="-76"/>
        <source>Your account</source>
        <translation>Ditt konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1 (%2) on %3.</source>
        <translation>Inloggad som %1 (%2) på %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out of this server; changes not sent yet stay on this computer.</source>
        <translation>Logga ut från servern; ändringar som inte skickats än sparas på den här datorn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the interface</source>
        <translation>Gränssnittets språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the system</source>
        <translation>Samma som systemet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new language shows when you next start the app.</source>
        <translation>Det nya språket visas nästa gång du startar appen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Gränssnittets språk:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User settings</source>
        <translation>Användarinställningar</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <location line="+49"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jobs</source>
        <translation>Jobb</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Holds a role on %n job(s)</source>
        <translation>
            <numerusform>Har en roll i %n jobb</numerusform>
            <numerusform>Har en roll i %n jobb</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+40"/>
        <source>Deactivated</source>
        <translation>Inaktiverad</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+18"/>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone who can sign in to this organisation, with their role. People are added and their roles changed on the server.</source>
        <translation>Alla som kan logga in i organisationen, med sin roll. Personer läggs till och får ändrade roller på servern.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n användare</numerusform>
            <numerusform>%n användare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingLine</name>
    <message>
        <location filename="../../recruiter_desktop/views/linkedin/parts.py" line="-45"/>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
</context>
<context>
    <name>_MemberCard</name>
    <message>
        <location filename="../../recruiter_desktop/views/candidate/linkedin/profile_cards.py" line="-123"/>
        <source>LinkedIn shares no photos with other applications</source>
        <translation>LinkedIn delar inga foton med andra program</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LinkedIn member %1</source>
        <translation>LinkedIn-medlem %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>View profile on LinkedIn</source>
        <translation>Visa profilen på LinkedIn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 at %2</source>
        <translation>%1 på %2</translation>
    </message>
</context>
</TS>
