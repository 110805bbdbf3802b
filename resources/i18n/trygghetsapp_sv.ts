<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="sv_SE">
<context>
    <name>AreaListModel</name>
    <message>
        <source>Byar: %1</source>
        <translation>Byar: %1</translation>
    </message>
    <message>
        <source>Trygghetspunkt: %1</source>
        <translation>Trygghetspunkt: %1</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Beredskap</source>
        <translation>Beredskap</translation>
    </message>
</context>
<context>
    <name>AreaListPanel</name>
    <message>
        <source>Sök område, by eller trygghetspunkt (Ctrl+F)</source>
        <translation>Sök område, by eller trygghetspunkt (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sök område</source>
        <translation>Sök område</translation>
    </message>
    <message>
        <source>Områden</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>Nytt område…</source>
        <translation>Nytt område…</translation>
    </message>
    <message>
        <source>Inget område, ingen by och ingen trygghetspunkt matchar ”%1”. Ändra sökningen eller töm sökrutan för att se alla områden.</source>
        <translation>Inget område, ingen by och ingen trygghetspunkt matchar ”%1”. Ändra sökningen eller töm sökrutan för att se alla områden.</translation>
    </message>
    <message>
        <source>Inga områden än. Lägg till det första med Nytt område… nedanför (Ctrl+Shift+N).</source>
        <translation>Inga områden än. Lägg till det första med Nytt område… nedanför (Ctrl+Shift+N).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Säkerhetskopior</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Datum och tid</source>
        <translation>Datum och tid</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Storlek</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Appen sparar en säkerhetskopia varje dag och före varje import som ändrar något, uppgradering och återställning. De 14 senaste dagliga behålls, och de 10 senaste av varje annan sort, så importer trycker aldrig ut de dagliga.</source>
        <translation>Appen sparar en säkerhetskopia varje dag och före varje import som ändrar något, uppgradering och återställning. De 14 senaste dagliga behålls, och de 10 senaste av varje annan sort, så importer trycker aldrig ut de dagliga.</translation>
    </message>
    <message>
        <source>&amp;Andra mapp…</source>
        <translation>&amp;Andra mapp…</translation>
    </message>
    <message>
        <source>Välj en mapp, t.ex. på ett USB-minne, som också får dagens säkerhetskopia</source>
        <translation>Välj en mapp, t.ex. på ett USB-minne, som också får dagens säkerhetskopia</translation>
    </message>
    <message>
        <source>Ta &amp;bort andra mapp</source>
        <translation>Ta &amp;bort andra mapp</translation>
    </message>
    <message>
        <source>&amp;Säkerhetskopiera nu</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>&amp;Återställ…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Ingen andra mapp: dagens kopia sparas bara på den här datorn.</source>
        <translation>Ingen andra mapp: dagens kopia sparas bara på den här datorn.</translation>
    </message>
    <message>
        <source>Dagens kopia sparas också i %1 (när mappen finns).</source>
        <translation>Dagens kopia sparas också i %1 (när mappen finns).</translation>
    </message>
    <message>
        <source>Välj en andra mapp för dagens säkerhetskopia</source>
        <translation>Välj en andra mapp för dagens säkerhetskopia</translation>
    </message>
    <message>
        <source>Daglig</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <source>Före uppgradering</source>
        <translation>Före uppgradering</translation>
    </message>
    <message>
        <source>Före import</source>
        <translation>Före import</translation>
    </message>
    <message>
        <source>Före återställning</source>
        <translation>Före återställning</translation>
    </message>
    <message>
        <source>Manuell</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Annan</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>Säkerhetskopierar…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <source>Återställa databasen till läget den %1 (%2)?

Allt som har ändrats på den här datorn efter det försvinner härifrån. Det nuvarande läget sparas först som en säkerhetskopia (Före återställning), så du kan gå tillbaka till det.</source>
        <translation>Återställa databasen till läget den %1 (%2)?

Allt som har ändrats på den här datorn efter det försvinner härifrån. Det nuvarande läget sparas först som en säkerhetskopia (Före återställning), så du kan gå tillbaka till det.</translation>
    </message>
    <message>
        <source>Återställ säkerhetskopia</source>
        <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
        <source>Återställer…</source>
        <translation>Återställer…</translation>
    </message>
    <message>
        <source>Databasen är återställd från säkerhetskopian.</source>
        <translation>Databasen är återställd från säkerhetskopian.</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Skriv ut / exportera flera områden</source>
        <translation>Skriv ut / exportera flera områden</translation>
    </message>
    <message>
        <source>&amp;Alla områden (%1)</source>
        <translation>&amp;Alla områden (%1)</translation>
    </message>
    <message>
        <source>&amp;Valda områden i listan nedan</source>
        <translation>&amp;Valda områden i listan nedan</translation>
    </message>
    <message>
        <source>Områden</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>En PDF-fil per område i en &amp;mapp</source>
        <translation>En PDF-fil per område i en &amp;mapp</translation>
    </message>
    <message>
        <source>En &amp;samlad PDF med ett bokmärke per område</source>
        <translation>En &amp;samlad PDF med ett bokmärke per område</translation>
    </message>
    <message>
        <source>&amp;Dokument:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>&amp;Exportera…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Områden&lt;/b&gt;</source>
        <translation>&lt;b&gt;Områden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Utdata&lt;/b&gt;</source>
        <translation>&lt;b&gt;Utdata&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Välj mapp för PDF-filerna</source>
        <translation>Välj mapp för PDF-filerna</translation>
    </message>
    <message>
        <source>Spara samlad PDF</source>
        <translation>Spara samlad PDF</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Markera minst ett område i listan.</source>
        <translation>Markera minst ett område i listan.</translation>
    </message>
    <message>
        <source>Skapar %1 PDF för ett område…</source>
        <translation>Skapar %1 PDF för ett område…</translation>
    </message>
    <message>
        <source>Skapar %1 PDF för %2 områden…</source>
        <translation>Skapar %1 PDF för %2 områden…</translation>
    </message>
    <message>
        <source>Avbrutet. %1 av %2 PDF-filer hann sparas (varje fil är komplett).</source>
        <translation>Avbrutet. %1 av %2 PDF-filer hann sparas (varje fil är komplett).</translation>
    </message>
    <message>
        <source>Avbrutet – ingen fil sparades.</source>
        <translation>Avbrutet – ingen fil sparades.</translation>
    </message>
    <message>
        <source>1 PDF-fil sparad i %2.</source>
        <translation>1 PDF-fil sparad i %2.</translation>
    </message>
    <message>
        <source>%1 PDF-filer sparade i %2.</source>
        <translation>%1 PDF-filer sparade i %2.</translation>
    </message>
    <message>
        <source>Samlad PDF sparad: %1</source>
        <translation>Samlad PDF sparad: %1</translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <source>aldrig</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>behöver testas</source>
        <translation>behöver testas</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Kanal / nummer</source>
        <translation>Kanal / nummer</translation>
    </message>
    <message>
        <source>Fungerar utan ström</source>
        <translation>Fungerar utan ström</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Senast testad</source>
        <translation>Senast testad</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Informationskanaler</source>
        <translation>Informationskanaler</translation>
    </message>
    <message>
        <source>Ny kanal…</source>
        <translation>Ny kanal…</translation>
    </message>
    <message>
        <source>Ändra…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Kanal / nummer / adress</source>
        <translation>Kanal / nummer / adress</translation>
    </message>
    <message>
        <source>Ny kanal</source>
        <translation>Ny kanal</translation>
    </message>
    <message>
        <source>Ändra kanal</source>
        <translation>Ändra kanal</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Läser konflikter…</source>
        <translation>Läser konflikter…</translation>
    </message>
    <message>
        <source>Öppna konflikter</source>
        <translation>Öppna konflikter</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Uppgift</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Gäller nu</source>
        <translation>Gäller nu</translation>
    </message>
    <message>
        <source>Andra värden</source>
        <translation>Andra värden</translation>
    </message>
    <message>
        <source>Välj vilket värde som ska gälla</source>
        <translation>Välj vilket värde som ska gälla</translation>
    </message>
    <message>
        <source>Ditt val sparas som en vanlig ändring och följer med nästa synk, så konflikten försvinner på alla datorer. Dubbelklicka (eller Enter) på en rad för att öppna området.</source>
        <translation>Ditt val sparas som en vanlig ändring och följer med nästa synk, så konflikten försvinner på alla datorer. Dubbelklicka (eller Enter) på en rad för att öppna området.</translation>
    </message>
    <message>
        <source>Inga öppna konflikter.</source>
        <translation>Inga öppna konflikter.</translation>
    </message>
    <message>
        <source>(inget område)</source>
        <translation>(inget område)</translation>
    </message>
    <message>
        <source>Borttagen eller ändrad</source>
        <translation>Borttagen eller ändrad</translation>
    </message>
    <message>
        <source>Person borttagen men har roll</source>
        <translation>Person borttagen men har roll</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Borttagen (%1)</source>
        <translation>Borttagen (%1)</translation>
    </message>
    <message>
        <source>Ändrad: %1 (%2)</source>
        <translation>Ändrad: %1 (%2)</translation>
    </message>
    <message>
        <source>Kontakten är borttagen på en annan dator</source>
        <translation>Kontakten är borttagen på en annan dator</translation>
    </message>
    <message>
        <source>Markera en konflikt i listan.</source>
        <translation>Markera en konflikt i listan.</translation>
    </message>
    <message>
        <source>Borttagen av %1.</source>
        <translation>Borttagen av %1.</translation>
    </message>
    <message>
        <source>Behåll borttagen</source>
        <translation>Behåll borttagen</translation>
    </message>
    <message>
        <source>Ändrad under tiden: %1</source>
        <translation>Ändrad under tiden: %1</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>%1 är borttagen men har fortfarande en roll i området.</source>
        <translation>%1 är borttagen men har fortfarande en roll i området.</translation>
    </message>
    <message>
        <source>Ta bort rollen</source>
        <translation>Ta bort rollen</translation>
    </message>
    <message>
        <source>Personen ska finnas kvar.</source>
        <translation>Personen ska finnas kvar.</translation>
    </message>
    <message>
        <source>Återställ personen</source>
        <translation>Återställ personen</translation>
    </message>
    <message>
        <source>(gäller nu)</source>
        <translation>(gäller nu)</translation>
    </message>
    <message>
        <source>Använd det här värdet</source>
        <translation>Använd det här värdet</translation>
    </message>
    <message numerus="yes">
        <source>%n öppna konflikter. Samma uppgift har ändrats på två datorer innan de hann synka; det senaste värdet gäller tills du väljer.</source>
        <translation>
            <numerusform>%n öppen konflikt. Samma uppgift har ändrats på två datorer innan de hann synka; det senaste värdet gäller tills du väljer.</numerusform>
            <numerusform>%n öppna konflikter. Samma uppgift har ändrats på två datorer innan de hann synka; det senaste värdet gäller tills du väljer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Reservtelefon</source>
        <translation>Reservtelefon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kunskaper</source>
        <translation>Kunskaper</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Kontakter</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Ny kontakt…</source>
        <translation>Ny kontakt…</translation>
    </message>
    <message>
        <source>Ändra…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Registerutdrag…</source>
        <translation>Registerutdrag…</translation>
    </message>
    <message>
        <source>Radera person…</source>
        <translation>Radera person…</translation>
    </message>
    <message>
        <source>Kunskaper (kommaseparerade)</source>
        <translation>Kunskaper (kommaseparerade)</translation>
    </message>
    <message>
        <source>Rättslig grund</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>Granskas senast</source>
        <translation>Granskas senast</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Spara registerutdrag för %1</source>
        <translation>Spara registerutdrag för %1</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Registerutdrag</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>Registerutdraget är sparat:
%1
%2</source>
        <translation>Registerutdraget är sparat:
%1
%2</translation>
    </message>
    <message>
        <source>Radera person</source>
        <translation>Radera person</translation>
    </message>
    <message>
        <source>Raderar personen…</source>
        <translation>Raderar personen…</translation>
    </message>
    <message>
        <source>Ny kontakt</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>Ändra kontakt</source>
        <translation>Ändra kontakt</translation>
    </message>
    <message>
        <source>– välj –</source>
        <translation>– välj –</translation>
    </message>
    <message>
        <source>Ingen grund vald än. Förslag – %1</source>
        <translation>Ingen grund vald än. Förslag – %1</translation>
    </message>
    <message>
        <source>ett personnummer</source>
        <translation>ett personnummer</translation>
    </message>
    <message>
        <source>en hemadress</source>
        <translation>en hemadress</translation>
    </message>
    <message>
        <source> och </source>
        <translation> och </translation>
    </message>
    <message>
        <source>Anteckningarna ser ut att innehålla %1.

Sådant behövs inte för att nå personen i en kris och ska inte sparas här. Personnummer skrivs aldrig ut på något dokument.

Spara ändå?</source>
        <translation>Anteckningarna ser ut att innehålla %1.

Sådant behövs inte för att nå personen i en kris och ska inte sparas här. Personnummer skrivs aldrig ut på något dokument.

Spara ändå?</translation>
    </message>
    <message>
        <source>och %1 till</source>
        <translation>och %1 till</translation>
    </message>
    <message>
        <source>Raderingen följer med till de andra datorerna vid nästa synkronisering.</source>
        <translation>Raderingen följer med till de andra datorerna vid nästa synkronisering.</translation>
    </message>
    <message>
        <source>Finns kvar:</source>
        <translation>Finns kvar:</translation>
    </message>
    <message>
        <source>synkroniseringsfiler som redan har skrivits (i den delade mappen, på USB-minnen): radera dem där de finns</source>
        <translation>synkroniseringsfiler som redan har skrivits (i den delade mappen, på USB-minnen): radera dem där de finns</translation>
    </message>
    <message>
        <source>utskrivna checklistor och rollkort med personen: kasta dem</source>
        <translation>utskrivna checklistor och rollkort med personen: kasta dem</translation>
    </message>
    <message>
        <source>Det går inte att ångra.</source>
        <translation>Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Letar efter personen i alla uppgifter…</source>
        <translation>Letar efter personen i alla uppgifter…</translation>
    </message>
    <message numerus="yes">
        <source>Ta också bort %1 ur de %n äldre säkerhetskopiorna på den här datorn nu?

Nej: de finns kvar tills de ersätts (inom ungefär %3 dagar).</source>
        <translation>
            <numerusform>Ta också bort %1 ur den äldre säkerhetskopian på den här datorn nu?

Nej: den finns kvar tills den ersätts (inom ungefär %3 dagar).</numerusform>
            <numerusform>Ta också bort %1 ur de %n äldre säkerhetskopiorna på den här datorn nu?

Nej: de finns kvar tills de ersätts (inom ungefär %3 dagar).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Radera %1 för gott?

Tas bort nu, på den här datorn: kontaktuppgifterna (också ur ändringshistoriken) och personens %n roller.</source>
        <translation>
            <numerusform>Radera %1 för gott?

Tas bort nu, på den här datorn: kontaktuppgifterna (också ur ändringshistoriken) och personens %n roll.</numerusform>
            <numerusform>Radera %1 för gott?

Tas bort nu, på den här datorn: kontaktuppgifterna (också ur ändringshistoriken) och personens %n roller.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Personen nämns också på %n andra ställen; namn, telefon och e-post töms där:</source>
        <translation>
            <numerusform>Personen nämns också på %n annat ställe; namn, telefon och e-post töms där:</numerusform>
            <numerusform>Personen nämns också på %n andra ställen; namn, telefon och e-post töms där:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n äldre säkerhetskopior på den här datorn (ersätts inom ungefär %2 dagar, eller tas bort nu om du väljer det)</source>
        <translation>
            <numerusform>%n äldre säkerhetskopia på den här datorn (ersätts inom ungefär %2 dagar, eller tas bort nu om du väljer det)</numerusform>
            <numerusform>%n äldre säkerhetskopior på den här datorn (ersätts inom ungefär %2 dagar, eller tas bort nu om du väljer det)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n nya</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ändrade</source>
        <translation>
            <numerusform>%n ändrad</numerusform>
            <numerusform>%n ändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oförändrade</source>
        <translation>
            <numerusform>%n oförändrad</numerusform>
            <numerusform>%n oförändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n konflikter</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fel</source>
        <translation>
            <numerusform>%n fel</numerusform>
            <numerusform>%n fel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>Databasfilen är tom (0 byte) och har inte öppnats.</source>
        <translation>Databasfilen är tom (0 byte) och har inte öppnats.</translation>
    </message>
    <message>
        <source>Databasfilen saknas, men det finns säkerhetskopior av den.</source>
        <translation>Databasfilen saknas, men det finns säkerhetskopior av den.</translation>
    </message>
    <message>
        <source>Databasen är skadad och har inte ändrats.</source>
        <translation>Databasen är skadad och har inte ändrats.</translation>
    </message>
    <message>
        <source>Den senaste hela säkerhetskopian är från %1. Återställ den? Den skadade filen sparas bredvid, så att kommunens kontor kan undersöka den. Det som ändrats efter säkerhetskopian finns inte med.</source>
        <translation>Den senaste hela säkerhetskopian är från %1. Återställ den? Den skadade filen sparas bredvid, så att kommunens kontor kan undersöka den. Det som ändrats efter säkerhetskopian finns inte med.</translation>
    </message>
    <message>
        <source>Den senaste hela säkerhetskopian är från %1. Återställ den? Det som ändrats efter säkerhetskopian finns inte med.</source>
        <translation>Den senaste hela säkerhetskopian är från %1. Återställ den? Det som ändrats efter säkerhetskopian finns inte med.</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Ingen hel säkerhetskopia finns. Kontakta kommunens kontor; den skadade filen lämnas orörd.</source>
        <translation>Ingen hel säkerhetskopia finns. Kontakta kommunens kontor; den skadade filen lämnas orörd.</translation>
    </message>
    <message>
        <source>Ingen hel säkerhetskopia finns. Väntade du dig data här: kontakta kommunens kontor innan du börjar om.</source>
        <translation>Ingen hel säkerhetskopia finns. Väntade du dig data här: kontakta kommunens kontor innan du börjar om.</translation>
    </message>
    <message>
        <source>Börja med en tom databas</source>
        <translation>Börja med en tom databas</translation>
    </message>
    <message>
        <source>Avsluta</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>EquipmentTab</name>
    <message>
        <source>aldrig kontrollerad</source>
        <translation>aldrig kontrollerad</translation>
    </message>
    <message>
        <source>Alla kategorier</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <source>Filtrera på kategori</source>
        <translation>Filtrera på kategori</translation>
    </message>
    <message>
        <source>Alla skick</source>
        <translation>Alla skick</translation>
    </message>
    <message>
        <source>Filtrera på skick</source>
        <translation>Filtrera på skick</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Skick</source>
        <translation>Skick</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Senast kontrollerad</source>
        <translation>Senast kontrollerad</translation>
    </message>
    <message>
        <source>Nästa service / utgång</source>
        <translation>Nästa service / utgång</translation>
    </message>
    <message>
        <source>Utrustning</source>
        <translation>Utrustning</translation>
    </message>
    <message>
        <source>Ny utrustning…</source>
        <translation>Ny utrustning…</translation>
    </message>
    <message>
        <source>Ändra…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Kategori:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <source>Skick:</source>
        <translation>Skick:</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>st, liter, kg…</source>
        <translation>st, liter, kg…</translation>
    </message>
    <message>
        <source>Ägare</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Serienummer</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Trygghetspunkt</source>
        <translation>Trygghetspunkt</translation>
    </message>
    <message>
        <source>Lägg först till en trygghetspunkt under fliken Trygghetspunkt.</source>
        <translation>Lägg först till en trygghetspunkt under fliken Trygghetspunkt.</translation>
    </message>
    <message>
        <source>Ny utrustning</source>
        <translation>Ny utrustning</translation>
    </message>
    <message>
        <source>Ändra utrustning</source>
        <translation>Ändra utrustning</translation>
    </message>
    <message>
        <source>Ett steg per rad:
Öppna luckan
Vrid nyckeln till START</source>
        <translation>Ett steg per rad:
Öppna luckan
Vrid nyckeln till START</translation>
    </message>
    <message>
        <source>Ett steg per rad:
Fäll omkopplaren till RESERV</source>
        <translation>Ett steg per rad:
Fäll omkopplaren till RESERV</translation>
    </message>
    <message>
        <source>Ett steg per rad:
Fäll omkopplaren till NÄT</source>
        <translation>Ett steg per rad:
Fäll omkopplaren till NÄT</translation>
    </message>
    <message>
        <source>Timmar på full tank vid den last som anges i fältet under</source>
        <translation>Timmar på full tank vid den last som anges i fältet under</translation>
    </message>
    <message>
        <source>%1 st</source>
        <translation>%1 st</translation>
    </message>
    <message numerus="yes">
        <source>%n försenade</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n aldrig kontrollerade</source>
        <translation>
            <numerusform>%n aldrig kontrollerad</numerusform>
            <numerusform>%n aldrig kontrollerade</numerusform>
        </translation>
    </message>
    <message>
        <source>Kontrollintervall</source>
        <translation>Kontrollintervall</translation>
    </message>
    <message>
        <source>kategorins standard</source>
        <translation>kategorins standard</translation>
    </message>
    <message>
        <source>Intervallet i</source>
        <translation>Intervallet i</translation>
    </message>
    <message>
        <source>månader</source>
        <translation>månader</translation>
    </message>
    <message>
        <source>år</source>
        <translation>år</translation>
    </message>
    <message>
        <source>Kontrollerad i dag</source>
        <translation>Kontrollerad i dag</translation>
    </message>
    <message>
        <source>dagar</source>
        <translation>dagar</translation>
    </message>
    <message>
        <source>≈ %1 kVA märkeffekt (effektfaktor 0,8)</source>
        <translation>≈ %1 kVA märkeffekt (effektfaktor 0,8)</translation>
    </message>
    <message>
        <source>försenad</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>snart</source>
        <translation>snart</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>GeoPackage (SWEREF 99 TM) – för GIS</source>
        <translation>GeoPackage (SWEREF 99 TM) – för GIS</translation>
    </message>
    <message>
        <source>GeoJSON (WGS 84) – för webbkartor</source>
        <translation>GeoJSON (WGS 84) – för webbkartor</translation>
    </message>
    <message>
        <source>KML (WGS 84) – för Google Earth</source>
        <translation>KML (WGS 84) – för Google Earth</translation>
    </message>
    <message>
        <source>CSV med semikolon – för Excel</source>
        <translation>CSV med semikolon – för Excel</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Publik – för invånare och GIS: inga personuppgifter, inga nyckel-, Rakel- eller reservkraftsdetaljer</source>
        <translation>&amp;Publik – för invånare och GIS: inga personuppgifter, inga nyckel-, Rakel- eller reservkraftsdetaljer</translation>
    </message>
    <message>
        <source>&amp;Intern – allt, även kontaktpersoner och nycklar: bara för kommunens eget bruk</source>
        <translation>&amp;Intern – allt, även kontaktpersoner och nycklar: bara för kommunens eget bruk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Profil&lt;/b&gt;</source>
        <translation>&lt;b&gt;Profil&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Spara…</source>
        <translation>&amp;Spara…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Den interna filen innehåller personuppgifter och uppgifter om nycklar. Lägg den inte på webben och skicka den inte utanför kommunen.</source>
        <translation>Den interna filen innehåller personuppgifter och uppgifter om nycklar. Lägg den inte på webben och skicka den inte utanför kommunen.</translation>
    </message>
    <message>
        <source>%1-filer (*%2)</source>
        <translation>%1-filer (*%2)</translation>
    </message>
    <message>
        <source>Sparar %1…</source>
        <translation>Sparar %1…</translation>
    </message>
    <message>
        <source>Sparad: %1</source>
        <translation>Sparad: %1</translation>
    </message>
    <message>
        <source>intern</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>publik</source>
        <translation>publik</translation>
    </message>
    <message>
        <source>Avbrutet – ingen fil sparades.</source>
        <translation>Avbrutet – ingen fil sparades.</translation>
    </message>
    <message>
        <source>Exportera Excel-arbetsbok</source>
        <translation>Exportera Excel-arbetsbok</translation>
    </message>
    <message>
        <source>Allt i databasen i en Excel-arbetsbok: ett blad per slag, listval för kategorier och skick, översikten per område. Dolda id-kolumner gör att filen kan ändras i Excel och läsas in igen. Innehåller personuppgifter: för kommunens eget bruk.</source>
        <translation>Allt i databasen i en Excel-arbetsbok: ett blad per slag, listval för kategorier och skick, översikten per område. Dolda id-kolumner gör att filen kan ändras i Excel och läsas in igen. Innehåller personuppgifter: för kommunens eget bruk.</translation>
    </message>
    <message>
        <source>Spara tom Excel-mall</source>
        <translation>Spara tom Excel-mall</translation>
    </message>
    <message>
        <source>En tom arbetsbok med rätt blad och kolumner och listval, att fylla i och läsa in med Importera Excel-arbetsbok.</source>
        <translation>En tom arbetsbok med rätt blad och kolumner och listval, att fylla i och läsa in med Importera Excel-arbetsbok.</translation>
    </message>
    <message>
        <source>Rapport till länsstyrelsen</source>
        <translation>Rapport till länsstyrelsen</translation>
    </message>
    <message>
        <source>Trygghetspunkterna med kapacitet och reservkraft, koordinater i SWEREF 99 TM och WGS 84, som Excel-arbetsbok. Inga kontakter eller personer.</source>
        <translation>Trygghetspunkterna med kapacitet och reservkraft, koordinater i SWEREF 99 TM och WGS 84, som Excel-arbetsbok. Inga kontakter eller personer.</translation>
    </message>
    <message>
        <source>Exportera för GIS</source>
        <translation>Exportera för GIS</translation>
    </message>
    <message>
        <source>Trygghetspunkterna för kartor: GeoPackage i SWEREF 99 TM för kommunens GIS-handläggare, GeoJSON för webbkartor, KML för Google Earth, CSV för Excel.</source>
        <translation>Trygghetspunkterna för kartor: GeoPackage i SWEREF 99 TM för kommunens GIS-handläggare, GeoJSON för webbkartor, KML för Google Earth, CSV för Excel.</translation>
    </message>
    <message>
        <source>Webbsida för invånarna</source>
        <translation>Webbsida för invånarna</translation>
    </message>
    <message>
        <source>En fristående webbsida (en fil) med varje trygghetspunkt, adress, vad den erbjuder och en karta. Kan läggas på kommunens webbplats som den är.</source>
        <translation>En fristående webbsida (en fil) med varje trygghetspunkt, adress, vad den erbjuder och en karta. Kan läggas på kommunens webbplats som den är.</translation>
    </message>
    <message>
        <source>Affischer för anslagstavlan</source>
        <translation>Affischer för anslagstavlan</translation>
    </message>
    <message>
        <source>En affisch per trygghetspunkt, ”Här är din trygghetspunkt”, på svenska med en rad på engelska. En PDF med en sida per punkt.</source>
        <translation>En affisch per trygghetspunkt, ”Här är din trygghetspunkt”, på svenska med en rad på engelska. En PDF med en sida per punkt.</translation>
    </message>
    <message>
        <source>Pappersstorle&amp;k:</source>
        <translation>Pappersstorle&amp;k:</translation>
    </message>
    <message>
        <source>Ta med planera&amp;de trygghetspunkter</source>
        <translation>Ta med planera&amp;de trygghetspunkter</translation>
    </message>
    <message numerus="yes">
        <source>Sparad: %1 (%n trygghetspunkter, profil: %3)</source>
        <translation>
            <numerusform>Sparad: %1 (%n trygghetspunkt, profil: %3)</numerusform>
            <numerusform>Sparad: %1 (%n trygghetspunkter, profil: %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Mapp</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>%1-fil</source>
        <translation>%1-fil</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Gör om…</source>
        <translation>Gör om…</translation>
    </message>
    <message>
        <source>Ångrar importen…</source>
        <translation>Ångrar importen…</translation>
    </message>
</context>
<context>
    <name>InspectionTab</name>
    <message>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Markering</source>
        <translation>Markering</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Inventeringslista</source>
        <translation>Inventeringslista</translation>
    </message>
    <message>
        <source>Ditt namn</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Inventerare</source>
        <translation>Inventerare</translation>
    </message>
    <message>
        <source>Starta inventering</source>
        <translation>Starta inventering</translation>
    </message>
    <message>
        <source>Avsluta inventering</source>
        <translation>Avsluta inventering</translation>
    </message>
    <message>
        <source>Anteckning för markerad rad (N), Enter sparar</source>
        <translation>Anteckning för markerad rad (N), Enter sparar</translation>
    </message>
    <message>
        <source>Tangenter: O/1 = OK, S/2 = behöver service, D/3 = trasig, M/4 = saknas, N = anteckning. Varje markering sparas direkt.</source>
        <translation>Tangenter: O/1 = OK, S/2 = behöver service, D/3 = trasig, M/4 = saknas, N = anteckning. Varje markering sparas direkt.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Tidigare inventeringar</source>
        <translation>Tidigare inventeringar</translation>
    </message>
    <message>
        <source>Trygghetspunkt att inventera</source>
        <translation>Trygghetspunkt att inventera</translation>
    </message>
    <message>
        <source>Inventerare:</source>
        <translation>Inventerare:</translation>
    </message>
    <message>
        <source>Pågående inventering</source>
        <translation>Pågående inventering</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Området har ingen trygghetspunkt att inventera.</source>
        <translation>Området har ingen trygghetspunkt att inventera.</translation>
    </message>
    <message>
        <source>Inventering %1 av %2: %3 av %4 markerade.</source>
        <translation>Inventering %1 av %2: %3 av %4 markerade.</translation>
    </message>
    <message>
        <source>Ingen inventering pågår. Skriv ditt namn och starta.</source>
        <translation>Ingen inventering pågår. Skriv ditt namn och starta.</translation>
    </message>
    <message>
        <source>Markera %1</source>
        <translation>Markera %1</translation>
    </message>
    <message numerus="yes">
        <source>%n saker är inte markerade och behåller sitt skick och datum. Avsluta ändå?</source>
        <translation>
            <numerusform>%n sak är inte markerad och behåller sitt skick och datum. Avsluta ändå?</numerusform>
            <numerusform>%n saker är inte markerade och behåller sitt skick och datum. Avsluta ändå?</numerusform>
        </translation>
    </message>
    <message>
        <source>Skick
förut</source>
        <translation>Skick
förut</translation>
    </message>
    <message>
        <source>Senast
kontrollerad</source>
        <translation>Senast
kontrollerad</translation>
    </message>
    <message>
        <source>Ej markerad</source>
        <translation>Ej markerad</translation>
    </message>
    <message>
        <source>Anteckning för %1 (Enter sparar, Esc avbryter)</source>
        <translation>Anteckning för %1 (Enter sparar, Esc avbryter)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Trygghetspunkt</source>
        <translation>&amp;Trygghetspunkt</translation>
    </message>
    <message>
        <source>&amp;Utrustning</source>
        <translation>&amp;Utrustning</translation>
    </message>
    <message>
        <source>&amp;Kontakter</source>
        <translation>&amp;Kontakter</translation>
    </message>
    <message>
        <source>&amp;Inventering</source>
        <translation>&amp;Inventering</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Översikt – beredskap</source>
        <translation>Översikt – beredskap</translation>
    </message>
    <message>
        <source>Synk</source>
        <translation>Synk</translation>
    </message>
    <message>
        <source>Konflikter</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>S&amp;ynk</source>
        <translation>S&amp;ynk</translation>
    </message>
    <message>
        <source>&amp;Språk</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Ångra %1</source>
        <translation>Ångra %1</translation>
    </message>
    <message>
        <source>Ångra</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Gör om %1</source>
        <translation>Gör om %1</translation>
    </message>
    <message>
        <source>Gör om</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Välj ett område i listan till vänster</source>
        <translation>Välj ett område i listan till vänster</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Byar (kommaseparerade)</source>
        <translation>Byar (kommaseparerade)</translation>
    </message>
    <message>
        <source>Nytt område</source>
        <translation>Nytt område</translation>
    </message>
    <message>
        <source>Ta bort %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <source>Konflikter (%1)</source>
        <translation>Konflikter (%1)</translation>
    </message>
    <message>
        <source>Konflikten är löst. Ditt val skickas med nästa synk.</source>
        <translation>Konflikten är löst. Ditt val skickas med nästa synk.</translation>
    </message>
    <message>
        <source>Läser in demodata…</source>
        <translation>Läser in demodata…</translation>
    </message>
    <message>
        <source>Demodata inläst.</source>
        <translation>Demodata inläst.</translation>
    </message>
    <message>
        <source>Importera JSON-fil</source>
        <translation>Importera JSON-fil</translation>
    </message>
    <message>
        <source>JSON-filer (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Importerar %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <source>Importen är klar.</source>
        <translation>Importen är klar.</translation>
    </message>
    <message>
        <source>Välj ett område först.</source>
        <translation>Välj ett område först.</translation>
    </message>
    <message>
        <source>Avbrutet – inget ändrades.</source>
        <translation>Avbrutet – inget ändrades.</translation>
    </message>
    <message>
        <source>Exportera</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Ställ in säker synk…</source>
        <translation>Ställ in säker synk…</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>R&amp;oller</source>
        <translation>R&amp;oller</translation>
    </message>
    <message>
        <source>I&amp;nformationskanaler</source>
        <translation>I&amp;nformationskanaler</translation>
    </message>
    <message>
        <source>En databas på en server säkerhetskopieras av serverns driftansvariga med pg_dump, inte av Trygghetsapp (docs/office-postgresql.md).</source>
        <translation>En databas på en server säkerhetskopieras av serverns driftansvariga med pg_dump, inte av Trygghetsapp (docs/office-postgresql.md).</translation>
    </message>
    <message>
        <source>Säkerhetskopior: tas med pg_dump på servern</source>
        <translation>Säkerhetskopior: tas med pg_dump på servern</translation>
    </message>
</context>
<context>
    <name>MunicipalityPage</name>
    <message>
        <source>Uppgifterna skrivs ut på varje områdes krischecklista: kommunens namn, tjänsteperson i beredskap (TiB), växeln och frekvensen för VMA. Ändringar sparas när du lämnar fältet.</source>
        <translation>Uppgifterna skrivs ut på varje områdes krischecklista: kommunens namn, tjänsteperson i beredskap (TiB), växeln och frekvensen för VMA. Ändringar sparas när du lämnar fältet.</translation>
    </message>
    <message>
        <source>Välj kommun</source>
        <translation>Välj kommun</translation>
    </message>
    <message>
        <source>Lägg till en kommun till</source>
        <translation>Lägg till en kommun till</translation>
    </message>
    <message>
        <source>Kommunens namn</source>
        <translation>Kommunens namn</translation>
    </message>
    <message>
        <source>Kommunkod</source>
        <translation>Kommunkod</translation>
    </message>
    <message>
        <source>Växel</source>
        <translation>Växel</translation>
    </message>
    <message>
        <source>Tjänsteperson i beredskap (TiB)</source>
        <translation>Tjänsteperson i beredskap (TiB)</translation>
    </message>
    <message>
        <source>Frekvens för VMA (P4, MHz)</source>
        <translation>Frekvens för VMA (P4, MHz)</translation>
    </message>
    <message>
        <source>Checklistorna upprättas av</source>
        <translation>Checklistorna upprättas av</translation>
    </message>
    <message>
        <source>Namn och titel, t.ex. Anna Persson, säkerhetssamordnare</source>
        <translation>Namn och titel, t.ex. Anna Persson, säkerhetssamordnare</translation>
    </message>
    <message>
        <source>Förval för nya områden</source>
        <translation>Förval för nya områden</translation>
    </message>
    <message>
        <source>Koppla dem till den här kommunen</source>
        <translation>Koppla dem till den här kommunen</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Områden utan kommun</source>
        <translation>Områden utan kommun</translation>
    </message>
    <message>
        <source>1 område har ingen kommun: dess checklista saknar TiB-numret.</source>
        <translation>1 område har ingen kommun: dess checklista saknar TiB-numret.</translation>
    </message>
    <message>
        <source>Alla områden hör till en kommun.</source>
        <translation>Alla områden hör till en kommun.</translation>
    </message>
    <message>
        <source>Ändra %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>Skriv kommunens namn först.</source>
        <translation>Skriv kommunens namn först.</translation>
    </message>
    <message>
        <source>Ny kommun</source>
        <translation>Ny kommun</translation>
    </message>
    <message>
        <source>Koppla områden till %1</source>
        <translation>Koppla områden till %1</translation>
    </message>
    <message numerus="yes">
        <source>%n områden har ingen kommun: deras checklistor saknar TiB-numret.</source>
        <translation>
            <numerusform>%n område har ingen kommun: dess checklista saknar TiB-numret.</numerusform>
            <numerusform>%n områden har ingen kommun: deras checklistor saknar TiB-numret.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Område</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Beredskap</source>
        <translation>Beredskap</translation>
    </message>
    <message>
        <source>Trygghets-
punkt</source>
        <translation>Trygghets-
punkt</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>saknas</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>Roller utan
ordinarie</source>
        <translation>Roller utan
ordinarie</translation>
    </message>
    <message>
        <source>Kritiska utan
ersättare</source>
        <translation>Kritiska utan
ersättare</translation>
    </message>
    <message>
        <source>Trasigt</source>
        <translation>Trasigt</translation>
    </message>
    <message>
        <source>Saknas</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Försenad
kontroll</source>
        <translation>Försenad
kontroll</translation>
    </message>
    <message>
        <source>Dagar sedan
inventering</source>
        <translation>Dagar sedan
inventering</translation>
    </message>
    <message>
        <source>aldrig</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Kanaler
ej testade</source>
        <translation>Kanaler
ej testade</translation>
    </message>
    <message>
        <source>Beredskapsöversikt</source>
        <translation>Beredskapsöversikt</translation>
    </message>
    <message>
        <source>Filtrera på områdesnamn</source>
        <translation>Filtrera på områdesnamn</translation>
    </message>
    <message>
        <source>Filtrera översikten</source>
        <translation>Filtrera översikten</translation>
    </message>
    <message>
        <source>Dubbelklicka (eller Enter) på en brist för att öppna den i området.</source>
        <translation>Dubbelklicka (eller Enter) på en brist för att öppna den i området.</translation>
    </message>
    <message>
        <source>Beräknar översikten…</source>
        <translation>Beräknar översikten…</translation>
    </message>
    <message>
        <source>Översikten kunde inte beräknas; se loggfilen.</source>
        <translation>Översikten kunde inte beräknas; se loggfilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n områden</source>
        <translation>
            <numerusform>%n område</numerusform>
            <numerusform>%n områden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 redo, %2 med brister</source>
        <translation>%1 redo, %2 med brister</translation>
    </message>
    <message numerus="yes">
        <source>%n kritiska</source>
        <translation>
            <numerusform>%n kritiskt</numerusform>
            <numerusform>%n kritiska</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Förhandsgranska – %1</source>
        <translation>Förhandsgranska – %1</translation>
    </message>
    <message>
        <source>&amp;Dokument:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>Föregående sida</source>
        <translation>Föregående sida</translation>
    </message>
    <message>
        <source>Nästa sida</source>
        <translation>Nästa sida</translation>
    </message>
    <message>
        <source>Sida</source>
        <translation>Sida</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Anpassa till bredd</source>
        <translation>Anpassa till bredd</translation>
    </message>
    <message>
        <source>Hela sidan</source>
        <translation>Hela sidan</translation>
    </message>
    <message>
        <source>&amp;Spara PDF…</source>
        <translation>&amp;Spara PDF…</translation>
    </message>
    <message>
        <source>Skriv &amp;ut…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Skapar PDF…</source>
        <translation>Skapar PDF…</translation>
    </message>
    <message>
        <source>av %1</source>
        <translation>av %1</translation>
    </message>
    <message>
        <source>%1 sidor</source>
        <translation>%1 sidor</translation>
    </message>
    <message>
        <source>1 sida</source>
        <translation>1 sida</translation>
    </message>
    <message>
        <source>PDF:en kunde inte skapas.</source>
        <translation>PDF:en kunde inte skapas.</translation>
    </message>
    <message>
        <source>Spara PDF</source>
        <translation>Spara PDF</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Sparad: %1</source>
        <translation>Sparad: %1</translation>
    </message>
    <message>
        <source>Skriv ut</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Skriver ut…</source>
        <translation>Skriver ut…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>1 sida skickad till skrivaren.</source>
        <translation>1 sida skickad till skrivaren.</translation>
    </message>
    <message>
        <source>%1 sidor skickade till skrivaren.</source>
        <translation>%1 sidor skickade till skrivaren.</translation>
    </message>
    <message>
        <source>Utskriften avbröts.</source>
        <translation>Utskriften avbröts.</translation>
    </message>
    <message>
        <source>Förhandsgranskning</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Förhandsgranska</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>Stäng (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Spara</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Spara (Enter)</source>
        <translation>Spara (Enter)</translation>
    </message>
    <message>
        <source>Avbryt (Esc)</source>
        <translation>Avbryt (Esc)</translation>
    </message>
    <message>
        <source>Kasta det du har skrivit?</source>
        <translation>Kasta det du har skrivit?</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Ändra %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>Ta bort %1</source>
        <translation>Ta bort %1</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <source>Kontakter att granska (personuppgifter)</source>
        <translation>Kontakter att granska (personuppgifter)</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Granskas senast</source>
        <translation>Granskas senast</translation>
    </message>
    <message>
        <source>inget datum</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <source>Dagar över</source>
        <translation>Dagar över</translation>
    </message>
    <message>
        <source>Kontakter att granska</source>
        <translation>Kontakter att granska</translation>
    </message>
    <message>
        <source>Letar efter kontakter att granska…</source>
        <translation>Letar efter kontakter att granska…</translation>
    </message>
    <message>
        <source>Ingen kontakt har passerat sitt granskningsdatum.</source>
        <translation>Ingen kontakt har passerat sitt granskningsdatum.</translation>
    </message>
    <message>
        <source>Listan kunde inte tas fram; se loggfilen.</source>
        <translation>Listan kunde inte tas fram; se loggfilen.</translation>
    </message>
    <message>
        <source>rättslig grund inte vald</source>
        <translation>rättslig grund inte vald</translation>
    </message>
    <message numerus="yes">
        <source>%n kontakter har passerat sitt granskningsdatum, saknar ett eller saknar en vald rättslig grund. Gå igenom dem med personen (behövs uppgifterna fortfarande?). Dubbelklicka för att öppna.</source>
        <translation>
            <numerusform>%n kontakt har passerat sitt granskningsdatum, saknar ett eller saknar en vald rättslig grund. Gå igenom den med personen (behövs uppgifterna fortfarande?). Dubbelklicka för att öppna.</numerusform>
            <numerusform>%n kontakter har passerat sitt granskningsdatum, saknar ett eller saknar en vald rättslig grund. Gå igenom dem med personen (behövs uppgifterna fortfarande?). Dubbelklicka för att öppna.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <source>Roller</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Välj ordinarie och ersättare bland områdets kontakter. Kritiska roller (★) behöver minst en ersättare.</source>
        <translation>Välj ordinarie och ersättare bland områdets kontakter. Kritiska roller (★) behöver minst en ersättare.</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Kritisk</source>
        <translation>Kritisk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>– ingen –</source>
        <translation>– ingen –</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Saknar ordinarie</source>
        <translation>Saknar ordinarie</translation>
    </message>
    <message>
        <source>Kritisk roll utan ersättare</source>
        <translation>Kritisk roll utan ersättare</translation>
    </message>
    <message>
        <source>Bemannad</source>
        <translation>Bemannad</translation>
    </message>
    <message>
        <source>Bemanna %1</source>
        <translation>Bemanna %1</translation>
    </message>
    <message>
        <source>Ersättaren är samma person som ordinarie</source>
        <translation>Ersättaren är samma person som ordinarie</translation>
    </message>
</context>
<context>
    <name>SafetyPointTab</name>
    <message>
        <source>Områdets namn</source>
        <translation>Områdets namn</translation>
    </message>
    <message>
        <source>Byar (kommaseparerade)</source>
        <translation>Byar (kommaseparerade)</translation>
    </message>
    <message>
        <source>Invånare</source>
        <translation>Invånare</translation>
    </message>
    <message>
        <source>Lokal grupp / förening</source>
        <translation>Lokal grupp / förening</translation>
    </message>
    <message>
        <source>Välj trygghetspunkt</source>
        <translation>Välj trygghetspunkt</translation>
    </message>
    <message>
        <source>Lägg till trygghetspunkt…</source>
        <translation>Lägg till trygghetspunkt…</translation>
    </message>
    <message>
        <source>Området har ingen trygghetspunkt än. Lägg till en för att börja inventera.</source>
        <translation>Området har ingen trygghetspunkt än. Lägg till en för att börja inventera.</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Trygghetspunkt</source>
        <translation>Trygghetspunkt</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Typ av lokal</source>
        <translation>Typ av lokal</translation>
    </message>
    <message>
        <source>Adress</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Latitud (WGS84)</source>
        <translation>Latitud (WGS84)</translation>
    </message>
    <message>
        <source>Longitud (WGS84)</source>
        <translation>Longitud (WGS84)</translation>
    </message>
    <message>
        <source>Nivå</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Det punkten erbjuder</source>
        <translation>Det punkten erbjuder</translation>
    </message>
    <message>
        <source>Reservkraft</source>
        <translation>Reservkraft</translation>
    </message>
    <message>
        <source>Om reservkraften</source>
        <translation>Om reservkraften</translation>
    </message>
    <message>
        <source>Värme</source>
        <translation>Värme</translation>
    </message>
    <message>
        <source>Vatten</source>
        <translation>Vatten</translation>
    </message>
    <message>
        <source>Nyckel finns hos</source>
        <translation>Nyckel finns hos</translation>
    </message>
    <message>
        <source>Platser dagtid</source>
        <translation>Platser dagtid</translation>
    </message>
    <message>
        <source>Platser natt</source>
        <translation>Platser natt</translation>
    </message>
    <message>
        <source>Tillträde</source>
        <translation>Tillträde</translation>
    </message>
    <message>
        <source>Öppningsrutin</source>
        <translation>Öppningsrutin</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Ändra %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>Ny trygghetspunkt</source>
        <translation>Ny trygghetspunkt</translation>
    </message>
    <message>
        <source>%1: »%2« – %3</source>
        <translation>%1: »%2« – %3</translation>
    </message>
    <message>
        <source>Det här sparades inte i %1 (rätta och skriv in det igen):</source>
        <translation>Det här sparades inte i %1 (rätta och skriv in det igen):</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Öppnar databasen…</source>
        <translation>Öppnar databasen…</translation>
    </message>
    <message>
        <source>Avslutar så snart databasen är öppnad och kontrollerad…</source>
        <translation>Avslutar så snart databasen är öppnad och kontrollerad…</translation>
    </message>
    <message>
        <source>Trygghetsapp stängdes inte ordentligt förra gången. Databasen kontrolleras innan den öppnas; det kan ta en stund…</source>
        <translation>Trygghetsapp stängdes inte ordentligt förra gången. Databasen kontrolleras innan den öppnas; det kan ta en stund…</translation>
    </message>
    <message>
        <source>Databasen uppdateras för den nya versionen av Trygghetsapp. En säkerhetskopia görs först och databasen kontrolleras efteråt; en stor databas kan ta några minuter…</source>
        <translation>Databasen uppdateras för den nya versionen av Trygghetsapp. En säkerhetskopia görs först och databasen kontrolleras efteråt; en stor databas kan ta några minuter…</translation>
    </message>
    <message>
        <source>Det här är en bild av fliken som den såg ut sist. Du kan ändra om ett ögonblick, när databasen är öppen.</source>
        <translation>Det här är en bild av fliken som den såg ut sist. Du kan ändra om ett ögonblick, när databasen är öppen.</translation>
    </message>
    <message>
        <source>Databasen har ändrats sedan Trygghetsapp stängdes sist (av ett kommando, en återställd kopia eller ett annat program). Den kontrolleras innan den öppnas; det kan ta en stund…</source>
        <translation>Databasen har ändrats sedan Trygghetsapp stängdes sist (av ett kommando, en återställd kopia eller ett annat program). Den kontrolleras innan den öppnas; det kan ta en stund…</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Synkstatus kunde inte läsas; se loggfilen.</source>
        <translation>Synkstatus kunde inte läsas; se loggfilen.</translation>
    </message>
    <message>
        <source>Senast synkad %1</source>
        <translation>Senast synkad %1</translation>
    </message>
    <message>
        <source>Inte synkad än</source>
        <translation>Inte synkad än</translation>
    </message>
    <message>
        <source>Konflikter: %1</source>
        <translation>Konflikter: %1</translation>
    </message>
    <message>
        <source>Visa konflikterna</source>
        <translation>Visa konflikterna</translation>
    </message>
    <message>
        <source>Läser paketen i synkmappen…</source>
        <translation>Läser paketen i synkmappen…</translation>
    </message>
    <message>
        <source>Synkar med %1…</source>
        <translation>Synkar med %1…</translation>
    </message>
    <message>
        <source>Synkningen är klar.</source>
        <translation>Synkningen är klar.</translation>
    </message>
    <message>
        <source>Synken avbröts. Paket som redan lästs in är kvar; resten läses in nästa gång.</source>
        <translation>Synken avbröts. Paket som redan lästs in är kvar; resten läses in nästa gång.</translation>
    </message>
    <message>
        <source>Välj synkmapp</source>
        <translation>Välj synkmapp</translation>
    </message>
    <message>
        <source>Databasen ligger i synkmappen. Synka aldrig själva databasfilen: flytta den till en lokal mapp, eller välj en annan synkmapp.</source>
        <translation>Databasen ligger i synkmappen. Synka aldrig själva databasfilen: flytta den till en lokal mapp, eller välj en annan synkmapp.</translation>
    </message>
    <message>
        <source>Synkmapp</source>
        <translation>Synkmapp</translation>
    </message>
    <message>
        <source>Spara synkpaketet i mappen</source>
        <translation>Spara synkpaketet i mappen</translation>
    </message>
    <message>
        <source>Skriver synkpaket…</source>
        <translation>Skriver synkpaket…</translation>
    </message>
    <message>
        <source>Det fanns inga nya ändringar att skriva.</source>
        <translation>Det fanns inga nya ändringar att skriva.</translation>
    </message>
    <message>
        <source>Exportera synkpaket</source>
        <translation>Exportera synkpaket</translation>
    </message>
    <message>
        <source>Importera synkpaket</source>
        <translation>Importera synkpaket</translation>
    </message>
    <message>
        <source>Synkpaket (*.tsync *.tsync.sealed)</source>
        <translation>Synkpaket (*.tsync *.tsync.sealed)</translation>
    </message>
    <message>
        <source>Läser in synkpaket…</source>
        <translation>Läser in synkpaket…</translation>
    </message>
    <message>
        <source>Byt namn på datorn</source>
        <translation>Byt namn på datorn</translation>
    </message>
    <message>
        <source>Namn som de andra datorerna ser, t.ex. Fältdator Gunilla:</source>
        <translation>Namn som de andra datorerna ser, t.ex. Fältdator Gunilla:</translation>
    </message>
    <message>
        <source>Byt roll</source>
        <translation>Byt roll</translation>
    </message>
    <message>
        <source>Ändra den här datorns roll till %1? Bara kommunens kontorsdator ska ha rollen Kontor: dess paket talar om för fältdatorerna vad kontoret har tagit emot.</source>
        <translation>Ändra den här datorns roll till %1? Bara kommunens kontorsdator ska ha rollen Kontor: dess paket talar om för fältdatorerna vad kontoret har tagit emot.</translation>
    </message>
    <message numerus="yes">
        <source>%n ändringar väntar</source>
        <translation>
            <numerusform>%n ändring väntar</numerusform>
            <numerusform>%n ändringar väntar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ett synkpaket med %n ändringar sparades i mappen %1. Ta med filen till kontoret.</source>
        <translation>
            <numerusform>Ett synkpaket med %n ändring sparades i mappen %1. Ta med filen till kontoret.</numerusform>
            <numerusform>Ett synkpaket med %n ändringar sparades i mappen %1. Ta med filen till kontoret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Senaste synkpaket %1</source>
        <translation>Senaste synkpaket %1</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Den här datorn</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <source>Byt namn…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <source>Namn:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Roll:</source>
        <translation>Roll:</translation>
    </message>
    <message>
        <source>Synkmapp</source>
        <translation>Synkmapp</translation>
    </message>
    <message>
        <source>Välj synkmapp…</source>
        <translation>Välj synkmapp…</translation>
    </message>
    <message>
        <source>Synka nu</source>
        <translation>Synka nu</translation>
    </message>
    <message>
        <source>Förhandsgranska…</source>
        <translation>Förhandsgranska…</translation>
    </message>
    <message>
        <source>Utan synkmapp, till exempel med ett USB-minne:</source>
        <translation>Utan synkmapp, till exempel med ett USB-minne:</translation>
    </message>
    <message>
        <source>Exportera synkpaket…</source>
        <translation>Exportera synkpaket…</translation>
    </message>
    <message>
        <source>Importera synkpaket…</source>
        <translation>Importera synkpaket…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Senast synkad:</source>
        <translation>Senast synkad:</translation>
    </message>
    <message>
        <source>Senaste paket ut / in:</source>
        <translation>Senaste paket ut / in:</translation>
    </message>
    <message>
        <source>Egna ändringar:</source>
        <translation>Egna ändringar:</translation>
    </message>
    <message>
        <source>Kontoret har tagit emot:</source>
        <translation>Kontoret har tagit emot:</translation>
    </message>
    <message>
        <source>Öppna konflikter:</source>
        <translation>Öppna konflikter:</translation>
    </message>
    <message>
        <source>Datorer</source>
        <translation>Datorer</translation>
    </message>
    <message>
        <source>Dator</source>
        <translation>Dator</translation>
    </message>
    <message>
        <source>Mottaget t.o.m. ändring</source>
        <translation>Mottaget t.o.m. ändring</translation>
    </message>
    <message>
        <source>Väntar på tidigare</source>
        <translation>Väntar på tidigare</translation>
    </message>
    <message>
        <source>Saknas</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <source>Senaste paket</source>
        <translation>Senaste paket</translation>
    </message>
    <message>
        <source>Datorer som synkar med den här:</source>
        <translation>Datorer som synkar med den här:</translation>
    </message>
    <message>
        <source>Ingen synkmapp vald.</source>
        <translation>Ingen synkmapp vald.</translation>
    </message>
    <message>
        <source>aldrig</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>%1 väntar på nästa synk</source>
        <translation>%1 väntar på nästa synk</translation>
    </message>
    <message>
        <source>Den här datorn är kontoret.</source>
        <translation>Den här datorn är kontoret.</translation>
    </message>
    <message>
        <source>Inget paket från kontoret ännu.</source>
        <translation>Inget paket från kontoret ännu.</translation>
    </message>
    <message>
        <source>t.o.m. ändring %1</source>
        <translation>t.o.m. ändring %1</translation>
    </message>
    <message>
        <source>allt är bekräftat</source>
        <translation>allt är bekräftat</translation>
    </message>
    <message>
        <source>(den här datorn)</source>
        <translation>(den här datorn)</translation>
    </message>
    <message>
        <source>klockan går före</source>
        <translation>klockan går före</translation>
    </message>
    <message>
        <source>Ändringarna %1–%2 från %3 har inte kommit än.</source>
        <translation>Ändringarna %1–%2 från %3 har inte kommit än.</translation>
    </message>
    <message>
        <source>Avvisade filer:</source>
        <translation>Avvisade filer:</translation>
    </message>
    <message>
        <source>Ställ in säker synk…</source>
        <translation>Ställ in säker synk…</translation>
    </message>
    <message>
        <source>Namn, enhetskort och fingeravtryck: koppla ihop fältdatorer och kontoret</source>
        <translation>Namn, enhetskort och fingeravtryck: koppla ihop fältdatorer och kontoret</translation>
    </message>
    <message numerus="yes">
        <source>%n ändringar gjorda här</source>
        <translation>
            <numerusform>%n ändring gjord här</numerusform>
            <numerusform>%n ändringar gjorda här</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skickade i paket</source>
        <translation>
            <numerusform>%n skickad i paket</numerusform>
            <numerusform>%n skickade i paket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ändringar är inte bekräftade än</source>
        <translation>
            <numerusform>%n ändring är inte bekräftad än</numerusform>
            <numerusform>%n ändringar är inte bekräftade än</numerusform>
        </translation>
    </message>
    <message>
        <source>Ändring %1 från %3 har inte kommit än.</source>
        <translation>Ändring %1 från %3 har inte kommit än.</translation>
    </message>
    <message numerus="yes">
        <source>… och %n äldre (&apos;trygghetsapp sync status&apos; visar alla)</source>
        <translation>
            <numerusform>… och %n äldre (&apos;trygghetsapp sync status&apos; visar alla)</numerusform>
            <numerusform>… och %n äldre (&apos;trygghetsapp sync status&apos; visar alla)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncReportDialog</name>
    <message>
        <source>Förhandsgranska synk</source>
        <translation>Förhandsgranska synk</translation>
    </message>
    <message>
        <source>Synk</source>
        <translation>Synk</translation>
    </message>
    <message>
        <source>Synka nu</source>
        <translation>Synka nu</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Förhandsgranskning: ingenting är ändrat än.</source>
        <translation>Förhandsgranskning: ingenting är ändrat än.</translation>
    </message>
    <message>
        <source>Så här skulle de nya paketen i synkmappen ändra dina uppgifter:</source>
        <translation>Så här skulle de nya paketen i synkmappen ändra dina uppgifter:</translation>
    </message>
    <message>
        <source>Synkningen är klar.</source>
        <translation>Synkningen är klar.</translation>
    </message>
    <message>
        <source>Inga nya paket i synkmappen.</source>
        <translation>Inga nya paket i synkmappen.</translation>
    </message>
    <message>
        <source>Nya poster</source>
        <translation>Nya poster</translation>
    </message>
    <message>
        <source>Ändrade poster</source>
        <translation>Ändrade poster</translation>
    </message>
    <message>
        <source>Konflikter</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Avvisade filer</source>
        <translation>Avvisade filer</translation>
    </message>
    <message>
        <source>Inlästa paket: %1</source>
        <translation>Inlästa paket: %1</translation>
    </message>
    <message>
        <source>från %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <source>Redan inlästa paket som hoppades över: %1</source>
        <translation>Redan inlästa paket som hoppades över: %1</translation>
    </message>
    <message>
        <source>Paket från andra fältdatorer lämnades kvar i mappen åt kontoret: %1. Deras ändringar kommer hit genom kontorets paket.</source>
        <translation>Paket från andra fältdatorer lämnades kvar i mappen åt kontoret: %1. Deras ändringar kommer hit genom kontorets paket.</translation>
    </message>
    <message>
        <source>Konflikter: samma uppgift har ändrats på två datorer. Välj vilket värde som ska gälla under fliken Konflikter.</source>
        <translation>Konflikter: samma uppgift har ändrats på två datorer. Välj vilket värde som ska gälla under fliken Konflikter.</translation>
    </message>
    <message>
        <source>Klockan på %1 går mer än ett dygn före. Be användaren ställa klockan rätt.</source>
        <translation>Klockan på %1 går mer än ett dygn före. Be användaren ställa klockan rätt.</translation>
    </message>
    <message>
        <source>Dessa filer avvisades och ingenting i dem lästes in:</source>
        <translation>Dessa filer avvisades och ingenting i dem lästes in:</translation>
    </message>
    <message>
        <source>Inga nya egna ändringar att skicka.</source>
        <translation>Inga nya egna ändringar att skicka.</translation>
    </message>
    <message>
        <source>Från %1: %2</source>
        <translation>Från %1: %2</translation>
    </message>
    <message>
        <source>en okänd dator</source>
        <translation>en okänd dator</translation>
    </message>
    <message>
        <source>Ett kvitto på det som kom fram lades i synkmappen, så att de andra datorerna ser vad den här datorn har tagit emot.</source>
        <translation>Ett kvitto på det som kom fram lades i synkmappen, så att de andra datorerna ser vad den här datorn har tagit emot.</translation>
    </message>
    <message numerus="yes">
        <source>Dina %n ändringar lades i synkmappen. De andra datorerna får dem när de synkar.</source>
        <translation>
            <numerusform>Din ändring lades i synkmappen. De andra datorerna får den när de synkar.</numerusform>
            <numerusform>Dina %n ändringar lades i synkmappen. De andra datorerna får dem när de synkar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ett paket från %1</source>
        <translation>Ett paket från %1</translation>
    </message>
    <message>
        <source>Filen %1</source>
        <translation>Filen %1</translation>
    </message>
    <message>
        <source>Konflikterna är redan avgjorda: det finns inget att välja.</source>
        <translation>Konflikterna är redan avgjorda: det finns inget att välja.</translation>
    </message>
</context>
<context>
    <name>SyncSetupDialog</name>
    <message>
        <source>Ställ in säker synk</source>
        <translation>Ställ in säker synk</translation>
    </message>
    <message>
        <source>Datorerna litar bara på paket från datorer de känner. Gör stegen nedan en gång per dator, med kontoret i telefon: ni läser upp fingeravtrycken för varandra och skriver in det ni hör.</source>
        <translation>Datorerna litar bara på paket från datorer de känner. Gör stegen nedan en gång per dator, med kontoret i telefon: ni läser upp fingeravtrycken för varandra och skriver in det ni hör.</translation>
    </message>
    <message>
        <source>Fältdator (tas med ut till byarna)</source>
        <translation>Fältdator (tas med ut till byarna)</translation>
    </message>
    <message>
        <source>Kommunens kontorsdator</source>
        <translation>Kommunens kontorsdator</translation>
    </message>
    <message>
        <source>Den här datorn är:</source>
        <translation>Den här datorn är:</translation>
    </message>
    <message>
        <source>1. Datorns namn</source>
        <translation>1. Datorns namn</translation>
    </message>
    <message>
        <source>Datorns namn</source>
        <translation>Datorns namn</translation>
    </message>
    <message>
        <source>t.ex. Fältdator Gunilla eller Kontoret Storgatan</source>
        <translation>t.ex. Fältdator Gunilla eller Kontoret Storgatan</translation>
    </message>
    <message>
        <source>Spara namnet</source>
        <translation>Spara namnet</translation>
    </message>
    <message>
        <source>Namnet syns för de andra datorerna, i konflikter och i synkstatus.</source>
        <translation>Namnet syns för de andra datorerna, i konflikter och i synkstatus.</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>2. Ge kontoret den här datorns kort</source>
        <translation>2. Ge kontoret den här datorns kort</translation>
    </message>
    <message>
        <source>Spara datorns kort…</source>
        <translation>Spara datorns kort…</translation>
    </message>
    <message>
        <source>Spara kortet på ett USB-minne eller i synkmappen och ge det till kontoret. När kontoret registrerar det läser du upp fingeravtrycket:</source>
        <translation>Spara kortet på ett USB-minne eller i synkmappen och ge det till kontoret. När kontoret registrerar det läser du upp fingeravtrycket:</translation>
    </message>
    <message>
        <source>3. Lita på kontorets kort</source>
        <translation>3. Lita på kontorets kort</translation>
    </message>
    <message>
        <source>Välj kontorets kort…</source>
        <translation>Välj kontorets kort…</translation>
    </message>
    <message>
        <source>Inget kort valt.</source>
        <translation>Inget kort valt.</translation>
    </message>
    <message>
        <source>Fingeravtrycket som kontoret läser upp</source>
        <translation>Fingeravtrycket som kontoret läser upp</translation>
    </message>
    <message>
        <source>Byt ut den kontorsnyckel datorn litar på nu (bara efter samtal med kontoret)</source>
        <translation>Byt ut den kontorsnyckel datorn litar på nu (bara efter samtal med kontoret)</translation>
    </message>
    <message>
        <source>Lita på kontoret</source>
        <translation>Lita på kontoret</translation>
    </message>
    <message>
        <source>Fingeravtrycket som kontoret läser upp för dig:</source>
        <translation>Fingeravtrycket som kontoret läser upp för dig:</translation>
    </message>
    <message>
        <source>4. Kryptera</source>
        <translation>4. Kryptera</translation>
    </message>
    <message>
        <source>Kryptera alltid paketen till kontoret (bara kontoret kan läsa dem)</source>
        <translation>Kryptera alltid paketen till kontoret (bara kontoret kan läsa dem)</translation>
    </message>
    <message>
        <source>2. Registrera en fältdator</source>
        <translation>2. Registrera en fältdator</translation>
    </message>
    <message>
        <source>Välj fältdatorns kort…</source>
        <translation>Välj fältdatorns kort…</translation>
    </message>
    <message>
        <source>Fingeravtrycket som fältdatorn läser upp</source>
        <translation>Fingeravtrycket som fältdatorn läser upp</translation>
    </message>
    <message>
        <source>Registrera</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <source>Registrerade fältdatorer</source>
        <translation>Registrerade fältdatorer</translation>
    </message>
    <message>
        <source>Fingeravtrycket som fältdatorn läser upp för dig:</source>
        <translation>Fingeravtrycket som fältdatorn läser upp för dig:</translation>
    </message>
    <message>
        <source>Registrerade datorer:</source>
        <translation>Registrerade datorer:</translation>
    </message>
    <message>
        <source>3. Ge fältdatorerna kontorets kort</source>
        <translation>3. Ge fältdatorerna kontorets kort</translation>
    </message>
    <message>
        <source>Spara kontorets kort…</source>
        <translation>Spara kontorets kort…</translation>
    </message>
    <message>
        <source>Varje fältdator behöver kontorets kort. När fältdatorn lägger in det läser du upp fingeravtrycket:</source>
        <translation>Varje fältdator behöver kontorets kort. När fältdatorn lägger in det läser du upp fingeravtrycket:</translation>
    </message>
    <message>
        <source>Datorn heter ännu bara %1. Skriv ett namn som kontoret och kollegorna känner igen.</source>
        <translation>Datorn heter ännu bara %1. Skriv ett namn som kontoret och kollegorna känner igen.</translation>
    </message>
    <message>
        <source>Datorn litar på %1 (fingeravtryck %2).</source>
        <translation>Datorn litar på %1 (fingeravtryck %2).</translation>
    </message>
    <message>
        <source>Lita på kontorets kort först (steg 3).</source>
        <translation>Lita på kontorets kort först (steg 3).</translation>
    </message>
    <message>
        <source>spärrad</source>
        <translation>spärrad</translation>
    </message>
    <message>
        <source>Skriv ett namn, t.ex. Fältdator Gunilla.</source>
        <translation>Skriv ett namn, t.ex. Fältdator Gunilla.</translation>
    </message>
    <message>
        <source>Ge datorn ett namn först (steg 1): kontoret ska se vems kort det är.</source>
        <translation>Ge datorn ett namn först (steg 1): kontoret ska se vems kort det är.</translation>
    </message>
    <message>
        <source>Spara kortet i mappen</source>
        <translation>Spara kortet i mappen</translation>
    </message>
    <message>
        <source>Kortet sparades som %1 i %2.</source>
        <translation>Kortet sparades som %1 i %2.</translation>
    </message>
    <message>
        <source>Välj kontorets kort</source>
        <translation>Välj kontorets kort</translation>
    </message>
    <message>
        <source>Välj fältdatorns kort</source>
        <translation>Välj fältdatorns kort</translation>
    </message>
    <message>
        <source>Enhetskort (*.json)</source>
        <translation>Enhetskort (*.json)</translation>
    </message>
    <message>
        <source>Kort från %1 (%2).</source>
        <translation>Kort från %1 (%2).</translation>
    </message>
    <message>
        <source>Välj kontorets kort först.</source>
        <translation>Välj kontorets kort först.</translation>
    </message>
    <message>
        <source>Välj fältdatorns kort först.</source>
        <translation>Välj fältdatorns kort först.</translation>
    </message>
    <message>
        <source>%1 är registrerad. Dess paket läses nu in här.</source>
        <translation>%1 är registrerad. Dess paket läses nu in här.</translation>
    </message>
</context>
<context>
    <name>XlsxImportWizard</name>
    <message>
        <source>Importera Excel-arbetsbok</source>
        <translation>Importera Excel-arbetsbok</translation>
    </message>
    <message>
        <source>Ingen fil vald.</source>
        <translation>Ingen fil vald.</translation>
    </message>
    <message>
        <source>&amp;Välj fil…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <source>Välj arbetsboken med kommunens listor: ett blad per slag (områden, trygghetspunkter, utrustning, kontakter, roller, kanaler), rubriker på svenska eller engelska. Inget skrivs förrän du har sett vad som ändras och tryckt Importera.</source>
        <translation>Välj arbetsboken med kommunens listor: ett blad per slag (områden, trygghetspunkter, utrustning, kontakter, roller, kanaler), rubriker på svenska eller engelska. Inget skrivs förrän du har sett vad som ändras och tryckt Importera.</translation>
    </message>
    <message>
        <source>Blad</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>Rad</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Kolumn</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Fel</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Blad och rad / kolumn</source>
        <translation>Blad och rad / kolumn</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Efter importen</source>
        <translation>Efter importen</translation>
    </message>
    <message>
        <source>Blad / rubrik i filen</source>
        <translation>Blad / rubrik i filen</translation>
    </message>
    <message>
        <source>Läses som</source>
        <translation>Läses som</translation>
    </message>
    <message>
        <source>&amp;Granska igen</source>
        <translation>&amp;Granska igen</translation>
    </message>
    <message>
        <source>Läs filen igen, med dina val av blad och kolumner och med rättelser du gjort</source>
        <translation>Läs filen igen, med dina val av blad och kolumner och med rättelser du gjort</translation>
    </message>
    <message>
        <source>&amp;Importera</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Välj Excel-arbetsbok</source>
        <translation>Välj Excel-arbetsbok</translation>
    </message>
    <message>
        <source>Excel-arbetsböcker (*.xlsx *.xlsm);;Alla filer (*)</source>
        <translation>Excel-arbetsböcker (*.xlsx *.xlsm);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Läser %1…</source>
        <translation>Läser %1…</translation>
    </message>
    <message>
        <source>Avbrutet – filen lästes inte färdigt.</source>
        <translation>Avbrutet – filen lästes inte färdigt.</translation>
    </message>
    <message>
        <source>Inget har skrivits.</source>
        <translation>Inget har skrivits.</translation>
    </message>
    <message>
        <source>Filen kan inte läsas in: %1</source>
        <translation>Filen kan inte läsas in: %1</translation>
    </message>
    <message>
        <source>Filen kunde inte läsas. Inget har skrivits.</source>
        <translation>Filen kunde inte läsas. Inget har skrivits.</translation>
    </message>
    <message>
        <source>Filen har fel och kan inte importeras. Inget har skrivits. Rätta felen i Excel (blad, rad och kolumn står i listan), spara filen och tryck Granska igen.</source>
        <translation>Filen har fel och kan inte importeras. Inget har skrivits. Rätta felen i Excel (blad, rad och kolumn står i listan), spara filen och tryck Granska igen.</translation>
    </message>
    <message>
        <source>Inget har skrivits ännu. Importera skriver allt på en gång; det kan ångras i ett steg med Ctrl+Z. Poster som saknas i filen tas inte bort.</source>
        <translation>Inget har skrivits ännu. Importera skriver allt på en gång; det kan ångras i ett steg med Ctrl+Z. Poster som saknas i filen tas inte bort.</translation>
    </message>
    <message>
        <source>Filen innehåller inget nytt: databasen har redan allt i den.</source>
        <translation>Filen innehåller inget nytt: databasen har redan allt i den.</translation>
    </message>
    <message>
        <source>Fel (%1)</source>
        <translation>Fel (%1)</translation>
    </message>
    <message>
        <source>Nya (%1)</source>
        <translation>Nya (%1)</translation>
    </message>
    <message>
        <source>Ändrade (%1)</source>
        <translation>Ändrade (%1)</translation>
    </message>
    <message>
        <source>Blad och kolumner</source>
        <translation>Blad och kolumner</translation>
    </message>
    <message>
        <source>… och %1 fel till</source>
        <translation>… och %1 fel till</translation>
    </message>
    <message>
        <source>… och %1 till</source>
        <translation>… och %1 till</translation>
    </message>
    <message>
        <source>rad</source>
        <translation>rad</translation>
    </message>
    <message>
        <source>Bladet %1 läses som</source>
        <translation>Bladet %1 läses som</translation>
    </message>
    <message>
        <source>– läses inte –</source>
        <translation>– läses inte –</translation>
    </message>
    <message>
        <source>Kolumnen %1 läses som</source>
        <translation>Kolumnen %1 läses som</translation>
    </message>
    <message>
        <source>Rubriken känns inte igen; välj vad kolumnen är</source>
        <translation>Rubriken känns inte igen; välj vad kolumnen är</translation>
    </message>
    <message>
        <source>Du har ändrat hur filen läses. Tryck Granska igen.</source>
        <translation>Du har ändrat hur filen läses. Tryck Granska igen.</translation>
    </message>
    <message>
        <source>Importerar %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <source>Import från %1</source>
        <translation>Import från %1</translation>
    </message>
    <message>
        <source>Avbrutet – inget ändrades.</source>
        <translation>Avbrutet – inget ändrades.</translation>
    </message>
    <message>
        <source>Tryck Importera för att försöka igen.</source>
        <translation>Tryck Importera för att försöka igen.</translation>
    </message>
    <message>
        <source>Inget har skrivits. Tryck Granska igen.</source>
        <translation>Inget har skrivits. Tryck Granska igen.</translation>
    </message>
    <message>
        <source>Inget har skrivits. Välj en annan fil, eller rätta den här och tryck Granska igen.</source>
        <translation>Inget har skrivits. Välj en annan fil, eller rätta den här och tryck Granska igen.</translation>
    </message>
    <message>
        <source>Blad som inte läses: %1 (välj vad de är under Blad och kolumner).</source>
        <translation>Blad som inte läses: %1 (välj vad de är under Blad och kolumner).</translation>
    </message>
    <message numerus="yes">
        <source>Blad och kolumner (%n okända)</source>
        <translation>
            <numerusform>Blad och kolumner (%n okänd)</numerusform>
            <numerusform>Blad och kolumner (%n okända)</numerusform>
        </translation>
    </message>
    <message>
        <source>Importen är klar: %1. Ångra med Ctrl+Z.</source>
        <translation>Importen är klar: %1. Ångra med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Nytt område…</source>
        <translation>Nytt område…</translation>
    </message>
    <message>
        <source>Ta bort området…</source>
        <translation>Ta bort området…</translation>
    </message>
    <message>
        <source>Läs in demodata…</source>
        <translation>Läs in demodata…</translation>
    </message>
    <message>
        <source>Importera JSON-fil…</source>
        <translation>Importera JSON-fil…</translation>
    </message>
    <message>
        <source>Förhandsgranska och skriv ut…</source>
        <translation>Förhandsgranska och skriv ut…</translation>
    </message>
    <message>
        <source>Skriv ut / exportera flera områden…</source>
        <translation>Skriv ut / exportera flera områden…</translation>
    </message>
    <message>
        <source>Säkerhetskopior…</source>
        <translation>Säkerhetskopior…</translation>
    </message>
    <message>
        <source>Avsluta</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Ångra</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Gör om</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Ny post i fliken</source>
        <translation>Ny post i fliken</translation>
    </message>
    <message>
        <source>Ändra markerad</source>
        <translation>Ändra markerad</translation>
    </message>
    <message>
        <source>Ta bort markerad…</source>
        <translation>Ta bort markerad…</translation>
    </message>
    <message>
        <source>Sök område</source>
        <translation>Sök område</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Översikt</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Synk</source>
        <translation>Synk</translation>
    </message>
    <message>
        <source>Konflikter</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Synka nu</source>
        <translation>Synka nu</translation>
    </message>
    <message>
        <source>Förhandsgranska synk…</source>
        <translation>Förhandsgranska synk…</translation>
    </message>
    <message>
        <source>Välj synkmapp…</source>
        <translation>Välj synkmapp…</translation>
    </message>
    <message>
        <source>Exportera synkpaket…</source>
        <translation>Exportera synkpaket…</translation>
    </message>
    <message>
        <source>Importera synkpaket…</source>
        <translation>Importera synkpaket…</translation>
    </message>
    <message>
        <source>Systemets språk</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>Importera Excel-arbetsbok…</source>
        <translation>Importera Excel-arbetsbok…</translation>
    </message>
    <message>
        <source>Excel-arbetsbok (allt)…</source>
        <translation>Excel-arbetsbok (allt)…</translation>
    </message>
    <message>
        <source>Tom Excel-mall…</source>
        <translation>Tom Excel-mall…</translation>
    </message>
    <message>
        <source>Rapport till länsstyrelsen (Excel)…</source>
        <translation>Rapport till länsstyrelsen (Excel)…</translation>
    </message>
    <message>
        <source>För GIS (GeoPackage, GeoJSON, KML, CSV)…</source>
        <translation>För GIS (GeoPackage, GeoJSON, KML, CSV)…</translation>
    </message>
    <message>
        <source>Webbsida för invånarna…</source>
        <translation>Webbsida för invånarna…</translation>
    </message>
    <message>
        <source>Affischer för anslagstavlan (PDF)…</source>
        <translation>Affischer för anslagstavlan (PDF)…</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Kommun</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Databasen återställdes från säkerhetskopian %1. Den skadade filen sparades som %2.</source>
        <translation>Databasen återställdes från säkerhetskopian %1. Den skadade filen sparades som %2.</translation>
    </message>
    <message>
        <source>Dagens säkerhetskopia kunde inte göras (detaljer i loggfilen).</source>
        <translation>Dagens säkerhetskopia kunde inte göras (detaljer i loggfilen).</translation>
    </message>
    <message>
        <source>Kommandot &apos;%1&apos; (process %2) arbetar med databasen %3 just nu. Försök igen när det är klart.</source>
        <translation>Kommandot &apos;%1&apos; (process %2) arbetar med databasen %3 just nu. Försök igen när det är klart.</translation>
    </message>
    <message>
        <source>Trygghetsapp är redan öppet med den här databasen (%1). Byt till det fönstret; två fönster på samma databas går inte.</source>
        <translation>Trygghetsapp är redan öppet med den här databasen (%1). Byt till det fönstret; två fönster på samma databas går inte.</translation>
    </message>
    <message>
        <source>Databasen kunde inte öppnas: %1 (detaljer i %2)</source>
        <translation>Databasen kunde inte öppnas: %1 (detaljer i %2)</translation>
    </message>
    <message>
        <source>En ny, tom databas skapades.</source>
        <translation>En ny, tom databas skapades.</translation>
    </message>
    <message>
        <source>En ny, tom databas skapades. De gamla säkerhetskopiorna finns kvar i %1.</source>
        <translation>En ny, tom databas skapades. De gamla säkerhetskopiorna finns kvar i %1.</translation>
    </message>
    <message>
        <source>Databasen återställdes från säkerhetskopian %1.</source>
        <translation>Databasen återställdes från säkerhetskopian %1.</translation>
    </message>
    <message>
        <source>Dagens säkerhetskopia gjordes, men inte i den andra mappen: %1</source>
        <translation>Dagens säkerhetskopia gjordes, men inte i den andra mappen: %1</translation>
    </message>
    <message>
        <source>Trygghetsapp stängdes inte ordentligt förra gången. Databasen har kontrollerats och är hel.</source>
        <translation>Trygghetsapp stängdes inte ordentligt förra gången. Databasen har kontrollerats och är hel.</translation>
    </message>
    <message>
        <source>Trygghetsapp är redan öppet med serverdatabasen %1 för den här användaren på den här datorn. Byt till det fönstret.</source>
        <translation>Trygghetsapp är redan öppet med serverdatabasen %1 för den här användaren på den här datorn. Byt till det fönstret.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Ta bort</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Ta bort %1? Du kan ångra med Ctrl+Z.</source>
        <translation>Ta bort %1? Du kan ångra med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Något gick fel och ändringen kunde inte sparas. Försök igen; detaljerna finns i loggfilen.</source>
        <translation>Något gick fel och ändringen kunde inte sparas. Försök igen; detaljerna finns i loggfilen.</translation>
    </message>
    <message>
        <source>Logg: </source>
        <translation>Logg: </translation>
    </message>
</context>
<context>
    <name>print_preview</name>
    <message>
        <source>Krischecklista</source>
        <translation>Krischecklista</translation>
    </message>
    <message>
        <source>Inventeringsprotokoll</source>
        <translation>Inventeringsprotokoll</translation>
    </message>
    <message>
        <source>Rollkort</source>
        <translation>Rollkort</translation>
    </message>
</context>
<context>
    <name>readiness</name>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Brister</source>
        <translation>Brister</translation>
    </message>
    <message>
        <source>Kritiskt</source>
        <translation>Kritiskt</translation>
    </message>
    <message>
        <source>Ingen trygghetspunkt</source>
        <translation>Ingen trygghetspunkt</translation>
    </message>
    <message>
        <source>Roller utan ordinarie: %1</source>
        <translation>Roller utan ordinarie: %1</translation>
    </message>
    <message>
        <source>Kritiska roller utan ersättare: %1</source>
        <translation>Kritiska roller utan ersättare: %1</translation>
    </message>
    <message>
        <source>Trasig utrustning: %1</source>
        <translation>Trasig utrustning: %1</translation>
    </message>
    <message>
        <source>Saknad utrustning: %1</source>
        <translation>Saknad utrustning: %1</translation>
    </message>
    <message>
        <source>Försenade kontroller: %1</source>
        <translation>Försenade kontroller: %1</translation>
    </message>
    <message>
        <source>Aldrig inventerad</source>
        <translation>Aldrig inventerad</translation>
    </message>
    <message>
        <source>Dagar sedan senaste inventering: %1</source>
        <translation>Dagar sedan senaste inventering: %1</translation>
    </message>
    <message>
        <source>Kanaler som inte testats: %1</source>
        <translation>Kanaler som inte testats: %1</translation>
    </message>
    <message>
        <source>Aldrig kontrollerad utrustning: %1</source>
        <translation>Aldrig kontrollerad utrustning: %1</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Kommun</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Trygghetspunkt</source>
        <translation>Trygghetspunkt</translation>
    </message>
    <message>
        <source>Utrustning</source>
        <translation>Utrustning</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Krisroll</source>
        <translation>Krisroll</translation>
    </message>
    <message>
        <source>Rolltilldelning</source>
        <translation>Rolltilldelning</translation>
    </message>
    <message>
        <source>Informationskanal</source>
        <translation>Informationskanal</translation>
    </message>
    <message>
        <source>Inventering</source>
        <translation>Inventering</translation>
    </message>
    <message>
        <source>Inventeringsrad</source>
        <translation>Inventeringsrad</translation>
    </message>
    <message>
        <source>Borttagen</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Uppgifter</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Ordning (ordinarie/ersättare)</source>
        <translation>Ordning (ordinarie/ersättare)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>(tomt)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>(inga fält)</source>
        <translation>(inga fält)</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Fältdator</source>
        <translation>Fältdator</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
</TS>
