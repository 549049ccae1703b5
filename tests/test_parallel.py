"""Overlapping reading, parsing and hashing: order kept, nothing lost or hidden."""

from __future__ import annotations

import threading

import pytest

from recordskit.parallel import ordered_map, read_ahead


def test_items_come_in_order_and_the_producer_runs_in_another_thread():
    threads = []

    def produce():
        for i in range(20):
            threads.append(threading.current_thread().name)
            yield i

    assert list(read_ahead(produce())) == list(range(20))
    assert set(threads) == {"recordskit-read-ahead"}


def test_a_producer_error_is_raised_at_the_item_it_failed_on():
    def produce():
        yield 1
        yield 2
        raise ValueError("export.csv:7: not a date and time")

    got = []
    with pytest.raises(ValueError, match="export.csv:7"):
        for item in read_ahead(produce()):
            got.append(item)
    assert got == [1, 2]


def test_a_consumer_that_stops_early_stops_the_producer():
    produced = []

    def produce():
        for i in range(1000):
            produced.append(i)
            yield i

    stream = read_ahead(produce(), depth=1)
    assert next(stream) == 0
    stream.close()  # what happens when the archive stops writing
    assert len(produced) <= 3, "the producer stopped after the item it was on"


def test_inputs_read_in_parallel_come_in_plan_order_after_the_registers():
    import time
    from types import SimpleNamespace

    from recordskit.sources.reading import _batches

    class Ctx:
        def __init__(self, registers=()):
            self.registers = registers

        def with_registers(self, batch):
            return Ctx((*self.registers, batch))

    class Loader:
        def __init__(self, is_register):
            self.is_register = is_register

        def load(self, path, ctx):
            time.sleep(path[1])  # later inputs finish first
            yield (path[0], ctx.registers)

    register, export = Loader(True), Loader(False)
    units = [(("r1", 0), register), (("r2", 0), register)] + [
        ((f"e{i}", 0.05 * (5 - i)), export) for i in range(5)]
    out = list(_batches(SimpleNamespace(units=units), Ctx(), None, loaders=3))
    assert [name for name, _ in out] == ["r1", "r2", "e0", "e1", "e2", "e3", "e4"]
    assert all(len(registers) == 2 for name, registers in out if name.startswith("e")), \
        "every export is read with both registers in its context"


def test_ordered_map_keeps_order_and_raises_at_the_failing_item():
    import time

    def work(i):
        time.sleep(0.01 * (5 - i))
        if i == 3:
            raise ValueError("item 3")
        return i * i

    got = []
    with pytest.raises(ValueError, match="item 3"):
        for r in ordered_map(work, range(6), workers=3):
            got.append(r)
    assert got == [0, 1, 4]


def test_ordered_map_works_ahead_of_a_busy_consumer_within_its_bound():
    import threading
    import time

    started: list[int] = []
    lock = threading.Lock()

    def work(i):
        with lock:
            started.append(i)
        return i

    results = ordered_map(work, range(20), workers=2, ahead=3)
    assert next(results) == 0
    time.sleep(0.2)  # the consumer is busy with item 0
    with lock:
        seen = sorted(started)
    # besides item 0, the workers took up to workers + ahead - 1 more items, and no more
    assert seen == list(range(5))
    assert list(results) == list(range(1, 20))
