<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="sv_SE">
<context>
    <name>AreaListModel</name>
    <message>
        <location filename="../../trygghetsapp/ui/area_list.py" line="120"/>
        <source>Byar: %1</source>
        <translation>Byar: %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/area_list.py" line="122"/>
        <source>Trygghetspunkt: %1</source>
        <translation>Trygghetspunkt: %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/area_list.py" line="135"/>
        <source>Område</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/area_list.py" line="135"/>
        <source>Beredskap</source>
        <translation>Beredskap</translation>
    </message>
</context>
<context>
    <name>AreaListPanel</name>
    <message>
        <location filename="../../trygghetsapp/ui/area_list.py" line="147"/>
        <source>Sök område, by eller trygghetspunkt (Ctrl+F)</source>
        <translation>Sök område, by eller trygghetspunkt (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/area_list.py" line="149"/>
        <source>Sök område</source>
        <translation>Sök område</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/area_list.py" line="158"/>
        <source>Områden</source>
        <translation>Områden</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/area_list.py" line="162"/>
        <source>Nytt område…</source>
        <translation>Nytt område…</translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="47"/>
        <source>aldrig</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="49"/>
        <source>behöver testas</source>
        <translation>behöver testas</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="54"/>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="98"/>
        <source>Typ</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="55"/>
        <source>Kanal / nummer</source>
        <translation>Kanal / nummer</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="57"/>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="101"/>
        <source>Fungerar utan ström</source>
        <translation>Fungerar utan ström</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="58"/>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="58"/>
        <source>nej</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="61"/>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="102"/>
        <source>Senast testad</source>
        <translation>Senast testad</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="66"/>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="103"/>
        <source>Anteckningar</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="71"/>
        <source>Informationskanaler</source>
        <translation>Informationskanaler</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="76"/>
        <source>Ny kanal…</source>
        <translation>Ny kanal…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="77"/>
        <source>Ändra…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="78"/>
        <source>Ta bort</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="100"/>
        <source>Kanal / nummer / adress</source>
        <translation>Kanal / nummer / adress</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="115"/>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="123"/>
        <source>Ny kanal</source>
        <translation>Ny kanal</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="140"/>
        <source>Ändra %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="148"/>
        <source>Ändra kanal</source>
        <translation>Ändra kanal</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="161"/>
        <source>Ta bort %1</source>
        <translation>Ta bort %1</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="49"/>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="87"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="50"/>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="88"/>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="51"/>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="89"/>
        <source>Reservtelefon</source>
        <translation>Reservtelefon</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="52"/>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="91"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="53"/>
        <source>Kunskaper</source>
        <translation>Kunskaper</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="54"/>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="90"/>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="59"/>
        <source>Kontakter</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="65"/>
        <source>Ny kontakt…</source>
        <translation>Ny kontakt…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="66"/>
        <source>Ändra…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="67"/>
        <source>Ta bort</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="92"/>
        <source>Kunskaper (kommaseparerade)</source>
        <translation>Kunskaper (kommaseparerade)</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="94"/>
        <source>Rättslig grund</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="96"/>
        <source>Granskas senast</source>
        <translation>Granskas senast</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="97"/>
        <source>Anteckningar</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="109"/>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="117"/>
        <source>Ny kontakt</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="135"/>
        <source>Ändra %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="143"/>
        <source>Ändra kontakt</source>
        <translation>Ändra kontakt</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="156"/>
        <source>Ta bort %1</source>
        <translation>Ta bort %1</translation>
    </message>
</context>
<context>
    <name>EquipmentTab</name>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="65"/>
        <source>aldrig kontrollerad</source>
        <translation>aldrig kontrollerad</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="96"/>
        <source>Alla kategorier</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="99"/>
        <source>Filtrera på kategori</source>
        <translation>Filtrera på kategori</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="101"/>
        <source>Alla skick</source>
        <translation>Alla skick</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="104"/>
        <source>Filtrera på skick</source>
        <translation>Filtrera på skick</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="107"/>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="197"/>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="112"/>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="201"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="114"/>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="202"/>
        <source>Antal</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="119"/>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="206"/>
        <source>Skick</source>
        <translation>Skick</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="124"/>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="210"/>
        <source>Plats</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="126"/>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="213"/>
        <source>Senast kontrollerad</source>
        <translation>Senast kontrollerad</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="131"/>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="215"/>
        <source>Nästa service / utgång</source>
        <translation>Nästa service / utgång</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="142"/>
        <source>Utrustning</source>
        <translation>Utrustning</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="148"/>
        <source>Ny utrustning…</source>
        <translation>Ny utrustning…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="149"/>
        <source>Ändra…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="150"/>
        <source>Ta bort</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="152"/>
        <source>Kategori:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="154"/>
        <source>Skick:</source>
        <translation>Skick:</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="182"/>
        <source>%1 st, %2 försenade</source>
        <translation>%1 st, %2 försenade</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="203"/>
        <source>Enhet</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="203"/>
        <source>st, liter, kg…</source>
        <translation>st, liter, kg…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="211"/>
        <source>Ägare</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="212"/>
        <source>Serienummer</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="214"/>
        <source>Kontrollintervall (dagar)</source>
        <translation>Kontrollintervall (dagar)</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="226"/>
        <source>Anteckningar</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="266"/>
        <source>Lägg först till en trygghetspunkt under fliken Trygghetspunkt.</source>
        <translation>Lägg först till en trygghetspunkt under fliken Trygghetspunkt.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="276"/>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="283"/>
        <source>Ny utrustning</source>
        <translation>Ny utrustning</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="300"/>
        <source>Ändra %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="307"/>
        <source>Ändra utrustning</source>
        <translation>Ändra utrustning</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="319"/>
        <source>Ta bort %1</source>
        <translation>Ta bort %1</translation>
    </message>
</context>
<context>
    <name>InspectionTab</name>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="86"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="87"/>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="88"/>
        <source>Plats</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="90"/>
        <source>Skick förut</source>
        <translation>Skick förut</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="93"/>
        <source>Senast kontrollerad</source>
        <translation>Senast kontrollerad</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="97"/>
        <source>Markering</source>
        <translation>Markering</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="98"/>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="122"/>
        <source>Anteckning</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="112"/>
        <source>Inventeringslista</source>
        <translation>Inventeringslista</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="116"/>
        <source>Ditt namn</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="117"/>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="134"/>
        <source>Inventerare</source>
        <translation>Inventerare</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="118"/>
        <source>Starta inventering</source>
        <translation>Starta inventering</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="119"/>
        <source>Avsluta inventering</source>
        <translation>Avsluta inventering</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="121"/>
        <source>Anteckning för markerad rad (N), Enter sparar</source>
        <translation>Anteckning för markerad rad (N), Enter sparar</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="127"/>
        <source>Tangenter: O/1 = OK, S/2 = behöver service, D/3 = trasig, M/4 = saknas, N = anteckning. Varje markering sparas direkt.</source>
        <translation>Tangenter: O/1 = OK, S/2 = behöver service, D/3 = trasig, M/4 = saknas, N = anteckning. Varje markering sparas direkt.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="134"/>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="134"/>
        <source>Resultat</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="136"/>
        <source>Tidigare inventeringar</source>
        <translation>Tidigare inventeringar</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="141"/>
        <source>Inventerare:</source>
        <translation>Inventerare:</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="145"/>
        <source>Pågående inventering</source>
        <translation>Pågående inventering</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="152"/>
        <source>Historik</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="219"/>
        <source>Området har ingen trygghetspunkt att inventera.</source>
        <translation>Området har ingen trygghetspunkt att inventera.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="223"/>
        <source>Inventering %1 av %2: %3 av %4 markerade.</source>
        <translation>Inventering %1 av %2: %3 av %4 markerade.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="230"/>
        <source>Ingen inventering pågår. Skriv ditt namn och starta.</source>
        <translation>Ingen inventering pågår. Skriv ditt namn och starta.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="102"/>
        <source>&amp;Trygghetspunkt</source>
        <translation>&amp;Trygghetspunkt</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="103"/>
        <source>&amp;Utrustning</source>
        <translation>&amp;Utrustning</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="104"/>
        <source>&amp;Kontakter</source>
        <translation>&amp;Kontakter</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="105"/>
        <source>&amp;Roller</source>
        <translation>&amp;Roller</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="106"/>
        <source>Informations&amp;kanaler</source>
        <translation>Informations&amp;kanaler</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="107"/>
        <source>&amp;Inventering</source>
        <translation>&amp;Inventering</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="126"/>
        <source>Område</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="127"/>
        <source>Översikt – beredskap</source>
        <translation>Översikt – beredskap</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="139"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="143"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="149"/>
        <source>&amp;Visa</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="151"/>
        <source>&amp;Språk</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="213"/>
        <source>Välj ett område i listan till vänster</source>
        <translation>Välj ett område i listan till vänster</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="240"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="241"/>
        <source>Byar (kommaseparerade)</source>
        <translation>Byar (kommaseparerade)</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="249"/>
        <location filename="../../trygghetsapp/ui/main_window.py" line="257"/>
        <source>Nytt område</source>
        <translation>Nytt område</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="326"/>
        <source>Läser in demodata…</source>
        <translation>Läser in demodata…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="328"/>
        <source>Demodata inläst.</source>
        <translation>Demodata inläst.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="335"/>
        <source>Importera JSON-fil</source>
        <translation>Importera JSON-fil</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="335"/>
        <source>JSON-filer (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="345"/>
        <source>Importerar %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="347"/>
        <source>Importen är klar.</source>
        <translation>Importen är klar.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="360"/>
        <source>Avbrutet – inget ändrades.</source>
        <translation>Avbrutet – inget ändrades.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="74"/>
        <source>Område</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="76"/>
        <source>Beredskap</source>
        <translation>Beredskap</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="86"/>
        <source>Trygghets-
punkt</source>
        <translation>Trygghets-
punkt</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="87"/>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="87"/>
        <source>saknas</source>
        <translation>saknas</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="91"/>
        <source>Roller utan
ordinarie</source>
        <translation>Roller utan
ordinarie</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="97"/>
        <source>Kritiska utan
ersättare</source>
        <translation>Kritiska utan
ersättare</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="103"/>
        <source>Trasigt</source>
        <translation>Trasigt</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="109"/>
        <source>Saknas</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="115"/>
        <source>Försenad
kontroll</source>
        <translation>Försenad
kontroll</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="121"/>
        <source>Dagar sedan
inventering</source>
        <translation>Dagar sedan
inventering</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="123"/>
        <source>aldrig</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="133"/>
        <source>Kanaler
ej testade</source>
        <translation>Kanaler
ej testade</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="144"/>
        <source>Beredskapsöversikt</source>
        <translation>Beredskapsöversikt</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="154"/>
        <source>Filtrera på områdesnamn</source>
        <translation>Filtrera på områdesnamn</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="156"/>
        <source>Filtrera översikten</source>
        <translation>Filtrera översikten</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="163"/>
        <source>Dubbelklicka (eller Enter) på en brist för att öppna den i området.</source>
        <translation>Dubbelklicka (eller Enter) på en brist för att öppna den i området.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="187"/>
        <source>Beräknar översikten…</source>
        <translation>Beräknar översikten…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="217"/>
        <source>Översikten kunde inte beräknas; se loggfilen.</source>
        <translation>Översikten kunde inte beräknas; se loggfilen.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="251"/>
        <source>%1 områden: %2 redo, %3 med brister, %4 kritiska</source>
        <translation>%1 områden: %2 redo, %3 med brister, %4 kritiska</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../trygghetsapp/ui/dialogs.py" line="52"/>
        <source>Spara</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/dialogs.py" line="53"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="44"/>
        <source>Roller</source>
        <translation>Roller</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="52"/>
        <source>Välj ordinarie och ersättare bland områdets kontakter. Kritiska roller (★) behöver minst en ersättare.</source>
        <translation>Välj ordinarie och ersättare bland områdets kontakter. Kritiska roller (★) behöver minst en ersättare.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="65"/>
        <source>Roll</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="67"/>
        <source>Kritisk</source>
        <translation>Kritisk</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="95"/>
        <source>– ingen –</source>
        <translation>– ingen –</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="107"/>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="107"/>
        <source>nej</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="115"/>
        <source>Saknar ordinarie</source>
        <translation>Saknar ordinarie</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="117"/>
        <source>Kritisk roll utan ersättare</source>
        <translation>Kritisk roll utan ersättare</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="122"/>
        <source>Bemannad</source>
        <translation>Bemannad</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="143"/>
        <source>Bemanna %1</source>
        <translation>Bemanna %1</translation>
    </message>
</context>
<context>
    <name>SafetyPointTab</name>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="48"/>
        <source>Områdets namn</source>
        <translation>Områdets namn</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="49"/>
        <source>Byar (kommaseparerade)</source>
        <translation>Byar (kommaseparerade)</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="50"/>
        <source>Invånare</source>
        <translation>Invånare</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="51"/>
        <source>Lokal grupp / förening</source>
        <translation>Lokal grupp / förening</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="56"/>
        <source>Välj trygghetspunkt</source>
        <translation>Välj trygghetspunkt</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="57"/>
        <source>Lägg till trygghetspunkt…</source>
        <translation>Lägg till trygghetspunkt…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="59"/>
        <source>Området har ingen trygghetspunkt än. Lägg till en för att börja inventera.</source>
        <translation>Området har ingen trygghetspunkt än. Lägg till en för att börja inventera.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="62"/>
        <source>Område</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="64"/>
        <source>Trygghetspunkt</source>
        <translation>Trygghetspunkt</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="92"/>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="204"/>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="94"/>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="206"/>
        <source>Typ av lokal</source>
        <translation>Typ av lokal</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="96"/>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="208"/>
        <source>Adress</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="97"/>
        <source>Nivå</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="100"/>
        <source>Det punkten erbjuder</source>
        <translation>Det punkten erbjuder</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="104"/>
        <source>Reservkraft</source>
        <translation>Reservkraft</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="108"/>
        <source>Om reservkraften</source>
        <translation>Om reservkraften</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="109"/>
        <source>Värme</source>
        <translation>Värme</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="110"/>
        <source>Vatten</source>
        <translation>Vatten</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="111"/>
        <source>Nyckel finns hos</source>
        <translation>Nyckel finns hos</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="112"/>
        <source>Platser dagtid</source>
        <translation>Platser dagtid</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="113"/>
        <source>Platser natt</source>
        <translation>Platser natt</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="114"/>
        <source>Tillträde</source>
        <translation>Tillträde</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="115"/>
        <source>Öppningsrutin</source>
        <translation>Öppningsrutin</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="116"/>
        <source>Anteckningar</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="187"/>
        <source>Ändra %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="215"/>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="221"/>
        <source>Ny trygghetspunkt</source>
        <translation>Ny trygghetspunkt</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="37"/>
        <source>Nytt område…</source>
        <translation>Nytt område…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="38"/>
        <source>Läs in demodata…</source>
        <translation>Läs in demodata…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="39"/>
        <source>Importera JSON-fil…</source>
        <translation>Importera JSON-fil…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="42"/>
        <source>Avsluta</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="47"/>
        <source>Ångra</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="50"/>
        <source>Gör om</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="53"/>
        <source>Ny post i fliken</source>
        <translation>Ny post i fliken</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="56"/>
        <source>Ändra markerad</source>
        <translation>Ändra markerad</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="59"/>
        <source>Ta bort markerad…</source>
        <translation>Ta bort markerad…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="64"/>
        <source>Sök område</source>
        <translation>Sök område</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="67"/>
        <source>Område</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="68"/>
        <source>Översikt</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="71"/>
        <source>Systemets språk</source>
        <translation>Systemets språk</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../trygghetsapp/app.py" line="73"/>
        <source>Trygghetsapp är redan öppet med den här databasen (%1). Byt till det fönstret; två fönster på samma databas går inte.</source>
        <translation>Trygghetsapp är redan öppet med den här databasen (%1). Byt till det fönstret; två fönster på samma databas går inte.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/app.py" line="88"/>
        <source>Databasen kunde inte öppnas: %1 (detaljer i %2)</source>
        <translation>Databasen kunde inte öppnas: %1 (detaljer i %2)</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../trygghetsapp/ui/dialogs.py" line="81"/>
        <source>Ta bort</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/dialogs.py" line="82"/>
        <source>Ta bort %1? Du kan ångra med Ctrl+Z.</source>
        <translation>Ta bort %1? Du kan ångra med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../trygghetsapp/ui/errors.py" line="53"/>
        <source>Något gick fel och ändringen kunde inte sparas. Försök igen; detaljerna finns i loggfilen.</source>
        <translation>Något gick fel och ändringen kunde inte sparas. Försök igen; detaljerna finns i loggfilen.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/errors.py" line="66"/>
        <source>Logg: </source>
        <translation>Logg: </translation>
    </message>
</context>
<context>
    <name>readiness</name>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="20"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="21"/>
        <source>Brister</source>
        <translation>Brister</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="22"/>
        <source>Kritiskt</source>
        <translation>Kritiskt</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="42"/>
        <source>Ingen trygghetspunkt</source>
        <translation>Ingen trygghetspunkt</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="48"/>
        <source>Roller utan ordinarie: %1</source>
        <translation>Roller utan ordinarie: %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="58"/>
        <source>Kritiska roller utan ersättare: %1</source>
        <translation>Kritiska roller utan ersättare: %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="68"/>
        <source>Trasig utrustning: %1</source>
        <translation>Trasig utrustning: %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="78"/>
        <source>Saknad utrustning: %1</source>
        <translation>Saknad utrustning: %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="88"/>
        <source>Försenade kontroller: %1</source>
        <translation>Försenade kontroller: %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="94"/>
        <source>Aldrig inventerad</source>
        <translation>Aldrig inventerad</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="100"/>
        <source>Dagar sedan senaste inventering: %1</source>
        <translation>Dagar sedan senaste inventering: %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="110"/>
        <source>Kanaler som inte testats: %1</source>
        <translation>Kanaler som inte testats: %1</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../trygghetsapp/ui/tasks.py" line="120"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
</TS>
