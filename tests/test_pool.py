"""The service's worker pool: results and errors come back to their callers, a stuck or dead worker fails only
its own call and is replaced, a slow call holds up no other, and closing reaps every worker."""

from __future__ import annotations

import asyncio
import hashlib
import operator
import os
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import pytest

from journalmeta.service.pool import _FRAME, _READING, ProcessPool, WorkerLost

T = TypeVar("T")


def _in_pool(size: int, body: Callable[[ProcessPool], Awaitable[T]]) -> T:
    async def run() -> T:
        pool = ProcessPool(size)
        await pool.start()
        try:
            return await body(pool)
        finally:
            await pool.close()
            for pid in pool.pids():
                with pytest.raises(ProcessLookupError):
                    os.kill(pid, 0)

    return asyncio.run(run())


def _sizes(pages: list[bytes], small: str, page: bytes) -> tuple[list[int], str, int, str]:
    return [len(p) for p in pages], small, len(page), hashlib.sha1(page).hexdigest()


def test_large_arguments_arrive_whole() -> None:
    pages = [bytes([n]) * (100_000 + n) for n in range(3)]  # each larger than a socket's buffer
    page = b"abc" + os.urandom(5_000_000) + b"xyz"

    async def body(pool: ProcessPool) -> list[tuple[list[int], str, int, str]]:
        return list(await asyncio.gather(*(pool.call(_sizes, pages, "small", page, timeout=30) for _ in range(4))))

    for answer in _in_pool(2, body):
        assert answer == ([100_000, 100_001, 100_002], "small", 5_000_006, hashlib.sha1(page).hexdigest())


def test_results_and_exceptions_reach_their_callers() -> None:
    async def body(pool: ProcessPool) -> tuple[list[Any], BaseException | None]:
        sums = await asyncio.gather(*(pool.call(operator.add, n, 1000, timeout=30) for n in range(50)))
        try:
            await pool.call(operator.truediv, 1, 0, timeout=30)
        except ZeroDivisionError as exc:
            return sums, exc
        return sums, None

    sums, error = _in_pool(2, body)
    assert sums == [n + 1000 for n in range(50)]
    assert isinstance(error, ZeroDivisionError)


def test_large_arguments_and_results_travel_whole() -> None:
    page = os.urandom(3_000_000)

    async def body(pool: ProcessPool) -> list[bytes]:
        return list(await asyncio.gather(*(pool.call(bytes, page, timeout=30) for _ in range(4))))

    assert _in_pool(2, body) == [page] * 4


def test_a_slow_call_does_not_hold_up_the_others() -> None:
    async def body(pool: ProcessPool) -> tuple[float, list[int]]:
        slow = asyncio.ensure_future(pool.call(time.sleep, 3, timeout=30))
        await asyncio.sleep(0.5)  # the slow call has been taken by a worker
        start = time.monotonic()
        quick = [await pool.call(operator.add, n, 1, timeout=30) for n in range(20)]
        elapsed = time.monotonic() - start
        await slow
        return elapsed, quick

    elapsed, quick = _in_pool(2, body)
    assert quick == list(range(1, 21))
    assert elapsed < 2.5, "the quick calls waited for the slow one"


def test_a_stuck_worker_is_killed_and_replaced() -> None:
    async def body(pool: ProcessPool) -> tuple[bool, list[int], int]:
        await pool.call(operator.add, 1, 1, timeout=30)  # both workers up
        before = set(pool.pids())
        try:
            await pool.call(time.sleep, 60, timeout=1)
            timed_out = False
        except TimeoutError:
            timed_out = True
        for _ in range(100):  # the replacement starts once the killed worker's socket closes
            if len(set(pool.pids()) - before) == 1 and len(pool.pids()) == 2:
                break
            await asyncio.sleep(0.1)
        after = [await pool.call(operator.add, n, 1, timeout=30) for n in range(10)]
        return timed_out, after, len(set(pool.pids()) - before)

    timed_out, after, replaced = _in_pool(2, body)
    assert timed_out
    assert after == list(range(1, 11))
    assert replaced == 1


def test_a_worker_that_dies_fails_its_call_only() -> None:
    async def body(pool: ProcessPool) -> tuple[BaseException | None, int]:
        await pool.call(operator.add, 1, 1, timeout=30)
        try:
            await pool.call(os._exit, 1, timeout=30)  # the worker process exits at once
        except WorkerLost as exc:
            lost: BaseException | None = exc
        else:
            lost = None
        return lost, await pool.call(operator.add, 2, 2, timeout=30)

    lost, after = _in_pool(1, body)
    assert isinstance(lost, WorkerLost)
    assert after == 4


def test_calls_on_a_closed_pool_are_refused() -> None:
    async def run() -> None:
        pool = ProcessPool(1)
        await pool.start()
        await pool.close()
        with pytest.raises(RuntimeError):
            await pool.call(operator.add, 1, 1, timeout=5)

    asyncio.run(run())


def test_a_worker_dying_mid_frame_makes_the_pool_start_over() -> None:
    """A worker killed while reading a frame leaves the job socket mid-frame: the calls in flight fail, the
    pool opens a new socket with new workers, and the next calls are answered."""

    async def body(pool: ProcessPool) -> tuple[BaseException | None, list[int]]:
        await asyncio.gather(*(pool.call(operator.add, n, 1, timeout=30) for n in range(4)))
        slow = asyncio.ensure_future(pool.call(time.sleep, 5, timeout=30))
        await asyncio.sleep(0.5)
        assert pool._jobs_out is not None
        pool._jobs_out.write(_FRAME.pack(10**9, 100) + b"x" * 10)  # a frame cut short: its reader waits
        for _ in range(100):
            reading = [slot for slot in range(pool.size) if pool._running[slot] == _READING]
            if reading:
                break
            await asyncio.sleep(0.05)
        process = pool._processes[reading[0]]
        assert process is not None
        process.kill()
        try:
            await slow
            lost: BaseException | None = None
        except WorkerLost as exc:
            lost = exc
        return lost, [await pool.call(operator.add, n, 1, timeout=30) for n in range(6)]

    lost, after = _in_pool(2, body)
    assert isinstance(lost, WorkerLost)
    assert after == list(range(1, 7))
