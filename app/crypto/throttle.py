"""Slowing down repeated wrong passphrases.

Argon2id already makes each guess cost about half a second. This adds a growing pause after
several wrong attempts *through the app* (someone at an unattended laptop trying passphrases at
the unlock screen or with ``letapis`` in a loop). The count survives restarts: it lives in a small
sidecar file in the app's data folder (named by the vault's random id) that holds two numbers
and nothing else: no names, no passphrase material.

It does not slow down an attacker who copies ``keyslots.bin`` and guesses offline: only the
Argon2id cost and the passphrase's strength do that (docs/security.md says so plainly).
"""

from __future__ import annotations

import contextlib
import json
import time
from dataclasses import dataclass
from pathlib import Path

from app.crypto.atomic import write_atomic

FREE_ATTEMPTS = 3  # typos happen: the first few wrong attempts cost nothing extra
MAX_DELAY_SECONDS = 60.0


def clock() -> float:
    """Wall-clock seconds; the count must hold across processes, so monotonic time won't do.
    Tests replace this module attribute to inject a clock."""
    return time.time()


def sleep(seconds: float) -> None:
    """Tests replace this module attribute to observe the enforced pauses without waiting."""
    time.sleep(seconds)


def delay_after(failures: int) -> float:
    """Pause before the next attempt after ``failures`` consecutive wrong ones:
    0, 0, 0, then 1, 2, 4, 8, 16, 32, 60, 60, ... seconds."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(float(2 ** min(failures - FREE_ATTEMPTS, 16)), MAX_DELAY_SECONDS)


@dataclass
class UnlockThrottle:
    """Failure counter for one vault, kept in ``path`` (see app.paths.unlock_attempts_path)."""

    path: Path

    def _load(self) -> tuple[int, float]:
        try:
            doc = json.loads(self.path.read_bytes().decode("ascii"))
            failures, last = doc["failures"], doc["last"]
            if type(failures) is int and isinstance(last, int | float) and failures >= 0:
                return failures, float(last)
        except FileNotFoundError:
            return 0, 0.0
        except (OSError, ValueError, KeyError, TypeError, RecursionError):
            pass
        # A damaged counter must not become a way to reset it: treat it as many failures.
        return FREE_ATTEMPTS + 3, clock()

    def failures(self) -> int:
        return self._load()[0]

    def remaining(self) -> float:
        """Seconds still to wait before the next attempt may be tried."""
        failures, last = self._load()
        delay = delay_after(failures)
        if delay == 0:
            return 0.0
        # A clock set back must not stretch the pause beyond one full delay.
        return max(0.0, min(delay, last + delay - clock()))

    def wait(self) -> None:
        """Block until the next attempt is allowed (runs off the GUI thread, like the KDF)."""
        pause = self.remaining()
        if pause > 0:
            sleep(pause)

    def failed(self) -> float:
        """Record a wrong attempt; returns the pause the next attempt will have to wait."""
        failures = self._load()[0] + 1
        doc = {"failures": failures, "last": clock()}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, json.dumps(doc).encode("ascii"))
        return delay_after(failures)

    def succeeded(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
