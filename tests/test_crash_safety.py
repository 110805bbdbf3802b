"""The CI-sized version of bench/soak.py: SIGKILL the write paths, lose nothing acknowledged.

The kills wait for events (an acknowledgement, a commit, a file write inside the step), never for
a time window, so a loaded machine makes the test slower, not different.
"""

import random

from tools.devtools import hostile
from tools.devtools.crash_trials import KINDS, run_trials


def test_eighteen_kill_trials_lose_no_acknowledged_edit(tmp_path):
    # Every write path targeted in each of the three kill modes. A small base database keeps it
    # fast; the soak's 15 MB one is for tearing copies (bench/mutate_soak.py).
    report = run_trials(tmp_path, 18, seed=7, scale=10)
    assert report.problems == []
    assert report.bad == 0
    assert report.trials == 18
    # Every write path was acknowledged, and killed inside, somewhere in the eighteen trials.
    assert set(KINDS) <= set(report.by_kind), report.by_kind
    assert set(KINDS) <= set(report.killed_in), report.killed_in
    assert report.backups_verified >= 1 and report.pdfs_verified >= 1


def test_hostile_generators_produce_varied_input():
    rng = random.Random(3)
    documents = {hostile.random_document(rng) for _ in range(50)}
    mutations = {hostile.mutate(b'{"areas": []}' * 20, rng) for _ in range(50)}
    assert len(documents) > 40 and len(mutations) > 40
