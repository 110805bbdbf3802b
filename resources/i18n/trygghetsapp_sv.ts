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
        <source>Ändra %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>Ändra kanal</source>
        <translation>Ändra kanal</translation>
    </message>
    <message>
        <source>Ta bort %1</source>
        <translation>Ta bort %1</translation>
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
        <source>Ny kontakt</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>Ändra %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>Ändra kontakt</source>
        <translation>Ändra kontakt</translation>
    </message>
    <message>
        <source>Ta bort %1</source>
        <translation>Ta bort %1</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>Databasen är skadad och har inte ändrats.</source>
        <translation>Databasen är skadad och har inte ändrats.</translation>
    </message>
    <message>
        <source>Den senaste hela säkerhetskopian är från %1. Återställ den? Den skadade filen sparas bredvid, så att kommunens kontor kan undersöka den. Det som ändrats efter säkerhetskopian finns inte med.</source>
        <translation>Den senaste hela säkerhetskopian är från %1. Återställ den? Den skadade filen sparas bredvid, så att kommunens kontor kan undersöka den. Det som ändrats efter säkerhetskopian finns inte med.</translation>
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
        <source>%1 st, %2 försenade</source>
        <translation>%1 st, %2 försenade</translation>
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
        <source>Kontrollintervall (dagar)</source>
        <translation>Kontrollintervall (dagar)</translation>
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
        <source>Ändra %1</source>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>Ändra utrustning</source>
        <translation>Ändra utrustning</translation>
    </message>
    <message>
        <source>Ta bort %1</source>
        <translation>Ta bort %1</translation>
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
        <source>Skick förut</source>
        <translation>Skick förut</translation>
    </message>
    <message>
        <source>Senast kontrollerad</source>
        <translation>Senast kontrollerad</translation>
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
    <message>
        <source>%1 saker är inte markerade och behåller sitt skick och datum. Avsluta ändå?</source>
        <translation>%1 saker är inte markerade och behåller sitt skick och datum. Avsluta ändå?</translation>
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
        <source>&amp;Roller</source>
        <translation>&amp;Roller</translation>
    </message>
    <message>
        <source>Informations&amp;kanaler</source>
        <translation>Informations&amp;kanaler</translation>
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
        <source>Avbrutet – inget ändrades.</source>
        <translation>Avbrutet – inget ändrades.</translation>
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
    <message>
        <source>%1 områden: %2 redo, %3 med brister, %4 kritiska</source>
        <translation>%1 områden: %2 redo, %3 med brister, %4 kritiska</translation>
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
        <source>%1 kontakter har passerat sitt granskningsdatum eller saknar ett. Gå igenom dem med personen (behövs uppgifterna fortfarande?). Dubbelklicka för att öppna.</source>
        <translation>%1 kontakter har passerat sitt granskningsdatum eller saknar ett. Gå igenom dem med personen (behövs uppgifterna fortfarande?). Dubbelklicka för att öppna.</translation>
    </message>
    <message>
        <source>Listan kunde inte tas fram; se loggfilen.</source>
        <translation>Listan kunde inte tas fram; se loggfilen.</translation>
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
        <source>Systemets språk</source>
        <translation>Systemets språk</translation>
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
        <source>Trygghetsapp är redan öppet med den här databasen (%1). Byt till det fönstret; två fönster på samma databas går inte.</source>
        <translation>Trygghetsapp är redan öppet med den här databasen (%1). Byt till det fönstret; två fönster på samma databas går inte.</translation>
    </message>
    <message>
        <source>Databasen kunde inte öppnas: %1 (detaljer i %2)</source>
        <translation>Databasen kunde inte öppnas: %1 (detaljer i %2)</translation>
    </message>
    <message>
        <source>Trygghetsapp stängdes inte ordentligt förra gången. Databasen har kontrollerats och är hel.</source>
        <translation>Trygghetsapp stängdes inte ordentligt förra gången. Databasen har kontrollerats och är hel.</translation>
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
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
</TS>
