"""`letapis` command line: the scriptable contract of architecture.md.

Exit codes: 0 ok, 1 user error (one line on stderr), 2 usage error (argparse). Passphrases come
from a prompt, or from LETAPIS_PASSPHRASE for automation; they are never accepted as arguments,
which would leave them in shell history and the process list.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__, paths
from app.errors import LetapisError, storage_error

PASSPHRASE_ENV = "LETAPIS_PASSPHRASE"
NEW_PASSPHRASE_ENV = "LETAPIS_NEW_PASSPHRASE"
RECOVERY_ENV = "LETAPIS_RECOVERY_KEY"


class UserError(LetapisError):
    pass


def _secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UserError(f"No terminal to ask for the passphrase; set {env} for automation.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != first:
        raise UserError("The two passphrases differ; nothing was changed.")
    return first


def _vault_dir(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else paths.default_vault_dir()


def _open(  # type: ignore[no-untyped-def]
    args: argparse.Namespace, *, memory_security: bool | None = None, daily_backup: bool = True
):
    """Open the vault; print its notices; take the daily backup when one is due (a failure
    there is a warning: it must not stop the user from reading or exporting)."""
    from app.services.backups import backup_if_due
    from app.services.vault import open_vault, vault_exists

    directory = _vault_dir(args)
    if not vault_exists(directory):
        return open_vault(directory, "")  # raises the precise "not found"/"corrupt" error
    vault = open_vault(
        directory, _secret(PASSPHRASE_ENV, "Passphrase: "), memory_security=memory_security
    )
    for notice in vault.notices:
        print(f"letapis: {notice}", file=sys.stderr)
    if daily_backup:
        try:
            made = backup_if_due(vault)
        except LetapisError as exc:
            print(f"letapis: warning: the daily backup failed: {exc}", file=sys.stderr)
        else:
            if made is not None:
                print(f"Daily encrypted backup written: {made.name}", file=sys.stderr)
    return vault


def cmd_init(args: argparse.Namespace) -> int:
    from app.services.vault import create_vault

    directory = _vault_dir(args)
    passphrase = _secret(PASSPHRASE_ENV, "New passphrase: ", confirm=True)
    try:
        vault, code = create_vault(directory, passphrase)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    vault.lock()
    print(f"Created an encrypted vault in {directory}")
    print("Recovery key (write it down and keep it apart from this laptop; shown only once):")
    print(f"  {code}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services.demo import generate_demo

    # Synthetic data only: skip SQLCipher's heap wiping, which slows bulk inserts 5-7x.
    vault = _open(args, memory_security=False)
    started = time.perf_counter()
    try:
        counts = generate_demo(vault, persons=args.persons, seed=args.seed)
    finally:
        vault.lock()
    took = time.perf_counter() - started
    print(f"Generated {counts['persons']} persons in {took:.1f} s (seed {args.seed}).")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from app.services.stats import vault_report

    vault = _open(args)
    try:
        report = vault_report(vault)
    finally:
        vault.lock()
    for line in report.lines():
        print(line)
    return 0 if report.ok else 1


def cmd_passwd(args: argparse.Namespace) -> int:
    from app.services.vault import change_passphrase, reset_passphrase

    directory = _vault_dir(args)
    if args.recovery:
        code = _secret(RECOVERY_ENV, "Recovery key: ")
        new = _secret(NEW_PASSPHRASE_ENV, "New passphrase: ", confirm=True)
        reset_passphrase(directory, code, new)
    else:
        old = _secret(PASSPHRASE_ENV, "Current passphrase: ")
        new = _secret(NEW_PASSPHRASE_ENV, "New passphrase: ", confirm=True)
        try:
            change_passphrase(directory, old, new)
        except ValueError as exc:
            raise UserError(str(exc)) from exc
    print("Passphrase changed. The recovery key still works.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    vault = _open(args, daily_backup=False)
    try:
        path = vault.backup("manual")
    finally:
        vault.lock()
    print(f"Encrypted backup written: {path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.services.vault import restore_backup

    directory = _vault_dir(args)
    chosen = restore_backup(
        directory,
        _secret(PASSPHRASE_ENV, "Passphrase: "),
        Path(args.backup) if args.backup else None,
    )
    print(f"Restored {chosen.name}; the replaced database was kept in backups/.")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from app.services.backups import describe, list_backup_info

    found = list_backup_info(_vault_dir(args))
    for info in found:
        print(describe(info))
    if not found:
        print("No backups yet; write one with 'letapis backup'.")
    return 0


def cmd_destroy_keys(args: argparse.Namespace) -> int:
    from app.services.vault import DESTROY_WORD, destroy_keys

    directory = _vault_dir(args)
    typed = args.confirm
    if typed is None:
        if not sys.stdin.isatty():
            raise UserError("No terminal to confirm on; pass --confirm DESTROY for automation.")
        print(
            f"This makes the vault in {directory} unrecoverable: its keys are overwritten and "
            "deleted, no passphrase or recovery key will open it or its backups again. Copies "
            "of the vault folder made elsewhere are not affected."
        )
        typed = input(f"Type {DESTROY_WORD} or the folder name ({directory.name}) to confirm: ")
    result = destroy_keys(directory, typed)
    print(
        f"Keys destroyed ({result.shredded} key file overwritten and deleted, {result.removed} "
        "encrypted files removed). The vault can no longer be opened."
    )
    return 0


def cmd_self_test(args: argparse.Namespace) -> int:
    from app.selftest import run_self_test

    return run_self_test()


def cmd_gui(args: argparse.Namespace) -> int:
    from app.ui.app import run_gui

    return run_gui(_vault_dir(args) if args.vault else None)


def cmd_import(args: argparse.Namespace) -> int:
    from app.services.spreadsheet.cli_command import run_import

    return run_import(args)


def cmd_export(args: argparse.Namespace) -> int:
    from app.services.spreadsheet.cli_command import run_export

    return run_export(args)


def cmd_report(args: argparse.Namespace) -> int:
    from app.reports.cli_command import run_report_command

    return run_report_command(args)


def cmd_bench(args: argparse.Namespace) -> int:
    """The benchmarks live in the source tree's bench/ folder (not installed: they build
    100k-person demo vaults and are for developers), so this runs from a checkout only."""
    root = Path(__file__).resolve().parent.parent
    if not (root / "bench" / "run_all.py").is_file():
        raise UserError("letapis bench runs from a source checkout (bench/ is not installed).")
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    from bench import run_all

    argv = ["--persons", str(args.persons), "--skip", args.skip]
    for option in ("json", "data"):
        if getattr(args, option):
            argv += [f"--{option}", getattr(args, option)]
    return run_all.main(argv)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="letapis", description="Encrypted, offline case manager for human-rights documenters."
    )
    parser.add_argument("--version", action="version", version=f"letapis {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation end to end in a temporary vault, then exit",
    )
    parser.add_argument("--vault", help="vault folder (default: the user's data directory)")
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], help_: str):  # type: ignore[no-untyped-def]
        p = sub.add_parser(name, help=help_)
        p.add_argument("--vault", default=argparse.SUPPRESS, help="vault folder")
        p.set_defaults(func=func)
        return p

    add("init", cmd_init, "create a vault (passphrase prompted or LETAPIS_PASSPHRASE)")
    demo = add("demo", cmd_demo, "fill the vault with realistic synthetic data")
    demo.add_argument("--persons", type=int, required=True)
    demo.add_argument("--seed", type=int, default=1)
    add("check", cmd_check, "integrity check, schema version, one count per line")
    pw = add("passwd", cmd_passwd, "change the passphrase (no re-encryption)")
    pw.add_argument("--recovery", action="store_true", help="use the recovery key instead")
    add("backup", cmd_backup, "write an encrypted backup into the vault's backups/ folder")
    rs = add("restore", cmd_restore, "restore the newest (or the given) backup")
    rs.add_argument("backup", nargs="?", help="backup file (default: the newest)")
    add("backups", cmd_backups, "list the encrypted backups (date, size, kind, verification)")
    destroy = add(
        "destroy-keys", cmd_destroy_keys, "emergency: make the vault unrecoverable (confirmed)"
    )
    destroy.add_argument("--confirm", help="the confirmation word (DESTROY or the folder name)")
    imp = add("import", cmd_import, "import a spreadsheet in the documented template (CSV, XLSX)")
    imp.add_argument("file", help="a .csv, .tsv, .txt or .xlsx file")
    imp.add_argument("--dry-run", action="store_true", help="only report what would happen")
    imp.add_argument(
        "--accept-partial", action="store_true", help="import the valid rows when some are rejected"
    )
    exp = add("export", cmd_export, "export as the template (CSV, XLSX) or a JSON archive")
    exp.add_argument("--format", choices=["csv", "xlsx", "json"], required=True)
    exp.add_argument("-o", "--output", required=True, help="output file (NOT encrypted)")
    rep = add("report", cmd_report, "monthly report as PDF or JSON (by the -o extension)")
    rep.add_argument("--month", required=True, help="reporting month, YYYY-MM")
    rep.add_argument("--lang", choices=["en", "be", "ru"], default="en")
    rep.add_argument("--kind", choices=["monthly", "prosecutions"], default="monthly")
    rep.add_argument("--org", help="organisation name for the title page and header")
    rep.add_argument("-o", "--output", required=True, help="OUT.pdf or OUT.json (NOT encrypted)")
    bench = add("bench", cmd_bench, "measure the performance budgets on a demo vault; JSON")
    bench.add_argument("--persons", type=int, default=100_000, help="demo vault size")
    bench.add_argument("--json", help="also write the JSON to this file")
    bench.add_argument("--skip", default="", help="steps to leave out, e.g. import,sync,rss")
    bench.add_argument("--data", help="folder for the cached demo vaults (default: bench/.data)")
    from app.sync.cli_command import add_sync_commands

    add_sync_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "vault"):
        args.vault = None
    try:
        return int((cmd_self_test if args.self_test else args.func)(args))
    except LetapisError as exc:
        print(f"letapis: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("letapis: interrupted; nothing was changed.", file=sys.stderr)
        return 1
    except OSError as exc:  # e.g. a report or export on a full or read-only disk
        print(f"letapis: {storage_error(exc, 'Writing failed')}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
