"""Kill the crash workload at planned events and verify by content that nothing acknowledged was
lost, no import was applied in part and no backup or PDF at its final name is torn.

Each trial starts a fresh copy of a base database and a child (`crash_workload`) that runs a
plan of steps in lockstep with this parent: every step begins with BEGIN and ends with ACK, and
the parent answers each line. The kill is decided by events, never by a time window, so a loaded
machine changes only the speed:

- mode `event`: the child steps through the target step, announcing every commit and file write;
  the parent kills it at the j-th of them (j drawn from the count an earlier step of the same kind
  had), i.e. always inside that write path;
- mode `inside`: the parent kills it after a random fraction of the time an earlier step of the
  same kind took, measured in this trial, so the kill lands inside the target step (or just after
  its acknowledgement) at any load;
- mode `writing`: the same, but counted from the step's first commit or file write and scaled to
  the time from there to the acknowledgement: the kill lands while files are being written (a
  backup spends half its time checkpointing the WAL before it writes a byte), which is what tears
  a file copied straight to its final name.

The target kind cycles through every write path and the mode changes every six trials; every plan
runs one step of the target kind before the target (its time and its events are the yardstick),
so any six consecutive trials acknowledge every path, and eighteen kill inside each one in every
mode.
"""

from __future__ import annotations

import json
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trygghetsapp
from tools.devtools import crash_verify, import_sequence
from tools.devtools.crash_verify import Finding, Promise
from tools.devtools.import_sequence import ImportSequence
from trygghetsapp.security import trust
from trygghetsapp.security.keys import DeviceCard
from trygghetsapp.services import areas
from trygghetsapp.services.checks import check_database
from trygghetsapp.services.database import open_database
from trygghetsapp.services.demo import load_demo
from trygghetsapp.store import sqlite_tools
from trygghetsapp.store.location import backups_dir

KINDS = ("equipment", "contact", "import", "sync", "pdf", "backup")
"""Every write path a user has; each is the target of one trial in six."""

MODES = ("inside", "event", "writing")

WEIGHTS = {
    "equipment": 0.42,
    "contact": 0.2,
    "import": 0.1,
    "sync": 0.07,
    "pdf": 0.07,
    "backup": 0.14,
}

IMPORT_DOCUMENTS = 10
SYNC_PACKAGES = 5
MAX_BACKUPS = 10
"""Backups per trial (manual ones plus one before each import), below the 14 that are kept, so
every acknowledged backup must still be there after the kill."""

BASE_SCALE = 120
"""Synthetic areas in the base database of the soak (15 MB): a copy takes long enough to be killed
in the middle, as a real one would (the national database is 600 MB). At 40 (5 MB) a planted plain
copy was torn in 4 of 20 kills inside a backup, at 120 in 15 of 20."""

STALL_SECONDS = 300.0
"""A child silent this long is stuck, not slow: the trial is reported as a workload failure."""

KEEP_FAILED = 5


@dataclass
class TrialReport:
    trials: int = 0
    acknowledged: int = 0
    lost: int = 0
    failed_checks: int = 0
    half_applied_imports: int = 0
    torn_backups: int = 0
    stale_backups: int = 0
    lost_backups: int = 0
    torn_pdfs: int = 0
    workload_failures: int = 0
    problems: list[str] = field(default_factory=list)
    by_kind: Counter[str] = field(default_factory=Counter)
    """Acknowledged writes per path (setup, equipment, contact, import, sync, pdf, backup)."""
    killed_in: Counter[str] = field(default_factory=Counter)
    """Kills that landed inside a step of that kind, before its acknowledgement."""
    killed_after_ack: int = 0
    deletions: int = 0
    """Acknowledged equipment steps that deleted an imported item instead of adding one."""
    imports_whole_unacknowledged: int = 0
    """Imports that committed whole but were killed before their acknowledgement (allowed)."""
    backups_verified: int = 0
    backups_unacknowledged_verified: int = 0
    pdfs_verified: int = 0
    import_documents: list[tuple[int, int, int]] = field(default_factory=list)

    @property
    def bad(self) -> int:
        """Everything that fails the soak."""
        return (
            self.lost
            + self.failed_checks
            + self.half_applied_imports
            + self.torn_backups
            + self.stale_backups
            + self.lost_backups
            + self.torn_pdfs
            + self.workload_failures
        )

    def add(self, number: int, findings: list[Finding]) -> None:
        counters = {
            crash_verify.LOST: "lost",
            crash_verify.FAILED_CHECK: "failed_checks",
            crash_verify.HALF_APPLIED: "half_applied_imports",
            crash_verify.TORN_BACKUP: "torn_backups",
            crash_verify.STALE_BACKUP: "stale_backups",
            crash_verify.LOST_BACKUP: "lost_backups",
            crash_verify.TORN_PDF: "torn_pdfs",
            crash_verify.WORKLOAD: "workload_failures",
        }
        for finding in findings:
            name = counters[finding.kind]
            setattr(self, name, getattr(self, name) + 1)
            self.problems.append(f"trial {number}: {finding.kind}: {finding.text}")


@dataclass
class SoakSetup:
    """What every trial shares: the base database, the import documents, the sync packages."""

    folder: Path
    base: Path
    sequence: ImportSequence
    packages: list[tuple[str, str]]
    peer_card: DeviceCard


@dataclass
class TrialPlan:
    number: int
    steps: list[str]
    mode: str
    rng: random.Random

    @property
    def target(self) -> int:
        return len(self.steps) - 1

    @property
    def kind(self) -> str:
        return self.steps[-1]


@dataclass
class Step:
    """One step of the plan as the parent saw it."""

    number: int
    kind: str
    began: float
    promise: Promise
    """What was acknowledged before it began: what a backup it makes must hold."""
    intent: dict[str, Any]
    """What the child said it will do (`delete`: an imported item)."""
    stepped: bool = False
    events: int = 0
    first_event: float | None = None
    acknowledged: bool = False
    seconds: float = 0.0
    writing_seconds: float | None = None
    """From its first event to its acknowledgement (stepped steps with events only)."""
    payload: dict[str, Any] = field(default_factory=dict)
    backups: list[Path] = field(default_factory=list)
    """Backup files that appeared at a final name while it ran."""


def prepare_base(folder: Path, scale: int = BASE_SCALE) -> Path:
    """The database every trial starts from: the demo (seed 13) plus `scale` synthetic areas."""
    base = folder / "base.sqlite"
    for old in folder.glob("base*"):
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    database = open_database(base)
    try:
        load_demo(database, seed=13, scale=scale)
    finally:
        database.close()
    return base


def prepare_sync_packages(
    folder: Path, count: int = SYNC_PACKAGES
) -> tuple[list[tuple[str, str]], DeviceCard]:
    """Signed packages from a peer laptop, each carrying one marker area, and the peer's card
    (each trial's database enrols it, as a user would with `keys enrol`)."""
    from trygghetsapp.security.keys import load_or_create_device_keys
    from trygghetsapp.sync.api import export_package, get_device

    source = folder / "sync-peer.sqlite"
    for old in folder.glob("sync-peer*"):
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    packages = folder / "sync-peer-packages"
    peer = open_database(source, device_name="Fältdator Soak")
    lines = []
    try:
        for number in range(count):
            marker, _ = areas.create_area(peer, {"name": f"Synkområde {number}"})
            if number == 0:
                load_demo(peer, seed=12)  # one big package first, then small ones
            report = export_package(peer, packages)
            assert report.path is not None
            lines.append((str(report.path), marker))
        device = get_device(peer)
        card = load_or_create_device_keys(source, device.id, device.name, "field").card
    finally:
        peer.close()
    return lines, card


def prepare(folder: Path, scale: int = BASE_SCALE) -> SoakSetup:
    folder.mkdir(parents=True, exist_ok=True)
    sequence = import_sequence.prepare(folder / "imports", IMPORT_DOCUMENTS)
    packages, card = prepare_sync_packages(folder)
    return SoakSetup(folder, prepare_base(folder, scale), sequence, packages, card)


def make_plan(number: int, seed: int) -> TrialPlan:
    """Random steps, one of the target kind among them (its time and events are the yardstick),
    then the target step; within the caps on imports, sync packages and backups."""
    rng = random.Random(seed * 100_003 + number)
    kind = KINDS[number % len(KINDS)]
    mode = MODES[(number // len(KINDS)) % len(MODES)]
    caps = {"import": IMPORT_DOCUMENTS, "sync": SYNC_PACKAGES}
    length = rng.randint(4, 36)
    body: list[str] = []

    def allowed(candidate: str, reserve: int) -> bool:
        used = body.count(candidate) + (reserve if candidate == kind else 0)
        if candidate in caps and used >= caps[candidate]:
            return False
        backups = body.count("backup") + body.count("import")
        return candidate not in ("backup", "import") or backups + reserve < MAX_BACKUPS

    while len(body) < length:
        candidate = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
        if allowed(candidate, 2):
            body.append(candidate)
    if kind not in body:
        body.insert(rng.randrange(len(body) + 1), kind)
    return TrialPlan(number, ["setup", *body, kind], mode, rng)


class ChildLink:
    """Lines from the child's stdout with a deadline; answers to its stdin."""

    def __init__(self, child: subprocess.Popen[bytes]):
        assert child.stdout is not None and child.stdin is not None
        self.child = child
        self.out = child.stdout.fileno()
        self.buffer = b""
        self.closed = False

    def line(self, timeout: float) -> str | None:
        """The next line; None when `timeout` passed first, "" at end of output."""
        deadline = time.monotonic() + max(0.0, timeout)
        while b"\n" not in self.buffer:
            if self.closed:
                rest, self.buffer = self.buffer, b""
                return rest.decode("utf-8", "replace")
            ready, _, _ = select.select([self.out], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                return None
            chunk = os.read(self.out, 65536)
            if not chunk:
                self.closed = True
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode("utf-8", "replace")

    def answer(self, word: str) -> None:
        assert self.child.stdin is not None
        try:
            self.child.stdin.write(word.encode() + b"\n")
            self.child.stdin.flush()
        except BrokenPipeError:
            pass

    def rest(self) -> list[str]:
        """Every line the child wrote before it died."""
        lines = []
        while (line := self.line(10.0)) not in (None, ""):
            lines.append(line)
        return lines


class Trial:
    """One child, one kill, one verification."""

    def __init__(self, setup: SoakSetup, plan: TrialPlan):
        self.setup = setup
        self.plan = plan
        self.folder = setup.folder / f"trial-{plan.number}"
        self.db_path = self.folder / "trial.sqlite"
        self.pdf_folder = self.folder / "pdf"
        self.backup_folder = backups_dir(self.db_path)
        self.steps: list[Step] = []
        self.promise = Promise()
        self.seen_backups: set[Path] = set()
        self.kill_at: float | None = None
        self.kill_event = 0
        self.killed = False
        self.findings: list[Finding] = []

    # -- running -------------------------------------------------------------------------------

    def start(self) -> subprocess.Popen[bytes]:
        if self.folder.exists():
            shutil.rmtree(self.folder)
        self.folder.mkdir(parents=True)
        shutil.copyfile(self.setup.base, self.db_path)  # closed cleanly: no -wal to go with it
        trust.enrol_card(self.db_path, self.setup.peer_card)
        config = {
            "database": str(self.db_path),
            "plan": self.plan.steps,
            "documents": [str(p) for p in self.setup.sequence.documents],
            "packages": self.setup.packages,
            "pdf_folder": str(self.pdf_folder) + "/",
        }
        config_path = self.folder / "config.json"
        config_path.write_text(json.dumps(config), encoding="utf-8")
        code = Path(trygghetsapp.__file__).resolve().parent
        env = {**os.environ, "PYTHONPATH": str(code.parent)}
        with open(self.folder / "stderr.txt", "wb") as stderr:
            return subprocess.Popen(
                [sys.executable, "-m", "tools.devtools.crash_workload", str(config_path)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                env=env,
            )

    def run(self) -> None:
        child = self.start()
        link = ChildLink(child)
        try:
            self._converse(link)
        finally:
            if child.poll() is None:
                child.send_signal(signal.SIGKILL)
            child.wait()
            for line in link.rest():
                self._late_line(line)
            self._collect_backups()
            if child.stdin is not None:
                child.stdin.close()
            if child.stdout is not None:
                child.stdout.close()

    def _converse(self, link: ChildLink) -> None:
        while True:
            timeout = STALL_SECONDS
            if self.kill_at is not None:
                timeout = self.kill_at - time.monotonic()
            line = link.line(timeout)
            if line is None:
                if self.kill_at is not None and time.monotonic() >= self.kill_at:
                    self._kill(link)
                    return
                self._fail(f"the child was silent for {STALL_SECONDS:.0f} s")
                return
            if line == "":
                self._fail("the child ended by itself: " + self._stderr_tail())
                return
            answer = self._handle(line)
            if answer is None:
                self._kill(link)
                return
            if answer:
                link.answer(answer)

    def _handle(self, line: str) -> str | None:
        """The answer to one line ("" for none), or None to kill the child right here."""
        word, _, rest = line.partition(" ")
        if word == "READY":
            ours = str(Path(trygghetsapp.__file__).resolve().parent)
            if rest != ours:
                raise RuntimeError(f"the workload runs {rest}, the parent {ours}")
            return "go"
        if word == "BEGIN":
            number, kind, intent = rest.split(" ", 2)
            return self._begin(number, kind, json.loads(intent))
        if word == "EVENT":
            return self._event(self.steps[-1])
        if word == "ACK":
            self._acknowledge(rest)
            return None if self.steps[-1].number == self.plan.target else "go"
        if word == "DONE":
            return None
        return ""  # not ours (a library printing): the child waits for no answer to it

    def _begin(self, number: str, kind: str, intent: dict[str, Any]) -> str:
        self._collect_backups()
        step = Step(int(number), kind, time.monotonic(), self.promise.copy(), intent)
        self.steps.append(step)
        step.stepped = self.plan.mode in ("event", "writing") and kind == self.plan.kind
        if step.number == self.plan.target:
            earlier = [s for s in self.steps[:-1] if s.kind == kind and s.acknowledged]
            if self.plan.mode == "event":
                self.kill_event = self.plan.rng.randint(1, max(1, min(s.events for s in earlier)))
            elif self.plan.mode == "inside" or not self._writing_yardstick(earlier):
                yardstick = min(s.seconds for s in earlier)
                self.kill_at = time.monotonic() + self.plan.rng.random() * yardstick
        step.began = time.monotonic()
        return "step" if step.stepped else "go"

    def _writing_yardstick(self, earlier: list[Step]) -> float | None:
        times = [s.writing_seconds for s in earlier if s.writing_seconds is not None]
        return min(times) if times else None

    def _event(self, step: Step) -> str | None:
        step.events += 1
        if step.first_event is None:
            step.first_event = time.monotonic()
        if step.number != self.plan.target:
            return "go"
        if self.plan.mode == "event" and step.events == self.kill_event:
            return None
        if self.plan.mode == "writing" and step.events == 1 and self.kill_at is None:
            earlier = [s for s in self.steps[:-1] if s.kind == step.kind and s.acknowledged]
            yardstick = self._writing_yardstick(earlier) or 0.0
            self.kill_at = time.monotonic() + self.plan.rng.random() * yardstick
            return "run"
        return "go"

    def _acknowledge(self, rest: str) -> None:
        number, kind, payload = rest.split(" ", 2)
        step = self.steps[-1]
        assert step.number == int(number) and step.kind == kind, (rest, step)
        step.acknowledged = True
        step.seconds = time.monotonic() - step.began
        if step.first_event is not None:
            step.writing_seconds = time.monotonic() - step.first_event
        step.payload = json.loads(payload)
        self.promise.acknowledge(kind, step.payload, self.setup.sequence)

    def _late_line(self, line: str) -> None:
        """An acknowledgement written before the kill landed counts: the user saw it."""
        if line.startswith("ACK ") and self.steps and not self.steps[-1].acknowledged:
            self._acknowledge(line[4:])

    def _kill(self, link: ChildLink) -> None:
        link.child.send_signal(signal.SIGKILL)
        self.killed = True

    def _collect_backups(self) -> None:
        """Backups that appeared since the last look belong to the step that ran meanwhile."""
        now = set(sqlite_tools.list_backups(self.backup_folder))
        if self.steps:
            self.steps[-1].backups.extend(sorted(now - self.seen_backups))
        self.seen_backups |= now

    def _fail(self, text: str) -> None:
        self.findings.append(Finding(crash_verify.WORKLOAD, text))

    def _stderr_tail(self) -> str:
        try:
            lines = (self.folder / "stderr.txt").read_text(errors="replace").strip().splitlines()
        except OSError:
            return "(no stderr)"
        return lines[-1] if lines else "(no stderr)"

    # -- verifying -----------------------------------------------------------------------------

    def verify(self, report: TrialReport) -> None:
        last = self.steps[-1] if self.steps else None
        if last is not None and self.killed:
            if last.acknowledged:
                report.killed_after_ack += 1
            else:
                report.killed_in[last.kind] += 1
        acknowledged = [s for s in self.steps if s.acknowledged]
        report.acknowledged += len(acknowledged)
        report.by_kind.update(s.kind for s in acknowledged)
        report.deletions += sum(1 for s in acknowledged if "deleted" in s.payload)
        self._verify_backups(report)
        pdf_findings, pdfs = crash_verify.verify_pdfs(self.pdf_folder, self.promise)
        self.findings += pdf_findings
        report.pdfs_verified += pdfs
        self._verify_database(report, last)

    def _verify_backups(self, report: TrialReport) -> None:
        present = set(sqlite_tools.list_backups(self.backup_folder))
        for path in self.promise.backups:
            if path not in present:
                self.findings.append(
                    Finding(crash_verify.LOST_BACKUP, f"acknowledged backup {path.name} is gone")
                )
        for step in self.steps:
            for path in step.backups:
                if path not in present:
                    continue  # pruned by retention; an acknowledged one was reported above
                self.findings += crash_verify.verify_backup(path, step.promise, self.setup.sequence)
                if path in self.promise.backups:
                    report.backups_verified += 1
                else:
                    report.backups_unacknowledged_verified += 1

    def _verify_database(self, report: TrialReport, last: Step | None) -> None:
        try:
            database = open_database(self.db_path)
        except Exception as error:  # a refusal to open is the finding, not the end of the soak
            self.findings.append(Finding(crash_verify.FAILED_CHECK, f"does not open: {error}"))
            return
        try:
            problems = check_database(database)
        finally:
            database.close()
        if problems:
            self.findings.append(Finding(crash_verify.FAILED_CHECK, "; ".join(problems[:2])))
            return
        unacknowledged = last is not None and not last.acknowledged
        next_begun = unacknowledged and last is not None and last.kind == "import"
        deleting = last.intent.get("delete") if unacknowledged and last is not None else None
        engine = crash_verify.open_read_only(self.db_path)
        try:
            findings = crash_verify.verify_content(
                engine, self.promise, self.setup.sequence, "database", next_begun, deleting
            )
            if next_begun and not findings:
                count = self.promise.imports + 1
                ids = self.setup.sequence.ids_up_to(count)
                state = crash_verify.read_records(engine, ids)
                if state != self.setup.sequence.state_after(self.promise.imports):
                    report.imports_whole_unacknowledged += 1
        finally:
            engine.dispose()
        self.findings += findings

    def clean_up(self, keep: bool) -> None:
        if not keep:
            shutil.rmtree(self.folder, ignore_errors=True)


def run_trial(setup: SoakSetup, plan: TrialPlan, report: TrialReport) -> None:
    trial = Trial(setup, plan)
    trial.run()
    trial.verify(report)
    report.trials += 1
    report.add(plan.number, trial.findings)
    kept = sum(1 for _ in setup.folder.glob("trial-*"))
    trial.clean_up(keep=bool(trial.findings) and kept <= KEEP_FAILED)


def run_trials(folder: Path, count: int, seed: int = 0, scale: int = BASE_SCALE) -> TrialReport:
    """`count` trials from a base database with `scale` synthetic areas. Trial n targets
    KINDS[n % 6] in mode MODES[n // 6 % 3]: any six consecutive trials acknowledge every write
    path, and the six `event` trials of every eighteen kill inside each one at one of its own
    commits or file writes (the other modes land inside almost always)."""
    folder = folder.resolve()  # acknowledged paths and backup listings compare as absolute paths
    for old in folder.glob("trial-*"):
        shutil.rmtree(old, ignore_errors=True)
    setup = prepare(folder, scale)
    report = TrialReport(import_documents=list(setup.sequence.summary))
    for number in range(count):
        run_trial(setup, make_plan(number, seed), report)
    return report
