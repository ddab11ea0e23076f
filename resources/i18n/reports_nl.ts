<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>Reports</name>
    <message>
        <source>Resident %1</source>
        <extracomment>Labels drawn on an area map: the networks needing attention, at most this many. Bridge and isolated networks named in the structure part of an area section. The area (area report) or network (network profile); unused for the municipality. Steps of the progress while building: loading takes the first LOAD_STEPS of STEPS.</extracomment>
        <translation>Bewoner %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Image pixels per report pixel (2x for print). Signal markers by valence -2..+2: the ends of the vitality scale, grey for neutral.</extracomment>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>vitality score</source>
        <translation>vitaliteitsscore</translation>
    </message>
    <message>
        <source>No signals yet</source>
        <translation>Nog geen signalen</translation>
    </message>
    <message>
        <source>vitality falling fast (%1 points)</source>
        <extracomment>Longest lists in an area section before &quot;... and N more&quot;. The same, for the district sections of a municipality overview (kept short).</extracomment>
        <translation>vitaliteit daalt snel (%1 punten)</translation>
    </message>
    <message>
        <source>silent for %1 days</source>
        <translation>al %1 dagen stil</translation>
    </message>
    <message>
        <source>low vitality</source>
        <translation>lage vitaliteit</translation>
    </message>
    <message>
        <source>rests on a single trekker</source>
        <translation>rust op één trekker</translation>
    </message>
    <message>
        <source>obstacle open for %1 days</source>
        <translation>obstakel staat %1 dagen open</translation>
    </message>
    <message>
        <source>support asked, not assigned for %1 days</source>
        <translation>ondersteuning gevraagd, %1 dagen niet toegewezen</translation>
    </message>
    <message>
        <source>Network profile: %1</source>
        <translation>Netwerkprofiel: %1</translation>
    </message>
    <message>
        <source>Municipality overview: %1</source>
        <translation>Gemeenteoverzicht: %1</translation>
    </message>
    <message>
        <source>Area summary: %1</source>
        <translation>Gebiedsoverzicht: %1</translation>
    </message>
    <message>
        <source>Neighbourhood summary: %1</source>
        <translation>Buurtoverzicht: %1</translation>
    </message>
    <message>
        <source>District summary: %1</source>
        <translation>Wijkoverzicht: %1</translation>
    </message>
    <message>
        <source>Atlas</source>
        <translation>Atlas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>This report was made from the demo atlas: all names and data are fictional.</source>
        <translation>Dit rapport is gemaakt uit de demo-atlas: alle namen en gegevens zijn verzonnen.</translation>
    </message>
    <message>
        <source>This report contains personal data (names of residents). Share it only with those who need it and do not keep it longer than needed.</source>
        <translation>Dit rapport bevat persoonsgegevens (namen van bewoners). Deel het alleen met wie het nodig heeft en bewaar het niet langer dan nodig.</translation>
    </message>
    <message>
        <source>Residents appear under a pseudonym (Resident 1, Resident 2, ...) that holds within this report only.</source>
        <translation>Bewoners staan in dit rapport onder een schuilnaam (Bewoner 1, Bewoner 2, ...) die alleen binnen dit rapport geldt.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Estimated size</source>
        <translation>Geschatte omvang</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Opgericht</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>Ontmoetingsplek</translation>
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
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Vitality</source>
        <translation>Vitaliteit</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>stil</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Score (0–100)</translation>
    </message>
    <message>
        <source>Trend, last 90 days against the 90 before</source>
        <translation>Trend, laatste 90 dagen tegenover de 90 daarvoor</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <source>Line: vitality score over time on the colour bands of the map. Dots: signals, coloured by valence (red negative, blue positive).</source>
        <translation>Lijn: vitaliteitsscore door de tijd, op de kleurbanden van de kaart. Stippen: signalen, gekleurd naar waardering (rood negatief, blauw positief).</translation>
    </message>
    <message>
        <source>The signals that weigh most in the score</source>
        <translation>De signalen die het zwaarst wegen in de score</translation>
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
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Also in other networks</source>
        <translation>Ook in andere netwerken</translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation>Geen contactpersonen vastgelegd.</translation>
    </message>
    <message>
        <source>Ties with other networks</source>
        <translation>Verbindingen met andere netwerken</translation>
    </message>
    <message>
        <source>Kind of tie</source>
        <translation>Soort verbinding</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Sterkte</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>No ties recorded.</source>
        <translation>Geen verbindingen vastgelegd.</translation>
    </message>
    <message>
        <source>Open obstacles</source>
        <translation>Open obstakels</translation>
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
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Dagen open</translation>
    </message>
    <message>
        <source>No open obstacles.</source>
        <translation>Geen open obstakels.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Ondersteuning</translation>
    </message>
    <message>
        <source>Need (priority)</source>
        <translation>Behoefte (prioriteit)</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Opgemerkt</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Description and outcome</source>
        <translation>Omschrijving en resultaat</translation>
    </message>
    <message>
        <source>No support cases.</source>
        <translation>Geen ondersteuningsvragen.</translation>
    </message>
    <message>
        <source>Recent notes</source>
        <translation>Recente notities</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Geen notities.</translation>
    </message>
    <message>
        <source>Part of %1</source>
        <translation>Onderdeel van %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <source>networks</source>
        <translation>netwerken</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactpersonen</translation>
    </message>
    <message>
        <source>bridge persons</source>
        <translation>verbinders</translation>
    </message>
    <message>
        <source>ties</source>
        <translation>verbindingen</translation>
    </message>
    <message>
        <source>median vitality</source>
        <translation>mediane vitaliteit</translation>
    </message>
    <message>
        <source>silent networks</source>
        <translation>stille netwerken</translation>
    </message>
    <message>
        <source>open obstacles</source>
        <translation>open obstakels</translation>
    </message>
    <message>
        <source>open support cases</source>
        <translation>lopende ondersteuning</translation>
    </message>
    <message>
        <source>need attention</source>
        <translation>vragen aandacht</translation>
    </message>
    <message>
        <source>Of which dormant: %1, ended: %2.</source>
        <translation>Waarvan slapend: %1, gestopt: %2.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Networks per vitality class. The score (0–100) is derived from dated signals, recent ones weighing most; grey: no score or silent.</source>
        <translation>Netwerken per vitaliteitsklasse. De score (0–100) volgt uit gedateerde signalen, waarbij recente het zwaarst wegen; grijs: geen score of stil.</translation>
    </message>
    <message>
        <source>Kinds of network</source>
        <translation>Soorten netwerk</translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translation>Buurten</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Wijken</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netwerken</translation>
    </message>
    <message>
        <source>Median vitality</source>
        <translation>Mediane vitaliteit</translation>
    </message>
    <message>
        <source>Networks needing attention</source>
        <translation>Netwerken die aandacht vragen</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>... and %1 more.</source>
        <translation>... en nog %1.</translation>
    </message>
    <message>
        <source>No network needs attention.</source>
        <translation>Geen netwerk vraagt aandacht.</translation>
    </message>
    <message>
        <source>Open obstacles by category</source>
        <translation>Open obstakels per categorie</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Median days open</source>
        <translation>Mediaan dagen open</translation>
    </message>
    <message>
        <source>Oldest (days)</source>
        <translation>Oudste (dagen)</translation>
    </message>
    <message>
        <source>Longest open</source>
        <translation>Het langst open</translation>
    </message>
    <message>
        <source>Support cases by status</source>
        <translation>Ondersteuning per status</translation>
    </message>
    <message>
        <source>Professionals involved</source>
        <translation>Betrokken professionals</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Lopende vragen</translation>
    </message>
    <message>
        <source>Obstacles owned</source>
        <translation>Obstakels in beheer</translation>
    </message>
    <message>
        <source>No professionals involved.</source>
        <translation>Geen professionals betrokken.</translation>
    </message>
    <message>
        <source>How the networks hang together</source>
        <translation>Samenhang tussen de netwerken</translation>
    </message>
    <message>
        <source>Clusters (groups of networks tied together): %1, of %2 networks.</source>
        <translation>Clusters (groepen netwerken die met elkaar verbonden zijn): %1, van %2 netwerken.</translation>
    </message>
    <message>
        <source>No clusters: the networks are hardly tied together.</source>
        <translation>Geen clusters: de netwerken zijn nauwelijks met elkaar verbonden.</translation>
    </message>
    <message>
        <source>without it part falls loose</source>
        <translation>zonder dit netwerk valt een deel los</translation>
    </message>
    <message>
        <source>Bridge networks</source>
        <translation>Verbindende netwerken</translation>
    </message>
    <message>
        <source>(most often between other networks)</source>
        <translation>(liggen het vaakst tussen andere netwerken)</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> en nog %1</translation>
    </message>
    <message>
        <source>Networks without any tie</source>
        <translation>Netwerken zonder enige verbinding</translation>
    </message>
    <message>
        <source>Fill: vitality</source>
        <translation>Vulling: vitaliteit</translation>
    </message>
    <message>
        <source>unknown or silent</source>
        <translation>onbekend of stil</translation>
    </message>
    <message>
        <source>Ring: support</source>
        <translation>Ring: ondersteuning</translation>
    </message>
    <message>
        <source>open obstacle (triangle)</source>
        <translation>open obstakel (driehoekje)</translation>
    </message>
    <message>
        <source>tie (width: strength)</source>
        <translation>verbinding (dikte: sterkte)</translation>
    </message>
    <message>
        <source>tension</source>
        <translation>spanning</translation>
    </message>
    <message>
        <source>Marks and lines</source>
        <translation>Tekens en lijnen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>size: estimated number of people</source>
        <translation>grootte: geschat aantal mensen</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Dots per inch of the PDF&apos;s coordinate system (text and vectors stay vector).</extracomment>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>DEMO – fictional data</source>
        <translation>DEMO – verzonnen gegevens</translation>
    </message>
    <message>
        <source>Contains personal data</source>
        <translation>Bevat persoonsgegevens</translation>
    </message>
</context>
</TS>
