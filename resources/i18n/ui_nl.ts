<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Open atlas</source>
        <translation>Atlas openen</translation>
    </message>
</context>
</TS>
