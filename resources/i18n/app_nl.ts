<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>Labels</name>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Wijk</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>Residents&apos; initiative</source>
        <translation>Bewonersinitiatief</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Vereniging</translation>
    </message>
    <message>
        <source>Street app group</source>
        <translation>Buurtapp-groep</translation>
    </message>
    <message>
        <source>Faith community</source>
        <translation>Geloofsgemeenschap</translation>
    </message>
    <message>
        <source>Informal care circle</source>
        <translation>Mantelzorgnetwerk</translation>
    </message>
    <message>
        <source>Sports club</source>
        <translation>Sportclub</translation>
    </message>
    <message>
        <source>Community garden</source>
        <translation>Moestuin</translation>
    </message>
    <message>
        <source>Repair café</source>
        <translation>Repair café</translation>
    </message>
    <message>
        <source>Elderly group</source>
        <translation>Ouderengroep</translation>
    </message>
    <message>
        <source>Youth place</source>
        <translation>Jongerenplek</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Cultuur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Slapend</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Leader (trekker)</source>
        <translation>Trekker</translation>
    </message>
    <message>
        <source>Core member</source>
        <translation>Kernlid</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Publieke taak</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Gerechtvaardigd belang</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Samenwerking</translation>
    </message>
    <message>
        <source>Shared members</source>
        <translation>Gedeelde leden</translation>
    </message>
    <message>
        <source>Shared place</source>
        <translation>Gedeelde plek</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Spanning</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Ledenaantal</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Trekkerschap</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Middelen</translation>
    </message>
    <message>
        <source>Atmosphere</source>
        <translation>Sfeer</translation>
    </message>
    <message>
        <source>Permit or rule</source>
        <translation>Vergunning of regel</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Space or location</source>
        <translation>Ruimte of locatie</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Verzekering</translation>
    </message>
    <message>
        <source>Bureaucracy</source>
        <translation>Bureaucratie</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communicatie</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Weggenomen</translation>
    </message>
    <message>
        <source>Cannot be removed</source>
        <translation>Niet weg te nemen</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Kennis</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Ruimte</translation>
    </message>
    <message>
        <source>Connection to others</source>
        <translation>Verbinding met anderen</translation>
    </message>
    <message>
        <source>Obstacle removal</source>
        <translation>Obstakel wegnemen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Opgemerkt</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gevraagd</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Toegewezen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afgerond</translation>
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
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Obstakel</translation>
    </message>
    <message>
        <source>Support case</source>
        <translation>Ondersteuning</translation>
    </message>
</context>
</TS>
