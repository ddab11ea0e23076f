<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose a file</source>
        <extracomment>Cells shown as samples per column in the mapping step.</extracomment>
        <translation>Kies een bestand</translation>
    </message>
    <message>
        <source>A CSV file (for instance from Excel, separated by ; or ,) or a workbook from Excel (.xlsx) or LibreOffice (.ods). The first row must hold the column names.</source>
        <translation>Een CSV-bestand (bijvoorbeeld uit Excel, gescheiden door ; of ,) of een werkmap uit Excel (.xlsx) of LibreOffice (.ods). De eerste rij moet de kolomnamen bevatten.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Skip rows that are already in the atlas</source>
        <translation>Rijen die al in de atlas staan overslaan</translation>
    </message>
    <message>
        <source>Update them with the filled cells of the file</source>
        <translation>Ze bijwerken met de gevulde cellen uit het bestand</translation>
    </message>
    <message>
        <source>Add them anyway</source>
        <translation>Ze toch toevoegen</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation>De rijen zijn:</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Dubbele rijen:</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Bestand importeren</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Bestand lezen…</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>Het bestand kan niet worden geïmporteerd</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Kolommen koppelen</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Blad:</translation>
    </message>
    <message>
        <source>Reading the sheet…</source>
        <translation>Blad lezen…</translation>
    </message>
    <message>
        <source>The sheet cannot be read</source>
        <translation>Het blad kan niet worden gelezen</translation>
    </message>
    <message>
        <source>Each column of the file goes into a field of %1; change what is wrong.</source>
        <translation>Elke kolom van het bestand gaat naar een veld van %1; verander wat niet klopt.</translation>
    </message>
    <message>
        <source>Read as: %1, %2 rows.</source>
        <translation>Gelezen als: %1, %2 rijen.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(niet gebruiken)</translation>
    </message>
    <message>
        <source>* required: %1</source>
        <translation>* verplicht: %1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <extracomment>Rows with a problem shown after the first rows (so every error is findable).</extracomment>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>add</source>
        <translation>toevoegen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>bijwerken</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>overslaan</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Controleren vóór het importeren</translation>
    </message>
    <message>
        <source>The first rows as they will be stored, and every row with a problem. Nothing is imported while any row has an error.</source>
        <translation>De eerste rijen zoals ze worden opgeslagen, en elke rij met een probleem. Zolang een rij een fout heeft, wordt er niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Rijen controleren…</translation>
    </message>
    <message>
        <source>The file cannot be checked</source>
        <translation>Het bestand kan niet worden gecontroleerd</translation>
    </message>
    <message>
        <source>Not checked. Go back to try again.</source>
        <translation>Niet gecontroleerd. Ga terug om het opnieuw te proberen.</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Klaar om te importeren.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): correct the file (or the matching) and try again.</source>
        <translation>
            <numerusform>%n fout: verbeter het bestand (of de koppeling) en probeer het opnieuw.</numerusform>
            <numerusform>%n fouten: verbeter het bestand (of de koppeling) en probeer het opnieuw.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importeren afgebroken</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Het importeren is mislukt</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importverslag</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Verslag opslaan…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Verslag opslaan</translation>
    </message>
</context>
<context>
    <name>InteropActions</name>
    <message>
        <source>&amp;Import table (CSV, Excel)…</source>
        <translation>&amp;Tabel importeren (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Import &amp;graph (GraphML)…</source>
        <translation>&amp;Graaf importeren (GraphML)…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <source>Tables as &amp;Excel…</source>
        <translation>Tabellen als &amp;Excel…</translation>
    </message>
    <message>
        <source>Tables as &amp;CSV…</source>
        <translation>Tabellen als &amp;CSV…</translation>
    </message>
    <message>
        <source>Map for &amp;Gephi (GEXF)…</source>
        <translation>Kaart voor &amp;Gephi (GEXF)…</translation>
    </message>
    <message>
        <source>Map for &amp;yEd or Gephi (GraphML)…</source>
        <translation>Kaart voor &amp;yEd of Gephi (GraphML)…</translation>
    </message>
    <message>
        <source>Whole atlas as &amp;JSON…</source>
        <translation>Hele atlas als &amp;JSON…</translation>
    </message>
    <message>
        <source>Import of %1 (%2 added)</source>
        <translation>Import van %1 (%2 toegevoegd)</translation>
    </message>
    <message>
        <source>Import graph</source>
        <translation>Graaf importeren</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>The graph cannot be imported</source>
        <translation>De graaf kan niet worden geïmporteerd</translation>
    </message>
    <message>
        <source>Import of %1: %2 networks, %3 ties</source>
        <translation>Import van %1: %2 netwerken, %3 verbindingen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Geëxporteerd: %1</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Bestanden vervangen?</translation>
    </message>
    <message>
        <source>These files exist already. Replace them?</source>
        <translation>Deze bestanden bestaan al. Vervangen?</translation>
    </message>
</context>
<context>
    <name>TableExportDialog</name>
    <message>
        <source>Export</source>
        <extracomment>format -&gt; (file suffix, whether it holds persons and tables)</extracomment>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netwerken</translation>
    </message>
    <message>
        <source>Persons with memberships</source>
        <translation>Personen met lidmaatschappen</translation>
    </message>
    <message>
        <source>Ties</source>
        <translation>Verbindingen</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionals</translation>
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
        <source>All tables (one sheet each)</source>
        <translation>Alle tabellen (elk een eigen blad)</translation>
    </message>
    <message>
        <source>All tables (one file each, in a folder)</source>
        <translation>Alle tabellen (elk een eigen bestand, in een map)</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabel:</translation>
    </message>
    <message>
        <source>Only the networks the filter shows</source>
        <translation>Alleen de netwerken die het filter toont</translation>
    </message>
    <message>
        <source>Real names and contact data of persons</source>
        <translation>Echte namen en contactgegevens van personen</translation>
    </message>
    <message>
        <source>Without this, persons are called &apos;Bewoner 1&apos;, &apos;Bewoner 2&apos;, …</source>
        <translation>Zonder dit heten personen &apos;Bewoner 1&apos;, &apos;Bewoner 2&apos;, …</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Opslaan als:</translation>
    </message>
    <message>
        <source>One CSV file per table is written into this folder.</source>
        <translation>In deze map komt één CSV-bestand per tabel.</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exporteren naar map</translation>
    </message>
</context>
</TS>
