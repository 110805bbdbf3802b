"""The sync room: the controller (Synka nu, packages, folder, device, the shared status), the Synk
tab (`panel`), the Konflikter tab (`conflicts`), the report after a sync (`report`), the words
for records, fields and values (`labels`) and the snapshot the views share (`state`)."""
