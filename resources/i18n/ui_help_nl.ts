<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Zwermkaart</source>
        <translation>Over Zwermkaart</translation>
    </message>
    <message>
        <source>An atlas of residents&apos; networks for neighbourhood coordinators.
Works offline; your data stays in one file on this computer.

Licence: European Union Public Licence (EUPL) 1.2.
Qt %1, Python %2.</source>
        <translation>Een atlas van bewonersnetwerken voor wijkcoördinatoren.
Werkt offline; uw gegevens blijven in één bestand op deze computer.

Licentie: European Union Public Licence (EUPL) 1.2.
Qt %1, Python %2.</translation>
    </message>
    <message>
        <source>Show licence</source>
        <translation>Licentie tonen</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>Guide not found.</source>
        <translation>Handleiding niet gevonden.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>User guide</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>About Zwermkaart</source>
        <translation>Over Zwermkaart</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
</context>
</TS>
