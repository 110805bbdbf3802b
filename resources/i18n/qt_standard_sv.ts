<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>OK</translation></message>
    <message><source>Save</source><translation>Spara</translation></message>
    <message><source>Save All</source><translation>Spara alla</translation></message>
    <message><source>Open</source><translation>Öppna</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Ja</translation></message>
    <message><source>Yes to &amp;All</source><translation>Ja till &amp;alla</translation></message>
    <message><source>&amp;No</source><translation>&amp;Nej</translation></message>
    <message><source>N&amp;o to All</source><translation>N&amp;ej till alla</translation></message>
    <message><source>Abort</source><translation>Avbryt</translation></message>
    <message><source>Retry</source><translation>Försök igen</translation></message>
    <message><source>Ignore</source><translation>Ignorera</translation></message>
    <message><source>Close</source><translation>Stäng</translation></message>
    <message><source>Cancel</source><translation>Avbryt</translation></message>
    <message><source>Discard</source><translation>Kasta</translation></message>
    <message><source>Don&apos;t Save</source><translation>Spara inte</translation></message>
    <message><source>Help</source><translation>Hjälp</translation></message>
    <message><source>Apply</source><translation>Verkställ</translation></message>
    <message><source>Reset</source><translation>Återställ</translation></message>
    <message><source>Restore Defaults</source><translation>Återställ standardvärden</translation></message>
</context>
<context>
    <name>QFileDialog</name>
    <message><source>Look in:</source><translation>Leta i:</translation></message>
    <message><source>Files of type:</source><translation>Filtyp:</translation></message>
    <message><source>&amp;Open</source><translation>&amp;Öppna</translation></message>
    <message><source>&amp;Save</source><translation>&amp;Spara</translation></message>
    <message><source>&amp;Choose</source><translation>&amp;Välj</translation></message>
    <message><source>Directory:</source><translation>Mapp:</translation></message>
    <message><source>Directories</source><translation>Mappar</translation></message>
    <message><source>All Files (*)</source><translation>Alla filer (*)</translation></message>
    <message><source>Back</source><translation>Bakåt</translation></message>
    <message><source>Forward</source><translation>Framåt</translation></message>
    <message><source>Parent Directory</source><translation>Överliggande mapp</translation></message>
    <message><source>Create New Folder</source><translation>Skapa ny mapp</translation></message>
    <message><source>New Folder</source><translation>Ny mapp</translation></message>
    <message><source>List View</source><translation>Listvy</translation></message>
    <message><source>Detail View</source><translation>Detaljvy</translation></message>
    <message><source>My Computer</source><translation>Den här datorn</translation></message>
</context>
</TS>
