"""The clock services read: real by default, simulated in the demo; never goes backwards."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from flambeau.app.clock import SimulatedClock, SystemClock, get_clock, use_clock


def test_system_clock_by_default():
    clock = get_clock()
    assert isinstance(clock, SystemClock)
    assert abs(clock.now() - timezone.now()) < dt.timedelta(seconds=5)


def test_simulated_clock_jumps_forward_only():
    start = dt.datetime(2026, 12, 7, 9, tzinfo=dt.UTC)
    clock = SimulatedClock(start)
    later = start + dt.timedelta(days=3)
    assert clock.advance_to(later) == later
    assert clock.advance_to(start) == later
    assert clock.advance(dt.timedelta(hours=1)) == later + dt.timedelta(hours=1)


def test_simulated_clock_is_utc_and_needs_a_zone():
    paris = dt.datetime(2026, 12, 7, 10, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert SimulatedClock(paris).now() == paris and SimulatedClock(paris).now().tzinfo == dt.UTC
    with pytest.raises(ValueError, match="aware"):
        SimulatedClock(dt.datetime(2026, 12, 7))


def test_use_clock_restores_the_previous_one():
    fake = SimulatedClock(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    with use_clock(fake):
        assert get_clock() is fake
    assert isinstance(get_clock(), SystemClock)
