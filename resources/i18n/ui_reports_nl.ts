<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>ExportPdfDialog</name>
    <message>
        <source>Export PDF report</source>
        <extracomment>A PDF was written: its path.</extracomment>
        <translation>PDF-rapport exporteren</translation>
    </message>
    <message>
        <source>Area summary (district or neighbourhood)</source>
        <translation>Gebiedsoverzicht (wijk of buurt)</translation>
    </message>
    <message>
        <source>Network profile</source>
        <translation>Netwerkprofiel</translation>
    </message>
    <message>
        <source>Municipality overview</source>
        <translation>Gemeenteoverzicht</translation>
    </message>
    <message>
        <source>Include residents&apos; names (the report then contains personal data)</source>
        <translation>Namen van bewoners opnemen (het rapport bevat dan persoonsgegevens)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Bestand openen</translation>
    </message>
    <message>
        <source>Network profile %1</source>
        <translation>Netwerkprofiel %1</translation>
    </message>
    <message>
        <source>Area summary %1</source>
        <translation>Gebiedsoverzicht %1</translation>
    </message>
    <message>
        <source>Municipality overview %1</source>
        <translation>Gemeenteoverzicht %1</translation>
    </message>
    <message>
        <source>Save PDF report</source>
        <translation>PDF-rapport opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Choose an area or network that is in the atlas.</source>
        <translation>Kies een gebied of netwerk dat in de atlas staat.</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Kies waar de PDF moet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Het rapport wordt gemaakt…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %1 (%n pages).</source>
        <translation>
            <numerusform>Opgeslagen: %1 (%n pagina).</numerusform>
            <numerusform>Opgeslagen: %1 (%n pagina&apos;s).</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Het rapport is niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Geannuleerd: er is geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>PDF report…</source>
        <translation>PDF-rapport…</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF opgeslagen: %1</translation>
    </message>
</context>
</TS>
