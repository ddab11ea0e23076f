<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
    <context>
        <name>AtlasSession</name>
        <message>
            <source>Saved: %1</source>
            <extracomment>Emitted after any change (do, undo, redo) with the names of the changed tables, e.g. {"networks", "positions"}, so views can refresh what they show. Emitted after a successful change with a short message for the status bar. Emitted when an undo or redo failed; the argument is the error to show.</extracomment>
            <translation>Opgeslagen: %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Open atlas</source>
            <translation>Atlas openen</translation>
        </message>
    </context>
</TS>
