<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AttentionModel</name>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
</context>
<context>
    <name>CategoryStatsModel</name>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Te lang</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Mediaan dagen</translation>
    </message>
    <message>
        <source>Open longer than the limit</source>
        <translation>Langer open dan de grens</translation>
    </message>
    <message>
        <source>Median number of days from report to removal</source>
        <translation>Mediaan van het aantal dagen van melding tot weggenomen</translation>
    </message>
</context>
<context>
    <name>NetworkTimeline</name>
    <message>
        <source>Line: the vitality score. Markers: the signals, at the height of their valence (▼ −2/−1 low, ● 0 middle, ▲ +1/+2 high). Point at one to read it.</source>
        <extracomment>Emitted with the network id when the user asks to record a signal for it.</extracomment>
        <translation>Lijn: de vitaliteitsscore. Markeringen: de signalen, op de hoogte van hun waardering (▼ −2/−1 laag, ● 0 midden, ▲ +1/+2 hoog). Wijs er een aan om hem te lezen.</translation>
    </message>
    <message>
        <source>Vitality</source>
        <translation>Vitaliteit</translation>
    </message>
    <message>
        <source>The signals that weigh most in today&apos;s score</source>
        <translation>De signalen die het zwaarst wegen in de score van vandaag</translation>
    </message>
    <message>
        <source>Why this score: the signals that weigh most</source>
        <translation>Waarom deze score: de signalen die het zwaarst wegen</translation>
    </message>
    <message>
        <source>Record signal…</source>
        <translation>Signaal vastleggen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>All signals</source>
        <translation>Alle signalen</translation>
    </message>
    <message>
        <source>No network chosen</source>
        <translation>Geen netwerk gekozen</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · weighs %4%</source>
        <translation>%1 · %2 %3 · weegt %4%</translation>
    </message>
    <message>
        <source>No signals yet: vitality is unknown.</source>
        <translation>Nog geen signalen: de vitaliteit is onbekend.</translation>
    </message>
    <message>
        <source>Vitality unknown (no signals)</source>
        <translation>Vitaliteit onbekend (geen signalen)</translation>
    </message>
    <message>
        <source>Vitality %1</source>
        <translation>Vitaliteit %1</translation>
    </message>
    <message>
        <source>↗ rising</source>
        <translation>↗ stijgend</translation>
    </message>
    <message>
        <source>→ stable</source>
        <translation>→ stabiel</translation>
    </message>
    <message>
        <source>↘ falling</source>
        <translation>↘ dalend</translation>
    </message>
    <message>
        <source>⇊ falling fast</source>
        <translation>⇊ daalt snel</translation>
    </message>
    <message>
        <source>silent for %1 days</source>
        <translation>al %1 dagen stil</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
    <message>
        <source>Delete signal</source>
        <translation>Signaal verwijderen</translation>
    </message>
</context>
<context>
    <name>ObstacleDialog</name>
    <message>
        <source>Edit obstacle</source>
        <translation>Obstakel bewerken</translation>
    </message>
    <message>
        <source>New obstacle</source>
        <translation>Nieuw obstakel</translation>
    </message>
    <message>
        <source>Filter networks</source>
        <translation>Netwerken filteren</translation>
    </message>
    <message>
        <source>What blocks the network?</source>
        <translation>Wat houdt het netwerk tegen?</translation>
    </message>
    <message>
        <source>(no professional)</source>
        <translation>(geen professional)</translation>
    </message>
    <message>
        <source>Department, e.g. Permits</source>
        <translation>Afdeling, bijv. Vergunningen</translation>
    </message>
    <message>
        <source>Networks affected</source>
        <translation>Betrokken netwerken</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Owner (professional)</source>
        <translation>Eigenaar (professional)</translation>
    </message>
    <message>
        <source>Owner (department)</source>
        <translation>Eigenaar (afdeling)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <source>In progress since</source>
        <translation>In behandeling sinds</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Tick at least one network.</source>
        <translation>Vink minstens één netwerk aan.</translation>
    </message>
    <message>
        <source>Describe the obstacle.</source>
        <translation>Omschrijf het obstakel.</translation>
    </message>
</context>
<context>
    <name>ObstacleRegister</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle gebieden</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Reported → in progress → removed</source>
        <translation>Gemeld → in behandeling → weggenomen</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Status zetten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>Netwerk openen</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>The network selected in the window: a new obstacle is for it.</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>⚠ bold: open longer than %1 days</source>
        <translation>⚠ vet: langer dan %1 dagen open</translation>
    </message>
    <message>
        <source>Obstacle: %1</source>
        <translation>Obstakel: %1</translation>
    </message>
    <message>
        <source>Delete obstacle</source>
        <translation>Obstakel verwijderen</translation>
    </message>
</context>
<context>
    <name>ObstacleTableModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netwerken</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Dagen open</translation>
    </message>
    <message>
        <source>Open longer than the limit</source>
        <translation>Langer open dan de grens</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Whole atlas</source>
        <translation>Hele atlas</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Drempels…</translation>
    </message>
    <message>
        <source>In this area</source>
        <translation>In dit gebied</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netwerken</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Silent or unknown vitality</source>
        <translation>Stil of vitaliteit onbekend</translation>
    </message>
    <message>
        <source>Open obstacles</source>
        <translation>Open obstakels</translation>
    </message>
    <message>
        <source>Open support cases</source>
        <translation>Lopende ondersteuning</translation>
    </message>
    <message>
        <source>Vitality of the networks</source>
        <translation>Vitaliteit van de netwerken</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>stil</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Alle redenen</translation>
    </message>
    <message>
        <source>Networks needing attention</source>
        <translation>Netwerken die aandacht vragen</translation>
    </message>
    <message>
        <source>Area</source>
        <extracomment>Emitted when the figures shown are up to date with the atlas.</extracomment>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Bezig met berekenen…</translation>
    </message>
    <message>
        <source>Could not compute: %1</source>
        <translation>Kon niet berekenen: %1</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 meldingen</translation>
    </message>
</context>
<context>
    <name>ProfessionalDialog</name>
    <message>
        <source>New professional</source>
        <translation>Nieuwe professional</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>e.g. Welzijn Oost</source>
        <translation>bijv. Welzijn Oost</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>e-mail address or telephone number</source>
        <translation>e-mailadres of telefoonnummer</translation>
    </message>
    <message>
        <source>E&amp;xpertise</source>
        <translation>E&amp;xpertise</translation>
    </message>
    <message>
        <source>tags separated by commas, e.g. subsidie, ruimte</source>
        <translation>trefwoorden gescheiden door komma&apos;s, bijv. subsidie, ruimte</translation>
    </message>
    <message>
        <source>(no areas in this atlas yet)</source>
        <translation>(nog geen gebieden in deze atlas)</translation>
    </message>
    <message>
        <source>&amp;Areas served</source>
        <translation>&amp;Werkgebied</translation>
    </message>
</context>
<context>
    <name>ProfessionalsDialog</name>
    <message>
        <source>Professionals</source>
        <extracomment>A professional was added (its id), e.g. to pick it in the support case that asked.</extracomment>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>Areas served</source>
        <translation>Werkgebied</translation>
    </message>
    <message>
        <source>No professionals in this atlas yet. Add the people who can help networks: what they know (expertise) and where they work (areas served).</source>
        <translation>Nog geen professionals in deze atlas. Voeg de mensen toe die netwerken kunnen helpen: wat ze weten (expertise) en waar ze werken (werkgebied).</translation>
    </message>
    <message>
        <source>&amp;New professional…</source>
        <translation>&amp;Nieuwe professional…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>new professional %1</source>
        <translation>nieuwe professional %1</translation>
    </message>
    <message>
        <source>changes to %1</source>
        <translation>wijzigingen aan %1</translation>
    </message>
    <message>
        <source>Delete professional</source>
        <translation>Professional verwijderen</translation>
    </message>
    <message>
        <source>Delete the professional “%1”? Support cases and obstacles they had keep existing without them.

You can undo this with Undo (Ctrl+Z).</source>
        <translation>De professional “%1” verwijderen? Hun ondersteuningsvragen en obstakels blijven bestaan, zonder hen.

U kunt dit terugdraaien met Ongedaan maken (Ctrl+Z).</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>verwijderen van %1</translation>
    </message>
</context>
<context>
    <name>QuickSignalDialog</name>
    <message>
        <source>Edit signal</source>
        <extracomment>The shortcut that opens quick entry from anywhere in the window.</extracomment>
        <translation>Signaal bewerken</translation>
    </message>
    <message>
        <source>Record signal</source>
        <translation>Signaal vastleggen</translation>
    </message>
    <message>
        <source>Type part of the network&apos;s name</source>
        <translation>Typ een deel van de naam van het netwerk</translation>
    </message>
    <message>
        <source>Keys 1-6, or the first letter of the dimension</source>
        <translation>Toetsen 1-6, of de eerste letter van de dimensie</translation>
    </message>
    <message>
        <source>Keys 1-5 give −2 … +2; or type − or + and then 1 or 2; 0 is neutral</source>
        <translation>Toetsen 1-5 geven −2 … +2; of typ − of + en dan 1 of 2; 0 is neutraal</translation>
    </message>
    <message>
        <source>What did you see or hear? (optional)</source>
        <translation>Wat zag of hoorde je? (optioneel)</translation>
    </message>
    <message>
        <source>Conversation, meeting, phone … (optional)</source>
        <translation>Gesprek, bijeenkomst, telefoon … (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netwerk</translation>
    </message>
    <message>
        <source>&amp;Dimension</source>
        <translation>&amp;Dimensie</translation>
    </message>
    <message>
        <source>&amp;Valence</source>
        <translation>&amp;Waardering</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otitie</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Bron</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation>Da&amp;tum</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Enter: save. Ctrl+Enter: save and record the next signal.</source>
        <translation>Enter: opslaan. Ctrl+Enter: opslaan en het volgende signaal vastleggen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>No network chosen yet</source>
        <translation>Nog geen netwerk gekozen</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>No network matches</source>
        <translation>Geen netwerk gevonden</translation>
    </message>
    <message numerus="yes">
        <source>%n networks match</source>
        <translation>
            <numerusform>%n netwerk past</numerusform>
            <numerusform>%n netwerken passen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a network: type part of its name.</source>
        <translation>Kies een netwerk: typ een deel van de naam.</translation>
    </message>
    <message>
        <source>Choose a dimension (keys 1-6).</source>
        <translation>Kies een dimensie (toetsen 1-6).</translation>
    </message>
    <message>
        <source>Choose a valence (keys 1-5).</source>
        <translation>Kies een waardering (toetsen 1-5).</translation>
    </message>
    <message>
        <source>Saved (%1). Next signal:</source>
        <translation>Opgeslagen (%1). Volgend signaal:</translation>
    </message>
</context>
<context>
    <name>SignalInbox</name>
    <message>
        <source>All areas</source>
        <translation>Alle gebieden</translation>
    </message>
    <message>
        <source>All dimensions</source>
        <translation>Alle dimensies</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Laatste %1 dagen</translation>
    </message>
    <message>
        <source>All signals</source>
        <translation>Alle signalen</translation>
    </message>
    <message>
        <source>Area</source>
        <extracomment>Periods offered, in days (None: everything).</extracomment>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <source>%1 signals</source>
        <translation>%1 signalen</translation>
    </message>
</context>
<context>
    <name>SignalTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <source>Valence</source>
        <translation>Waardering</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message>
        <source>No professionals in this atlas yet.</source>
        <extracomment>The user asked to add or edit the atlas&apos;s professionals.</extracomment>
        <translation>Nog geen professionals in deze atlas.</translation>
    </message>
    <message>
        <source>Add a professional…</source>
        <translation>Professional toevoegen…</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Toegewezen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Toewijzen</translation>
    </message>
</context>
<context>
    <name>SupportBoard</name>
    <message>
        <source>All areas</source>
        <translation>Alle gebieden</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Alle prioriteiten</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Nieuwe vraag…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Terug</translation>
    </message>
    <message>
        <source>Move to the previous column (Ctrl+Left)</source>
        <translation>Naar de vorige kolom (Ctrl+Links)</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>Verder ▶</translation>
    </message>
    <message>
        <source>Move to the next column (Ctrl+Right)</source>
        <translation>Naar de volgende kolom (Ctrl+Rechts)</translation>
    </message>
    <message>
        <source>Area</source>
        <extracomment>The network selected in the window: a new case is for it.</extracomment>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>All professionals</source>
        <translation>Alle professionals</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Niemand toegewezen</translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation>Ondersteuning: %1</translation>
    </message>
</context>
<context>
    <name>SupportCaseDialog</name>
    <message>
        <source>Support case</source>
        <translation>Ondersteuningsvraag</translation>
    </message>
    <message>
        <source>New support case</source>
        <translation>Nieuwe ondersteuningsvraag</translation>
    </message>
    <message>
        <source>Type part of the network&apos;s name</source>
        <translation>Typ een deel van de naam van het netwerk</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nog niemand)</translation>
    </message>
    <message>
        <source>What does the network ask for?</source>
        <translation>Waar vraagt het netwerk om?</translation>
    </message>
    <message>
        <source>Professionals…</source>
        <translation>Professionals…</translation>
    </message>
    <message>
        <source>Add or edit the atlas&apos;s professionals</source>
        <translation>Professionals van de atlas toevoegen of bewerken</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Behoefte</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Suggested professionals</source>
        <translation>Voorgestelde professionals</translation>
    </message>
    <message>
        <source>What was done, and its outcome</source>
        <translation>Wat er is gedaan, en met welk resultaat</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>Netwerk openen</translation>
    </message>
    <message>
        <source>Save the case first to add notes.</source>
        <translation>Sla de vraag eerst op om notities toe te voegen.</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>%1 toewijzen</translation>
    </message>
    <message>
        <source>Choose a network: type part of its name.</source>
        <translation>Kies een netwerk: typ een deel van de naam.</translation>
    </message>
    <message>
        <source>Edit support case</source>
        <translation>Ondersteuningsvraag bewerken</translation>
    </message>
</context>
<context>
    <name>TaskWiring</name>
    <message>
        <source>Where to look today</source>
        <translation>Waar vandaag kijken</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Obstakels</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Ondersteuning</translation>
    </message>
    <message>
        <source>Record signal…</source>
        <translation>Signaal vastleggen…</translation>
    </message>
    <message>
        <source>New obstacle…</source>
        <translation>Nieuw obstakel…</translation>
    </message>
    <message>
        <source>New support case…</source>
        <translation>Nieuwe ondersteuningsvraag…</translation>
    </message>
    <message>
        <source>Professionals…</source>
        <translation>Professionals…</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Drempels…</translation>
    </message>
    <message>
        <source>Vitality</source>
        <translation>Vitaliteit</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Not saved</source>
        <extracomment>Valence -2..+2 -&gt; colour (RdBu 5 classes; the middle one darkened to stay visible on white). Valence -&gt; pyqtgraph symbol: down for worse, circle for neutral, up for better.</extracomment>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Thresholds</source>
        <translation>Drempels</translation>
    </message>
    <message>
        <source>Half-life of a signal</source>
        <translation>Halveringstijd van een signaal</translation>
    </message>
    <message>
        <source>Silent after</source>
        <translation>Stil na</translation>
    </message>
    <message>
        <source>Trend window</source>
        <translation>Trendperiode</translation>
    </message>
    <message>
        <source>Obstacle open too long after</source>
        <translation>Obstakel te lang open na</translation>
    </message>
    <message>
        <source>Support unassigned too long after</source>
        <translation>Ondersteuning te lang niet toegewezen na</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>These settings are stored in the atlas, so everyone using it sees the same.</source>
        <translation>Deze instellingen staan in de atlas, zodat iedereen die hem gebruikt hetzelfde ziet.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Change thresholds</source>
        <translation>Drempels wijzigen</translation>
    </message>
</context>
</TS>
