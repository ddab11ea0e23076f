<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>EmptyMapHint</name>
    <message>
        <source>This atlas has no networks yet</source>
        <translation>Deze atlas heeft nog geen netwerken</translation>
    </message>
    <message>
        <source>Start with the areas (municipality, districts, neighbourhoods), then add the networks you know, with their people and ties. Lists you keep in Excel can be imported. Everything is saved at once.</source>
        <translation>Begin met de gebieden (gemeente, wijken, buurten) en voeg dan de netwerken toe die u kent, met hun mensen en verbindingen. Lijsten die u in Excel bijhoudt kunt u importeren. Alles wordt meteen opgeslagen.</translation>
    </message>
    <message>
        <source>1. Make an area…</source>
        <translation>1. Gebied maken…</translation>
    </message>
    <message>
        <source>2. Add a network… (Ctrl+N)</source>
        <translation>2. Netwerk toevoegen… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Or import a list (CSV, Excel)…</source>
        <translation>Of een lijst importeren (CSV, Excel)…</translation>
    </message>
</context>
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
        <extracomment>Folded away (True) or opened (False) by the user.</extracomment>
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
