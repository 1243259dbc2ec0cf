"""Letapis: an offline, encrypted case manager for documenting political repression."""

from __future__ import annotations

__version__ = "0.1.0"
