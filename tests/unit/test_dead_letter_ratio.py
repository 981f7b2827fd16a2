from streams.detect.dead_letter_ratio import DeadLetterRatioGuard


def test_does_not_trip_before_the_window_is_full() -> None:
    guard = DeadLetterRatioGuard(window=100, max_ratio=0.5)
    assert not any(guard.record("bad_json") for _ in range(99))
    assert guard.record("bad_json")


def test_one_percent_bad_never_trips() -> None:
    guard = DeadLetterRatioGuard(window=1000, max_ratio=0.5)
    assert not any(guard.record("bad_json" if i % 100 == 0 else None) for i in range(20000))
    assert guard.bad == 10


def test_sixty_percent_bad_trips_and_explains() -> None:
    guard = DeadLetterRatioGuard(window=1000, max_ratio=0.5)
    tripped = [guard.record("missing_field" if i % 5 < 3 else None) for i in range(1000)]
    assert tripped[-1]
    assert "600 of the last 1000" in guard.explain() and "missing_field x600" in guard.explain()


def test_old_outcomes_leave_the_window() -> None:
    guard = DeadLetterRatioGuard(window=10, max_ratio=0.5)
    for _ in range(10):
        guard.record("bad_json")
    assert guard.tripped
    for _ in range(6):
        guard.record(None)
    assert not guard.tripped and guard.bad == 4
