<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>AreaListModel</name>
    <message>
        <source>Byar: %1</source>
        <translation>Villages: %1</translation>
    </message>
    <message>
        <source>Trygghetspunkt: %1</source>
        <translation>Safety point: %1</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Beredskap</source>
        <translation>Readiness</translation>
    </message>
</context>
<context>
    <name>AreaListPanel</name>
    <message>
        <source>Sök område, by eller trygghetspunkt (Ctrl+F)</source>
        <translation>Search area, village or safety point (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sök område</source>
        <translation>Search areas</translation>
    </message>
    <message>
        <source>Områden</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Nytt område…</source>
        <translation>New area…</translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <source>aldrig</source>
        <translation>never</translation>
    </message>
    <message>
        <source>behöver testas</source>
        <translation>needs testing</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Kanal / nummer</source>
        <translation>Channel / number</translation>
    </message>
    <message>
        <source>Fungerar utan ström</source>
        <translation>Works without power</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Senast testad</source>
        <translation>Last tested</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Informationskanaler</source>
        <translation>Information channels</translation>
    </message>
    <message>
        <source>Ny kanal…</source>
        <translation>New channel…</translation>
    </message>
    <message>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Kanal / nummer / adress</source>
        <translation>Channel / number / address</translation>
    </message>
    <message>
        <source>Ny kanal</source>
        <translation>New channel</translation>
    </message>
    <message>
        <source>Ändra %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Ändra kanal</source>
        <translation>Edit channel</translation>
    </message>
    <message>
        <source>Ta bort %1</source>
        <translation>Delete %1</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Reservtelefon</source>
        <translation>Backup phone</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kunskaper</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Ny kontakt…</source>
        <translation>New contact…</translation>
    </message>
    <message>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Kunskaper (kommaseparerade)</source>
        <translation>Skills (comma separated)</translation>
    </message>
    <message>
        <source>Rättslig grund</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Granskas senast</source>
        <translation>Review by</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ny kontakt</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Ändra %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Ändra kontakt</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>Ta bort %1</source>
        <translation>Delete %1</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>Databasen är skadad och har inte ändrats.</source>
        <translation>The database is damaged and has not been changed.</translation>
    </message>
    <message>
        <source>Den senaste hela säkerhetskopian är från %1. Återställ den? Den skadade filen sparas bredvid, så att kommunens kontor kan undersöka den. Det som ändrats efter säkerhetskopian finns inte med.</source>
        <translation>The newest good backup is from %1. Restore it? The damaged file is kept alongside so that the municipality&apos;s office can examine it. Changes made after the backup are not included.</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Ingen hel säkerhetskopia finns. Kontakta kommunens kontor; den skadade filen lämnas orörd.</source>
        <translation>There is no good backup. Contact the municipality&apos;s office; the damaged file is left untouched.</translation>
    </message>
    <message>
        <source>Avsluta</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>EquipmentTab</name>
    <message>
        <source>aldrig kontrollerad</source>
        <translation>never checked</translation>
    </message>
    <message>
        <source>Alla kategorier</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Filtrera på kategori</source>
        <translation>Filter by category</translation>
    </message>
    <message>
        <source>Alla skick</source>
        <translation>All conditions</translation>
    </message>
    <message>
        <source>Filtrera på skick</source>
        <translation>Filter by condition</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Skick</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Senast kontrollerad</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <source>Nästa service / utgång</source>
        <translation>Next service / expiry</translation>
    </message>
    <message>
        <source>Utrustning</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Ny utrustning…</source>
        <translation>New equipment…</translation>
    </message>
    <message>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Kategori:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Skick:</source>
        <translation>Condition:</translation>
    </message>
    <message>
        <source>%1 st, %2 försenade</source>
        <translation>%1 items, %2 overdue</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>st, liter, kg…</source>
        <translation>pcs, litres, kg…</translation>
    </message>
    <message>
        <source>Ägare</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Serienummer</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Kontrollintervall (dagar)</source>
        <translation>Check interval (days)</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Trygghetspunkt</source>
        <translation>Safety point</translation>
    </message>
    <message>
        <source>Lägg först till en trygghetspunkt under fliken Trygghetspunkt.</source>
        <translation>First add a safety point on the Safety point tab.</translation>
    </message>
    <message>
        <source>Ny utrustning</source>
        <translation>New equipment</translation>
    </message>
    <message>
        <source>Ändra %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Ändra utrustning</source>
        <translation>Edit equipment</translation>
    </message>
    <message>
        <source>Ta bort %1</source>
        <translation>Delete %1</translation>
    </message>
</context>
<context>
    <name>InspectionTab</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Skick förut</source>
        <translation>Condition before</translation>
    </message>
    <message>
        <source>Senast kontrollerad</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <source>Markering</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Inventeringslista</source>
        <translation>Inspection list</translation>
    </message>
    <message>
        <source>Ditt namn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Inventerare</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Starta inventering</source>
        <translation>Start inspection</translation>
    </message>
    <message>
        <source>Avsluta inventering</source>
        <translation>Finish inspection</translation>
    </message>
    <message>
        <source>Anteckning för markerad rad (N), Enter sparar</source>
        <translation>Note for the selected row (N), Enter saves</translation>
    </message>
    <message>
        <source>Tangenter: O/1 = OK, S/2 = behöver service, D/3 = trasig, M/4 = saknas, N = anteckning. Varje markering sparas direkt.</source>
        <translation>Keys: O/1 = OK, S/2 = needs service, D/3 = defect, M/4 = missing, N = note. Every mark is saved at once.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Tidigare inventeringar</source>
        <translation>Past inspections</translation>
    </message>
    <message>
        <source>Trygghetspunkt att inventera</source>
        <translation>Safety point to inspect</translation>
    </message>
    <message>
        <source>Inventerare:</source>
        <translation>Inspector:</translation>
    </message>
    <message>
        <source>Pågående inventering</source>
        <translation>Current inspection</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Området har ingen trygghetspunkt att inventera.</source>
        <translation>The area has no safety point to inspect.</translation>
    </message>
    <message>
        <source>Inventering %1 av %2: %3 av %4 markerade.</source>
        <translation>Inspection %1 by %2: %3 of %4 marked.</translation>
    </message>
    <message>
        <source>Ingen inventering pågår. Skriv ditt namn och starta.</source>
        <translation>No inspection in progress. Type your name and start.</translation>
    </message>
    <message>
        <source>Markera %1</source>
        <translation>Mark %1</translation>
    </message>
    <message>
        <source>%1 saker är inte markerade och behåller sitt skick och datum. Avsluta ändå?</source>
        <translation>%1 items are not marked and keep their condition and date. Finish anyway?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Trygghetspunkt</source>
        <translation>&amp;Safety point</translation>
    </message>
    <message>
        <source>&amp;Utrustning</source>
        <translation>&amp;Equipment</translation>
    </message>
    <message>
        <source>&amp;Kontakter</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>&amp;Roller</source>
        <translation>&amp;Roles</translation>
    </message>
    <message>
        <source>Informations&amp;kanaler</source>
        <translation>Information c&amp;hannels</translation>
    </message>
    <message>
        <source>&amp;Inventering</source>
        <translation>&amp;Inspection</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Översikt – beredskap</source>
        <translation>Overview – readiness</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Ångra %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Gör om %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Välj ett område i listan till vänster</source>
        <translation>Choose an area in the list on the left</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Byar (kommaseparerade)</source>
        <translation>Villages (comma separated)</translation>
    </message>
    <message>
        <source>Nytt område</source>
        <translation>New area</translation>
    </message>
    <message>
        <source>Ta bort %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Läser in demodata…</source>
        <translation>Loading demo data…</translation>
    </message>
    <message>
        <source>Demodata inläst.</source>
        <translation>Demo data loaded.</translation>
    </message>
    <message>
        <source>Importera JSON-fil</source>
        <translation>Import JSON file</translation>
    </message>
    <message>
        <source>JSON-filer (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Importerar %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Importen är klar.</source>
        <translation>The import is done.</translation>
    </message>
    <message>
        <source>Avbrutet – inget ändrades.</source>
        <translation>Cancelled – nothing was changed.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Beredskap</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Trygghets-
punkt</source>
        <translation>Safety
point</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>saknas</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Roller utan
ordinarie</source>
        <translation>Roles without
holder</translation>
    </message>
    <message>
        <source>Kritiska utan
ersättare</source>
        <translation>Critical without
deputy</translation>
    </message>
    <message>
        <source>Trasigt</source>
        <translation>Defect</translation>
    </message>
    <message>
        <source>Saknas</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Försenad
kontroll</source>
        <translation>Overdue
check</translation>
    </message>
    <message>
        <source>Dagar sedan
inventering</source>
        <translation>Days since
inspection</translation>
    </message>
    <message>
        <source>aldrig</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Kanaler
ej testade</source>
        <translation>Channels
untested</translation>
    </message>
    <message>
        <source>Beredskapsöversikt</source>
        <translation>Readiness overview</translation>
    </message>
    <message>
        <source>Filtrera på områdesnamn</source>
        <translation>Filter by area name</translation>
    </message>
    <message>
        <source>Filtrera översikten</source>
        <translation>Filter the overview</translation>
    </message>
    <message>
        <source>Dubbelklicka (eller Enter) på en brist för att öppna den i området.</source>
        <translation>Double-click (or Enter) a gap to open it in its area.</translation>
    </message>
    <message>
        <source>Beräknar översikten…</source>
        <translation>Computing the overview…</translation>
    </message>
    <message>
        <source>Översikten kunde inte beräknas; se loggfilen.</source>
        <translation>The overview could not be computed; see the log file.</translation>
    </message>
    <message>
        <source>%1 områden: %2 redo, %3 med brister, %4 kritiska</source>
        <translation>%1 areas: %2 ready, %3 with gaps, %4 critical</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <source>Kontakter att granska (personuppgifter)</source>
        <translation>Contacts to review (personal data)</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Granskas senast</source>
        <translation>Review by</translation>
    </message>
    <message>
        <source>inget datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Dagar över</source>
        <translation>Days over</translation>
    </message>
    <message>
        <source>Kontakter att granska</source>
        <translation>Contacts to review</translation>
    </message>
    <message>
        <source>Letar efter kontakter att granska…</source>
        <translation>Looking for contacts to review…</translation>
    </message>
    <message>
        <source>Ingen kontakt har passerat sitt granskningsdatum.</source>
        <translation>No contact is past their review date.</translation>
    </message>
    <message>
        <source>%1 kontakter har passerat sitt granskningsdatum eller saknar ett. Gå igenom dem med personen (behövs uppgifterna fortfarande?). Dubbelklicka för att öppna.</source>
        <translation>%1 contacts are past their review date or have none. Go through them with the person (are the details still needed?). Double-click to open.</translation>
    </message>
    <message>
        <source>Listan kunde inte tas fram; se loggfilen.</source>
        <translation>The list could not be made; see the log file.</translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <source>Roller</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Välj ordinarie och ersättare bland områdets kontakter. Kritiska roller (★) behöver minst en ersättare.</source>
        <translation>Choose the holder and deputies from the area&apos;s contacts. Critical roles (★) need at least one deputy.</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kritisk</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>– ingen –</source>
        <translation>– nobody –</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Saknar ordinarie</source>
        <translation>No holder</translation>
    </message>
    <message>
        <source>Kritisk roll utan ersättare</source>
        <translation>Critical role without deputy</translation>
    </message>
    <message>
        <source>Bemannad</source>
        <translation>Staffed</translation>
    </message>
    <message>
        <source>Bemanna %1</source>
        <translation>Staff %1</translation>
    </message>
</context>
<context>
    <name>SafetyPointTab</name>
    <message>
        <source>Områdets namn</source>
        <translation>Area name</translation>
    </message>
    <message>
        <source>Byar (kommaseparerade)</source>
        <translation>Villages (comma separated)</translation>
    </message>
    <message>
        <source>Invånare</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Lokal grupp / förening</source>
        <translation>Local group / association</translation>
    </message>
    <message>
        <source>Välj trygghetspunkt</source>
        <translation>Choose safety point</translation>
    </message>
    <message>
        <source>Lägg till trygghetspunkt…</source>
        <translation>Add safety point…</translation>
    </message>
    <message>
        <source>Området har ingen trygghetspunkt än. Lägg till en för att börja inventera.</source>
        <translation>The area has no safety point yet. Add one to start the inventory.</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Trygghetspunkt</source>
        <translation>Safety point</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Typ av lokal</source>
        <translation>Kind of premises</translation>
    </message>
    <message>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Latitud (WGS84)</source>
        <translation>Latitude (WGS84)</translation>
    </message>
    <message>
        <source>Longitud (WGS84)</source>
        <translation>Longitude (WGS84)</translation>
    </message>
    <message>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Det punkten erbjuder</source>
        <translation>What the point offers</translation>
    </message>
    <message>
        <source>Reservkraft</source>
        <translation>Reserve power</translation>
    </message>
    <message>
        <source>Om reservkraften</source>
        <translation>About the reserve power</translation>
    </message>
    <message>
        <source>Värme</source>
        <translation>Heating</translation>
    </message>
    <message>
        <source>Vatten</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Nyckel finns hos</source>
        <translation>Key held by</translation>
    </message>
    <message>
        <source>Platser dagtid</source>
        <translation>Places by day</translation>
    </message>
    <message>
        <source>Platser natt</source>
        <translation>Places at night</translation>
    </message>
    <message>
        <source>Tillträde</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Öppningsrutin</source>
        <translation>Opening routine</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ändra %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Ny trygghetspunkt</source>
        <translation>New safety point</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Nytt område…</source>
        <translation>New area…</translation>
    </message>
    <message>
        <source>Ta bort området…</source>
        <translation>Delete the area…</translation>
    </message>
    <message>
        <source>Läs in demodata…</source>
        <translation>Load demo data…</translation>
    </message>
    <message>
        <source>Importera JSON-fil…</source>
        <translation>Import JSON file…</translation>
    </message>
    <message>
        <source>Avsluta</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Ny post i fliken</source>
        <translation>New record in this tab</translation>
    </message>
    <message>
        <source>Ändra markerad</source>
        <translation>Edit selected</translation>
    </message>
    <message>
        <source>Ta bort markerad…</source>
        <translation>Delete selected…</translation>
    </message>
    <message>
        <source>Sök område</source>
        <translation>Search areas</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Systemets språk</source>
        <translation>System language</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Databasen återställdes från säkerhetskopian %1. Den skadade filen sparades som %2.</source>
        <translation>The database was restored from the backup %1. The damaged file was kept as %2.</translation>
    </message>
    <message>
        <source>Dagens säkerhetskopia kunde inte göras (detaljer i loggfilen).</source>
        <translation>Today&apos;s backup could not be made (details in the log file).</translation>
    </message>
    <message>
        <source>Trygghetsapp är redan öppet med den här databasen (%1). Byt till det fönstret; två fönster på samma databas går inte.</source>
        <translation>Trygghetsapp is already open with this database (%1). Switch to that window; two windows on the same database are not possible.</translation>
    </message>
    <message>
        <source>Databasen kunde inte öppnas: %1 (detaljer i %2)</source>
        <translation>The database could not be opened: %1 (details in %2)</translation>
    </message>
    <message>
        <source>Trygghetsapp stängdes inte ordentligt förra gången. Databasen har kontrollerats och är hel.</source>
        <translation>Trygghetsapp was not closed properly last time. The database has been checked and is intact.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ta bort %1? Du kan ångra med Ctrl+Z.</source>
        <translation>Delete %1? You can undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Något gick fel och ändringen kunde inte sparas. Försök igen; detaljerna finns i loggfilen.</source>
        <translation>Something went wrong and the change could not be saved. Please try again; the details are in the log file.</translation>
    </message>
    <message>
        <source>Logg: </source>
        <translation>Log: </translation>
    </message>
</context>
<context>
    <name>readiness</name>
    <message>
        <source>Redo</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Brister</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Kritiskt</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Ingen trygghetspunkt</source>
        <translation>No safety point</translation>
    </message>
    <message>
        <source>Roller utan ordinarie: %1</source>
        <translation>Roles without holder: %1</translation>
    </message>
    <message>
        <source>Kritiska roller utan ersättare: %1</source>
        <translation>Critical roles without deputy: %1</translation>
    </message>
    <message>
        <source>Trasig utrustning: %1</source>
        <translation>Defect equipment: %1</translation>
    </message>
    <message>
        <source>Saknad utrustning: %1</source>
        <translation>Missing equipment: %1</translation>
    </message>
    <message>
        <source>Försenade kontroller: %1</source>
        <translation>Overdue checks: %1</translation>
    </message>
    <message>
        <source>Aldrig inventerad</source>
        <translation>Never inspected</translation>
    </message>
    <message>
        <source>Dagar sedan senaste inventering: %1</source>
        <translation>Days since the last inspection: %1</translation>
    </message>
    <message>
        <source>Kanaler som inte testats: %1</source>
        <translation>Untested channels: %1</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
