"""A lean pool of worker processes for the service, driven by the event loop without helper threads.

``concurrent.futures.ProcessPoolExecutor`` moves each call through a feeder thread, a manager thread and a
wake-up pipe; on a two-core machine those threads cost the event loop about 40% of its CPU per request. Here
the event loop writes each call as one frame into a single job socket that all workers read from (an
``flock`` on a file makes each read take one whole frame, and the kernel drops it when its holder dies), so
a free worker takes the next call and one slow page holds up no other; each worker answers on its own
socket, read by an asyncio protocol.

A shared array says what each worker is doing: idle, reading a frame, or running call N. A call that
outlives its deadline is failed with :class:`TimeoutError` and the worker running it is killed and replaced;
a worker that dies fails the call it was running with :class:`WorkerLost` and is replaced. One that dies in
the middle of reading a frame leaves the job socket mid-frame: then every call in flight fails with
:class:`WorkerLost` and the pool starts over on a new socket with new workers.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import itertools
import os
import pickle
import socket
import struct
import tempfile
from collections.abc import Callable, Coroutine
from multiprocessing import get_context
from multiprocessing.process import BaseProcess
from typing import Any

from journalmeta.errors import JournalmetaError

__all__ = ["ProcessPool", "WorkerLost"]

_FRAME = struct.Struct("!QQ")  # call id, payload length
_IDLE, _READING = 0, 2**64 - 1  # a worker's state in the shared array, when not the id of its call


class WorkerLost(JournalmetaError):
    """The worker process running a call died before answering."""


def _read_exactly(sock: socket.socket, size: int) -> bytes | None:
    """``size`` bytes from a blocking socket, or None at its end; one ``recv`` (no copy) in the usual case."""
    data = sock.recv(size, socket.MSG_WAITALL) if size else b""
    if len(data) == size:
        return data
    parts = [data]
    while (got := sum(map(len, parts))) < size:
        if not (chunk := sock.recv(size - got, socket.MSG_WAITALL)):
            return None
        parts.append(chunk)
    return b"".join(parts)


def _serve(jobs: socket.socket, answers: socket.socket, lock_path: str, running: Any, slot: int,
           initializer: Callable[[], None] | None) -> None:
    """A worker's loop: take one call from the shared job socket, run it, answer with its result."""
    if initializer is not None:
        initializer()
    lock = os.open(lock_path, os.O_RDWR)  # this process's own open file: flock excludes the other workers
    while True:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            jobs.recv(1, socket.MSG_PEEK)  # wait for a frame (or the end) before saying "reading"
            running[slot] = _READING
            head = _read_exactly(jobs, _FRAME.size)
            payload = _read_exactly(jobs, _FRAME.unpack(head)[1]) if head else None
            if head is None or payload is None:
                return
            call_id = _FRAME.unpack(head)[0]
            running[slot] = call_id
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
        try:
            fn, args = pickle.loads(payload)
            answer = pickle.dumps((True, fn(*args)), pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # the caller gets it
            answer = _pickled_error(exc)
        running[slot] = _IDLE
        answers.sendall(_FRAME.pack(call_id, len(answer)) + answer)


def _pickled_error(exc: Exception) -> bytes:
    try:
        return pickle.dumps((False, exc), pickle.HIGHEST_PROTOCOL)
    except Exception:  # an exception that does not pickle travels as its text
        return pickle.dumps((False, RuntimeError(f"{type(exc).__name__}: {exc}")), pickle.HIGHEST_PROTOCOL)


class _Answers(asyncio.Protocol):
    """Reads one worker's answer frames and settles the matching calls."""

    def __init__(self, pool: ProcessPool, slot: int, process: BaseProcess) -> None:
        self.pool, self.slot, self.process, self.buffer = pool, slot, process, bytearray()

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while len(self.buffer) >= _FRAME.size:
            call_id, size = _FRAME.unpack_from(self.buffer)
            end = _FRAME.size + size
            if len(self.buffer) < end:
                return
            payload = bytes(self.buffer[_FRAME.size:end])
            del self.buffer[:end]
            self.pool._settle(call_id, payload)

    def connection_lost(self, exc: Exception | None) -> None:
        self.pool._lost(self.slot, self.process)


class ProcessPool:
    """``size`` worker processes (spawned) running picklable module-level functions for the event loop."""

    def __init__(self, size: int, initializer: Callable[[], None] | None = None) -> None:
        self.size, self.initializer = size, initializer
        self._context = get_context("spawn")
        self._running: Any = self._context.Array("Q", size, lock=False)
        self._lock_path = ""
        self._worker_jobs: socket.socket | None = None  # the workers' end of the job socket
        self._jobs_out: asyncio.WriteTransport | None = None
        self._processes: list[BaseProcess | None] = [None] * size
        self._answers: list[asyncio.BaseTransport | None] = [None] * size
        self._calls: dict[int, asyncio.Future[Any]] = {}
        self._ids = itertools.count(1)
        self._in_flight = asyncio.Semaphore(size * 2)
        self._ready = asyncio.Event()
        self._tasks: set[asyncio.Task[None]] = set()
        self._closing = False

    async def start(self) -> None:
        descriptor, self._lock_path = tempfile.mkstemp(prefix="journalmeta-pool-", suffix=".lock")
        os.close(descriptor)
        await self._open()

    async def _open(self) -> None:
        """A new job socket and a worker in every slot."""
        jobs, self._worker_jobs = socket.socketpair()
        jobs.setblocking(False)
        self._jobs_out, _ = await asyncio.get_running_loop().create_unix_connection(asyncio.Protocol, sock=jobs)
        for slot in range(self.size):
            await self._spawn(slot)
        self._ready.set()

    async def _spawn(self, slot: int) -> None:
        assert self._worker_jobs is not None
        mine, theirs = socket.socketpair()
        self._running[slot] = _IDLE
        process = self._context.Process(
            target=_serve, daemon=True, name=f"journalmeta-worker-{slot}",
            args=(self._worker_jobs, theirs, self._lock_path, self._running, slot, self.initializer))
        process.start()
        theirs.close()
        mine.setblocking(False)
        self._processes[slot] = process
        transport, _ = await asyncio.get_running_loop().create_unix_connection(
            lambda: _Answers(self, slot, process), sock=mine)
        self._answers[slot] = transport

    async def call(self, fn: Callable[..., Any], *args: Any, timeout: float) -> Any:
        """``fn(*args)`` in a worker; raises what it raised, :class:`TimeoutError` or :class:`WorkerLost`."""
        if self._closing or not self._lock_path:
            raise RuntimeError("the pool is not running")
        async with self._in_flight:
            await self._ready.wait()
            assert self._jobs_out is not None
            call_id = next(self._ids)
            future = asyncio.get_running_loop().create_future()
            self._calls[call_id] = future
            payload = pickle.dumps((fn, args), pickle.HIGHEST_PROTOCOL)
            self._jobs_out.writelines([_FRAME.pack(call_id, len(payload)), payload])  # no copy of a page
            try:
                return await asyncio.wait_for(future, timeout)
            except asyncio.TimeoutError:
                self._kill_running(call_id)
                raise TimeoutError(f"no answer in {timeout:g} s") from None
            finally:
                self._calls.pop(call_id, None)

    def _settle(self, call_id: int, payload: bytes) -> None:
        future = self._calls.get(call_id)
        if future is None or future.done():
            return
        ok, value = pickle.loads(payload)
        if ok:
            future.set_result(value)
        else:
            future.set_exception(value)

    def _kill_running(self, call_id: int) -> None:
        for slot in range(self.size):
            process = self._processes[slot]
            if self._running[slot] == call_id and process is not None:
                process.kill()

    def _lost(self, slot: int, process: BaseProcess) -> None:
        """A worker's socket closed: the worker died (or the pool is closing). Fail its call, replace it."""
        if self._closing or self._processes[slot] is not process:
            return  # closing, or a worker already replaced
        state = self._running[slot]
        process.join(1)
        if state == _READING:  # the job socket may be left mid-frame
            self._background(self._start_over())
            return
        future = self._calls.get(state)
        if future is not None and not future.done():
            future.set_exception(WorkerLost("the worker process running this page died"))
        self._background(self._spawn(slot))

    def _background(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _start_over(self) -> None:
        """Fail every call in flight, stop every worker, and open a new job socket with new workers."""
        self._ready.clear()
        for future in self._calls.values():
            if not future.done():
                future.set_exception(WorkerLost("a worker died while taking a call; the calls in flight are lost"))
        await self._stop_workers(kill=True)
        if not self._closing:
            await self._open()

    async def _stop_workers(self, *, kill: bool) -> None:
        """Close the job socket (a worker reading it then exits), reap every worker — killed first when ``kill``,
        and then no longer a loss :meth:`_lost` repairs — and close their answer sockets."""
        for end in (self._jobs_out, self._worker_jobs):
            if end is not None:
                end.close()
        processes = [p for p in self._processes if p is not None]
        if kill:
            self._processes = [None] * self.size
            for process in processes:
                process.kill()
        await asyncio.to_thread(_reap, processes)
        for transport in self._answers:
            if transport is not None:
                transport.close()

    def pids(self) -> list[int]:
        return [p.pid for p in self._processes if p is not None and p.pid is not None]

    async def close(self) -> None:
        """Stop taking calls, let the workers see the job socket close, and reap them."""
        self._closing = True
        for future in self._calls.values():
            future.cancel()
        await self._stop_workers(kill=False)
        if self._lock_path:
            with contextlib.suppress(OSError):
                os.unlink(self._lock_path)


def _reap(processes: list[BaseProcess]) -> None:
    for process in processes:
        process.join(5)
        if process.is_alive():
            process.kill()
            process.join(1)
