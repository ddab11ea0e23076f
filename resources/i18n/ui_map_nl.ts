<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>LayoutProgressPanel</name>
    <message>
        <source>Arranging the map…</source>
        <translation>Kaart wordt geordend…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Vitality %1–%2</source>
        <translation>Vitaliteit %1–%2</translation>
    </message>
    <message>
        <source>Unknown or silent</source>
        <translation>Onbekend of stil</translation>
    </message>
    <message>
        <source>Support: %1</source>
        <translation>Ondersteuning: %1</translation>
    </message>
    <message>
        <source>Open obstacle</source>
        <translation>Open obstakel</translation>
    </message>
    <message>
        <source>Tie (width: strength)</source>
        <translation>Verbinding (dikte: sterkte)</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Spanning</translation>
    </message>
    <message>
        <source>Person in several networks</source>
        <translation>Persoon in meerdere netwerken</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <source>Move network</source>
        <translation>Netwerk verplaatsen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n networks</source>
        <translation>
            <numerusform>%n netwerk verplaatsen</numerusform>
            <numerusform>%n netwerken verplaatsen</numerusform>
        </translation>
    </message>
    <message>
        <source>Vitality: silent (no recent signals)</source>
        <translation>Vitaliteit: stil (geen recente signalen)</translation>
    </message>
    <message>
        <source>Vitality: unknown</source>
        <translation>Vitaliteit: onbekend</translation>
    </message>
    <message>
        <source>Vitality: %1</source>
        <translation>Vitaliteit: %1</translation>
    </message>
    <message>
        <source>Arranging the map…</source>
        <translation>Kaart wordt geordend…</translation>
    </message>
    <message>
        <source>Arrange map</source>
        <translation>Kaart ordenen</translation>
    </message>
</context>
</TS>
