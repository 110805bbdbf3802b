"""Hybrid logical clock (Kulkarni et al. 2014), packed into one sortable 64-bit integer.

A stamp is `wall_ms << 16 | counter`. It never goes backwards on this device even if the wall clock
does, and it moves past every remote stamp it has seen, so an edit made after seeing another edit
gets a larger stamp. Causality proper is decided by version vectors in the sync code; the HLC
gives a deterministic order among concurrent edits and a readable time.

A remote stamp far ahead of our wall clock (a laptop set to 2030) must not drag our clock with it:
`observe` clamps and reports the jump so the caller can warn.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1
MAX_DRIFT_MS = 24 * 3600 * 1000


def pack(wall_ms: int, counter: int) -> int:
    return (wall_ms << COUNTER_BITS) | counter


def unpack(stamp: int) -> tuple[int, int]:
    return stamp >> COUNTER_BITS, stamp & COUNTER_MASK


def to_datetime(stamp: int) -> dt.datetime:
    wall_ms, _ = unpack(stamp)
    return dt.datetime.fromtimestamp(wall_ms / 1000, tz=dt.UTC)


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class HybridClock:
    last: int = 0
    wall: Callable[[], int] = wall_clock_ms

    def now(self) -> int:
        """A new stamp, larger than any stamp this clock has issued or observed."""
        wall_ms = self.wall()
        last_ms, counter = unpack(self.last)
        if wall_ms > last_ms:
            self.last = pack(wall_ms, 0)
        elif counter < COUNTER_MASK:
            self.last = pack(last_ms, counter + 1)
        else:
            self.last = pack(last_ms + 1, 0)
        return self.last

    def observe(self, remote: int, max_drift_ms: int = MAX_DRIFT_MS) -> bool:
        """Move past a remote stamp; returns False (and does not follow) if it is too far ahead."""
        remote_ms, _ = unpack(remote)
        if remote_ms > self.wall() + max_drift_ms:
            return False
        if remote > self.last:
            self.last = remote
        return True
