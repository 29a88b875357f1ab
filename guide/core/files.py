"""Files the app writes and reads outside the library: whole or not at all, never onto
something that must not be replaced, and only regular files read, with a limit."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from guide.core.errors import LibraryError
from guide.core.text import from_os

LIBRARY_SIDE_FILES = ("", "-wal", "-shm", "-journal")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def check_destination(path: Path, *, force: bool = False, protected: Iterable[Path] = ()) -> None:
    """Refuse a destination that would replace the open library (or its journal files), a
    folder, an existing file without ``force``, or one whose folder does not exist."""
    shown = from_os(path)
    for library in protected:
        for suffix in LIBRARY_SIDE_FILES:
            guarded = library.with_name(library.name + suffix)
            if _same_file(path, guarded):
                raise LibraryError(f"{shown} is the open library; choose another file")
    if path.is_dir():
        raise LibraryError(f"{shown} is a folder; give a file name")
    if path.exists() and not path.is_file():  # a device, a FIFO: never replaced, even forced
        raise LibraryError(f"{shown} is {kind_of(path.stat().st_mode)}, not a file to replace")
    if (path.exists() or path.is_symlink()) and not force:
        raise LibraryError(f"{shown} already exists; add --force to replace it")
    folder = path.parent
    if not folder.is_dir():
        raise LibraryError(f"cannot write {shown}: the folder {from_os(folder)} does not exist")


_PART = re.compile(r"^\.episode-guide-(\d+)@(.*)-[0-9a-z_]+\.part(-journal|-wal|-shm)?$")


def _host() -> str:
    return os.uname().nodename.replace("/", "_") if hasattr(os, "uname") else "here"


def part_prefix() -> str:
    """The start of the name of a file being written by this process: hidden, and naming
    the process and the machine, so that what a killed writer left can be told from what a
    running one (here or on another computer sharing the folder) is writing."""
    return f".episode-guide-{os.getpid()}@{_host()}-"


def sweep_parts(folder: Path) -> list[Path]:
    """Remove what writers on this machine that no longer run (killed, or the power cut)
    left half-written in a folder; returns what was removed. Never touches a file another
    running process, or another computer, is writing."""
    removed: list[Path] = []
    try:
        names = [entry.name for entry in os.scandir(folder) if _PART.match(entry.name)]
    except OSError:
        return removed
    host = _host()
    for name in names:
        match = _PART.match(name)
        if match is None or match.group(2) != host or _running(int(match.group(1))):
            continue
        with contextlib.suppress(OSError):
            os.unlink(folder / name)
            removed.append(folder / name)
    return removed


def _running(pid: int) -> bool:
    """Whether a process of this machine still runs; on Windows (where os.kill(pid, 0)
    would send Ctrl+C) always taken to run, so nothing is swept there."""
    if pid == os.getpid() or os.name == "nt":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def write_atomically(path: Path, write: Callable[[TextIO], object]) -> None:
    """Write a text file whole: into a temporary file beside it, flushed to disk, then
    renamed into place. On any failure the temporary file is removed and the destination is
    as it was; an OS error becomes one LibraryError line. What a killed writer left in that
    folder is removed first (:func:`sweep_parts`)."""
    temporary: str | None = None
    try:
        sweep_parts(path.parent)
        fd, temporary = tempfile.mkstemp(prefix=part_prefix(), suffix=".part", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as file:
            write(file)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
        temporary = None
    except OSError as error:
        raise LibraryError(f"cannot write {from_os(path)}: {describe_os_error(error)}") from error
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def write_text_atomically(path: Path, text: str) -> None:
    write_atomically(path, lambda file: file.write(text))


def describe_os_error(error: OSError) -> str:
    """What went wrong, in words (no errno numbers, no traceback)."""
    known = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.EROFS: "the file system is read-only",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENAMETOOLONG: "the name is too long",
        errno.ENOENT: "no such file or folder",
        errno.EISDIR: "it is a folder",
        errno.ENOTDIR: "a part of the path is not a folder",
    }
    return known.get(error.errno or 0, error.strerror or str(error))


class NotRegularFile(Exception):
    """A FIFO, device, socket or folder where a file was expected; the message says which."""


class TooLarge(Exception):
    """A file larger than its limit: said from its size, before any of it is read."""

    def __init__(self, size: int):
        super().__init__(f"{size:,} bytes")
        self.size = size


def kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def read_regular_file(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes: the one rule every door that
    reads a file keeps. A file larger than ``limit`` is refused from its size, before any
    of it is read, and one that grows past it while it is read is refused too (TooLarge:
    never more than ``limit`` + 1 bytes are read). A FIFO is opened without waiting for a
    writer, and anything but a regular file is refused after opening (a link to /dev/zero
    too).

    Raises NotRegularFile, TooLarge or OSError.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        status = os.fstat(fd)
        mode = status.st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(kind_of(mode))
        os.set_blocking(fd, True)
        size = status.st_size
        if size > limit:
            raise TooLarge(size)
        if size <= limit:  # one read for the whole file, and one byte more to see it ended
            first = os.read(fd, size + 1)
            if len(first) <= size:
                return first
            chunks = [first]
            remaining = limit + 1 - len(first)
        else:
            chunks, remaining = [], limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
        if len(data) > limit:  # it grew while it was read
            raise TooLarge(len(data))
        return data
    finally:
        os.close(fd)


def unwritable_reason(path: Path) -> str | None:
    """Why a file cannot be written now, in words: its disk is full, its file system is
    read-only, or it may not be written; None when none of these is so."""
    statvfs = getattr(os, "statvfs", None)  # not on Windows: the permission test alone
    info = None
    if statvfs is not None:
        try:
            info = statvfs(path.parent)
        except OSError:
            info = None
    if info is not None and info.f_flag & getattr(os, "ST_RDONLY", 1):
        return "its file system is read-only"
    # (file systems without a count of inodes, btrfs among them, report 0 free of them)
    if info is not None and (info.f_bavail == 0 or (info.f_files > 0 and info.f_favail == 0)):
        return "the disk holding it is full"
    folder_locked = path.parent.exists() and not os.access(path.parent, os.W_OK)
    if (path.exists() and not os.access(path, os.W_OK)) or folder_locked:
        return "it may not be written (permission)"
    return None
