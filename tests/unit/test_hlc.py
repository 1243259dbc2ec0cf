from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.sync import hlc

walls = st.integers(min_value=0, max_value=2**47)


@given(st.lists(walls, min_size=1, max_size=50))
def test_local_ticks_strictly_increase_whatever_the_wall_clock_does(clock_readings):
    last = 0
    for wall in clock_readings:
        nxt = hlc.tick(last, wall)
        assert nxt > last
        assert hlc.unpack(nxt)[0] >= wall or hlc.unpack(nxt)[0] >= hlc.unpack(last)[0]
        last = nxt


@given(walls, walls, walls)
def test_receive_orders_after_both_clocks(local_wall, remote_wall, now):
    local = hlc.pack(local_wall, 3)
    remote = hlc.pack(remote_wall, 7)
    after = hlc.receive(local, remote, now)
    assert after > local and after > remote


def test_counter_overflow_moves_to_next_millisecond():
    full = hlc.pack(1000, hlc.COUNTER_MASK)
    assert hlc.unpack(hlc.tick(full, 1000)) == (1001, 0)


def test_pack_unpack_roundtrip():
    assert hlc.unpack(hlc.pack(123456789, 42)) == (123456789, 42)
