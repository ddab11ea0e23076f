<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AtlasSession</name>
    <message>
        <source>Saved: %1</source>
        <extracomment>Emitted after any change (do, undo, redo) with the names of the changed tables, e.g. {&quot;networks&quot;, &quot;positions&quot;}, so views can refresh what they show. Emitted after a successful change with a short message for the status bar. Emitted when an undo or redo failed; the argument is the error to show.</extracomment>
        <translation>Opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Cancel</source>
        <extracomment>Progress is passed to the GUI thread at most this often (seconds); more would flood the event loop of an import that reports every row. Jobs whose thread still runs, over all runners (for :func:`wait_all` at exit). A job started (its generation). (done, total) of the current job; total 0: unknown. At most every 50 ms. What the current job is doing now. The job&apos;s result. The exception the job raised. The job stopped on request; it changed nothing. After done, failed or cancelled.</extracomment>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netwerken</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <extracomment>The menus, in menu-bar order. The window&apos;s own panels, in front at the first start. The task panels wait in the tabs behind them.</extracomment>
        <translation>Wijziging niet opgeslagen</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Geopend: %1</translation>
    </message>
    <message>
        <source>Warning: today&apos;s automatic backup failed: %1</source>
        <translation>Let op: de automatische reservekopie van vandaag is mislukt: %1</translation>
    </message>
    <message>
        <source>Vitality could not be computed: %1</source>
        <translation>Vitaliteit kon niet worden berekend: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Kaart</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Taken</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Language changed.</source>
        <translation>Taal gewijzigd.</translation>
    </message>
    <message>
        <source>%1 (DEMO)</source>
        <translation>%1 (DEMO)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (alleen-lezen)</translation>
    </message>
</context>
</TS>
