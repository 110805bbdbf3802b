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
    <message>
        <source>Inget område, ingen by och ingen trygghetspunkt matchar ”%1”. Ändra sökningen eller töm sökrutan för att se alla områden.</source>
        <translation>No area, village or safety point matches “%1”. Change the search or clear the search box to see every area.</translation>
    </message>
    <message>
        <source>Inga områden än. Lägg till det första med Nytt område… nedanför (Ctrl+Shift+N).</source>
        <translation>No areas yet. Add the first one with New area… below (Ctrl+Shift+N).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Datum och tid</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Storlek</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Appen sparar en säkerhetskopia varje dag och före varje import som ändrar något, uppgradering och återställning. De 14 senaste dagliga behålls, och de 10 senaste av varje annan sort, så importer trycker aldrig ut de dagliga.</source>
        <translation>The app makes a backup every day and before every import that changes something, every upgrade and every restore. The 14 newest daily backups are kept, and the 10 newest of each other kind, so imports never push out the daily ones.</translation>
    </message>
    <message>
        <source>&amp;Andra mapp…</source>
        <translation>&amp;Second folder…</translation>
    </message>
    <message>
        <source>Välj en mapp, t.ex. på ett USB-minne, som också får dagens säkerhetskopia</source>
        <translation>Choose a folder, e.g. on a USB stick, that also gets the day&apos;s backup</translation>
    </message>
    <message>
        <source>Ta &amp;bort andra mapp</source>
        <translation>Re&amp;move second folder</translation>
    </message>
    <message>
        <source>&amp;Säkerhetskopiera nu</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Återställ…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ingen andra mapp: dagens kopia sparas bara på den här datorn.</source>
        <translation>No second folder: the day&apos;s copy is kept on this computer only.</translation>
    </message>
    <message>
        <source>Dagens kopia sparas också i %1 (när mappen finns).</source>
        <translation>The day&apos;s copy is also saved in %1 (when the folder is there).</translation>
    </message>
    <message>
        <source>Välj en andra mapp för dagens säkerhetskopia</source>
        <translation>Choose a second folder for the day&apos;s backup</translation>
    </message>
    <message>
        <source>Daglig</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Före uppgradering</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <source>Före import</source>
        <translation>Before import</translation>
    </message>
    <message>
        <source>Före återställning</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>Manuell</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Annan</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Säkerhetskopierar…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Återställa databasen till läget den %1 (%2)?

Allt som har ändrats på den här datorn efter det försvinner härifrån. Det nuvarande läget sparas först som en säkerhetskopia (Före återställning), så du kan gå tillbaka till det.</source>
        <translation>Restore the database to its state of %1 (%2)?

Everything changed on this computer since then disappears from it. The current state is first saved as a backup (Before restore), so you can go back to it.</translation>
    </message>
    <message>
        <source>Återställ säkerhetskopia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Återställer…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Databasen är återställd från säkerhetskopian.</source>
        <translation>The database has been restored from the backup.</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Skriv ut / exportera flera områden</source>
        <translation>Print / export several areas</translation>
    </message>
    <message>
        <source>&amp;Alla områden (%1)</source>
        <translation>&amp;All areas (%1)</translation>
    </message>
    <message>
        <source>&amp;Valda områden i listan nedan</source>
        <translation>Areas &amp;selected in the list below</translation>
    </message>
    <message>
        <source>Områden</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>En PDF-fil per område i en &amp;mapp</source>
        <translation>One PDF file per area in a &amp;folder</translation>
    </message>
    <message>
        <source>En &amp;samlad PDF med ett bokmärke per område</source>
        <translation>One &amp;combined PDF with a bookmark per area</translation>
    </message>
    <message>
        <source>&amp;Dokument:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;Exportera…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Områden&lt;/b&gt;</source>
        <translation>&lt;b&gt;Areas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Utdata&lt;/b&gt;</source>
        <translation>&lt;b&gt;Output&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Välj mapp för PDF-filerna</source>
        <translation>Choose a folder for the PDF files</translation>
    </message>
    <message>
        <source>Spara samlad PDF</source>
        <translation>Save combined PDF</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Markera minst ett område i listan.</source>
        <translation>Select at least one area in the list.</translation>
    </message>
    <message>
        <source>Skapar %1 PDF för ett område…</source>
        <translation>Creating %1 PDF for one area…</translation>
    </message>
    <message>
        <source>Skapar %1 PDF för %2 områden…</source>
        <translation>Creating %1 PDF for %2 areas…</translation>
    </message>
    <message>
        <source>Avbrutet. %1 av %2 PDF-filer hann sparas (varje fil är komplett).</source>
        <translation>Cancelled. %1 of %2 PDF files were saved (each file is complete).</translation>
    </message>
    <message>
        <source>Avbrutet – ingen fil sparades.</source>
        <translation>Cancelled – no file was saved.</translation>
    </message>
    <message>
        <source>1 PDF-fil sparad i %2.</source>
        <translation>1 PDF file saved in %2.</translation>
    </message>
    <message>
        <source>%1 PDF-filer sparade i %2.</source>
        <translation>%1 PDF files saved in %2.</translation>
    </message>
    <message>
        <source>Samlad PDF sparad: %1</source>
        <translation>Combined PDF saved: %1</translation>
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
        <source>Ändra kanal</source>
        <translation>Edit channel</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Läser konflikter…</source>
        <translation>Reading conflicts…</translation>
    </message>
    <message>
        <source>Öppna konflikter</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Uppgift</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Gäller nu</source>
        <translation>Holds now</translation>
    </message>
    <message>
        <source>Andra värden</source>
        <translation>Other values</translation>
    </message>
    <message>
        <source>Välj vilket värde som ska gälla</source>
        <translation>Choose which value shall hold</translation>
    </message>
    <message>
        <source>Ditt val sparas som en vanlig ändring och följer med nästa synk, så konflikten försvinner på alla datorer. Dubbelklicka (eller Enter) på en rad för att öppna området.</source>
        <translation>Your choice is saved as an ordinary change and travels with the next sync, so the conflict disappears on every computer. Double-click a row (or press Enter) to open the area.</translation>
    </message>
    <message>
        <source>Inga öppna konflikter.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <source>(inget område)</source>
        <translation>(no area)</translation>
    </message>
    <message>
        <source>Borttagen eller ändrad</source>
        <translation>Deleted or changed</translation>
    </message>
    <message>
        <source>Person borttagen men har roll</source>
        <translation>Person deleted but still has a role</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Borttagen (%1)</source>
        <translation>Deleted (%1)</translation>
    </message>
    <message>
        <source>Ändrad: %1 (%2)</source>
        <translation>Changed: %1 (%2)</translation>
    </message>
    <message>
        <source>Kontakten är borttagen på en annan dator</source>
        <translation>The contact was deleted on another computer</translation>
    </message>
    <message>
        <source>Markera en konflikt i listan.</source>
        <translation>Select a conflict in the list.</translation>
    </message>
    <message>
        <source>Borttagen av %1.</source>
        <translation>Deleted by %1.</translation>
    </message>
    <message>
        <source>Behåll borttagen</source>
        <translation>Keep deleted</translation>
    </message>
    <message>
        <source>Ändrad under tiden: %1</source>
        <translation>Changed meanwhile: %1</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>%1 är borttagen men har fortfarande en roll i området.</source>
        <translation>%1 is deleted but still has a role in the area.</translation>
    </message>
    <message>
        <source>Ta bort rollen</source>
        <translation>Remove the role</translation>
    </message>
    <message>
        <source>Personen ska finnas kvar.</source>
        <translation>The person shall stay.</translation>
    </message>
    <message>
        <source>Återställ personen</source>
        <translation>Restore the person</translation>
    </message>
    <message>
        <source>(gäller nu)</source>
        <translation>(holds now)</translation>
    </message>
    <message>
        <source>Använd det här värdet</source>
        <translation>Use this value</translation>
    </message>
    <message numerus="yes">
        <source>%n öppna konflikter. Samma uppgift har ändrats på två datorer innan de hann synka; det senaste värdet gäller tills du väljer.</source>
        <translation>
            <numerusform>%n open conflict. The same detail was changed on two computers before they synced; the latest value holds until you choose.</numerusform>
            <numerusform>%n open conflicts. The same detail was changed on two computers before they synced; the latest value holds until you choose.</numerusform>
        </translation>
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
        <source>Registerutdrag…</source>
        <translation>Register extract…</translation>
    </message>
    <message>
        <source>Radera person…</source>
        <translation>Erase person…</translation>
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
        <source>Spara registerutdrag för %1</source>
        <translation>Save register extract for %1</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Registerutdrag</source>
        <translation>Register extract</translation>
    </message>
    <message>
        <source>Registerutdraget är sparat:
%1
%2</source>
        <translation>The register extract has been saved:
%1
%2</translation>
    </message>
    <message>
        <source>Radera person</source>
        <translation>Erase person</translation>
    </message>
    <message>
        <source>Raderar personen…</source>
        <translation>Erasing the person…</translation>
    </message>
    <message>
        <source>Ny kontakt</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>Ändra kontakt</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>– välj –</source>
        <translation>– choose –</translation>
    </message>
    <message>
        <source>Ingen grund vald än. Förslag – %1</source>
        <translation>No basis chosen yet. Suggestions – %1</translation>
    </message>
    <message>
        <source>ett personnummer</source>
        <translation>a personal identity number</translation>
    </message>
    <message>
        <source>en hemadress</source>
        <translation>a home address</translation>
    </message>
    <message>
        <source> och </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Anteckningarna ser ut att innehålla %1.

Sådant behövs inte för att nå personen i en kris och ska inte sparas här. Personnummer skrivs aldrig ut på något dokument.

Spara ändå?</source>
        <translation>The notes seem to contain %1.

That is not needed to reach the person in a crisis and should not be kept here. Personal identity numbers are never printed on any document.

Save anyway?</translation>
    </message>
    <message>
        <source>och %1 till</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>Raderingen följer med till de andra datorerna vid nästa synkronisering.</source>
        <translation>The erasure reaches the other computers at the next sync.</translation>
    </message>
    <message>
        <source>Finns kvar:</source>
        <translation>What remains:</translation>
    </message>
    <message>
        <source>synkroniseringsfiler som redan har skrivits (i den delade mappen, på USB-minnen): radera dem där de finns</source>
        <translation>sync packages already written (in the shared folder, on USB sticks): delete them where they are</translation>
    </message>
    <message>
        <source>utskrivna checklistor och rollkort med personen: kasta dem</source>
        <translation>printed checklists and role cards with the person: throw them away</translation>
    </message>
    <message>
        <source>Det går inte att ångra.</source>
        <translation>This cannot be undone.</translation>
    </message>
    <message>
        <source>Letar efter personen i alla uppgifter…</source>
        <translation>Looking for the person in every record…</translation>
    </message>
    <message numerus="yes">
        <source>Ta också bort %1 ur de %n äldre säkerhetskopiorna på den här datorn nu?

Nej: de finns kvar tills de ersätts (inom ungefär %3 dagar).</source>
        <translation>
            <numerusform>Also remove %1 from the older backup on this computer now?

No: it stays until it is replaced (within about %3 days).</numerusform>
            <numerusform>Also remove %1 from the %n older backups on this computer now?

No: they stay until they are replaced (within about %3 days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Radera %1 för gott?

Tas bort nu, på den här datorn: kontaktuppgifterna (också ur ändringshistoriken) och personens %n roller.</source>
        <translation>
            <numerusform>Erase %1 for good?

Removed now, on this computer: the contact details (also from the change history) and the person&apos;s %n role.</numerusform>
            <numerusform>Erase %1 for good?

Removed now, on this computer: the contact details (also from the change history) and the person&apos;s %n roles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Personen nämns också på %n andra ställen; namn, telefon och e-post töms där:</source>
        <translation>
            <numerusform>The person is also named in %n other place; name, phone and e-mail are emptied there:</numerusform>
            <numerusform>The person is also named in %n other places; name, phone and e-mail are emptied there:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n äldre säkerhetskopior på den här datorn (ersätts inom ungefär %2 dagar, eller tas bort nu om du väljer det)</source>
        <translation>
            <numerusform>%n older backup on this computer (replaced within about %2 days, or removed now if you choose so)</numerusform>
            <numerusform>%n older backups on this computer (replaced within about %2 days, or removed now if you choose so)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n nya</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ändrade</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oförändrade</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n konflikter</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fel</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>Databasfilen är tom (0 byte) och har inte öppnats.</source>
        <translation>The database file is empty (0 bytes) and was not opened.</translation>
    </message>
    <message>
        <source>Databasfilen saknas, men det finns säkerhetskopior av den.</source>
        <translation>The database file is missing, but there are backups of it.</translation>
    </message>
    <message>
        <source>Databasen är skadad och har inte ändrats.</source>
        <translation>The database is damaged and has not been changed.</translation>
    </message>
    <message>
        <source>Den senaste hela säkerhetskopian är från %1. Återställ den? Den skadade filen sparas bredvid, så att kommunens kontor kan undersöka den. Det som ändrats efter säkerhetskopian finns inte med.</source>
        <translation>The newest good backup is from %1. Restore it? The damaged file is kept alongside so that the municipality&apos;s office can examine it. Changes made after the backup are not included.</translation>
    </message>
    <message>
        <source>Den senaste hela säkerhetskopian är från %1. Återställ den? Det som ändrats efter säkerhetskopian finns inte med.</source>
        <translation>The newest good backup is from %1. Restore it? What changed after the backup is not in it.</translation>
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
        <source>Ingen hel säkerhetskopia finns. Väntade du dig data här: kontakta kommunens kontor innan du börjar om.</source>
        <translation>There is no good backup. If you expected data here, contact the municipality&apos;s office before you start over.</translation>
    </message>
    <message>
        <source>Börja med en tom databas</source>
        <translation>Start with an empty database</translation>
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
        <source>Ändra utrustning</source>
        <translation>Edit equipment</translation>
    </message>
    <message>
        <source>Ett steg per rad:
Öppna luckan
Vrid nyckeln till START</source>
        <translation>One step per line:
Open the hatch
Turn the key to START</translation>
    </message>
    <message>
        <source>Ett steg per rad:
Fäll omkopplaren till RESERV</source>
        <translation>One step per line:
Flip the switch to RESERVE</translation>
    </message>
    <message>
        <source>Ett steg per rad:
Fäll omkopplaren till NÄT</source>
        <translation>One step per line:
Flip the switch to GRID</translation>
    </message>
    <message>
        <source>Timmar på full tank vid den last som anges i fältet under</source>
        <translation>Hours on a full tank at the load given in the field below</translation>
    </message>
    <message>
        <source>%1 st</source>
        <translation>%1 items</translation>
    </message>
    <message numerus="yes">
        <source>%n försenade</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n aldrig kontrollerade</source>
        <translation>
            <numerusform>%n never checked</numerusform>
            <numerusform>%n never checked</numerusform>
        </translation>
    </message>
    <message>
        <source>Kontrollintervall</source>
        <translation>Check interval</translation>
    </message>
    <message>
        <source>kategorins standard</source>
        <translation>category default</translation>
    </message>
    <message>
        <source>Intervallet i</source>
        <translation>Interval in</translation>
    </message>
    <message>
        <source>månader</source>
        <translation>months</translation>
    </message>
    <message>
        <source>år</source>
        <translation>years</translation>
    </message>
    <message>
        <source>Kontrollerad i dag</source>
        <translation>Checked today</translation>
    </message>
    <message>
        <source>dagar</source>
        <translation>days</translation>
    </message>
    <message>
        <source>≈ %1 kVA märkeffekt (effektfaktor 0,8)</source>
        <translation>≈ %1 kVA rating (power factor 0.8)</translation>
    </message>
    <message>
        <source>försenad</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>snart</source>
        <translation>soon</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>GeoPackage (SWEREF 99 TM) – för GIS</source>
        <translation>GeoPackage (SWEREF 99 TM) – for GIS</translation>
    </message>
    <message>
        <source>GeoJSON (WGS 84) – för webbkartor</source>
        <translation>GeoJSON (WGS 84) – for web maps</translation>
    </message>
    <message>
        <source>KML (WGS 84) – för Google Earth</source>
        <translation>KML (WGS 84) – for Google Earth</translation>
    </message>
    <message>
        <source>CSV med semikolon – för Excel</source>
        <translation>CSV with semicolons – for Excel</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Publik – för invånare och GIS: inga personuppgifter, inga nyckel-, Rakel- eller reservkraftsdetaljer</source>
        <translation>&amp;Public – for residents and GIS: no personal data, no key, Rakel or reserve-power details</translation>
    </message>
    <message>
        <source>&amp;Intern – allt, även kontaktpersoner och nycklar: bara för kommunens eget bruk</source>
        <translation>&amp;Internal – everything, contacts and keys included: for the municipality&apos;s own use only</translation>
    </message>
    <message>
        <source>&lt;b&gt;Profil&lt;/b&gt;</source>
        <translation>&lt;b&gt;Profile&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Spara…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Den interna filen innehåller personuppgifter och uppgifter om nycklar. Lägg den inte på webben och skicka den inte utanför kommunen.</source>
        <translation>The internal file holds personal data and details of keys. Do not put it on the web or send it outside the municipality.</translation>
    </message>
    <message>
        <source>%1-filer (*%2)</source>
        <translation>%1 files (*%2)</translation>
    </message>
    <message>
        <source>Sparar %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <source>Sparad: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>intern</source>
        <translation>internal</translation>
    </message>
    <message>
        <source>publik</source>
        <translation>public</translation>
    </message>
    <message>
        <source>Avbrutet – ingen fil sparades.</source>
        <translation>Cancelled – no file was saved.</translation>
    </message>
    <message>
        <source>Exportera Excel-arbetsbok</source>
        <translation>Export Excel workbook</translation>
    </message>
    <message>
        <source>Allt i databasen i en Excel-arbetsbok: ett blad per slag, listval för kategorier och skick, översikten per område. Dolda id-kolumner gör att filen kan ändras i Excel och läsas in igen. Innehåller personuppgifter: för kommunens eget bruk.</source>
        <translation>Everything in the database in an Excel workbook: one sheet per kind, drop-downs for categories and conditions, the overview per area. Hidden id columns let the file be edited in Excel and imported again. Holds personal data: for the municipality&apos;s own use.</translation>
    </message>
    <message>
        <source>Spara tom Excel-mall</source>
        <translation>Save blank Excel template</translation>
    </message>
    <message>
        <source>En tom arbetsbok med rätt blad och kolumner och listval, att fylla i och läsa in med Importera Excel-arbetsbok.</source>
        <translation>An empty workbook with the right sheets, columns and drop-downs, to fill in and read with Import Excel workbook.</translation>
    </message>
    <message>
        <source>Rapport till länsstyrelsen</source>
        <translation>Report to the county administrative board</translation>
    </message>
    <message>
        <source>Trygghetspunkterna med kapacitet och reservkraft, koordinater i SWEREF 99 TM och WGS 84, som Excel-arbetsbok. Inga kontakter eller personer.</source>
        <translation>The safety points with capacity and reserve power, coordinates in SWEREF 99 TM and WGS 84, as an Excel workbook. No contacts or people.</translation>
    </message>
    <message>
        <source>Exportera för GIS</source>
        <translation>Export for GIS</translation>
    </message>
    <message>
        <source>Trygghetspunkterna för kartor: GeoPackage i SWEREF 99 TM för kommunens GIS-handläggare, GeoJSON för webbkartor, KML för Google Earth, CSV för Excel.</source>
        <translation>The safety points for maps: GeoPackage in SWEREF 99 TM for the municipality&apos;s GIS staff, GeoJSON for web maps, KML for Google Earth, CSV for Excel.</translation>
    </message>
    <message>
        <source>Webbsida för invånarna</source>
        <translation>Web page for residents</translation>
    </message>
    <message>
        <source>En fristående webbsida (en fil) med varje trygghetspunkt, adress, vad den erbjuder och en karta. Kan läggas på kommunens webbplats som den är.</source>
        <translation>A self-contained web page (one file) with each safety point, its address, what it offers and a map. Can be put on the municipality&apos;s website as it is.</translation>
    </message>
    <message>
        <source>Affischer för anslagstavlan</source>
        <translation>Notice-board posters</translation>
    </message>
    <message>
        <source>En affisch per trygghetspunkt, ”Här är din trygghetspunkt”, på svenska med en rad på engelska. En PDF med en sida per punkt.</source>
        <translation>One poster per safety point, “Här är din trygghetspunkt”, in Swedish with a line in English. One PDF with a page per point.</translation>
    </message>
    <message>
        <source>Pappersstorle&amp;k:</source>
        <translation>Paper si&amp;ze:</translation>
    </message>
    <message>
        <source>Ta med planera&amp;de trygghetspunkter</source>
        <translation>Include planne&amp;d safety points</translation>
    </message>
    <message numerus="yes">
        <source>Sparad: %1 (%n trygghetspunkter, profil: %3)</source>
        <translation>
            <numerusform>Saved: %1 (%n safety point, profile: %3)</numerusform>
            <numerusform>Saved: %1 (%n safety points, profile: %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Mapp</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1-fil</source>
        <translation>%1 file</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Gör om…</source>
        <translation>Redoing…</translation>
    </message>
    <message>
        <source>Ångrar importen…</source>
        <translation>Undoing the import…</translation>
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
    <message numerus="yes">
        <source>%n saker är inte markerade och behåller sitt skick och datum. Avsluta ändå?</source>
        <translation>
            <numerusform>%n item is not marked and keeps its condition and date. Finish anyway?</numerusform>
            <numerusform>%n items are not marked and keep their condition and date. Finish anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>Skick
förut</source>
        <translation>Condition
before</translation>
    </message>
    <message>
        <source>Senast
kontrollerad</source>
        <translation>Last
checked</translation>
    </message>
    <message>
        <source>Ej markerad</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <source>Anteckning för %1 (Enter sparar, Esc avbryter)</source>
        <translation>Note for %1 (Enter saves, Esc cancels)</translation>
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
        <translation>E&amp;quipment</translation>
    </message>
    <message>
        <source>&amp;Kontakter</source>
        <translation>&amp;Contacts</translation>
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
        <source>Synk</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
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
        <source>S&amp;ynk</source>
        <translation>S&amp;ync</translation>
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
        <source>Konflikter (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>Konflikten är löst. Ditt val skickas med nästa synk.</source>
        <translation>The conflict is resolved. Your choice is sent with the next sync.</translation>
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
        <source>Välj ett område först.</source>
        <translation>Choose an area first.</translation>
    </message>
    <message>
        <source>Avbrutet – inget ändrades.</source>
        <translation>Cancelled – nothing was changed.</translation>
    </message>
    <message>
        <source>Exportera</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Ställ in säker synk…</source>
        <translation>Set up secure sync…</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>R&amp;oller</source>
        <translation>&amp;Roles</translation>
    </message>
    <message>
        <source>I&amp;nformationskanaler</source>
        <translation>Information c&amp;hannels</translation>
    </message>
    <message>
        <source>En databas på en server säkerhetskopieras av serverns driftansvariga med pg_dump, inte av Trygghetsapp (docs/office-postgresql.md).</source>
        <translation>A database on a server is backed up by the server&apos;s operators with pg_dump, not by Trygghetsapp (docs/office-postgresql.md).</translation>
    </message>
    <message>
        <source>Säkerhetskopior: tas med pg_dump på servern</source>
        <translation>Backups: taken with pg_dump on the server</translation>
    </message>
</context>
<context>
    <name>MunicipalityPage</name>
    <message>
        <source>Uppgifterna skrivs ut på varje områdes krischecklista: kommunens namn, tjänsteperson i beredskap (TiB), växeln och frekvensen för VMA. Ändringar sparas när du lämnar fältet.</source>
        <translation>These details are printed on every area&apos;s crisis checklist: the municipality&apos;s name, the duty officer (TiB), the switchboard and the frequency for VMA. Changes are saved when you leave the field.</translation>
    </message>
    <message>
        <source>Välj kommun</source>
        <translation>Choose municipality</translation>
    </message>
    <message>
        <source>Lägg till en kommun till</source>
        <translation>Add another municipality</translation>
    </message>
    <message>
        <source>Kommunens namn</source>
        <translation>Municipality name</translation>
    </message>
    <message>
        <source>Kommunkod</source>
        <translation>Municipality code</translation>
    </message>
    <message>
        <source>Växel</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Tjänsteperson i beredskap (TiB)</source>
        <translation>Duty officer (TiB)</translation>
    </message>
    <message>
        <source>Frekvens för VMA (P4, MHz)</source>
        <translation>Frequency for VMA (P4, MHz)</translation>
    </message>
    <message>
        <source>Checklistorna upprättas av</source>
        <translation>Checklists drawn up by</translation>
    </message>
    <message>
        <source>Namn och titel, t.ex. Anna Persson, säkerhetssamordnare</source>
        <translation>Name and title, e.g. Anna Persson, safety coordinator</translation>
    </message>
    <message>
        <source>Förval för nya områden</source>
        <translation>Default for new areas</translation>
    </message>
    <message>
        <source>Koppla dem till den här kommunen</source>
        <translation>Link them to this municipality</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Områden utan kommun</source>
        <translation>Areas without a municipality</translation>
    </message>
    <message>
        <source>1 område har ingen kommun: dess checklista saknar TiB-numret.</source>
        <translation>1 area has no municipality: its checklist lacks the duty officer&apos;s number.</translation>
    </message>
    <message>
        <source>Alla områden hör till en kommun.</source>
        <translation>Every area belongs to a municipality.</translation>
    </message>
    <message>
        <source>Ändra %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Skriv kommunens namn först.</source>
        <translation>Type the municipality&apos;s name first.</translation>
    </message>
    <message>
        <source>Ny kommun</source>
        <translation>New municipality</translation>
    </message>
    <message>
        <source>Koppla områden till %1</source>
        <translation>Link areas to %1</translation>
    </message>
    <message numerus="yes">
        <source>%n områden har ingen kommun: deras checklistor saknar TiB-numret.</source>
        <translation>
            <numerusform>%n area has no municipality: its checklist lacks the duty officer&apos;s number.</numerusform>
            <numerusform>%n areas have no municipality: their checklists lack the duty officer&apos;s number.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n områden</source>
        <translation>
            <numerusform>%n area</numerusform>
            <numerusform>%n areas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 redo, %2 med brister</source>
        <translation>%1 ready, %2 with gaps</translation>
    </message>
    <message numerus="yes">
        <source>%n kritiska</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Förhandsgranska – %1</source>
        <translation>Print preview – %1</translation>
    </message>
    <message>
        <source>&amp;Dokument:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>Föregående sida</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Nästa sida</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Sida</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Anpassa till bredd</source>
        <translation>Fit to width</translation>
    </message>
    <message>
        <source>Hela sidan</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>&amp;Spara PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>Skriv &amp;ut…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Skapar PDF…</source>
        <translation>Creating PDF…</translation>
    </message>
    <message>
        <source>av %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>%1 sidor</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>1 sida</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>PDF:en kunde inte skapas.</source>
        <translation>The PDF could not be created.</translation>
    </message>
    <message>
        <source>Spara PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Sparad: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Skriv ut</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Skriver ut…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>1 sida skickad till skrivaren.</source>
        <translation>1 page sent to the printer.</translation>
    </message>
    <message>
        <source>%1 sidor skickade till skrivaren.</source>
        <translation>%1 pages sent to the printer.</translation>
    </message>
    <message>
        <source>Utskriften avbröts.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <source>Förhandsgranskning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Förhandsgranska</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Stäng (Esc)</source>
        <translation>Close (Esc)</translation>
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
    <message>
        <source>Spara (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Avbryt (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Kasta det du har skrivit?</source>
        <translation>Throw away what you have typed?</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Ändra %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Ta bort %1</source>
        <translation>Delete %1</translation>
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
        <source>Listan kunde inte tas fram; se loggfilen.</source>
        <translation>The list could not be made; see the log file.</translation>
    </message>
    <message>
        <source>rättslig grund inte vald</source>
        <translation>legal basis not chosen</translation>
    </message>
    <message numerus="yes">
        <source>%n kontakter har passerat sitt granskningsdatum, saknar ett eller saknar en vald rättslig grund. Gå igenom dem med personen (behövs uppgifterna fortfarande?). Dubbelklicka för att öppna.</source>
        <translation>
            <numerusform>%n contact is past its review date, has none or has no legal basis chosen. Go through it with the person (are the details still needed?). Double-click to open.</numerusform>
            <numerusform>%n contacts are past their review date, have none or have no legal basis chosen. Go through them with the person (are the details still needed?). Double-click to open.</numerusform>
        </translation>
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
    <message>
        <source>Ersättaren är samma person som ordinarie</source>
        <translation>The deputy is the same person as the holder</translation>
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
    <message>
        <source>%1: »%2« – %3</source>
        <translation>%1: “%2” – %3</translation>
    </message>
    <message>
        <source>Det här sparades inte i %1 (rätta och skriv in det igen):</source>
        <translation>This was not saved in %1 (correct it and type it again):</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Öppnar databasen…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Avslutar så snart databasen är öppnad och kontrollerad…</source>
        <translation>Closing as soon as the database is open and checked…</translation>
    </message>
    <message>
        <source>Trygghetsapp stängdes inte ordentligt förra gången. Databasen kontrolleras innan den öppnas; det kan ta en stund…</source>
        <translation>Trygghetsapp was not closed properly last time. The database is being checked before it opens; this may take a while…</translation>
    </message>
    <message>
        <source>Databasen uppdateras för den nya versionen av Trygghetsapp. En säkerhetskopia görs först och databasen kontrolleras efteråt; en stor databas kan ta några minuter…</source>
        <translation>The database is being updated for the new version of Trygghetsapp. A backup is made first and the database is checked afterwards; a large database can take a few minutes…</translation>
    </message>
    <message>
        <source>Det här är en bild av fliken som den såg ut sist. Du kan ändra om ett ögonblick, när databasen är öppen.</source>
        <translation>This is a picture of the tab as it last looked. You can make changes in a moment, once the database is open.</translation>
    </message>
    <message>
        <source>Databasen har ändrats sedan Trygghetsapp stängdes sist (av ett kommando, en återställd kopia eller ett annat program). Den kontrolleras innan den öppnas; det kan ta en stund…</source>
        <translation>The database has changed since Trygghetsapp was last closed (by a command, a restored copy or another program). It is checked before it opens; this may take a while…</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Synkstatus kunde inte läsas; se loggfilen.</source>
        <translation>The sync status could not be read; see the log file.</translation>
    </message>
    <message>
        <source>Senast synkad %1</source>
        <translation>Last synced %1</translation>
    </message>
    <message>
        <source>Inte synkad än</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Konflikter: %1</source>
        <translation>Conflicts: %1</translation>
    </message>
    <message>
        <source>Visa konflikterna</source>
        <translation>Show the conflicts</translation>
    </message>
    <message>
        <source>Läser paketen i synkmappen…</source>
        <translation>Reading the packages in the sync folder…</translation>
    </message>
    <message>
        <source>Synkar med %1…</source>
        <translation>Syncing with %1…</translation>
    </message>
    <message>
        <source>Synkningen är klar.</source>
        <translation>Sync finished.</translation>
    </message>
    <message>
        <source>Synken avbröts. Paket som redan lästs in är kvar; resten läses in nästa gång.</source>
        <translation>Sync stopped. Packages already read stay in; the rest are read next time.</translation>
    </message>
    <message>
        <source>Välj synkmapp</source>
        <translation>Choose sync folder</translation>
    </message>
    <message>
        <source>Databasen ligger i synkmappen. Synka aldrig själva databasfilen: flytta den till en lokal mapp, eller välj en annan synkmapp.</source>
        <translation>The database lies in the sync folder. Never sync the database file itself: move it to a local folder, or choose another sync folder.</translation>
    </message>
    <message>
        <source>Synkmapp</source>
        <translation>Sync folder</translation>
    </message>
    <message>
        <source>Spara synkpaketet i mappen</source>
        <translation>Save the sync package in the folder</translation>
    </message>
    <message>
        <source>Skriver synkpaket…</source>
        <translation>Writing sync package…</translation>
    </message>
    <message>
        <source>Det fanns inga nya ändringar att skriva.</source>
        <translation>There were no new changes to write.</translation>
    </message>
    <message>
        <source>Exportera synkpaket</source>
        <translation>Export sync package</translation>
    </message>
    <message>
        <source>Importera synkpaket</source>
        <translation>Import sync package</translation>
    </message>
    <message>
        <source>Synkpaket (*.tsync *.tsync.sealed)</source>
        <translation>Sync packages (*.tsync *.tsync.sealed)</translation>
    </message>
    <message>
        <source>Läser in synkpaket…</source>
        <translation>Importing sync packages…</translation>
    </message>
    <message>
        <source>Byt namn på datorn</source>
        <translation>Rename this computer</translation>
    </message>
    <message>
        <source>Namn som de andra datorerna ser, t.ex. Fältdator Gunilla:</source>
        <translation>Name the other computers see, e.g. Field laptop Gunilla:</translation>
    </message>
    <message>
        <source>Byt roll</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Ändra den här datorns roll till %1? Bara kommunens kontorsdator ska ha rollen Kontor: dess paket talar om för fältdatorerna vad kontoret har tagit emot.</source>
        <translation>Change this computer&apos;s role to %1? Only the municipality&apos;s office computer should have the role Office: its packages tell the field laptops what the office has received.</translation>
    </message>
    <message numerus="yes">
        <source>%n ändringar väntar</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ett synkpaket med %n ändringar sparades i mappen %1. Ta med filen till kontoret.</source>
        <translation>
            <numerusform>A sync package with %n change was saved in the folder %1. Take the file to the office.</numerusform>
            <numerusform>A sync package with %n changes was saved in the folder %1. Take the file to the office.</numerusform>
        </translation>
    </message>
    <message>
        <source>Senaste synkpaket %1</source>
        <translation>Last sync package %1</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Den här datorn</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Byt namn…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Namn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Roll:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Synkmapp</source>
        <translation>Sync folder</translation>
    </message>
    <message>
        <source>Välj synkmapp…</source>
        <translation>Choose sync folder…</translation>
    </message>
    <message>
        <source>Synka nu</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Förhandsgranska…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Utan synkmapp, till exempel med ett USB-minne:</source>
        <translation>Without a sync folder, for example with a USB stick:</translation>
    </message>
    <message>
        <source>Exportera synkpaket…</source>
        <translation>Export sync package…</translation>
    </message>
    <message>
        <source>Importera synkpaket…</source>
        <translation>Import sync packages…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Senast synkad:</source>
        <translation>Last synced:</translation>
    </message>
    <message>
        <source>Senaste paket ut / in:</source>
        <translation>Latest package out / in:</translation>
    </message>
    <message>
        <source>Egna ändringar:</source>
        <translation>Own changes:</translation>
    </message>
    <message>
        <source>Kontoret har tagit emot:</source>
        <translation>Received by the office:</translation>
    </message>
    <message>
        <source>Öppna konflikter:</source>
        <translation>Open conflicts:</translation>
    </message>
    <message>
        <source>Datorer</source>
        <translation>Computers</translation>
    </message>
    <message>
        <source>Dator</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Mottaget t.o.m. ändring</source>
        <translation>Received up to change</translation>
    </message>
    <message>
        <source>Väntar på tidigare</source>
        <translation>Waiting for earlier</translation>
    </message>
    <message>
        <source>Saknas</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Senaste paket</source>
        <translation>Latest package</translation>
    </message>
    <message>
        <source>Datorer som synkar med den här:</source>
        <translation>Computers that sync with this one:</translation>
    </message>
    <message>
        <source>Ingen synkmapp vald.</source>
        <translation>No sync folder chosen.</translation>
    </message>
    <message>
        <source>aldrig</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 väntar på nästa synk</source>
        <translation>%1 waiting for the next sync</translation>
    </message>
    <message>
        <source>Den här datorn är kontoret.</source>
        <translation>This computer is the office.</translation>
    </message>
    <message>
        <source>Inget paket från kontoret ännu.</source>
        <translation>No package from the office yet.</translation>
    </message>
    <message>
        <source>t.o.m. ändring %1</source>
        <translation>up to change %1</translation>
    </message>
    <message>
        <source>allt är bekräftat</source>
        <translation>everything is confirmed</translation>
    </message>
    <message>
        <source>(den här datorn)</source>
        <translation>(this computer)</translation>
    </message>
    <message>
        <source>klockan går före</source>
        <translation>clock is ahead</translation>
    </message>
    <message>
        <source>Ändringarna %1–%2 från %3 har inte kommit än.</source>
        <translation>Changes %1–%2 from %3 have not arrived yet.</translation>
    </message>
    <message>
        <source>Avvisade filer:</source>
        <translation>Refused files:</translation>
    </message>
    <message>
        <source>Ställ in säker synk…</source>
        <translation>Set up secure sync…</translation>
    </message>
    <message>
        <source>Namn, enhetskort och fingeravtryck: koppla ihop fältdatorer och kontoret</source>
        <translation>Names, device cards and fingerprints: connect field laptops and the office</translation>
    </message>
    <message numerus="yes">
        <source>%n ändringar gjorda här</source>
        <translation>
            <numerusform>%n change made here</numerusform>
            <numerusform>%n changes made here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skickade i paket</source>
        <translation>
            <numerusform>%n sent in packages</numerusform>
            <numerusform>%n sent in packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ändringar är inte bekräftade än</source>
        <translation>
            <numerusform>%n change not confirmed yet</numerusform>
            <numerusform>%n changes not confirmed yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Ändring %1 från %3 har inte kommit än.</source>
        <translation>Change %1 from %3 has not arrived yet.</translation>
    </message>
    <message numerus="yes">
        <source>… och %n äldre (&apos;trygghetsapp sync status&apos; visar alla)</source>
        <translation>
            <numerusform>… and %n older one (&apos;trygghetsapp sync status&apos; shows them all)</numerusform>
            <numerusform>… and %n older ones (&apos;trygghetsapp sync status&apos; shows them all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncReportDialog</name>
    <message>
        <source>Förhandsgranska synk</source>
        <translation>Preview sync</translation>
    </message>
    <message>
        <source>Synk</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Synka nu</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Förhandsgranskning: ingenting är ändrat än.</source>
        <translation>Preview: nothing has changed yet.</translation>
    </message>
    <message>
        <source>Så här skulle de nya paketen i synkmappen ändra dina uppgifter:</source>
        <translation>This is how the new packages in the sync folder would change your data:</translation>
    </message>
    <message>
        <source>Synkningen är klar.</source>
        <translation>Sync finished.</translation>
    </message>
    <message>
        <source>Inga nya paket i synkmappen.</source>
        <translation>No new packages in the sync folder.</translation>
    </message>
    <message>
        <source>Nya poster</source>
        <translation>New records</translation>
    </message>
    <message>
        <source>Ändrade poster</source>
        <translation>Changed records</translation>
    </message>
    <message>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Avvisade filer</source>
        <translation>Refused files</translation>
    </message>
    <message>
        <source>Inlästa paket: %1</source>
        <translation>Packages read: %1</translation>
    </message>
    <message>
        <source>från %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>Redan inlästa paket som hoppades över: %1</source>
        <translation>Packages already read and skipped: %1</translation>
    </message>
    <message>
        <source>Paket från andra fältdatorer lämnades kvar i mappen åt kontoret: %1. Deras ändringar kommer hit genom kontorets paket.</source>
        <translation>Packages from other field laptops were left in the folder for the office: %1. Their changes reach this computer through the office&apos;s packages.</translation>
    </message>
    <message>
        <source>Konflikter: samma uppgift har ändrats på två datorer. Välj vilket värde som ska gälla under fliken Konflikter.</source>
        <translation>Conflicts: the same detail was changed on two computers. Choose which value shall hold on the Conflicts tab.</translation>
    </message>
    <message>
        <source>Klockan på %1 går mer än ett dygn före. Be användaren ställa klockan rätt.</source>
        <translation>The clock on %1 is more than a day ahead. Ask its user to set the clock right.</translation>
    </message>
    <message>
        <source>Dessa filer avvisades och ingenting i dem lästes in:</source>
        <translation>These files were refused and nothing in them was read:</translation>
    </message>
    <message>
        <source>Inga nya egna ändringar att skicka.</source>
        <translation>No new changes of your own to send.</translation>
    </message>
    <message>
        <source>Från %1: %2</source>
        <translation>From %1: %2</translation>
    </message>
    <message>
        <source>en okänd dator</source>
        <translation>an unknown computer</translation>
    </message>
    <message>
        <source>Ett kvitto på det som kom fram lades i synkmappen, så att de andra datorerna ser vad den här datorn har tagit emot.</source>
        <translation>A receipt for what arrived was put in the sync folder, so the other computers see what this computer has received.</translation>
    </message>
    <message numerus="yes">
        <source>Dina %n ändringar lades i synkmappen. De andra datorerna får dem när de synkar.</source>
        <translation>
            <numerusform>Your change was put in the sync folder. The other computers get it when they sync.</numerusform>
            <numerusform>Your %n changes were put in the sync folder. The other computers get them when they sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ett paket från %1</source>
        <translation>A package from %1</translation>
    </message>
    <message>
        <source>Filen %1</source>
        <translation>The file %1</translation>
    </message>
    <message>
        <source>Konflikterna är redan avgjorda: det finns inget att välja.</source>
        <translation>The conflicts are already settled: there is nothing to choose.</translation>
    </message>
</context>
<context>
    <name>SyncSetupDialog</name>
    <message>
        <source>Ställ in säker synk</source>
        <translation>Set up secure sync</translation>
    </message>
    <message>
        <source>Datorerna litar bara på paket från datorer de känner. Gör stegen nedan en gång per dator, med kontoret i telefon: ni läser upp fingeravtrycken för varandra och skriver in det ni hör.</source>
        <translation>The computers trust packages only from computers they know. Do the steps below once per computer, with the office on the phone: you read the fingerprints aloud to each other and type in what you hear.</translation>
    </message>
    <message>
        <source>Fältdator (tas med ut till byarna)</source>
        <translation>Field laptop (taken out to the villages)</translation>
    </message>
    <message>
        <source>Kommunens kontorsdator</source>
        <translation>The municipality&apos;s office computer</translation>
    </message>
    <message>
        <source>Den här datorn är:</source>
        <translation>This computer is:</translation>
    </message>
    <message>
        <source>1. Datorns namn</source>
        <translation>1. The computer&apos;s name</translation>
    </message>
    <message>
        <source>Datorns namn</source>
        <translation>The computer&apos;s name</translation>
    </message>
    <message>
        <source>t.ex. Fältdator Gunilla eller Kontoret Storgatan</source>
        <translation>e.g. Field laptop Gunilla or Office Storgatan</translation>
    </message>
    <message>
        <source>Spara namnet</source>
        <translation>Save the name</translation>
    </message>
    <message>
        <source>Namnet syns för de andra datorerna, i konflikter och i synkstatus.</source>
        <translation>The other computers show this name, in conflicts and in the sync status.</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>2. Ge kontoret den här datorns kort</source>
        <translation>2. Give the office this computer&apos;s card</translation>
    </message>
    <message>
        <source>Spara datorns kort…</source>
        <translation>Save the computer&apos;s card…</translation>
    </message>
    <message>
        <source>Spara kortet på ett USB-minne eller i synkmappen och ge det till kontoret. När kontoret registrerar det läser du upp fingeravtrycket:</source>
        <translation>Save the card on a USB stick or in the sync folder and give it to the office. When the office enrols it, read the fingerprint aloud:</translation>
    </message>
    <message>
        <source>3. Lita på kontorets kort</source>
        <translation>3. Trust the office&apos;s card</translation>
    </message>
    <message>
        <source>Välj kontorets kort…</source>
        <translation>Choose the office&apos;s card…</translation>
    </message>
    <message>
        <source>Inget kort valt.</source>
        <translation>No card chosen.</translation>
    </message>
    <message>
        <source>Fingeravtrycket som kontoret läser upp</source>
        <translation>The fingerprint the office reads aloud</translation>
    </message>
    <message>
        <source>Byt ut den kontorsnyckel datorn litar på nu (bara efter samtal med kontoret)</source>
        <translation>Replace the office key this computer trusts now (only after talking to the office)</translation>
    </message>
    <message>
        <source>Lita på kontoret</source>
        <translation>Trust the office</translation>
    </message>
    <message>
        <source>Fingeravtrycket som kontoret läser upp för dig:</source>
        <translation>The fingerprint the office reads aloud to you:</translation>
    </message>
    <message>
        <source>4. Kryptera</source>
        <translation>4. Encrypt</translation>
    </message>
    <message>
        <source>Kryptera alltid paketen till kontoret (bara kontoret kan läsa dem)</source>
        <translation>Always encrypt the packages to the office (only the office can read them)</translation>
    </message>
    <message>
        <source>2. Registrera en fältdator</source>
        <translation>2. Enrol a field laptop</translation>
    </message>
    <message>
        <source>Välj fältdatorns kort…</source>
        <translation>Choose the field laptop&apos;s card…</translation>
    </message>
    <message>
        <source>Fingeravtrycket som fältdatorn läser upp</source>
        <translation>The fingerprint the field laptop reads aloud</translation>
    </message>
    <message>
        <source>Registrera</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>Registrerade fältdatorer</source>
        <translation>Enrolled field laptops</translation>
    </message>
    <message>
        <source>Fingeravtrycket som fältdatorn läser upp för dig:</source>
        <translation>The fingerprint the field laptop reads aloud to you:</translation>
    </message>
    <message>
        <source>Registrerade datorer:</source>
        <translation>Enrolled computers:</translation>
    </message>
    <message>
        <source>3. Ge fältdatorerna kontorets kort</source>
        <translation>3. Give the field laptops the office&apos;s card</translation>
    </message>
    <message>
        <source>Spara kontorets kort…</source>
        <translation>Save the office&apos;s card…</translation>
    </message>
    <message>
        <source>Varje fältdator behöver kontorets kort. När fältdatorn lägger in det läser du upp fingeravtrycket:</source>
        <translation>Every field laptop needs the office&apos;s card. When the laptop adds it, read the fingerprint aloud:</translation>
    </message>
    <message>
        <source>Datorn heter ännu bara %1. Skriv ett namn som kontoret och kollegorna känner igen.</source>
        <translation>The computer is still only called %1. Type a name the office and your colleagues recognise.</translation>
    </message>
    <message>
        <source>Datorn litar på %1 (fingeravtryck %2).</source>
        <translation>This computer trusts %1 (fingerprint %2).</translation>
    </message>
    <message>
        <source>Lita på kontorets kort först (steg 3).</source>
        <translation>Trust the office&apos;s card first (step 3).</translation>
    </message>
    <message>
        <source>spärrad</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>Skriv ett namn, t.ex. Fältdator Gunilla.</source>
        <translation>Type a name, e.g. Field laptop Gunilla.</translation>
    </message>
    <message>
        <source>Ge datorn ett namn först (steg 1): kontoret ska se vems kort det är.</source>
        <translation>Give the computer a name first (step 1): the office must see whose card it is.</translation>
    </message>
    <message>
        <source>Spara kortet i mappen</source>
        <translation>Save the card in the folder</translation>
    </message>
    <message>
        <source>Kortet sparades som %1 i %2.</source>
        <translation>The card was saved as %1 in %2.</translation>
    </message>
    <message>
        <source>Välj kontorets kort</source>
        <translation>Choose the office&apos;s card</translation>
    </message>
    <message>
        <source>Välj fältdatorns kort</source>
        <translation>Choose the field laptop&apos;s card</translation>
    </message>
    <message>
        <source>Enhetskort (*.json)</source>
        <translation>Device cards (*.json)</translation>
    </message>
    <message>
        <source>Kort från %1 (%2).</source>
        <translation>Card from %1 (%2).</translation>
    </message>
    <message>
        <source>Välj kontorets kort först.</source>
        <translation>Choose the office&apos;s card first.</translation>
    </message>
    <message>
        <source>Välj fältdatorns kort först.</source>
        <translation>Choose the field laptop&apos;s card first.</translation>
    </message>
    <message>
        <source>%1 är registrerad. Dess paket läses nu in här.</source>
        <translation>%1 is enrolled. Its packages are now read here.</translation>
    </message>
</context>
<context>
    <name>XlsxImportWizard</name>
    <message>
        <source>Importera Excel-arbetsbok</source>
        <translation>Import Excel workbook</translation>
    </message>
    <message>
        <source>Ingen fil vald.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>&amp;Välj fil…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Välj arbetsboken med kommunens listor: ett blad per slag (områden, trygghetspunkter, utrustning, kontakter, roller, kanaler), rubriker på svenska eller engelska. Inget skrivs förrän du har sett vad som ändras och tryckt Importera.</source>
        <translation>Choose the workbook with the municipality&apos;s lists: one sheet per kind (areas, safety points, equipment, contacts, roles, channels), headers in Swedish or English. Nothing is written until you have seen what changes and pressed Import.</translation>
    </message>
    <message>
        <source>Blad</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolumn</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Fel</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Blad och rad / kolumn</source>
        <translation>Sheet and row / column</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Efter importen</source>
        <translation>After the import</translation>
    </message>
    <message>
        <source>Blad / rubrik i filen</source>
        <translation>Sheet / header in the file</translation>
    </message>
    <message>
        <source>Läses som</source>
        <translation>Read as</translation>
    </message>
    <message>
        <source>&amp;Granska igen</source>
        <translation>&amp;Review again</translation>
    </message>
    <message>
        <source>Läs filen igen, med dina val av blad och kolumner och med rättelser du gjort</source>
        <translation>Read the file again, with your choices of sheets and columns and any corrections you made</translation>
    </message>
    <message>
        <source>&amp;Importera</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Välj Excel-arbetsbok</source>
        <translation>Choose Excel workbook</translation>
    </message>
    <message>
        <source>Excel-arbetsböcker (*.xlsx *.xlsm);;Alla filer (*)</source>
        <translation>Excel workbooks (*.xlsx *.xlsm);;All files (*)</translation>
    </message>
    <message>
        <source>Läser %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Avbrutet – filen lästes inte färdigt.</source>
        <translation>Cancelled – the file was not read to the end.</translation>
    </message>
    <message>
        <source>Inget har skrivits.</source>
        <translation>Nothing has been written.</translation>
    </message>
    <message>
        <source>Filen kan inte läsas in: %1</source>
        <translation>The file cannot be imported: %1</translation>
    </message>
    <message>
        <source>Filen kunde inte läsas. Inget har skrivits.</source>
        <translation>The file could not be read. Nothing has been written.</translation>
    </message>
    <message>
        <source>Filen har fel och kan inte importeras. Inget har skrivits. Rätta felen i Excel (blad, rad och kolumn står i listan), spara filen och tryck Granska igen.</source>
        <translation>The file has errors and cannot be imported. Nothing has been written. Correct the errors in Excel (sheet, row and column are in the list), save the file and press Review again.</translation>
    </message>
    <message>
        <source>Inget har skrivits ännu. Importera skriver allt på en gång; det kan ångras i ett steg med Ctrl+Z. Poster som saknas i filen tas inte bort.</source>
        <translation>Nothing has been written yet. Import writes everything at once; it can be undone in one step with Ctrl+Z. Records missing from the file are not removed.</translation>
    </message>
    <message>
        <source>Filen innehåller inget nytt: databasen har redan allt i den.</source>
        <translation>The file holds nothing new: the database already has all of it.</translation>
    </message>
    <message>
        <source>Fel (%1)</source>
        <translation>Errors (%1)</translation>
    </message>
    <message>
        <source>Nya (%1)</source>
        <translation>New (%1)</translation>
    </message>
    <message>
        <source>Ändrade (%1)</source>
        <translation>Changed (%1)</translation>
    </message>
    <message>
        <source>Blad och kolumner</source>
        <translation>Sheets and columns</translation>
    </message>
    <message>
        <source>… och %1 fel till</source>
        <translation>… and %1 more errors</translation>
    </message>
    <message>
        <source>… och %1 till</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>rad</source>
        <translation>row</translation>
    </message>
    <message>
        <source>Bladet %1 läses som</source>
        <translation>Sheet %1 is read as</translation>
    </message>
    <message>
        <source>– läses inte –</source>
        <translation>– not read –</translation>
    </message>
    <message>
        <source>Kolumnen %1 läses som</source>
        <translation>Column %1 is read as</translation>
    </message>
    <message>
        <source>Rubriken känns inte igen; välj vad kolumnen är</source>
        <translation>The header is not recognised; choose what the column is</translation>
    </message>
    <message>
        <source>Du har ändrat hur filen läses. Tryck Granska igen.</source>
        <translation>You changed how the file is read. Press Review again.</translation>
    </message>
    <message>
        <source>Importerar %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Import från %1</source>
        <translation>Import from %1</translation>
    </message>
    <message>
        <source>Avbrutet – inget ändrades.</source>
        <translation>Cancelled – nothing was changed.</translation>
    </message>
    <message>
        <source>Tryck Importera för att försöka igen.</source>
        <translation>Press Import to try again.</translation>
    </message>
    <message>
        <source>Inget har skrivits. Tryck Granska igen.</source>
        <translation>Nothing has been written. Press Review again.</translation>
    </message>
    <message>
        <source>Inget har skrivits. Välj en annan fil, eller rätta den här och tryck Granska igen.</source>
        <translation>Nothing has been written. Choose another file, or correct this one and press Review again.</translation>
    </message>
    <message>
        <source>Blad som inte läses: %1 (välj vad de är under Blad och kolumner).</source>
        <translation>Sheets not read: %1 (choose what they are under Sheets and columns).</translation>
    </message>
    <message numerus="yes">
        <source>Blad och kolumner (%n okända)</source>
        <translation>
            <numerusform>Sheets and columns (%n unknown)</numerusform>
            <numerusform>Sheets and columns (%n unknown)</numerusform>
        </translation>
    </message>
    <message>
        <source>Importen är klar: %1. Ångra med Ctrl+Z.</source>
        <translation>The import is done: %1. Undo with Ctrl+Z.</translation>
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
        <source>Förhandsgranska och skriv ut…</source>
        <translation>Print preview and print…</translation>
    </message>
    <message>
        <source>Skriv ut / exportera flera områden…</source>
        <translation>Print / export several areas…</translation>
    </message>
    <message>
        <source>Säkerhetskopior…</source>
        <translation>Backups…</translation>
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
        <source>Synk</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Synka nu</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Förhandsgranska synk…</source>
        <translation>Preview sync…</translation>
    </message>
    <message>
        <source>Välj synkmapp…</source>
        <translation>Choose sync folder…</translation>
    </message>
    <message>
        <source>Exportera synkpaket…</source>
        <translation>Export sync package…</translation>
    </message>
    <message>
        <source>Importera synkpaket…</source>
        <translation>Import sync packages…</translation>
    </message>
    <message>
        <source>Systemets språk</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Importera Excel-arbetsbok…</source>
        <translation>Import Excel workbook…</translation>
    </message>
    <message>
        <source>Excel-arbetsbok (allt)…</source>
        <translation>Excel workbook (everything)…</translation>
    </message>
    <message>
        <source>Tom Excel-mall…</source>
        <translation>Blank Excel template…</translation>
    </message>
    <message>
        <source>Rapport till länsstyrelsen (Excel)…</source>
        <translation>Report to the county administrative board (Excel)…</translation>
    </message>
    <message>
        <source>För GIS (GeoPackage, GeoJSON, KML, CSV)…</source>
        <translation>For GIS (GeoPackage, GeoJSON, KML, CSV)…</translation>
    </message>
    <message>
        <source>Webbsida för invånarna…</source>
        <translation>Web page for residents…</translation>
    </message>
    <message>
        <source>Affischer för anslagstavlan (PDF)…</source>
        <translation>Notice-board posters (PDF)…</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
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
        <source>Kommandot &apos;%1&apos; (process %2) arbetar med databasen %3 just nu. Försök igen när det är klart.</source>
        <translation>The command &apos;%1&apos; (process %2) is working on the database %3 right now. Try again when it is done.</translation>
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
        <source>En ny, tom databas skapades.</source>
        <translation>A new, empty database was made.</translation>
    </message>
    <message>
        <source>En ny, tom databas skapades. De gamla säkerhetskopiorna finns kvar i %1.</source>
        <translation>A new, empty database was made. The old backups are kept in %1.</translation>
    </message>
    <message>
        <source>Databasen återställdes från säkerhetskopian %1.</source>
        <translation>The database was restored from the backup %1.</translation>
    </message>
    <message>
        <source>Dagens säkerhetskopia gjordes, men inte i den andra mappen: %1</source>
        <translation>The day&apos;s backup was made, but not in the second folder: %1</translation>
    </message>
    <message>
        <source>Trygghetsapp stängdes inte ordentligt förra gången. Databasen har kontrollerats och är hel.</source>
        <translation>Trygghetsapp was not closed properly last time. The database has been checked and is intact.</translation>
    </message>
    <message>
        <source>Trygghetsapp är redan öppet med serverdatabasen %1 för den här användaren på den här datorn. Byt till det fönstret.</source>
        <translation>Trygghetsapp is already open with the server database %1 for this user on this computer. Switch to that window.</translation>
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
    <name>print_preview</name>
    <message>
        <source>Krischecklista</source>
        <translation>Crisis checklist</translation>
    </message>
    <message>
        <source>Inventeringsprotokoll</source>
        <translation>Inspection form</translation>
    </message>
    <message>
        <source>Rollkort</source>
        <translation>Role cards</translation>
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
    <message>
        <source>Aldrig kontrollerad utrustning: %1</source>
        <translation>Equipment never checked: %1</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
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
        <source>Utrustning</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Krisroll</source>
        <translation>Crisis role</translation>
    </message>
    <message>
        <source>Rolltilldelning</source>
        <translation>Role assignment</translation>
    </message>
    <message>
        <source>Informationskanal</source>
        <translation>Information channel</translation>
    </message>
    <message>
        <source>Inventering</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Inventeringsrad</source>
        <translation>Inspection line</translation>
    </message>
    <message>
        <source>Borttagen</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Uppgifter</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Ordning (ordinarie/ersättare)</source>
        <translation>Order (primary/deputy)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>(tomt)</source>
        <translation>(empty)</translation>
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
        <source>(inga fält)</source>
        <translation>(no fields)</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Fältdator</source>
        <translation>Field laptop</translation>
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
