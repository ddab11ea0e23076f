<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AreaDialog</name>
    <message>
        <source>New area</source>
        <extracomment>Which levels may hold an area of each level.</extracomment>
        <translation>Nieuw gebied</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source>&amp;Part of</source>
        <translation>&amp;Valt onder</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>&amp;CBS code</source>
        <translation>&amp;CBS-code</translation>
    </message>
    <message>
        <source>e.g. BU03630001 (optional)</source>
        <translation>bijv. BU03630001 (niet verplicht)</translation>
    </message>
    <message>
        <source>Choose an area from the list.</source>
        <translation>Kies een gebied uit de lijst.</translation>
    </message>
    <message>
        <source>Two capital letters and digits, e.g. WK036300.</source>
        <translation>Twee hoofdletters en cijfers, bijv. WK036300.</translation>
    </message>
    <message>
        <source>Another area already has this CBS code.</source>
        <translation>Een ander gebied heeft deze CBS-code al.</translation>
    </message>
</context>
<context>
    <name>AreasDialog</name>
    <message>
        <source>Areas</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <source>&amp;New area…</source>
        <translation>&amp;Nieuw gebied…</translation>
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
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>CBS code</source>
        <translation>CBS-code</translation>
    </message>
</context>
<context>
    <name>AtlasFiles</name>
    <message>
        <source>Atlases (*%1)</source>
        <translation>Atlassen (*%1)</translation>
    </message>
    <message>
        <source>New atlas</source>
        <translation>Nieuwe atlas</translation>
    </message>
    <message>
        <source>New atlas created: %1</source>
        <translation>Nieuwe atlas gemaakt: %1</translation>
    </message>
    <message>
        <source>Open atlas</source>
        <translation>Atlas openen</translation>
    </message>
    <message>
        <source>The file no longer exists:
%1</source>
        <translation>Het bestand bestaat niet meer:
%1</translation>
    </message>
    <message>
        <source>Opening the demo atlas…</source>
        <translation>De demo-atlas wordt geopend…</translation>
    </message>
    <message>
        <source>Open demo atlas</source>
        <translation>Demo-atlas openen</translation>
    </message>
    <message>
        <source>Export map image</source>
        <translation>Kaartafbeelding exporteren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>The image could not be saved:
%1</source>
        <translation>De afbeelding kon niet worden bewaard:
%1</translation>
    </message>
    <message>
        <source>Map image saved: %1</source>
        <translation>Kaartafbeelding bewaard: %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Area</source>
        <extracomment>Extra sections from other parts (e.g. support, obstacles): added by add_section().</extracomment>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Omvang</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>Meets at</source>
        <translation>Komt samen in</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Opgericht</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Verbindingen</translation>
    </message>
    <message>
        <source>Vitality</source>
        <translation>Vitaliteit</translation>
    </message>
    <message>
        <source>From the map</source>
        <translation>Uit de kaart</translation>
    </message>
    <message>
        <source>Open profile…</source>
        <translation>Profiel openen…</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Niets geselecteerd</translation>
    </message>
    <message>
        <source>Click a network on the map or in the table to see it here.</source>
        <translation>Klik op een netwerk op de kaart of in de tabel om het hier te zien.</translation>
    </message>
    <message>
        <source>No atlas open.</source>
        <translation>Er is geen atlas open.</translation>
    </message>
    <message numerus="yes">
        <source>%n networks selected</source>
        <translation>
            <numerusform>%n netwerk geselecteerd</numerusform>
            <numerusform>%n netwerken geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 sinds %2</translation>
    </message>
    <message>
        <source>about %1 people</source>
        <translation>ongeveer %1 mensen</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>geen bekend</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Nothing notable.</source>
        <translation>Niets bijzonders.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Change not saved</source>
        <translation>Wijziging niet opgeslagen</translation>
    </message>
    <message>
        <source>new network %1</source>
        <translation>nieuw netwerk %1</translation>
    </message>
    <message>
        <source>changes to %1</source>
        <translation>wijzigingen aan %1</translation>
    </message>
    <message>
        <source>name of %1</source>
        <translation>naam van %1</translation>
    </message>
    <message>
        <source>Delete the network “%1” with its memberships, ties, signals and notes?

You can undo this with Ctrl+Z.</source>
        <translation>Het netwerk “%1” verwijderen, met zijn leden, verbindingen, signalen en notities?

U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>verwijderen van %1</translation>
    </message>
    <message>
        <source>Delete %1 networks with their memberships, ties, signals and notes?

You can undo this with Ctrl+Z.</source>
        <translation>%1 netwerken verwijderen, met hun leden, verbindingen, signalen en notities?

U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>deleting %1 networks</source>
        <translation>verwijderen van %1 netwerken</translation>
    </message>
    <message>
        <source>Delete network</source>
        <translation>Netwerk verwijderen</translation>
    </message>
    <message>
        <source>new tie</source>
        <translation>nieuwe verbinding</translation>
    </message>
    <message>
        <source>new person %1</source>
        <translation>nieuwe persoon %1</translation>
    </message>
    <message>
        <source>Delete the person “%1” with their roles in networks?

You can undo this with Ctrl+Z.</source>
        <translation>De persoon “%1” verwijderen, met de rollen in netwerken?

U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Persoon verwijderen</translation>
    </message>
    <message>
        <source>new area %1</source>
        <translation>nieuw gebied %1</translation>
    </message>
    <message>
        <source>Delete the area “%1”? Networks in it keep existing without an area.

You can undo this with Ctrl+Z.</source>
        <translation>Het gebied “%1” verwijderen? De netwerken erin blijven bestaan, zonder gebied.

U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete area</source>
        <translation>Gebied verwijderen</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Areas</source>
        <extracomment>The ids the filter keeps (None: all). The area menu: manage the areas; a new area under this one (or None); edit this one.</extracomment>
        <translation>Gebieden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Ondersteuning</translation>
    </message>
    <message>
        <source>From the map</source>
        <translation>Uit de kaart</translation>
    </message>
    <message>
        <source>Vitality</source>
        <translation>Vitaliteit</translation>
    </message>
    <message>
        <source>Outside the filter</source>
        <translation>Buiten het filter</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>Include unknown vitality</source>
        <translation>Ook onbekende vitaliteit</translation>
    </message>
    <message>
        <source>Fade on the map</source>
        <translation>Vaag op de kaart</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show all networks</source>
        <translation>Alle netwerken tonen</translation>
    </message>
    <message>
        <source>No open support</source>
        <translation>Geen lopende ondersteuning</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle gebieden</translation>
    </message>
    <message>
        <source>New area here…</source>
        <translation>Nieuw gebied hierin…</translation>
    </message>
    <message>
        <source>Edit area…</source>
        <translation>Gebied bewerken…</translation>
    </message>
    <message>
        <source>Manage areas…</source>
        <translation>Gebieden beheren…</translation>
    </message>
    <message>
        <source>%1 of %2 networks shown</source>
        <translation>%1 van %2 netwerken getoond</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Being computed…</source>
        <translation>Wordt berekend…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Not a date: use dd-mm-yyyy, e.g. 27-11-2026.</source>
        <translation>Geen datum: gebruik dd-mm-jjjj, bijv. 27-11-2026.</translation>
    </message>
    <message>
        <source>Until lies before since.</source>
        <translation>Tot ligt vóór sinds.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Een naam is verplicht.</translation>
    </message>
    <message>
        <source>At most 200 characters.</source>
        <translation>Hoogstens 200 tekens.</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Person in network</source>
        <translation>Persoon in netwerk</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nieuwe persoon…</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persoon</translation>
    </message>
    <message>
        <source>Choose a person from the list, or make a new one.</source>
        <translation>Kies een persoon uit de lijst, of maak een nieuwe.</translation>
    </message>
</context>
<context>
    <name>MembershipForm</name>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Sinds</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Tot</translation>
    </message>
</context>
<context>
    <name>MissingAtlasDialog</name>
    <message>
        <source>Atlas not found</source>
        <translation>Atlas niet gevonden</translation>
    </message>
    <message>
        <source>The atlas you used last was not found:
%1

It may have been moved, renamed or be on a drive that is not connected.</source>
        <translation>De atlas die u het laatst gebruikte is niet gevonden:
%1

Misschien is het bestand verplaatst of hernoemd, of staat het op een schijf die niet is aangesloten.</translation>
    </message>
    <message>
        <source>Open one of your recent atlases:</source>
        <translation>Open een van uw recente atlassen:</translation>
    </message>
    <message>
        <source>There are no other recent atlases.</source>
        <translation>Er zijn geen andere recente atlassen.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Find the file…</source>
        <translation>Bestand zoeken…</translation>
    </message>
    <message>
        <source>New atlas…</source>
        <translation>Nieuwe atlas…</translation>
    </message>
    <message>
        <source>Demo atlas</source>
        <translation>Demo-atlas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>New network</source>
        <translation>Nieuw netwerk</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Netwerk: %1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Gebied</translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation>(geen gebied)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Status &amp;since</source>
        <translation>Status s&amp;inds</translation>
    </message>
    <message>
        <source>Si&amp;ze (people)</source>
        <translation>&amp;Omvang (mensen)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation>&amp;Thema&apos;s</translation>
    </message>
    <message>
        <source>separated by commas, e.g. greenery, elderly</source>
        <translation>gescheiden door komma&apos;s, bijv. groen, ouderen</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Kanalen</translation>
    </message>
    <message>
        <source>e.g. WhatsApp, newsletter</source>
        <translation>bijv. WhatsApp, nieuwsbrief</translation>
    </message>
    <message>
        <source>&amp;Meets at</source>
        <translation>Komt &amp;samen in</translation>
    </message>
    <message>
        <source>&amp;Founded</source>
        <translation>Op&amp;gericht</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Choose an area from the list.</source>
        <translation>Kies een gebied uit de lijst.</translation>
    </message>
    <message>
        <source>The founding date lies in the future.</source>
        <translation>De oprichtingsdatum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>Persoon &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rol wijzigen…</translation>
    </message>
    <message>
        <source>Re&amp;move from network</source>
        <translation>Uit netwerk &amp;halen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Sterkte</translation>
    </message>
    <message>
        <source>Add &amp;tie…</source>
        <translation>&amp;Verbinding toevoegen…</translation>
    </message>
    <message>
        <source>Ch&amp;ange tie…</source>
        <translation>Verbinding &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Remove t&amp;ie</source>
        <translation>Verbinding verwij&amp;deren</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Verbindingen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>A new note…</source>
        <translation>Een nieuwe notitie…</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;Notitie toevoegen</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Notitie verwijderen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>NetworkTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Omvang</translation>
    </message>
    <message>
        <source>Vitality</source>
        <translation>Vitaliteit</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Ondersteuning</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>stil</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>one line: phone or e-mail</source>
        <translation>één regel: telefoon of e-mail</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>&amp;Grondslag</translation>
    </message>
    <message>
        <source>S&amp;ource of the data</source>
        <translation>&amp;Bron van de gegevens</translation>
    </message>
    <message>
        <source>&amp;Informed on</source>
        <translation>&amp;Geïnformeerd op</translation>
    </message>
    <message>
        <source>&amp;Keep until</source>
        <translation>&amp;Bewaren tot</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>&amp;Add to network…</source>
        <translation>Aan netwerk &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rol wijzigen…</translation>
    </message>
    <message>
        <source>Re&amp;move from network</source>
        <translation>Uit netwerk &amp;halen</translation>
    </message>
    <message>
        <source>Roles in networks</source>
        <translation>Rollen in netwerken</translation>
    </message>
    <message>
        <source>Keep-until lies before the informed date.</source>
        <translation>Bewaren-tot ligt vóór de datum van informeren.</translation>
    </message>
</context>
<context>
    <name>PersonsDialog</name>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filteren op naam</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nieuwe persoon…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role in a network</source>
        <translation>Rol in een netwerk</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netwerk</translation>
    </message>
    <message>
        <source>Choose a network from the list.</source>
        <translation>Kies een netwerk uit de lijst.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Find a network (Ctrl+F)</source>
        <extracomment>A hit to show: centre the map on this network (it is selected already). Escape: the search is over (the map takes the focus back).</extracomment>
        <translation>Netwerk zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>No network found for “%1”</source>
        <translation>Geen netwerk gevonden voor “%1”</translation>
    </message>
    <message>
        <source>Found %1 (%2 of %3; Enter for the next)</source>
        <translation>Gevonden: %1 (%2 van %3; Enter voor de volgende)</translation>
    </message>
</context>
<context>
    <name>TieDialog</name>
    <message>
        <source>weak</source>
        <translation>zwak</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>gewoon</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>sterk</translation>
    </message>
    <message>
        <source>Tie between networks</source>
        <translation>Verbinding tussen netwerken</translation>
    </message>
    <message>
        <source>(the new network)</source>
        <translation>(het nieuwe netwerk)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Naar</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>St&amp;rength</source>
        <translation>S&amp;terkte</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>S&amp;inds</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>T&amp;ot</translation>
    </message>
    <message>
        <source>Choose a network from the list.</source>
        <translation>Kies een netwerk uit de lijst.</translation>
    </message>
    <message>
        <source>A network cannot have a tie with itself.</source>
        <translation>Een netwerk kan geen verbinding met zichzelf hebben.</translation>
    </message>
</context>
<context>
    <name>Vitality</name>
    <message>
        <source>Unknown: no signals recorded yet.</source>
        <translation>Onbekend: nog geen signalen vastgelegd.</translation>
    </message>
    <message>
        <source>%1 out of 100</source>
        <translation>%1 van de 100</translation>
    </message>
    <message>
        <source>Silent: no signal for %1 days (last score %2).</source>
        <translation>Stil: al %1 dagen geen signaal (laatste score %2).</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>stijgend</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stabiel</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>dalend</translation>
    </message>
    <message>
        <source>falling fast</source>
        <translation>snel dalend</translation>
    </message>
    <message>
        <source>Trend: %1 (%2 points)</source>
        <translation>Trend: %1 (%2 punten)</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · weighs %4%</source>
        <translation>%1 · %2 %3 · weegt %4%</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New atlas…</source>
        <translation>&amp;Nieuwe atlas…</translation>
    </message>
    <message>
        <source>&amp;Open atlas…</source>
        <translation>Atlas &amp;openen…</translation>
    </message>
    <message>
        <source>Open &amp;demo atlas</source>
        <translation>&amp;Demo-atlas openen</translation>
    </message>
    <message>
        <source>&amp;Export map image…</source>
        <translation>Kaartafbeelding &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;New network…</source>
        <translation>&amp;Nieuw netwerk…</translation>
    </message>
    <message>
        <source>&amp;Edit network…</source>
        <translation>Netwerk &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete network</source>
        <translation>Netwerk &amp;verwijderen</translation>
    </message>
    <message>
        <source>New &amp;tie…</source>
        <translation>Nieuwe &amp;verbinding…</translation>
    </message>
    <message>
        <source>&amp;Persons…</source>
        <translation>&amp;Personen…</translation>
    </message>
    <message>
        <source>&amp;Areas…</source>
        <translation>&amp;Gebieden…</translation>
    </message>
    <message>
        <source>&amp;Find network</source>
        <translation>Netwerk &amp;zoeken</translation>
    </message>
    <message>
        <source>Select &amp;nothing</source>
        <translation>&amp;Niets selecteren</translation>
    </message>
    <message>
        <source>&amp;Fit to view</source>
        <translation>&amp;Alles in beeld</translation>
    </message>
    <message>
        <source>&amp;Centre on selection</source>
        <translation>&amp;Centreren op selectie</translation>
    </message>
    <message>
        <source>Arrange &amp;unpinned networks</source>
        <translation>&amp;Losse netwerken schikken</translation>
    </message>
    <message>
        <source>Arrange &amp;all networks</source>
        <translation>&amp;Alle netwerken schikken</translation>
    </message>
    <message>
        <source>&amp;Show all networks</source>
        <translation>Alle netwerken &amp;tonen</translation>
    </message>
    <message>
        <source>Show &amp;names</source>
        <translation>&amp;Namen tonen</translation>
    </message>
    <message>
        <source>Show &amp;bridge persons</source>
        <translation>&amp;Verbinders tonen</translation>
    </message>
    <message>
        <source>Show &amp;professionals</source>
        <translation>&amp;Professionals tonen</translation>
    </message>
    <message>
        <source>Edit the selected network (F2 or Enter)</source>
        <translation>Het geselecteerde netwerk bewerken (F2 of Enter)</translation>
    </message>
    <message>
        <source>&amp;Recent atlases</source>
        <translation>&amp;Recente atlassen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panelen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Opnieuw &amp;doen: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw doen</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Ongedaan gemaakt: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Opnieuw gedaan: %1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(nog geen)</translation>
    </message>
</context>
<context>
    <name>WindowStatusBar</name>
    <message>
        <source>DEMO ATLAS: fictional data</source>
        <translation>DEMO-ATLAS: verzonnen gegevens</translation>
    </message>
    <message numerus="yes">
        <source>%1 networks</source>
        <translation>
            <numerusform>%1 netwerk</numerusform>
            <numerusform>%1 netwerken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 networks shown</source>
        <translation>
            <numerusform>%1 van %2 netwerk getoond</numerusform>
            <numerusform>%1 van %2 netwerken getoond</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>Has a tension with %n network(s).</source>
        <translation>
            <numerusform>Heeft een spanning met %n netwerk.</numerusform>
            <numerusform>Heeft een spanning met %n netwerken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open obstacle(s).</source>
        <translation>
            <numerusform>%n open obstakel.</numerusform>
            <numerusform>%n open obstakels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(little data: %n signal(s))</source>
        <extracomment>Fewer signals than this: the score comes with a &quot;little data&quot; note.</extracomment>
        <translation>
            <numerusform>(weinig gegevens: %n signaal)</numerusform>
            <numerusform>(weinig gegevens: %n signalen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Latest signal: %1 (%n signals in all)</source>
        <translation>
            <numerusform>Laatste signaal: %1 (%n signaal in totaal)</numerusform>
            <numerusform>Laatste signaal: %1 (%n signalen in totaal)</numerusform>
        </translation>
    </message>
</context>
</TS>
