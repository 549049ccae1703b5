"""Overlapping work on a machine's cores: the heavy steps (parsing, hashing, Parquet and Delta
I/O) run in polars, DuckDB and Arrow outside the GIL, so threads are enough."""

from __future__ import annotations

import queue
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def read_ahead(items: Iterable[T], depth: int = 1) -> Iterator[T]:
    """Yield ``items`` as they come, producing up to ``depth`` more in a thread meanwhile. An
    exception of the producer is raised here, at the item it failed on; when the consumer stops
    early, the producer stops after the item it is on."""
    slots: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(kind: str, value: object) -> bool:
        while not stop.is_set():
            try:
                slots.put((kind, value), timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put("item", item):
                    return
            put("end", None)
        except BaseException as exc:  # handed to the consumer, raised there
            put("error", exc)

    worker = threading.Thread(target=produce, name="recordskit-read-ahead", daemon=True)
    worker.start()
    try:
        while True:
            kind, value = slots.get()
            if kind == "end":
                return
            if kind == "error":
                raise value
            yield value
    finally:
        stop.set()
        worker.join()


def ordered_map(fn: Callable[[T], R], items: Iterable[T], workers: int = 2,
                ahead: int | None = None) -> Iterator[R]:
    """``map(fn, items)`` with up to ``workers`` calls running at once, results in the order of
    ``items``, and at most ``workers + ahead`` (default ``2 * workers``) calls submitted or
    results held: memory stays bounded on long inputs, and the workers keep working while the
    consumer is busy with a result or a long item holds up the ones after it. An exception is
    raised at the item it belongs to; stopping early cancels what has not begun."""
    pool = ThreadPoolExecutor(workers, thread_name_prefix="recordskit-work")
    limit = workers + (workers if ahead is None else ahead)
    pending: deque[Future] = deque()
    it = iter(items)
    try:
        while True:
            while len(pending) < limit:
                item = next(it, _END)
                if item is _END:
                    break
                pending.append(pool.submit(fn, item))
            if not pending:
                return
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


_END = object()
