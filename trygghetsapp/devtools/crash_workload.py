"""A child process that writes through the services and acknowledges each committed edit.

Run as `python -m trygghetsapp.devtools.crash_workload DB EXPORT_FILE SEED MANIFEST PDF_DIR`. It
prints one line `ACK <kind> <id> <value>` only after the call has returned, i.e. after COMMIT (or
after the atomic rename of a file): the parent kills it with SIGKILL at a random moment and then
checks that every acknowledged edit survived and that the database passes `check`. The workload
mixes the write paths a user has: single edits, a whole import-json, `sync import` of signed
packages (MANIFEST: one `package marker-area-id` per line, in order), `export-pdf` into PDF_DIR,
and a backup.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from trygghetsapp.services import areas, backups, contacts, equipment, transfer
from trygghetsapp.services.database import Database


def _export_pdf(database: Database, area_id: str, folder: Path) -> Path:
    from trygghetsapp.reports.batch import export_pdfs  # reportlab only once a PDF is due

    return export_pdfs(database, [area_id], "checklist", folder)[0]


def _sync_import(database: Database, package: Path) -> None:
    from trygghetsapp.sync.api import import_file

    import_file(database, package)


def main() -> int:
    db_path, export_file, seed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    manifest = [line.split() for line in Path(sys.argv[4]).read_text().splitlines() if line]
    pdf_folder = Path(sys.argv[5])
    synced = 0
    rng = random.Random(seed)
    database = Database.open(db_path)
    area_id, _ = areas.create_area(database, {"name": f"Krasch-test {seed}"})
    print(f"ACK area {area_id} -", flush=True)
    from trygghetsapp.services.safety_points import create_safety_point

    point_id, _ = create_safety_point(
        database, {"area_id": area_id, "name": "Punkt", "kind": "shop"}
    )
    step = 0
    while True:
        step += 1
        roll = rng.random()
        if roll < 0.55:
            item_id, _ = equipment.add_equipment(
                database,
                {"safety_point_id": point_id, "name": f"Sak {step}", "quantity": step},
            )
            print(f"ACK equipment {item_id} {step}", flush=True)
        elif roll < 0.8:
            contact_id, _ = contacts.add_contact(
                database, {"area_id": area_id, "name": f"Person {step}", "phone": "0701740612"}
            )
            print(f"ACK contact {contact_id} {step}", flush=True)
        elif roll < 0.87:
            transfer.import_file(database, export_file, backup_first=False)
            print("ACK import - -", flush=True)
        elif roll < 0.93:
            # In order; once all are in, importing again is a no-op that must stay harmless.
            package, marker = manifest[min(synced, len(manifest) - 1)]
            _sync_import(database, Path(package))
            synced += 1
            print(f"ACK sync {marker} {synced}", flush=True)
        elif roll < 0.97:
            path = _export_pdf(database, area_id, pdf_folder)
            print(f"ACK pdf {path} -", flush=True)
        else:
            backups.backup(database)
            print("ACK backup - -", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
