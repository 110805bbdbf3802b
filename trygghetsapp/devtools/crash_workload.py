"""A child process that writes through the services and acknowledges each committed edit.

Run as `python -m trygghetsapp.devtools.crash_workload DB EXPORT_FILE SEED`. It prints one line
`ACK <kind> <id> <value>` only after the service call has returned, i.e. after COMMIT: the parent
kills it with SIGKILL at a random moment and then checks that every acknowledged edit survived and
that the database passes `check`. The workload mixes the write paths a user has: single edits,
a whole import-json, and a backup.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from trygghetsapp.services import areas, backups, contacts, equipment, transfer
from trygghetsapp.services.database import Database


def main() -> int:
    db_path, export_file, seed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
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
        if roll < 0.6:
            item_id, _ = equipment.add_equipment(
                database,
                {"safety_point_id": point_id, "name": f"Sak {step}", "quantity": step},
            )
            print(f"ACK equipment {item_id} {step}", flush=True)
        elif roll < 0.9:
            contact_id, _ = contacts.add_contact(
                database, {"area_id": area_id, "name": f"Person {step}", "phone": "0701740612"}
            )
            print(f"ACK contact {contact_id} {step}", flush=True)
        elif roll < 0.97:
            transfer.import_file(database, export_file, backup_first=False)
            print("ACK import - -", flush=True)
        else:
            backups.backup(database)
            print("ACK backup - -", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
