"""Every identity the library gives: a new random id, and the stable id of a play named by
what it is. The bottom layer: it imports nothing of the application."""

from __future__ import annotations

import hashlib
import secrets


def new_uid() -> str:
    """A new global id: 128 random bits as 32 hex digits (as uuid4().hex was, without
    loading uuid, which loads platform, at every start)."""
    return secrets.token_hex(16)


def stable_uid(*parts: str) -> str:
    """The id of a thing named by what it is: a play by its article and its moment, a note
    read from a file without ids by its text and its time. The same parts, the same id, on
    every computer: what is merged twice is there once."""
    return hashlib.blake2b("\0".join(parts).encode(), digest_size=16).hexdigest()
