"""Acceptance 1: replicas converge whatever the order, duplicates and damage; the test can fail.

SYNC_EXAMPLES raises the example count (nightly / bench); CI keeps it small enough for minutes.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis.stateful import run_state_machine_as_test

from tests.sync.machine import SyncMachine
from trygghetsapp.sync import merge

EXAMPLES = int(os.environ.get("SYNC_EXAMPLES", "25"))


def test_replicas_converge() -> None:
    run_state_machine_as_test(
        SyncMachine,
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
        ),
    )


@pytest.mark.parametrize("rule", ["last_arrival", "ignore_vv"])
def test_broken_merge_rule_is_caught(rule: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same machine with a deliberately broken rule must fail (proof that it can)."""
    monkeypatch.setattr(merge, "MERGE_RULE", rule)
    with pytest.raises(AssertionError) as caught:
        run_state_machine_as_test(
            SyncMachine,
            settings=settings(
                max_examples=200,
                stateful_step_count=30,
                deadline=None,
                suppress_health_check=list(HealthCheck),
                phases=[Phase.generate],
                database=None,
            ),
        )
    print(f"{rule}: {str(caught.value).splitlines()[0]}")
