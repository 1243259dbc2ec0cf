"""The one settings object: non-secret user preferences in a plain ini file.

Nothing here may identify a person: no names, no recent cases, no search history. The file is
plaintext by design (it must be readable before the vault is unlocked, e.g. the UI language).
"""

from __future__ import annotations

import configparser
from dataclasses import dataclass, fields
from pathlib import Path

from app import paths
from app.crypto.atomic import write_atomic

LANGUAGES = ("en", "be", "ru")


@dataclass
class Settings:
    language: str = "en"
    last_vault: str = ""
    idle_lock_minutes: int = 10
    # 1 turns on SQLCipher's cipher_memory_security (see app.models.db.resolve_memory_security).
    memory_security: int = 0

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or paths.settings_file()
        parser = configparser.ConfigParser()
        try:
            parser.read(path, encoding="utf-8")
        except (configparser.Error, UnicodeDecodeError):
            return cls()  # a damaged preferences file must never block unlocking
        section = parser["letapis"] if parser.has_section("letapis") else {}
        result = cls()
        for f in fields(cls):
            raw = section.get(f.name)
            if raw is None:
                continue
            try:
                setattr(result, f.name, int(raw) if f.type in ("int", int) else raw)
            except ValueError:
                continue
        if result.language not in LANGUAGES:
            result.language = "en"
        result.idle_lock_minutes = max(1, min(result.idle_lock_minutes, 240))
        result.memory_security = 1 if result.memory_security else 0
        return result

    def save(self, path: Path | None = None) -> None:
        path = path or paths.settings_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        parser = configparser.ConfigParser()
        parser["letapis"] = {f.name: str(getattr(self, f.name)) for f in fields(self)}
        from io import StringIO

        buf = StringIO()
        parser.write(buf)
        write_atomic(path, buf.getvalue().encode("utf-8"))
