"""A child process that writes through the services, one planned step at a time, in lockstep with
the parent that will kill it.

Run as `python -m tools.devtools.crash_workload CONFIG` (a JSON file written by
`crash_trials`: database, plan, import documents, sync manifest, PDF folder). Every line it prints
waits for the parent's answer on stdin:

- `READY <package folder>`: started; the parent checks it runs the same code as itself.
- `BEGIN <n> <kind> <json>`: step n of the plan starts; the JSON says what it will do that the
  parent cannot know (an imported item it deletes). The answer `go` runs it; `step` also
  announces every event inside it.
- `EVENT <n> <what> <detail>` (only when stepping): just after a database commit, or just before a
  file is opened for writing, renamed, removed, copied or connected to by sqlite3 beside the
  database. The parent may kill it there, which makes a kill point an event, not a time. The
  answer `run` ends the stepping for the rest of the step (a kill timed from this event is due,
  and waiting for answers would only stretch the step).
- `ACK <n> <kind> <json>`: printed only after the call returned, i.e. after COMMIT (or after the
  atomic rename of a file); the JSON says what was stored, so the parent can look it up later.

The kinds are the write paths a user has: single edits (equipment, contact), a whole import-json
(each a different document, so each changes records), `sync import` of signed packages, export-pdf
and a backup. All of them go through the services' public functions.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import trygghetsapp
from trygghetsapp.services import areas, backups, contacts, equipment, transfer
from trygghetsapp.services.database import Database, open_database


class Parent:
    """The lockstep line protocol: say a line, wait for the answer."""

    def __init__(self) -> None:
        self.stepping = False
        self._inside = False

    def say(self, line: str) -> str:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
        answer = sys.stdin.readline()
        if not answer:
            raise SystemExit(0)  # the parent is gone
        return answer.strip()

    def event(self, step: int, what: str, detail: str) -> None:
        """Announce an event inside the running step, if the parent asked to step through it."""
        if not self.stepping or self._inside:
            return
        self._inside = True
        try:
            if self.say(f"EVENT {step} {what} {detail}") == "run":
                self.stepping = False  # the rest of the step at full speed: a timed kill is due
        finally:
            self._inside = False


def _writes(mode: Any, flags: Any) -> bool:
    if isinstance(mode, str):
        return any(letter in mode for letter in "wax+")
    return isinstance(flags, int) and bool(flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT))


def install_event_hooks(parent: Parent, current: list[int], folder: Path, database: Path) -> None:
    """Commits (SQLAlchemy's after_commit) and file writes (Python's audit events) become
    EVENT lines. Only paths under `folder` count, and not the database's own connections."""
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    prefix = str(folder.resolve()) + os.sep
    own = {str(database.resolve()), str(database)}

    def after_commit(_session: Session) -> None:
        parent.event(current[0], "commit", "-")

    def audit(name: str, args: tuple[Any, ...]) -> None:
        if not parent.stepping:
            return
        path: Any = None
        if name == "open" and len(args) >= 3 and _writes(args[1], args[2]):
            path = args[0]
        elif name in ("os.rename", "os.remove", "shutil.copyfile") or (
            name == "sqlite3.connect" and args and str(args[0]) not in own
        ):
            path = args[1] if name in ("os.rename", "shutil.copyfile") else args[0]
        if isinstance(path, str | os.PathLike) and os.path.abspath(path).startswith(prefix):
            parent.event(current[0], name, os.path.basename(os.fspath(path)))

    event.listen(Session, "after_commit", after_commit)
    sys.addaudithook(audit)


class Workload:
    """Runs the plan's steps; each returns what the acknowledgement says was stored."""

    def __init__(self, database: Database, config: dict[str, Any]):
        self.database = database
        self.documents = [Path(p) for p in config["documents"]]
        self.packages = [(Path(p), marker) for p, marker in config["packages"]]
        self.pdf_folder = Path(config["pdf_folder"])
        self.imported = 0
        self.plan: dict[str, Any] = {}
        self.deleted: set[str] = set()
        self.synced = 0
        self.area_id = ""
        self.point_id = ""

    def setup(self, step: int) -> dict[str, Any]:
        from trygghetsapp.services.safety_points import create_safety_point

        self.area_id, _ = areas.create_area(self.database, {"name": f"Krasch-test {step}"})
        self.point_id, _ = create_safety_point(
            self.database, {"area_id": self.area_id, "name": "Punkt", "kind": "shop"}
        )
        return {"area": self.area_id}

    def intent(self, kind: str, step: int) -> dict[str, Any]:
        """What a step will do that the parent cannot know in advance, said in its BEGIN line:
        an unacknowledged step may have committed, and the verifier must know what it may see.
        Every third equipment step, once something is imported, deletes an imported item (the
        next document holding it brings it back: a row the database deleted)."""
        doomed = self._deletable() if kind == "equipment" and step % 3 == 0 else None
        self.plan = {"delete": doomed} if doomed else {}
        return self.plan

    def equipment(self, step: int) -> dict[str, Any]:
        """A new item, or the deletion announced in the intent."""
        if doomed := self.plan.get("delete"):
            equipment.delete_equipment(self.database, doomed)
            self.deleted.add(doomed)
            return {"deleted": doomed}
        fields = {"name": f"Sak {step}", "quantity": float(step)}
        item_id, _ = equipment.add_equipment(
            self.database, {"safety_point_id": self.point_id, **fields}
        )
        return {"id": item_id, "fields": fields}

    def contact(self, step: int) -> dict[str, Any]:
        fields = {"name": f"Person {step}", "phone": "+46701740612"}
        contact_id, _ = contacts.add_contact(self.database, {"area_id": self.area_id, **fields})
        return {"id": contact_id, "fields": {"name": fields["name"]}}

    def _deletable(self) -> str | None:
        """An item of the last imported document that is live and no finding refers to."""
        if not self.imported:
            return None
        document = json.loads(self.documents[self.imported - 1].read_text(encoding="utf-8"))
        referenced = {finding["equipment_id"] for finding in document["inspection_findings"]}
        candidates = sorted(
            item["id"]
            for item in document["equipment"]
            if item["id"] not in referenced and item["id"] not in self.deleted
        )
        return candidates[0] if candidates else None

    def import_json(self, step: int) -> dict[str, Any]:
        """The next document: the parent knows each one's expected result."""
        number = self.imported
        transfer.import_file(self.database, self.documents[number])
        self.imported += 1
        self.deleted.clear()  # the document revived those it holds; the others are no candidates
        return {"document": number}

    def sync(self, step: int) -> dict[str, Any]:
        from trygghetsapp.sync.api import import_file

        package, marker = self.packages[self.synced]
        import_file(self.database, package)
        self.synced += 1
        return {"area": marker, "package": self.synced - 1}

    def pdf(self, step: int) -> dict[str, Any]:
        from trygghetsapp.reports.batch import export_pdfs  # reportlab only once a PDF is due

        path = export_pdfs(self.database, [self.area_id], "checklist", self.pdf_folder)[0]
        return {"path": str(path)}

    def backup(self, step: int) -> dict[str, Any]:
        return {"path": str(backups.backup(self.database))}

    def step(self, kind: str) -> Callable[[int], dict[str, Any]]:
        steps: dict[str, Callable[[int], dict[str, Any]]] = {
            "setup": self.setup,
            "equipment": self.equipment,
            "contact": self.contact,
            "import": self.import_json,
            "sync": self.sync,
            "pdf": self.pdf,
            "backup": self.backup,
        }
        return steps[kind]


def main() -> int:
    config = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    db_path = Path(config["database"])
    parent = Parent()
    parent.say(f"READY {Path(trygghetsapp.__file__).resolve().parent}")
    current = [-1]
    install_event_hooks(parent, current, db_path.parent, db_path)
    database = open_database(db_path)
    workload = Workload(database, config)
    for number, kind in enumerate(config["plan"]):
        current[0] = number
        parent.stepping = False
        intent = json.dumps(workload.intent(kind, number))
        parent.stepping = parent.say(f"BEGIN {number} {kind} {intent}") == "step"
        payload = workload.step(kind)(number)
        parent.stepping = False
        parent.say(f"ACK {number} {kind} {json.dumps(payload, ensure_ascii=False)}")
    parent.say("DONE")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
