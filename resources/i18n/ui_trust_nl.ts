<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase a person</source>
        <translation>Een persoon wissen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Obstakel</translation>
    </message>
    <message>
        <source>Support case</source>
        <translation>Ondersteuning</translation>
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
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Erase %1 completely? They leave every network (%2), their notes (%3) are deleted, and the search index and the file itself no longer hold them. This cannot be undone.</source>
        <translation>%1 volledig wissen? De persoon verdwijnt uit elk netwerk (%2), de notities over de persoon (%3) worden verwijderd, en de zoekindex en het bestand zelf bevatten de persoon niet meer. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) elsewhere name them or hold their contact data; what is between « and » is replaced by [gewist]:</source>
        <translation>
            <numerusform>%n tekst elders noemt de persoon of bevat zijn of haar contactgegevens; wat tussen « en » staat wordt vervangen door [gewist]:</numerusform>
            <numerusform>%n teksten elders noemen de persoon of bevatten zijn of haar contactgegevens; wat tussen « en » staat wordt vervangen door [gewist]:</numerusform>
        </translation>
    </message>
    <message>
        <source>No other text names them or holds their contact data.</source>
        <translation>Geen andere tekst noemt de persoon of bevat zijn of haar contactgegevens.</translation>
    </message>
    <message numerus="yes">
        <source>They are also erased from the %n backup(s) of this atlas.</source>
        <translation>
            <numerusform>De persoon wordt ook gewist uit de %n reservekopie van deze atlas.</numerusform>
            <numerusform>De persoon wordt ook gewist uit de %n reservekopieën van deze atlas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged copy/copies kept by an earlier recovery will be deleted.</source>
        <translation>
            <numerusform>%n beschadigde kopie die bij een eerder herstel is bewaard, wordt verwijderd.</numerusform>
            <numerusform>%n beschadigde kopieën die bij een eerder herstel zijn bewaard, worden verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Wissen</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Nogmaals:</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Voer een wachtwoord in.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type to filter…</source>
        <translation>Typ om te filteren…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Choose the state to go back to. Changes made after it are replaced. The current state is backed up first, so the restore can be undone.</source>
        <translation>Kies de toestand waarnaar u terug wilt. Wijzigingen van daarna worden vervangen. Van de huidige toestand wordt eerst een reservekopie gemaakt, zodat u het terugzetten ongedaan kunt maken.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention review</source>
        <translation>Bewaartermijnen nakijken</translation>
    </message>
    <message>
        <source>The retention period of these persons has passed. Erase them now? This cannot be undone.</source>
        <translation>De bewaartermijn van deze personen is voorbij. Nu wissen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Nobody is past their retention date.</source>
        <translation>Niemand heeft een verlopen bewaartermijn.</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n person(s)</source>
        <translation>
            <numerusform>%n persoon wissen</numerusform>
            <numerusform>%n personen wissen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>when opened</source>
        <translation>bij openen</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vóór een upgrade</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>vóór een import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vóór terugzetten</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>met de hand gemaakt</translation>
    </message>
    <message>
        <source>before a change of encryption</source>
        <translation>vóór een wijziging van de versleuteling</translation>
    </message>
</context>
<context>
    <name>TrustActions</name>
    <message>
        <source>&amp;Restore from a backup…</source>
        <extracomment>Erasing an erased person in the atlas&apos;s backups, after the erasure. Encrypting, decrypting, a new passphrase and a restore: in a process, cancellable. What the running job is about: title, path, passphrases to reopen with, ... The day&apos;s first backup of an atlas opened here (6.7 s at 50,000 networks).</extracomment>
        <translation>&amp;Reservekopie terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Encryption</source>
        <translation>&amp;Versleuteling</translation>
    </message>
    <message>
        <source>&amp;Encrypt this atlas…</source>
        <translation>Deze atlas &amp;versleutelen…</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Remove encryption…</source>
        <translation>Versleuteling &amp;opheffen…</translation>
    </message>
    <message>
        <source>&amp;Privacy (AVG)</source>
        <translation>&amp;Privacy (AVG)</translation>
    </message>
    <message>
        <source>&amp;Export everything about a person…</source>
        <translation>Alles over een persoon &amp;exporteren…</translation>
    </message>
    <message>
        <source>E&amp;rase a person…</source>
        <translation>Een persoon &amp;wissen…</translation>
    </message>
    <message>
        <source>Re&amp;tention review…</source>
        <translation>&amp;Bewaartermijnen nakijken…</translation>
    </message>
    <message>
        <source>Open atlas</source>
        <translation>Atlas openen</translation>
    </message>
    <message>
        <source>This atlas is encrypted. Enter its passphrase.</source>
        <translation>Deze atlas is versleuteld. Voer het wachtwoord in.</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Try again.</source>
        <translation>Het wachtwoord klopt niet. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Warning: today&apos;s automatic backup failed: %1</source>
        <translation>Let op: de automatische reservekopie van vandaag is mislukt: %1</translation>
    </message>
    <message>
        <source>Damaged atlas</source>
        <translation>Beschadigde atlas</translation>
    </message>
    <message>
        <source>Restore that backup? The damaged file is kept beside it, unchanged, with &apos;damaged&apos; and the date in its name.</source>
        <translation>Die reservekopie terugzetten? Het beschadigde bestand blijft ongewijzigd ernaast bewaard, met &apos;damaged&apos; en de datum in de naam.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Choose another backup…</source>
        <translation>Andere reservekopie kiezen…</translation>
    </message>
    <message>
        <source>Restored the backup of %1; the damaged file is %2</source>
        <translation>Reservekopie van %1 teruggezet; het beschadigde bestand heet %2</translation>
    </message>
    <message>
        <source>The conversion had already finished.</source>
        <translation>De omzetting was al klaar.</translation>
    </message>
    <message>
        <source>This atlas is damaged: restore a backup (File › Restore from a backup…).</source>
        <translation>Deze atlas is beschadigd: zet een reservekopie terug (Bestand › Reservekopie terugzetten…).</translation>
    </message>
    <message>
        <source>The check in the background found damage in this atlas. What you see may be incomplete or wrong; changes may not be kept.</source>
        <translation>De controle op de achtergrond vond beschadiging in deze atlas. Wat u ziet kan onvolledig of onjuist zijn; wijzigingen blijven misschien niet bewaard.</translation>
    </message>
    <message>
        <source>Restore a backup? The damaged file is kept beside it, unchanged, with &apos;damaged&apos; and the date in its name.</source>
        <translation>Een reservekopie terugzetten? Het beschadigde bestand blijft ernaast bewaard, ongewijzigd, met &apos;damaged&apos; en de datum in de naam.</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Reservekopie kiezen…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Restored the backup of %1. To undo, restore the backup made &apos;before a restore&apos;.</source>
        <translation>Reservekopie van %1 teruggezet. Ongedaan maken: zet de reservekopie &apos;vóór terugzetten&apos; terug.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>De reservekopie wordt teruggezet…</translation>
    </message>
    <message>
        <source>Restore cancelled: the atlas is as it was.</source>
        <translation>Terugzetten geannuleerd: de atlas is zoals hij was.</translation>
    </message>
    <message>
        <source>Encrypting the atlas and its backups…</source>
        <translation>De atlas en zijn reservekopieën worden versleuteld…</translation>
    </message>
    <message>
        <source>Removing the encryption of the atlas and its backups…</source>
        <translation>De versleuteling van de atlas en zijn reservekopieën wordt verwijderd…</translation>
    </message>
    <message>
        <source>Changing the passphrase of the atlas and its backups…</source>
        <translation>Het wachtwoord van de atlas en zijn reservekopieën wordt gewijzigd…</translation>
    </message>
    <message>
        <source>Cancelled: the atlas is as it was.</source>
        <translation>Geannuleerd: de atlas is zoals hij was.</translation>
    </message>
    <message>
        <source>Encrypt this atlas</source>
        <translation>Deze atlas versleutelen</translation>
    </message>
    <message>
        <source>Choose a passphrase. The atlas and its backups can then only be opened with it: without it the data cannot be recovered.</source>
        <translation>Kies een wachtwoord. De atlas en zijn reservekopieën zijn daarna alleen met dit wachtwoord te openen: zonder wachtwoord zijn de gegevens niet terug te halen.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Choose the new passphrase.</source>
        <translation>Kies het nieuwe wachtwoord.</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>Versleuteling opheffen</translation>
    </message>
    <message>
        <source>Store this atlas and its backups without encryption? Anyone with the file can then read the residents&apos; data.</source>
        <translation>Deze atlas en zijn reservekopieën onversleuteld opslaan? Iedereen met het bestand kan dan de gegevens van bewoners lezen.</translation>
    </message>
    <message>
        <source>Export everything about a person</source>
        <translation>Alles over een persoon exporteren</translation>
    </message>
    <message>
        <source>Whose data? The export holds nothing about anyone else.</source>
        <translation>Van wie? De export bevat niets over iemand anders.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Een persoon wissen</translation>
    </message>
    <message>
        <source>Erase a person completely: from every network, every note about them, the search index and the file itself. This cannot be undone.</source>
        <translation>Wis een persoon volledig: uit elk netwerk, elke notitie over hem of haar, de zoekindex en het bestand zelf. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>The person was erased.</source>
        <translation>De persoon is gewist.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) named them: the name was replaced and they are marked for review.</source>
        <translation>
            <numerusform>%n notitie noemde de persoon: de naam is vervangen en de notitie is gemarkeerd om na te kijken.</numerusform>
            <numerusform>%n notities noemden de persoon: de naam is vervangen en ze zijn gemarkeerd om na te kijken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasing them in the backups…</source>
        <translation>De persoon wordt nu ook uit de reservekopieën gewist…</translation>
    </message>
    <message numerus="yes">
        <source>Also erased from %n backup(s).</source>
        <translation>
            <numerusform>Ook gewist uit %n reservekopie.</numerusform>
            <numerusform>Ook gewist uit %n reservekopieën.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) could not be opened to erase them in, and were deleted.</source>
        <translation>
            <numerusform>%n reservekopie kon niet worden geopend om de persoon daarin te wissen, en is verwijderd.</numerusform>
            <numerusform>%n reservekopieën konden niet worden geopend om de persoon daarin te wissen, en zijn verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old copies of the pages stay in the atlas&apos;s journal until it is closed.</source>
        <translation>Oude kopieën van de gegevens blijven in het logbestand van de atlas tot die wordt gesloten.</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged copy/copies deleted.</source>
        <translation>
            <numerusform>%n beschadigde kopie verwijderd.</numerusform>
            <numerusform>%n beschadigde kopieën verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>Bewaartermijnen nakijken</translation>
    </message>
    <message numerus="yes">
        <source>Erased %n person(s).</source>
        <translation>
            <numerusform>%n persoon gewist.</numerusform>
            <numerusform>%n personen gewist.</numerusform>
        </translation>
    </message>
</context>
</TS>
