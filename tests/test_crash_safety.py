"""The CI-sized version of bench/soak.py: SIGKILL the write paths, lose nothing acknowledged."""

import random

from trygghetsapp.devtools import hostile
from trygghetsapp.devtools.crash_trials import run_trials


def test_ten_kill_trials_lose_no_acknowledged_edit(tmp_path):
    # The window leaves room for the child's imports on a loaded CI machine.
    report = run_trials(tmp_path, 10, seed=7, window=(1.5, 3.0))
    assert report.trials == 10
    assert report.acknowledged > 10, "the workload never got going"
    # Every write path was acknowledged at least once somewhere in the ten trials.
    assert {"equipment", "contact", "import", "sync", "pdf"} <= set(report.by_kind), report.by_kind
    assert report.problems == []
    assert (report.lost, report.failed_checks) == (0, 0)


def test_hostile_generators_produce_varied_input():
    rng = random.Random(3)
    documents = {hostile.random_document(rng) for _ in range(50)}
    mutations = {hostile.mutate(b'{"areas": []}' * 20, rng) for _ in range(50)}
    assert len(documents) > 40 and len(mutations) > 40
