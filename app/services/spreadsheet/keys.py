"""Record ids and name search keys at bulk-import speed.

A 100k-row sheet becomes over a million records. ``app.models.base.new_id`` (the uuid6
package) costs about 25 µs an id and ``app.domain.names.name_keys`` about 100 µs a name, which
alone would take a minute; the same values come much cheaper here:

* :func:`new_record_id` writes UUIDv7 like ``new_id`` (48-bit millisecond time, version 7,
  variant 10), with a counter in the 12 ``rand_a`` bits (RFC 9562, method 1) so ids made in one
  millisecond still sort in creation order, and 62 random bits. Those bits only keep ids of
  different devices apart (they are not secrets), so they come from a generator seeded by the
  OS rather than from a system call per id.
* :func:`name_token_keys` is ``name_keys`` computed word by word with a cache: surnames and
  given names repeat across a sheet. Tokens never span whitespace, so the union of the words'
  keys is exactly ``name_keys`` of the whole name.
"""

from __future__ import annotations

import os
import random
import time
from functools import lru_cache

from app.domain.names import name_keys

_COUNTER_MAX = 0xFFF


class _Uuid7:
    def __init__(self) -> None:
        self.ms = 0
        self.counter = 0
        self.random = random.Random(os.urandom(32))

    def __call__(self) -> str:
        now = time.time_ns() // 1_000_000
        if now > self.ms:
            self.ms, self.counter = now, 0
        elif self.counter < _COUNTER_MAX:
            self.counter += 1
        else:
            self.ms, self.counter = self.ms + 1, 0
        rand_b = self.random.getrandbits(62)
        value = (self.ms << 80) | (0x7 << 76) | (self.counter << 64) | (0b10 << 62) | rand_b
        return f"{value:032x}"


new_record_id = _Uuid7()


@lru_cache(maxsize=200_000)
def _word_keys(word: str) -> frozenset[str]:
    return frozenset(name_keys(word))


def name_token_keys(full_name: str) -> set[str]:
    """Same as ``app.domain.names.name_keys(full_name)``."""
    keys: set[str] = set()
    for word in full_name.split():
        keys |= _word_keys(word)
    return keys
