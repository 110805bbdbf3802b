"""The CI-sized version of bench/soak.py: SIGKILL the write paths, lose nothing acknowledged."""

import random

from trygghetsapp.devtools import hostile
from trygghetsapp.devtools.crash_trials import run_trials


def test_ten_kill_trials_lose_no_acknowledged_edit(tmp_path):
    report = run_trials(tmp_path, 10, seed=7, window=(0.8, 1.6))
    assert report.trials == 10
    assert report.acknowledged > 10, "the workload never got going"
    assert report.problems == []
    assert (report.lost, report.failed_checks) == (0, 0)


def test_hostile_generators_produce_varied_input():
    rng = random.Random(3)
    documents = {hostile.random_document(rng) for _ in range(50)}
    mutations = {hostile.mutate(b'{"areas": []}' * 20, rng) for _ in range(50)}
    assert len(documents) > 40 and len(mutations) > 40
