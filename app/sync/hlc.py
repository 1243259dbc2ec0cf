"""Hybrid logical clock (Kulkarni et al. 2014), packed as one 64-bit integer.

Field laptops often have wrong clocks. The HLC never goes backwards on this device, and after an
import it is ahead of everything seen, so a causal successor always orders after its parent even
when wall clocks disagree. Layout: wall milliseconds in the high 48 bits, a counter in the low 16.
"""

from __future__ import annotations

import time

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def pack(wall_ms: int, counter: int) -> int:
    return (wall_ms << COUNTER_BITS) | (counter & COUNTER_MASK)


def unpack(hlc: int) -> tuple[int, int]:
    return hlc >> COUNTER_BITS, hlc & COUNTER_MASK


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def tick(last: int, wall_ms: int | None = None) -> int:
    """Timestamp for a local event, strictly greater than ``last``."""
    wall = now_ms() if wall_ms is None else wall_ms
    last_wall, counter = unpack(last)
    if wall > last_wall:
        return pack(wall, 0)
    if counter < COUNTER_MASK:
        return pack(last_wall, counter + 1)
    return pack(last_wall + 1, 0)


def receive(last: int, remote: int, wall_ms: int | None = None) -> int:
    """Clock after seeing a remote timestamp: ahead of both, and of the wall clock."""
    return tick(max(last, remote), wall_ms)
