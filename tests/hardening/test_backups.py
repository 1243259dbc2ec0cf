"""Backups: when they are taken, which are kept, restore, and restore vs the team's sync."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app import cli, paths
from app.errors import BackupDamaged, BundleRejected
from app.models import Device, Person
from app.models import db as dbmod
from app.services import backups
from app.services import vault as vaultsvc
from app.sync import roster
from app.sync.bundles import import_bundle
from tests.conftest import PASSPHRASE
from tests.sync.helpers import add_person, make_team

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday


def _info(when: datetime, label: str = "daily") -> backups.BackupInfo:
    return backups.BackupInfo(Path(backups.backup_file_name(label, when)), when, label, 1)


def _names(infos: list[backups.BackupInfo]) -> set[Path]:
    return {i.path for i in infos}


# -- retention (pure) ------------------------------------------------------------------------


def test_retention_keeps_7_daily_4_weekly_and_the_3_newest():
    history = []
    for day in range(60):  # two months of a daily backup plus two before-sync ones each day
        base = T0 + timedelta(days=day)
        history += [_info(base), _info(base + timedelta(hours=3), "before-sync")]
        history.append(_info(base + timedelta(hours=5), "before-sync"))
    keep = backups.backups_to_keep(history)
    newest = sorted(history, key=lambda i: i.created, reverse=True)
    last_day = newest[0].created.date()
    kept = sorted((i for i in history if i.path in keep), key=lambda i: i.created, reverse=True)
    assert _names(newest[:3]) <= keep
    kept_days = {i.created.date() for i in kept}
    assert {last_day - timedelta(days=n) for n in range(7)} <= kept_days
    # per day only the newest survives (besides the 3 newest overall)
    for info in kept[3:]:
        same_day = [i for i in history if i.created.date() == info.created.date()]
        assert info.created == max(i.created for i in same_day)
    weeks = {i.created.isocalendar()[:2] for i in kept}
    assert len(weeks) == 4
    assert len(keep) == 3 - 1 + 7 + 2  # 3 newest (2 of them today) + 7 days + 2 older weeks
    assert min(i.created for i in kept) > newest[0].created - timedelta(days=29)


def test_retention_keeps_the_newest_replaced_database():
    history = [_info(T0, "replaced")] + [
        _info(T0 + timedelta(minutes=n), "before-sync") for n in range(1, 10)
    ]
    assert history[0].path in backups.backups_to_keep(history)


def test_rotation_on_disk_with_an_injected_clock(vault, vault_dir):
    """24 days of daily backups (copies of one real backup, to keep the test fast), then one
    real backup at the injected time runs the rotation."""
    first = vault.backup("daily", now=T0)  # Monday 2 March, ISO week 10
    for day in range(1, 24):
        copy = first.with_name(backups.backup_file_name("daily", T0 + timedelta(days=day)))
        copy.write_bytes(first.read_bytes())
    vault.backup("daily", now=T0 + timedelta(days=23, hours=5))  # Wednesday 25 March
    kept = backups.list_backup_info(vault_dir)
    days = sorted({i.created.day for i in kept}, reverse=True)
    assert days == [25, 24, 23, 22, 21, 20, 19, 15, 8]  # 7 days + the newest of weeks 11, 10
    assert len(kept) == 10  # both of today's backups are among the 3 newest
    assert kept[0].created == T0 + timedelta(days=23, hours=5)
    assert all(i.verified for i in kept)
    assert not list(paths.backup_dir(vault_dir).glob("*.tmp"))


# -- when backups are taken ------------------------------------------------------------------


def test_daily_backup_is_due_a_day_after_the_last_one(vault, vault_dir):
    now = datetime.now(UTC)
    assert backups.backup_if_due(vault, now) is None  # a fresh vault counts from its creation
    first = backups.backup_if_due(vault, now + timedelta(hours=25))
    assert first is not None and first.name.endswith("-daily.db")
    assert backups.backup_if_due(vault, now + timedelta(hours=26)) is None
    assert backups.backup_if_due(vault, now + timedelta(hours=49)) is not None
    assert len(vaultsvc.list_backups(vault_dir)) == 2


def test_cli_open_takes_the_daily_backup(vault, vault_dir, monkeypatch, capsys):
    vault.lock()
    monkeypatch.setenv("LETAPIS_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(backups, "utc_now", lambda: datetime.now(UTC) + timedelta(days=2))
    assert cli.main(["--vault", str(vault_dir), "check"]) == 0
    assert [i.label for i in backups.list_backup_info(vault_dir)] == ["daily"]
    assert cli.main(["--vault", str(vault_dir), "check"]) == 0  # not due again
    assert len(backups.list_backup_info(vault_dir)) == 1
    assert "Daily encrypted backup written" in capsys.readouterr().err


def test_every_sync_import_is_preceded_by_a_backup(tmp_path):
    team = make_team(tmp_path)
    try:
        pid = add_person(team.a, "Ales Bialiatski")
        bundle = backups.export_bundle_marked(team.a, team.stick).path
        backups.import_bundle_with_backup(team.b, bundle)
        made = backups.list_backup_info(team.b.directory)
        assert [i.label for i in made] == ["before-sync"]
        with dbmod.raw_connection(made[0].path, team.b._data_key) as con:  # taken before it
            assert (
                con.execute("SELECT count(*) FROM persons WHERE id = ?", (pid,)).fetchone()[0] == 0
            )
        with team.b.session() as session:
            assert session.get(Person, pid) is not None
    finally:
        team.close()


def test_cli_sync_import_backs_up_first(tmp_path, monkeypatch):
    team = make_team(tmp_path)
    add_person(team.a, "Maryia Kalesnikava")
    bundle = backups.export_bundle_marked(team.a, team.stick).path
    team.close()
    monkeypatch.setenv("LETAPIS_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--vault", str(tmp_path / "b"), "sync", "import", str(bundle)]) == 0
    assert [i.label for i in backups.list_backup_info(tmp_path / "b")] == ["before-sync"]


# -- restore -----------------------------------------------------------------------------------


def test_cli_backup_list_restore_and_check(vault, vault_dir, monkeypatch, capsys):
    keep = add_person(vault, "Before the backup")
    vault.lock()
    monkeypatch.setenv("LETAPIS_PASSPHRASE", PASSPHRASE)
    argv = ["--vault", str(vault_dir)]
    assert cli.main([*argv, "backup"]) == 0
    reopened = vaultsvc.open_vault(vault_dir, PASSPHRASE)
    lost = add_person(reopened, "After the backup")
    reopened.lock()
    assert cli.main([*argv, "backups"]) == 0
    listing = capsys.readouterr().out
    assert "manual" in listing and "verified" in listing
    assert cli.main([*argv, "restore"]) == 0
    assert cli.main([*argv, "check"]) == 0
    restored = vaultsvc.open_vault(vault_dir, PASSPHRASE)
    with restored.session() as session:
        assert session.get(Person, keep) is not None
        assert session.get(Person, lost) is None
    restored.lock()
    labels = [i.label for i in backups.list_backup_info(vault_dir)]
    assert "replaced" in labels and "manual" in labels
    replaced = next(i for i in backups.list_backup_info(vault_dir) if i.label == "replaced")
    assert not replaced.verified
    # the restore can itself be undone: the replaced database holds the lost person
    assert cli.main([*argv, "restore", str(replaced.path)]) == 0
    again = vaultsvc.open_vault(vault_dir, PASSPHRASE)
    with again.session() as session:
        assert session.get(Person, lost) is not None
    again.lock()


def test_restore_into_an_open_vault_locks_it(vault, vault_dir):
    keep = add_person(vault, "Kept")
    backup = vault.backup("manual")
    add_person(vault, "Dropped")
    assert vaultsvc.restore_into(vault, backup) == backup
    assert vault.is_locked
    reopened = vaultsvc.open_vault(vault_dir, PASSPHRASE)
    with reopened.session() as session:
        assert [p.id for p in session.scalars(select(Person))] == [keep]
    reopened.lock()


def test_damaged_backup_is_refused_with_a_pointer_to_a_good_one(vault, vault_dir):
    good = vault.backup("manual", now=T0)
    bad = vault.backup("manual", now=T0 + timedelta(hours=1))
    vault.lock()
    data = bytearray(bad.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad.write_bytes(bytes(data))
    live = paths.db_path(vault_dir).read_bytes()
    with pytest.raises(BackupDamaged, match=good.name):
        vaultsvc.restore_backup(vault_dir, PASSPHRASE, bad)
    assert paths.db_path(vault_dir).read_bytes() == live


# -- restore vs sync: no reused sequence numbers ------------------------------------------------


def _restore_behind_sent_changes(team) -> str:
    """a backs up, makes a change, sends it to b, then restores the backup; returns that
    change's person id (sent, then rolled back on a)."""
    add_person(team.a, "Before the backup")
    backup = team.a.backup("manual")
    sent = add_person(team.a, "Sent, then rolled back")
    import_bundle(team.b, backups.export_bundle_marked(team.a, team.stick).path)
    vaultsvc.restore_into(team.a, backup)
    return sent


def test_restore_behind_sent_changes_takes_a_new_identity(tmp_path):
    team = make_team(tmp_path)
    try:
        old_id = team.a.device.device_id
        sent = _restore_behind_sent_changes(team)
        team.a = vaultsvc.open_vault(team.a.directory, PASSPHRASE)
        assert team.a.notices == [vaultsvc.NEW_IDENTITY_NOTICE]
        assert team.a.device.device_id != old_id
        with team.a.session() as session:
            old = session.get(Device, old_id)
            assert old is not None and not old.is_self and old.sign_secret is None
        add_person(team.a, "Written after the restore")
        bundle = backups.export_bundle_marked(team.a, team.stick).path
        with pytest.raises(BundleRejected, match=r"not (in|on) (your|the) team|device card"):
            import_bundle(team.b, bundle)
        card, _raw = roster.device_card(team.a)
        roster.add_member(team.b, card)  # the teammate adds the new card once
        summary = import_bundle(team.b, bundle)
        assert summary.applied > 0
        # and the change that was rolled back comes home from the team
        back = backups.export_bundle_marked(team.b, team.stick).path
        import_bundle(team.a, back)
        with team.a.session() as session:
            assert session.get(Person, sent) is not None
        # reopening again is quiet: the new identity has nothing to be behind of
        team.a.lock()
        team.a = vaultsvc.open_vault(team.a.directory, PASSPHRASE)
        assert team.a.notices == []
    finally:
        team.close()


def test_without_the_mark_the_team_would_see_equivocation(tmp_path):
    """The failure the mark prevents: reusing sent sequence numbers makes b refuse a for good."""
    team = make_team(tmp_path)
    try:
        _restore_behind_sent_changes(team)
        paths.feed_mark_path(team.a.directory).unlink()
        team.a = vaultsvc.open_vault(team.a.directory, PASSPHRASE)
        assert team.a.notices == []
        add_person(team.a, "Written after the restore")
        bundle = backups.export_bundle_marked(team.a, team.stick).path
        with pytest.raises(BundleRejected, match="two different changes"):
            import_bundle(team.b, bundle)
    finally:
        team.close()


def test_restore_of_a_backup_newer_than_the_last_export_keeps_the_identity(tmp_path):
    team = make_team(tmp_path)
    try:
        old_id = team.a.device.device_id
        add_person(team.a, "Sent")
        import_bundle(team.b, backups.export_bundle_marked(team.a, team.stick).path)
        backup = team.a.backup("manual")
        add_person(team.a, "Never sent, rolled back")
        vaultsvc.restore_into(team.a, backup)
        team.a = vaultsvc.open_vault(team.a.directory, PASSPHRASE)
        assert team.a.device.device_id == old_id and team.a.notices == []
        add_person(team.a, "After the restore")
        assert import_bundle(team.b, backups.export_bundle_marked(team.a, team.stick).path)
    finally:
        team.close()


def test_mark_file_is_encrypted_and_damage_is_harmless(tmp_path):
    team = make_team(tmp_path)
    try:
        add_person(team.a, "Zzqxcanary")
        backups.export_bundle_marked(team.a, team.stick)
        mark = paths.feed_mark_path(team.a.directory)
        raw = mark.read_bytes()
        assert team.a.device.device_id.encode() not in raw
        marks = backups.read_feed_marks(team.a.directory, team.a._data_key, team.a.vault_id)
        assert set(marks) == {team.a.device.device_id}
        mark.write_bytes(raw[:-1] + bytes([raw[-1] ^ 1]))
        assert backups.read_feed_marks(team.a.directory, team.a._data_key, team.a.vault_id) == {}
    finally:
        team.close()
