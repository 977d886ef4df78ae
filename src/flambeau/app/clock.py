"""The time the publishing services read: the real clock in production, a simulated one in
the demo (it jumps to the next due time, so two weeks of schedule pass in seconds)."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Iterator
from typing import Protocol

from django.utils import timezone


class Clock(Protocol):
    def now(self) -> dt.datetime: ...


class SystemClock:
    """Wall-clock time, aware, in UTC."""

    def now(self) -> dt.datetime:
        return timezone.now()


class SimulatedClock:
    """A clock that stands still until told to move; it never goes backwards."""

    def __init__(self, start: dt.datetime) -> None:
        if timezone.is_naive(start):
            raise ValueError("a simulated clock needs an aware start time")
        self._now = start.astimezone(dt.UTC)
        self._lock = threading.Lock()

    def now(self) -> dt.datetime:
        return self._now

    def advance_to(self, moment: dt.datetime) -> dt.datetime:
        """Jump forward to `moment` (a moment in the past leaves the clock where it is)."""
        with self._lock:
            self._now = max(self._now, moment.astimezone(dt.UTC))
            return self._now

    def advance(self, delta: dt.timedelta) -> dt.datetime:
        return self.advance_to(self._now + delta)


_SYSTEM = SystemClock()
_current: Clock = _SYSTEM


def get_clock() -> Clock:
    return _current


@contextlib.contextmanager
def use_clock(clock: Clock) -> Iterator[Clock]:
    """Make `clock` the one services read while the block runs (the demo, tests)."""
    global _current
    previous = _current
    _current = clock
    try:
        yield clock
    finally:
        _current = previous
