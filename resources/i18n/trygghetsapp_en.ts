<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>AreaListModel</name>
    <message>
        <location filename="../../trygghetsapp/ui/area_list.py" line="120"/>
        <source>Byar: %1</source>
        <translation>Villages: %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/area_list.py" line="122"/>
        <source>Trygghetspunkt: %1</source>
        <translation>Safety point: %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/area_list.py" line="135"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/area_list.py" line="135"/>
        <source>Beredskap</source>
        <translation>Readiness</translation>
    </message>
</context>
<context>
    <name>AreaListPanel</name>
    <message>
        <location filename="../../trygghetsapp/ui/area_list.py" line="147"/>
        <source>Sök område, by eller trygghetspunkt (Ctrl+F)</source>
        <translation>Search area, village or safety point (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/area_list.py" line="149"/>
        <source>Sök område</source>
        <translation>Search areas</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/area_list.py" line="158"/>
        <source>Områden</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/area_list.py" line="162"/>
        <source>Nytt område…</source>
        <translation>New area…</translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="47"/>
        <source>aldrig</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="49"/>
        <source>behöver testas</source>
        <translation>needs testing</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="54"/>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="98"/>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="55"/>
        <source>Kanal / nummer</source>
        <translation>Channel / number</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="57"/>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="101"/>
        <source>Fungerar utan ström</source>
        <translation>Works without power</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="58"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="58"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="61"/>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="102"/>
        <source>Senast testad</source>
        <translation>Last tested</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="66"/>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="103"/>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="71"/>
        <source>Informationskanaler</source>
        <translation>Information channels</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="76"/>
        <source>Ny kanal…</source>
        <translation>New channel…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="77"/>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="78"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="100"/>
        <source>Kanal / nummer / adress</source>
        <translation>Channel / number / address</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="115"/>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="123"/>
        <source>Ny kanal</source>
        <translation>New channel</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="140"/>
        <source>Ändra %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="148"/>
        <source>Ändra kanal</source>
        <translation>Edit channel</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/channels.py" line="161"/>
        <source>Ta bort %1</source>
        <translation>Delete %1</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="49"/>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="87"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="50"/>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="88"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="51"/>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="89"/>
        <source>Reservtelefon</source>
        <translation>Backup phone</translation>
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
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="54"/>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="90"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="59"/>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="65"/>
        <source>Ny kontakt…</source>
        <translation>New contact…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="66"/>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="67"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="92"/>
        <source>Kunskaper (kommaseparerade)</source>
        <translation>Skills (comma separated)</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="94"/>
        <source>Rättslig grund</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="96"/>
        <source>Granskas senast</source>
        <translation>Review by</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="97"/>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="109"/>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="117"/>
        <source>Ny kontakt</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="135"/>
        <source>Ändra %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="143"/>
        <source>Ändra kontakt</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/contacts.py" line="156"/>
        <source>Ta bort %1</source>
        <translation>Delete %1</translation>
    </message>
</context>
<context>
    <name>EquipmentTab</name>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="65"/>
        <source>aldrig kontrollerad</source>
        <translation>never checked</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="96"/>
        <source>Alla kategorier</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="99"/>
        <source>Filtrera på kategori</source>
        <translation>Filter by category</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="101"/>
        <source>Alla skick</source>
        <translation>All conditions</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="104"/>
        <source>Filtrera på skick</source>
        <translation>Filter by condition</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="107"/>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="197"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="112"/>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="201"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="114"/>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="202"/>
        <source>Antal</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="119"/>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="206"/>
        <source>Skick</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="124"/>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="210"/>
        <source>Plats</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="126"/>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="213"/>
        <source>Senast kontrollerad</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="131"/>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="215"/>
        <source>Nästa service / utgång</source>
        <translation>Next service / expiry</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="142"/>
        <source>Utrustning</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="148"/>
        <source>Ny utrustning…</source>
        <translation>New equipment…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="149"/>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="150"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="152"/>
        <source>Kategori:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="154"/>
        <source>Skick:</source>
        <translation>Condition:</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="182"/>
        <source>%1 st, %2 försenade</source>
        <translation>%1 items, %2 overdue</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="203"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="203"/>
        <source>st, liter, kg…</source>
        <translation>pcs, litres, kg…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="211"/>
        <source>Ägare</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="212"/>
        <source>Serienummer</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="214"/>
        <source>Kontrollintervall (dagar)</source>
        <translation>Check interval (days)</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="226"/>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="266"/>
        <source>Lägg först till en trygghetspunkt under fliken Trygghetspunkt.</source>
        <translation>First add a safety point on the Safety point tab.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="276"/>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="283"/>
        <source>Ny utrustning</source>
        <translation>New equipment</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="300"/>
        <source>Ändra %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="307"/>
        <source>Ändra utrustning</source>
        <translation>Edit equipment</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/equipment.py" line="319"/>
        <source>Ta bort %1</source>
        <translation>Delete %1</translation>
    </message>
</context>
<context>
    <name>InspectionTab</name>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="86"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="87"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="88"/>
        <source>Plats</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="90"/>
        <source>Skick förut</source>
        <translation>Condition before</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="93"/>
        <source>Senast kontrollerad</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="97"/>
        <source>Markering</source>
        <translation>Mark</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="98"/>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="122"/>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="112"/>
        <source>Inventeringslista</source>
        <translation>Inspection list</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="116"/>
        <source>Ditt namn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="117"/>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="134"/>
        <source>Inventerare</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="118"/>
        <source>Starta inventering</source>
        <translation>Start inspection</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="119"/>
        <source>Avsluta inventering</source>
        <translation>Finish inspection</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="121"/>
        <source>Anteckning för markerad rad (N), Enter sparar</source>
        <translation>Note for the selected row (N), Enter saves</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="127"/>
        <source>Tangenter: O/1 = OK, S/2 = behöver service, D/3 = trasig, M/4 = saknas, N = anteckning. Varje markering sparas direkt.</source>
        <translation>Keys: O/1 = OK, S/2 = needs service, D/3 = defect, M/4 = missing, N = note. Every mark is saved at once.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="134"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="134"/>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="136"/>
        <source>Tidigare inventeringar</source>
        <translation>Past inspections</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="141"/>
        <source>Inventerare:</source>
        <translation>Inspector:</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="145"/>
        <source>Pågående inventering</source>
        <translation>Current inspection</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="152"/>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="219"/>
        <source>Området har ingen trygghetspunkt att inventera.</source>
        <translation>The area has no safety point to inspect.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="223"/>
        <source>Inventering %1 av %2: %3 av %4 markerade.</source>
        <translation>Inspection %1 by %2: %3 of %4 marked.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/inspection.py" line="230"/>
        <source>Ingen inventering pågår. Skriv ditt namn och starta.</source>
        <translation>No inspection in progress. Type your name and start.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="102"/>
        <source>&amp;Trygghetspunkt</source>
        <translation>&amp;Safety point</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="103"/>
        <source>&amp;Utrustning</source>
        <translation>&amp;Equipment</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="104"/>
        <source>&amp;Kontakter</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="105"/>
        <source>&amp;Roller</source>
        <translation>&amp;Roles</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="106"/>
        <source>Informations&amp;kanaler</source>
        <translation>Information c&amp;hannels</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="107"/>
        <source>&amp;Inventering</source>
        <translation>&amp;Inspection</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="126"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="127"/>
        <source>Översikt – beredskap</source>
        <translation>Overview – readiness</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="139"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="143"/>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="149"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="151"/>
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="213"/>
        <source>Välj ett område i listan till vänster</source>
        <translation>Choose an area in the list on the left</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="240"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="241"/>
        <source>Byar (kommaseparerade)</source>
        <translation>Villages (comma separated)</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="249"/>
        <location filename="../../trygghetsapp/ui/main_window.py" line="257"/>
        <source>Nytt område</source>
        <translation>New area</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="326"/>
        <source>Läser in demodata…</source>
        <translation>Loading demo data…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="328"/>
        <source>Demodata inläst.</source>
        <translation>Demo data loaded.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="335"/>
        <source>Importera JSON-fil</source>
        <translation>Import JSON file</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="335"/>
        <source>JSON-filer (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="345"/>
        <source>Importerar %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="347"/>
        <source>Importen är klar.</source>
        <translation>The import is done.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/main_window.py" line="360"/>
        <source>Avbrutet – inget ändrades.</source>
        <translation>Cancelled – nothing was changed.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="74"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="76"/>
        <source>Beredskap</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="86"/>
        <source>Trygghets-
punkt</source>
        <translation>Safety
point</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="87"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="87"/>
        <source>saknas</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="91"/>
        <source>Roller utan
ordinarie</source>
        <translation>Roles without
holder</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="97"/>
        <source>Kritiska utan
ersättare</source>
        <translation>Critical without
deputy</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="103"/>
        <source>Trasigt</source>
        <translation>Defect</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="109"/>
        <source>Saknas</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="115"/>
        <source>Försenad
kontroll</source>
        <translation>Overdue
check</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="121"/>
        <source>Dagar sedan
inventering</source>
        <translation>Days since
inspection</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="123"/>
        <source>aldrig</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="133"/>
        <source>Kanaler
ej testade</source>
        <translation>Channels
untested</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="144"/>
        <source>Beredskapsöversikt</source>
        <translation>Readiness overview</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="154"/>
        <source>Filtrera på områdesnamn</source>
        <translation>Filter by area name</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="156"/>
        <source>Filtrera översikten</source>
        <translation>Filter the overview</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="163"/>
        <source>Dubbelklicka (eller Enter) på en brist för att öppna den i området.</source>
        <translation>Double-click (or Enter) a gap to open it in its area.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="187"/>
        <source>Beräknar översikten…</source>
        <translation>Computing the overview…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="217"/>
        <source>Översikten kunde inte beräknas; se loggfilen.</source>
        <translation>The overview could not be computed; see the log file.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/overview.py" line="251"/>
        <source>%1 områden: %2 redo, %3 med brister, %4 kritiska</source>
        <translation>%1 areas: %2 ready, %3 with gaps, %4 critical</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../trygghetsapp/ui/dialogs.py" line="52"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/dialogs.py" line="53"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="44"/>
        <source>Roller</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="52"/>
        <source>Välj ordinarie och ersättare bland områdets kontakter. Kritiska roller (★) behöver minst en ersättare.</source>
        <translation>Choose the holder and deputies from the area&apos;s contacts. Critical roles (★) need at least one deputy.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="65"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="67"/>
        <source>Kritisk</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="95"/>
        <source>– ingen –</source>
        <translation>– nobody –</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="107"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="107"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="115"/>
        <source>Saknar ordinarie</source>
        <translation>No holder</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="117"/>
        <source>Kritisk roll utan ersättare</source>
        <translation>Critical role without deputy</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="122"/>
        <source>Bemannad</source>
        <translation>Staffed</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/roles.py" line="143"/>
        <source>Bemanna %1</source>
        <translation>Staff %1</translation>
    </message>
</context>
<context>
    <name>SafetyPointTab</name>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="48"/>
        <source>Områdets namn</source>
        <translation>Area name</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="49"/>
        <source>Byar (kommaseparerade)</source>
        <translation>Villages (comma separated)</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="50"/>
        <source>Invånare</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="51"/>
        <source>Lokal grupp / förening</source>
        <translation>Local group / association</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="56"/>
        <source>Välj trygghetspunkt</source>
        <translation>Choose safety point</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="57"/>
        <source>Lägg till trygghetspunkt…</source>
        <translation>Add safety point…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="59"/>
        <source>Området har ingen trygghetspunkt än. Lägg till en för att börja inventera.</source>
        <translation>The area has no safety point yet. Add one to start the inventory.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="62"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="64"/>
        <source>Trygghetspunkt</source>
        <translation>Safety point</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="92"/>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="204"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="94"/>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="206"/>
        <source>Typ av lokal</source>
        <translation>Kind of premises</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="96"/>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="208"/>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="97"/>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="100"/>
        <source>Det punkten erbjuder</source>
        <translation>What the point offers</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="104"/>
        <source>Reservkraft</source>
        <translation>Reserve power</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="108"/>
        <source>Om reservkraften</source>
        <translation>About the reserve power</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="109"/>
        <source>Värme</source>
        <translation>Heating</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="110"/>
        <source>Vatten</source>
        <translation>Water</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="111"/>
        <source>Nyckel finns hos</source>
        <translation>Key held by</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="112"/>
        <source>Platser dagtid</source>
        <translation>Places by day</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="113"/>
        <source>Platser natt</source>
        <translation>Places at night</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="114"/>
        <source>Tillträde</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="115"/>
        <source>Öppningsrutin</source>
        <translation>Opening routine</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="116"/>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="187"/>
        <source>Ändra %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="215"/>
        <location filename="../../trygghetsapp/ui/tabs/safety_point.py" line="221"/>
        <source>Ny trygghetspunkt</source>
        <translation>New safety point</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="37"/>
        <source>Nytt område…</source>
        <translation>New area…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="38"/>
        <source>Läs in demodata…</source>
        <translation>Load demo data…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="39"/>
        <source>Importera JSON-fil…</source>
        <translation>Import JSON file…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="42"/>
        <source>Avsluta</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="47"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="50"/>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="53"/>
        <source>Ny post i fliken</source>
        <translation>New record in this tab</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="56"/>
        <source>Ändra markerad</source>
        <translation>Edit selected</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="59"/>
        <source>Ta bort markerad…</source>
        <translation>Delete selected…</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="64"/>
        <source>Sök område</source>
        <translation>Search areas</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="67"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="68"/>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/actions.py" line="71"/>
        <source>Systemets språk</source>
        <translation>System language</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../trygghetsapp/app.py" line="73"/>
        <source>Trygghetsapp är redan öppet med den här databasen (%1). Byt till det fönstret; två fönster på samma databas går inte.</source>
        <translation>Trygghetsapp is already open with this database (%1). Switch to that window; two windows on the same database are not possible.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/app.py" line="88"/>
        <source>Databasen kunde inte öppnas: %1 (detaljer i %2)</source>
        <translation>The database could not be opened: %1 (details in %2)</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../trygghetsapp/ui/dialogs.py" line="81"/>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/dialogs.py" line="82"/>
        <source>Ta bort %1? Du kan ångra med Ctrl+Z.</source>
        <translation>Delete %1? You can undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../trygghetsapp/ui/errors.py" line="53"/>
        <source>Något gick fel och ändringen kunde inte sparas. Försök igen; detaljerna finns i loggfilen.</source>
        <translation>Something went wrong and the change could not be saved. Please try again; the details are in the log file.</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/errors.py" line="66"/>
        <source>Logg: </source>
        <translation>Log: </translation>
    </message>
</context>
<context>
    <name>readiness</name>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="20"/>
        <source>Redo</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="21"/>
        <source>Brister</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="22"/>
        <source>Kritiskt</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="42"/>
        <source>Ingen trygghetspunkt</source>
        <translation>No safety point</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="48"/>
        <source>Roller utan ordinarie: %1</source>
        <translation>Roles without holder: %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="58"/>
        <source>Kritiska roller utan ersättare: %1</source>
        <translation>Critical roles without deputy: %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="68"/>
        <source>Trasig utrustning: %1</source>
        <translation>Defect equipment: %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="78"/>
        <source>Saknad utrustning: %1</source>
        <translation>Missing equipment: %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="88"/>
        <source>Försenade kontroller: %1</source>
        <translation>Overdue checks: %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="94"/>
        <source>Aldrig inventerad</source>
        <translation>Never inspected</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="100"/>
        <source>Dagar sedan senaste inventering: %1</source>
        <translation>Days since the last inspection: %1</translation>
    </message>
    <message>
        <location filename="../../trygghetsapp/ui/readiness.py" line="110"/>
        <source>Kanaler som inte testats: %1</source>
        <translation>Untested channels: %1</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../trygghetsapp/ui/tasks.py" line="120"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
