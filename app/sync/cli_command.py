"""`letapis sync ...`: the scriptable side of team sync (architecture.md, CLI contract).

Kept out of app/cli.py so that file stays a thin dispatcher; heavy imports happen inside the
command functions, so building the parser costs nothing. Every failure is a LetapisError that
app.cli.main prints as one line with exit code 1 (e.g. any rejected bundle).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

Command = Callable[[argparse.Namespace], int]


def _open_vault(args: argparse.Namespace) -> Any:
    from app.cli import _open

    return _open(args)


def cmd_sync_card(args: argparse.Namespace) -> int:
    from app.sync.roster import write_device_card

    vault = _open_vault(args)
    try:
        card = write_device_card(vault, Path(args.output), args.label)
    finally:
        vault.lock()
    print(f"Device card written: {args.output}")
    print(f"Device: {card.label} ({card.device_id[:8]})")
    print(f"Fingerprint: {card.fingerprint}")
    return 0


def cmd_sync_add_member(args: argparse.Namespace) -> int:
    from app.sync.roster import add_member, read_card

    card = read_card(Path(args.card))
    vault = _open_vault(args)
    try:
        member = add_member(vault, card, args.label)
    finally:
        vault.lock()
    print(f"Team member added: {member.label} ({member.short_id})")
    print(f"Fingerprint: {member.fingerprint}")
    print("Compare this fingerprint with its owner by phone or in person before syncing.")
    return 0


def cmd_sync_members(args: argparse.Namespace) -> int:
    from app.sync.roster import list_members

    vault = _open_vault(args)
    try:
        members = list_members(vault)
    finally:
        vault.lock()
    for m in members:
        state = "this device" if m.is_self else ("revoked" if m.revoked_at else "member")
        print(f"{m.device_id}  {state:<11}  {m.fingerprint}  {m.label}")
    return 0


def cmd_sync_revoke(args: argparse.Namespace) -> int:
    from app.sync.roster import revoke_member

    vault = _open_vault(args)
    try:
        member = revoke_member(vault, args.device_id)
    finally:
        vault.lock()
    print(f"Revoked {member.label} ({member.short_id}); export a bundle to tell the team.")
    return 0


def cmd_sync_export(args: argparse.Namespace) -> int:
    from app.services.backups import export_bundle_marked

    vault = _open_vault(args)
    try:
        result = export_bundle_marked(vault, Path(args.output), full_history=args.full)
    finally:
        vault.lock()
    print(
        f"Bundle written: {result.path} ({result.ops} changes, {result.blobs} attachments, "
        f"for {len(result.recipients)} team devices)"
    )
    return 0


def cmd_sync_import(args: argparse.Namespace) -> int:
    from app.services.backups import import_bundle_with_backup

    vault = _open_vault(args)
    try:
        summary = import_bundle_with_backup(vault, Path(args.bundle))
    finally:
        vault.lock()
    print(summary.text())
    for warning in summary.warnings:
        print(f"warning: {warning}")
    return 0


def add_sync_commands(sub: Any) -> None:
    """Register `sync card | add-member | members | revoke | export | import` on the top-level
    sub-parsers (``sub`` is the object returned by ``add_subparsers``)."""
    sync = sub.add_parser("sync", help="team sync by USB stick (device cards, bundles)")
    sync.set_defaults(func=lambda _args: _usage(sync))
    commands = sync.add_subparsers(dest="sync_command", metavar="SYNC_COMMAND")

    def add(name: str, func: Command, help_: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = commands.add_parser(name, help=help_)
        p.add_argument("--vault", default=argparse.SUPPRESS, help="vault folder")
        p.set_defaults(func=func)
        return p

    card = add("card", cmd_sync_card, "write this device's card (public keys + fingerprint)")
    card.add_argument("-o", "--output", required=True, help="card file to write")
    card.add_argument("--label", help="how teammates will see this device")
    member = add("add-member", cmd_sync_add_member, "add a team member's device card")
    member.add_argument("card", help="device card file")
    member.add_argument("--label", help="local name for the device (default: the card's)")
    add("members", cmd_sync_members, "list the team roster")
    revoke = add("revoke", cmd_sync_revoke, "revoke a team device for good")
    revoke.add_argument("device_id", help="device id (see 'sync members')")
    export = add("export", cmd_sync_export, "write a bundle for the team")
    export.add_argument("-o", "--output", required=True, help="folder to write to (USB stick)")
    export.add_argument("--full", action="store_true", help="full history (for a new member)")
    imp = add("import", cmd_sync_import, "verify and merge a bundle")
    imp.add_argument("bundle", help="bundle file")


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2
