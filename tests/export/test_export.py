"""Export batches (export-v1) end to end on SQLite and PostgreSQL: columns and header read
back with an independent parser, CP932 replacement, quoting, exactly once and decision
order, recovery of an interrupted batch, re-export, roles, CLI."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from backoffice.accounts.permissions import Actor, system_actor
from backoffice.administration import staff
from backoffice.casework import review
from backoffice.cli.main import main
from backoffice.db.models import Application, AuditEntry, ExportBatch, ExportItem, Staff
from backoffice.export import batch, csvfile, schedule
from backoffice.platform.errors import PermissionDenied
from backoffice.platform.timeutil import is_due
from tests import builders
from tests.conftest import ADMIN_SETUP
from tests.export import util
from tests.persons import is_acting

PASSWORD = "a long passphrase 2026"


def _person(bo, code: str, roles: list[str]) -> Actor:
    with bo.db.write() as s:
        info = staff.create_staff(s, ADMIN_SETUP, code, f"職員 {code}", roles, PASSWORD)
    return Actor(code=info.code, name=info.name, roles=frozenset(info.roles), id=info.id)


def test_real_decisions_every_column_and_replacement(env, tmp_path):
    """Bundles through the real sync, decisions through review.decide/withdraw; every
    column compared with the database; 𠮷 -> 〓 listed in the manifest."""
    bo = env.bo
    names = {"OSK-2026-0000001": "𠮷田 花子", "OSK-2026-0000002": "山田 太郎", "OSK-2026-0000003": "髙﨑 一郎"}
    for app_id, name in names.items():
        env.put(env.bundle(builders.sample_application(application_id=app_id, applicant__name=name)))
    env.sync()
    rev, sup = _person(bo, "rev1", ["reviewer"]), _person(bo, "sup1", ["supervisor"])
    pks = [review.find_pk(bo, a) for a in names]
    for pk, (who, decision) in zip(pks, [(rev, "approve"), (rev, "reject"), (sup, "approve")], strict=True):
        if review.claim(bo, who, pk).status not in ("ready_for_review", "needs_attention"):
            continue
        review.decide(bo, who, pk, decision, reason=None if decision == "approve" else "書類不備のため")
    review.withdraw(bo, sup, pks[2], "申請者から取下げ")  # approved by sup1, then withdrawn
    infos = batch.export_pending(bo, sup)
    assert [(i.procedure, i.rows, i.state) for i in infos] == [(None, 4, "written")]
    (b,) = util.read_all(bo.config.export_out)
    assert b.batch_id == infos[0].batch_id and b.manifest["sha256"] == infos[0].sha256
    assert b.batch_id.endswith("-ALL-0001") and len(b.batch_id) == len("20261128-092011-ALL-0001")
    with bo.db.read() as s:
        items = s.execute(select(ExportItem, Application).join(Application, Application.id == ExportItem.application_pk)
                          .order_by(ExportItem.decided_at, ExportItem.id)).all()
        codes = dict(s.execute(select(Staff.id, Staff.code)).all())
    assert [r["application_id"] for r in b.rows] == [a.application_id for _, a in items]
    for row, (item, app) in zip(b.rows, items, strict=True):
        assert row["revision"] == str(app.revision) and row["procedure"] == "juminhyo-copy"
        assert row["decision"] == item.decision
        assert row["decided_at"] == util.jst_text(item.decided_at)
        assert row["applicant_kana"] == app.applicant_kana and row["address"] == app.address
        assert row["birth_date"] == app.birth_date.strftime("%Y%m%d") == "19850401"
        assert row["postal_code"] == app.postal_code == "530-8201"
        assert row["fee"] == str(app.fee_due) == "600"
        assert row["payment_transaction_id"] == (app.payment_transaction_id or "")
        assert row["certificate_serial"] == ""
        expected_name = app.applicant_name.replace("𠮷", "〓")
        assert row["applicant_name"] == expected_name
    # decided_by is the person of each decision, also for the approval later withdrawn
    assert [(r["application_id"], r["decision"], r["decided_by"]) for r in b.rows] == [
        ("OSK-2026-0000001", "approved", "rev1"), ("OSK-2026-0000002", "rejected", "rev1"),
        ("OSK-2026-0000003", "approved", "sup1"), ("OSK-2026-0000003", "withdrawn", "sup1")]
    assert codes  # staff exist
    assert b.manifest["replaced_characters"] == [{"seq": 1, "field": "applicant_name", "original": "𠮷田 花子"}]
    assert "\u3013".encode("cp932") in b.raw and b.raw.count(b"\r\n") == 5
    created = datetime.fromisoformat(b.manifest["created_at"])
    assert b.manifest["created_at"].endswith("+09:00") and b.batch_id.startswith(created.strftime("%Y%m%d-%H%M%S"))
    assert list(b.manifest)[:7] == ["schema", "batch_id", "created_at", "rows", "sha256", "encoding",
                                    "replaced_characters"]
    with bo.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "export.run")).one()
    assert entry.actor == "sup1" and entry.target == f"export:{b.batch_id}" and entry.detail["rows"] == 4


def test_quoting_only_when_needed(bo):
    addresses = {0: "大阪市北区1-2,3号", 1: 'ビル"A"棟', 2: "一行目\r\n二行目", 3: "  spaces  and\ttab ", 4: "=1+2"}
    util.insert_decisions(bo, 6, address=lambda i: addresses.get(i, "普通の住所"))
    (info,) = batch.export_pending(bo, system_actor())
    (b,) = util.read_all(bo.config.export_out)  # the parser refuses needless quotes itself
    assert [r["address"] for r in b.rows] == [addresses.get(i, "普通の住所") for i in range(6)]
    raw = b.raw.decode("cp932")
    assert '"大阪市北区1-2,3号"' in raw and '"ビル""A""棟"' in raw and '"一行目\r\n二行目"' in raw
    assert ",  spaces  and\ttab ," in raw and ",=1+2," in raw
    assert raw.count('"') == 2 + 6 + 2


def test_cp932_lookalikes_are_encoded_and_the_rest_replaced(bo):
    """Python's cp932 maps JIS look-alikes to their CP932 bytes (not listed); characters
    without a CP932 byte become 〓 and are listed with the whole original value."""
    names = ["波〜線", "全角～", "マイナス−", "全角－", "‖", "¢£¬", "EM—DASH", "¥100", "NO\u00a0BREAK", "𠮷𠮷"]
    util.insert_decisions(bo, len(names), name=lambda i: names[i])
    batch.export_pending(bo, system_actor())
    (b,) = util.read_all(bo.config.export_out)
    got = [r["applicant_name"] for r in b.rows]
    assert got == ["波～線", "全角～", "マイナス－", "全角－", "∥", "￠￡￢", "EM〓DASH", "〓100", "NO〓BREAK", "〓〓"]
    assert b.manifest["replaced_characters"] == [
        {"seq": 7, "field": "applicant_name", "original": "EM—DASH"},
        {"seq": 8, "field": "applicant_name", "original": "¥100"},
        {"seq": 9, "field": "applicant_name", "original": "NO\u00a0BREAK"},
        {"seq": 10, "field": "applicant_name", "original": "𠮷𠮷"}]
    assert b.raw.isascii() is False and b"\x81\x60" in b.raw  # WAVE DASH / FULLWIDTH TILDE byte


def test_exactly_once_in_decision_order_per_procedure_and_all(bo):
    sys = system_actor()
    util.insert_decisions(bo, 30)
    assert batch.pending_counts(bo, _person(bo, "sup1", ["supervisor"])) == {p: 10 for p in sorted(util.PROCS)}
    (first,) = batch.export_pending(bo, sys, procedure="tax-certificate")
    assert first.batch_id.endswith("-tax-certificate-0001") and first.rows == 10 and first.procedure == "tax-certificate"
    util.insert_decisions(bo, 6, start=30)
    (second,) = batch.export_pending(bo, sys)
    assert second.rows == 26 and "-ALL-" in second.batch_id
    assert batch.export_pending(bo, sys) == [] and batch.export_pending(bo, sys, procedure="juminhyo-copy") == []
    batches = {b.batch_id: b for b in util.read_all(bo.config.export_out)}
    seen = [r["application_id"] for b in batches.values() for r in b.rows]
    assert sorted(seen) == [f"OSK-2026-{i:07d}" for i in range(36)]  # each exactly once
    assert {r["procedure"] for r in batches[first.batch_id].rows} == {"tax-certificate"}
    times = [r["decided_at"] for r in batches[second.batch_id].rows]
    assert times == sorted(times) and times[0] == "2026-11-28 09:00:00"
    with bo.db.read() as s:
        member = batch.membership().subquery()
        assert s.scalar(select(func.count(func.distinct(member.c.item_pk)))) == s.scalar(
            select(func.count()).select_from(ExportItem)) == 36  # every decision in a batch
        assert s.scalar(select(func.count()).select_from(member)) == 36  # and in only one
        assert set(s.scalars(select(ExportBatch.state))) == {"written"}
    with pytest.raises(Exception, match="unknown procedure"):
        batch.export_pending(bo, sys, procedure="no-such-thing")


def test_batch_ids_unique_within_one_second(bo, monkeypatch):
    fixed = datetime(2026, 11, 28, 0, 20, 11, tzinfo=UTC)
    monkeypatch.setattr(batch, "utcnow", lambda: fixed)
    ids = []
    for i in range(3):
        util.insert_decisions(bo, 1, start=i)
        ids += [b.batch_id for b in batch.export_pending(bo, system_actor())]
    ids.append(batch.reexport(bo, system_actor(), ids[0]).batch_id)
    assert ids == [f"20261128-092011-ALL-{n:04d}" for n in range(1, 5)]


def test_interrupted_batch_is_completed_under_its_id_before_new_work(bo, monkeypatch):
    util.insert_decisions(bo, 20)

    def boom(*a, **k):
        raise OSError("disk full while writing the manifest")

    monkeypatch.setattr(csvfile, "manifest_bytes", boom)
    with pytest.raises(OSError):
        batch.export_pending(bo, system_actor())
    monkeypatch.undo()
    out = bo.config.export_out
    (orphan,) = out.glob("*.csv")  # CSV without manifest: not a batch yet
    assert not list(out.glob("*.manifest.json"))
    with bo.db.read() as s:
        (pending,) = s.scalars(select(ExportBatch)).all()
    assert pending.state == "pending" and pending.rows == 20
    before = orphan.read_bytes()
    util.insert_decisions(bo, 5, start=20)
    done = batch.export_pending(bo, system_actor())
    assert [(d.batch_id, d.rows, d.recovered) for d in done] == [
        (pending.batch_id, 20, True), (done[1].batch_id, 5, False)]
    assert orphan.read_bytes() == before  # same rows, same bytes
    assert sum(len(b.rows) for b in util.read_all(out)) == 25
    # a crash after the manifest (before the mark) keeps the files as they are
    util.insert_decisions(bo, 3, start=25)
    monkeypatch.setattr(batch, "_mark_written", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("killed")))
    with pytest.raises(RuntimeError):
        batch.export_pending(bo, system_actor())
    monkeypatch.undo()
    newest = max(out.glob("*.manifest.json"), key=lambda p: p.name)
    stamp = newest.stat().st_mtime_ns
    (again,) = batch.export_pending(bo, system_actor())
    assert again.recovered and again.rows == 3 and newest.stat().st_mtime_ns == stamp
    with bo.db.read() as s:
        assert set(s.scalars(select(ExportBatch.state))) == {"written"}
        assert [e.detail["kept_files"] for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "export.recover")
                                                          .order_by(AuditEntry.seq))] == [False, True]


def test_reexport_links_and_repeats_the_rows(bo):
    sup = _person(bo, "sup1", ["supervisor"])
    util.insert_decisions(bo, 12, name=lambda i: "𠮷野 家" if i == 3 else f"名前{i}")
    (orig,) = batch.export_pending(bo, sup, procedure="juminhyo-copy")
    again = batch.reexport(bo, sup, orig.batch_id)
    third = batch.reexport(bo, sup, again.batch_id)
    assert again.reexport_of == orig.batch_id and third.reexport_of == again.batch_id
    assert again.batch_id != orig.batch_id and again.procedure == "juminhyo-copy" and again.created_by == "sup1"
    files = {b.batch_id: b for b in util.read_all(bo.config.export_out)}
    strip = [{k: v for k, v in r.items() if k != "batch_id"} for r in files[orig.batch_id].rows]
    for copy in (again, third):
        f = files[copy.batch_id]
        assert [{k: v for k, v in r.items() if k != "batch_id"} for r in f.rows] == strip
        assert f.manifest["reexport_of"] == copy.reexport_of
        assert f.manifest["replaced_characters"] == files[orig.batch_id].manifest["replaced_characters"]
    assert "reexport_of" not in files[orig.batch_id].manifest
    hist = batch.history(bo, sup)
    assert [h.batch_id for h in hist] == [third.batch_id, again.batch_id, orig.batch_id]
    assert [h.rows for h in hist] == [4, 4, 4] and hist[2].sha256 == hashlib.sha256(files[orig.batch_id].raw).hexdigest()
    with bo.db.read() as s:
        assert s.scalar(select(ExportBatch.reexport_of).where(ExportBatch.batch_id == again.batch_id)) == orig.batch_id
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "export.reexport")).first()
        assert entry.detail["original"] == orig.batch_id and entry.actor == "sup1"
        # items stay with their original batch
        member = batch.membership().subquery()
        assert set(s.scalars(select(member.c.batch_pk).join(ExportItem, ExportItem.id == member.c.item_pk)
                             .where(ExportItem.procedure == "juminhyo-copy"))) == {
            s.scalar(select(ExportBatch.id).where(ExportBatch.batch_id == orig.batch_id))}


def test_roles(bo):
    util.insert_decisions(bo, 2)
    for who in (_person(bo, "rev1", ["reviewer"]), _person(bo, "cnt1", ["counter"])):
        for call, extra in ((batch.export_pending, ()), (batch.history, ()), (batch.pending_counts, ()),
                            (batch.reexport, ("x",))):
            with pytest.raises(PermissionDenied):
                call(bo, who, *extra)
    with pytest.raises(PermissionDenied):
        batch.history(bo, system_actor())  # export.view is for people (supervisor/admin)
    admin = _person(bo, "adm1", ["admin"])
    if is_acting(bo):  # connected as themselves, an administrator reads no applicant: refused
        with pytest.raises(PermissionDenied, match="reads no applicant"):
            batch.export_pending(bo, admin)
        admin = _person(bo, "sup9", ["supervisor"])
    assert batch.export_pending(bo, admin)[0].rows == 2 and len(batch.history(bo, admin)) == 1
    assert not list(bo.config.export_out.glob("*.csv"))[1:]


def test_cli_export(bo, tmp_path, capsys):
    conf = tmp_path / "bo.toml"
    out = tmp_path / "cli-out"
    conf.write_text(f'[database]\nurl = "{bo.config.database_url}"\n[export]\nout = "{out}"\n', encoding="utf-8")
    assert main(["--config", str(conf), "export"]) == 0
    assert capsys.readouterr().out == "no pending decisions\n"
    util.insert_decisions(bo, 7)
    assert main(["--config", str(conf), "export", "--procedure", "juminhyo-copy"]) == 0
    line = capsys.readouterr().out.strip()
    path, rows = line.split("\t")
    assert path.startswith(str(out)) and path.endswith("-juminhyo-copy-0001.csv") and rows == "3 rows"
    alt = tmp_path / "alt"
    assert main(["--config", str(conf), "export", "--out", str(alt)]) == 0
    assert capsys.readouterr().out.strip().endswith("-ALL-0001.csv\t4 rows")
    assert len(util.read_all(alt)) == 1 and len(util.read_all(out)) == 1
    assert main(["--config", str(conf), "export", "--procedure", "nope"]) == 2
    assert "unknown procedure" in capsys.readouterr().err


def test_schedule_is_due():
    jst = util.JST
    t = time(17, 0)
    at = lambda d, h, m=0: datetime(2026, 12, d, h, m, tzinfo=jst)  # noqa: E731
    assert not is_due(at(1, 18), None, None)
    assert is_due(at(1, 17), t, None)
    assert not is_due(at(1, 18), t, at(1, 17, 1))  # ran after today's slot
    assert is_due(at(1, 18), t, at(1, 16))  # a manual-time run before the slot does not count
    assert not is_due(at(2, 9), t, at(1, 17, 5))  # next slot not reached
    assert is_due(at(3, 9), t, at(1, 17, 5))  # agent was off at 12/2 17:00: catch up once
    assert is_due(datetime(2026, 12, 1, 8, 0, tzinfo=UTC), t, at(1, 16))  # 17:00 JST in UTC


def test_run_scheduled_export(bo):
    from dataclasses import replace

    util.insert_decisions(bo, 4)
    assert schedule.run_scheduled_export(bo) is None  # no schedule configured
    now = datetime.now(UTC)
    slot = (now.astimezone(util.JST) - timedelta(minutes=2)).time().replace(second=0, microsecond=0)
    bo.config = replace(bo.config, export_time=slot)
    (b,) = schedule.run_scheduled_export(bo, now=now)
    assert b.rows == 4 and b.created_by is None
    util.insert_decisions(bo, 2, start=4)
    assert schedule.run_scheduled_export(bo, now=now + timedelta(minutes=5)) is None  # ran since the slot
    assert [x.rows for x in schedule.run_scheduled_export(bo, now=now + timedelta(days=1))] == [2]
    with bo.db.read() as s:
        marks = s.scalars(select(AuditEntry).where(AuditEntry.action == "export.scheduled")).all()
    assert len(marks) == 2 and marks[0].actor == "export-scheduler" and marks[0].detail["rows"] == 4
    assert json.loads(json.dumps(marks[0].detail))["batches"] == [b.batch_id]
