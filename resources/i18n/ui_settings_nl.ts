<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>SettingsActions</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>The analysis settings the dialog shows, in this order (keys of analysis/settings.py).</extracomment>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Zoals het systeem (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Dates are shown as 27-11-2026 and weeks start on Monday.</source>
        <translation>Datums staan er als 27-11-2026 en weken beginnen op maandag.</translation>
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
        <source>Stable trend within</source>
        <translation>Stabiele trend binnen</translation>
    </message>
    <message>
        <source>Falling fast from</source>
        <translation>Snel dalend vanaf</translation>
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
        <source>Smallest cluster</source>
        <translation>Kleinste cluster</translation>
    </message>
    <message>
        <source>Share of bridge networks</source>
        <translation>Aandeel brugnetwerken</translation>
    </message>
    <message>
        <source> points</source>
        <translation> punten</translation>
    </message>
    <message>
        <source> networks</source>
        <translation> netwerken</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Show residents&apos; real names in new reports and exports</source>
        <translation>Echte namen van bewoners tonen in nieuwe rapporten en exports</translation>
    </message>
    <message>
        <source>Off (recommended): residents appear under a pseudonym (Resident 1, Resident 2, ...) in reports and exports, unless names are asked for that one report or export.</source>
        <translation>Uit (aanbevolen): bewoners staan in rapporten en exports onder een schuilnaam (Bewoner 1, Bewoner 2, ...), tenzij voor dat ene rapport of die ene export om namen wordt gevraagd.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Map voor reservekopieën</translation>
    </message>
    <message>
        <source>A backup is made when an atlas is opened (once a day) and before an import, a migration or a restore. Keep it on another disk than a shared atlas. Existing backups stay where they are.</source>
        <translation>Er wordt een reservekopie gemaakt bij het openen van een atlas (eens per dag) en vóór een import, een migratie of een herstel. Houd de map op een andere schijf dan een gedeelde atlas. Bestaande reservekopieën blijven waar ze zijn.</translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation>Dagelijkse reservekopieën bewaren</translation>
    </message>
    <message>
        <source>Weekly backups to keep</source>
        <translation>Wekelijkse reservekopieën bewaren</translation>
    </message>
    <message>
        <source>Monthly backups to keep</source>
        <translation>Maandelijkse reservekopieën bewaren</translation>
    </message>
    <message>
        <source>All backups of the last 24 hours are always kept.</source>
        <translation>Alle reservekopieën van de laatste 24 uur blijven altijd bewaard.</translation>
    </message>
    <message>
        <source>Open an atlas to change these settings.</source>
        <translation>Open een atlas om deze instellingen te wijzigen.</translation>
    </message>
    <message>
        <source>This atlas is open read-only: these settings cannot be changed.</source>
        <translation>Deze atlas is alleen-lezen geopend: deze instellingen kunnen niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Stored in the atlas, so everyone using it sees the same results. Undo with Ctrl+Z.</source>
        <translation>Opgeslagen in de atlas, zodat iedereen die hem gebruikt dezelfde uitkomsten ziet. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>The backup settings were not saved: %1</source>
        <translation>De instellingen voor reservekopieën zijn niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Instellingen wijzigen</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>De instellingen zijn niet opgeslagen: %1</translation>
    </message>
</context>
</TS>
