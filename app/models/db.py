"""The ONE engine and session factory: SQLCipher 4 keyed with the raw data key.

Security rules enforced here (see shared/design/security-and-sync-notes.md §1):
* ``PRAGMA key`` with the raw 32-byte key is the first statement on every connection; no
  passphrase ever reaches SQLCipher, so no per-connection PBKDF2 and no quoting bugs;
* refuse to run if the driver is not SQLCipher (a silent fallback to plain SQLite would write
  plaintext) or if it was built to spill temp data to disk;
* a key that the key slots accepted but SQLCipher rejects means corruption or tampering.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from app.domain.names import collation_key
from app.errors import SecurityError, VaultCorrupt, VaultNotWritable

CIPHER_COMPATIBILITY = 4

# Page cache per connection, in KiB (negative = KiB for SQLite). SQLCipher decrypts and checks
# every page it reads from disk, so a page served from this cache costs the same as in plain
# SQLite: with the build default (8 MB) the 100k-person list, search and statistics ran 2-5x
# slower than plain SQLite; with 64 MB their working set (the covering indexes of migration
# 0003) stays decrypted in memory. Memory is taken only as pages are read, and the engine
# reuses its most recent connection (pool_use_lifo): one warm cache, not several half-filled.
CACHE_SIZE_KIB = 65536

CONNECTION_PRAGMAS = (
    "temp_store = MEMORY",
    f"cache_size = -{CACHE_SIZE_KIB}",
    # SQLCipher cannot memory-map an encrypted file; say so explicitly so that a plain SQLite
    # twin given these same pragmas (bench/) is measured with the same I/O path.
    "mmap_size = 0",
    "journal_mode = WAL",
    "synchronous = FULL",
    "foreign_keys = ON",
    "secure_delete = ON",
    "busy_timeout = 10000",
)


def _key_pragma(data_key: bytes | bytearray) -> str:
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{bytes(data_key).hex()}'\""


def verify_cipher(con: sqlcipher.Connection) -> None:
    """Raise SecurityError unless this connection really is SQLCipher with in-memory temp."""
    version = con.execute("PRAGMA cipher_version").fetchone()
    provider = con.execute("PRAGMA cipher_provider").fetchone()
    if not version or not version[0] or not provider or not provider[0]:
        raise SecurityError("The database driver is not SQLCipher; refusing to write plaintext.")
    options = {row[0] for row in con.execute("PRAGMA compile_options")}
    if not options & {"TEMP_STORE=2", "TEMP_STORE=3"}:
        raise SecurityError("SQLCipher was built to keep temporary data on disk; refusing to run.")


def resolve_memory_security(flag: bool | None) -> bool:
    """Whether to turn on SQLCipher's ``cipher_memory_security`` (wipe and mlock SQLite's heap).

    Off unless asked for (``memory_security = 1`` in settings.ini), as in SQLCipher itself since
    4.5.0. Measured at 100k persons it makes read queries 1.7x slower than plain SQLite (budget
    1.15x) and bulk writes 3-5x slower (a 100k-row import goes from under 2 to ~6 minutes), while
    the same plaintext also lives in Python objects and Qt strings that it cannot wipe; see
    docs/security.md. It is process-wide once on, so every connection asks the same question.
    """
    if flag is not None:
        return flag
    from app.settings import Settings

    return bool(Settings.load().memory_security)


def connect(
    db_file: Path,
    data_key: bytes | bytearray,
    *,
    readonly: bool = False,
    memory_security: bool | None = None,
):
    """A keyed, checked DB-API connection. Used by the engine and by backup/restore code."""
    uri = f"file:{db_file.as_posix()}?mode={'ro' if readonly else 'rwc'}"
    try:
        con = sqlcipher.connect(uri, uri=True, check_same_thread=False)
    except sqlcipher.OperationalError as exc:
        raise VaultNotWritable(f"Cannot open the vault database: {exc}.") from exc
    try:
        # SQLCipher's own log goes to stderr; silence it (messages may name files).
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute(_key_pragma(data_key))
        if resolve_memory_security(memory_security):
            con.execute("PRAGMA cipher_memory_security = ON")
        con.execute(f"PRAGMA cipher_compatibility = {CIPHER_COMPATIBILITY}")
        verify_cipher(con)
        # Derived sort keys are computed in SQL (app.services.derived) with the domain's rule.
        con.create_function("letapis_collation", 1, collation_key, deterministic=True)
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in CONNECTION_PRAGMAS:
            if readonly and pragma.startswith("journal_mode"):
                continue
            con.execute("PRAGMA " + pragma)
    except sqlcipher.DatabaseError as exc:
        con.close()
        if "not a database" in str(exc) or "malformed" in str(exc):
            raise VaultCorrupt(
                "The vault database cannot be decrypted although the passphrase is right: it is "
                "damaged or was tampered with. Restore the latest backup (letapis restore)."
            ) from exc
        if "readonly" in str(exc) or "read-only" in str(exc):
            raise VaultNotWritable(
                "The vault folder is read-only; Letapis needs to write to it."
            ) from exc
        raise
    except BaseException:
        con.close()
        raise
    return con


def make_engine(
    db_file: Path, data_key: bytes | bytearray, *, memory_security: bool | None = None
) -> Engine:
    """The engine for one vault. The key is copied into the creator's closure; dispose the engine
    on lock, which closes every pooled connection."""
    key = bytes(data_key)
    # Decided once per engine: every pooled connection agrees, and settings.ini is read once.
    memory_security = resolve_memory_security(memory_security)

    def creator() -> sqlcipher.Connection:
        return connect(db_file, key, memory_security=memory_security)

    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=creator,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        pool_use_lifo=True,
        echo=False,
        hide_parameters=True,
    )

    @event.listens_for(engine, "begin")
    def _begin_immediate(conn) -> None:  # type: ignore[no-untyped-def]
        # The stdlib driver's implicit BEGIN would defer the write lock; be explicit instead.
        conn.exec_driver_sql("BEGIN")

    @event.listens_for(engine, "connect")
    def _no_autobegin(dbapi_con, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_con.isolation_level = None

    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)


@contextmanager
def raw_connection(db_file: Path, data_key: bytes | bytearray) -> Iterator[sqlcipher.Connection]:
    con = connect(db_file, data_key)
    try:
        yield con
    finally:
        con.close()


def is_sqlite_plaintext(path: Path) -> bool:
    """True if the file starts with the plain SQLite header (i.e. it is NOT encrypted)."""
    with open(path, "rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"
