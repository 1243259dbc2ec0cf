"""Shared settings for the hostile-input tests (hypothesis, with a hard per-example time limit).

Counts stay small in the normal suite; ``LETAPIS_FUZZ_EXAMPLES=20000`` runs the long campaign
(docs/security.md records the numbers of the last one). ``deadline`` flags slow examples, and
``time_limit`` turns a real hang (a regex or decompression bomb) into a failure instead of a
stuck suite: SIGALRM interrupts pure-Python loops.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator
from datetime import timedelta

from hypothesis import HealthCheck, settings

DEFAULT_EXAMPLES = 200
PER_EXAMPLE_SECONDS = 5.0


def examples(default: int = DEFAULT_EXAMPLES) -> int:
    return int(os.environ.get("LETAPIS_FUZZ_EXAMPLES", default))


def fuzz_settings(default: int = DEFAULT_EXAMPLES, deadline_ms: int = 2000) -> settings:
    return settings(
        max_examples=examples(default),
        deadline=timedelta(milliseconds=deadline_ms),
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
        ],
        derandomize=os.environ.get("LETAPIS_FUZZ_RANDOM") != "1",
        database=None,
    )


class Hang(BaseException):
    """An example ran past the hard time limit (a BaseException so no "except Exception" in
    the code under test can turn a hang into a normal rejection)."""


@contextlib.contextmanager
def time_limit(seconds: float = PER_EXAMPLE_SECONDS) -> Iterator[None]:
    def expired(_signum: int, _frame: object) -> None:
        raise Hang(f"no result within {seconds} s: a hang on hostile input")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def mutate(data: bytes, edits: list[tuple[int, int, int]]) -> bytes:
    """atheris-style byte mutation: each edit (kind, position, value) flips, sets, inserts or
    deletes one byte, or truncates; positions wrap around the input."""
    out = bytearray(data)
    for kind, position, value in edits:
        if not out:
            out.append(value)
            continue
        at = position % len(out)
        match kind % 5:
            case 0:
                out[at] ^= 1 << (value % 8)
            case 1:
                out[at] = value
            case 2:
                out.insert(at, value)
            case 3:
                del out[at]
            case _:
                del out[at:]
    return bytes(out)


EDITS_STRATEGY_ARGS = {"min_size": 1, "max_size": 8}
