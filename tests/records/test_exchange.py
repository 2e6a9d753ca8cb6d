"""records-v1 §1-§4 end to end on both engines: real bundles through the sync, request
batches on disk, answer batches signed with a core-system key, every refusal of §3."""

from __future__ import annotations

import base64
import json

import pytest
from sqlalchemy import func, select

from backoffice.accounts.permissions import system_actor
from backoffice.db.models import Application, AuditEntry
from backoffice.db.models_records import RecordAnswer, RecordRequest
from backoffice.records.answers import load_answers
from backoffice.records.requests import request_pending
from tests import builders
from tests.records.conftest import found, person, resident_record

AGENT = system_actor("records-test")


def _app(renv, app_id="OSK-2026-0001234", **kw):
    app = builders.sample_application(application_id=app_id, **kw)
    renv.intake.put(renv.intake.bundle(app))
    return app


def _status(renv, app_id="OSK-2026-0001234"):
    with renv.bo.db.read() as s:
        a = s.scalars(select(Application).where(Application.application_id == app_id)).one()
        return a.status, list(a.attention)


def _received(renv, n=1):
    for i in range(n):
        _app(renv, f"OSK-2026-{1234 + i:07d}")
    renv.intake.sync()


def test_record_procedure_waits_and_is_requested_exactly_once(renv):
    _received(renv)
    assert _status(renv) == ("received", [])
    first = request_pending(renv.bo, AGENT)
    assert first.rows == 1 and first.batch_id
    assert request_pending(renv.bo, AGENT).rows == 0  # never twice
    (req,) = renv.requests()
    assert req["request_id"] == "OSK-2026-0001234.r1" and req["kind"] == "resident"
    assert req["subject"] == {"name": "山田 太郎", "name_kana": "ヤマダ タロウ", "birth": "1985-04-01",
                              "address": "大阪府大阪市北区中之島1-3-20", "postal_code": "530-8201"}
    assert req["jpki"]["name"] == "山田 太郎"  # the signer's common name; no 4-facts extension here
    assert req["options"] == {"include_household": True, "include_honseki": False}
    assert req["requested_at"].endswith("+09:00")
    assert list(req) == ["request_id", "application_id", "revision", "kind", "requested_at", "subject",
                         "jpki", "options"]


def test_unverified_applicant_is_never_asked_about(renv):
    renv.intake.put(renv.intake.bundle(builders.sample_application(), sign=False))
    renv.intake.sync()
    status, attention = _status(renv)
    assert status == "needs_attention" and "signature_missing" in attention
    assert request_pending(renv.bo, AGENT).rows == 0
    assert renv.requests() == []


def test_found_and_equal_after_folding_is_ready(renv):
    _received(renv)
    request_pending(renv.bo, AGENT)
    # register writes the address in 丁目/番/号 form: the same address as 1-3-20
    renv.answer_batch([found("OSK-2026-0001234.r1")])
    report = load_answers(renv.bo, AGENT)
    assert (report.answered, report.refused) == (1, 0)
    assert _status(renv) == ("ready_for_review", [])
    assert list((renv.exchange / "done").glob("*.manifest.json"))
    assert not list((renv.exchange / "answers").iterdir())


@pytest.mark.parametrize(("answer", "code"), [
    ({"result": "not_found"}, "record_not_found"),
    ({"result": "ambiguous"}, "record_ambiguous"),
    ({"result": "restricted"}, "record_restricted"),
    ({"result": "found", "record": resident_record(name="山田 次郎")}, "record_mismatch"),
    ({"result": "found", "record": resident_record(birth="1985-04-02")}, "record_mismatch"),
    ({"result": "found", "record": resident_record(address="大阪府大阪市北区中之島一丁目3番21号")}, "record_mismatch"),
])
def test_each_result_sets_its_attention_code(renv, answer, code):
    _received(renv)
    request_pending(renv.bo, AGENT)
    renv.answer_batch([{"request_id": "OSK-2026-0001234.r1", "as_of": "2026-11-30T10:00:00+09:00", **answer}])
    assert load_answers(renv.bo, AGENT).answered == 1
    assert _status(renv) == ("needs_attention", [code])


def test_other_findings_are_kept_beside_the_record_code(renv):
    _app(renv, payment=None)  # unpaid: payment_missing, and it still waits for the register
    renv.intake.sync()
    assert _status(renv) == ("received", ["payment_missing"])
    request_pending(renv.bo, AGENT)
    renv.answer_batch([found("OSK-2026-0001234.r1")])
    load_answers(renv.bo, AGENT)
    assert _status(renv) == ("needs_attention", ["payment_missing"])


def test_variant_kanji_fold_for_comparing_only(renv):
    app = builders.sample_application(applicant__name="髙﨑 太郎")
    renv.intake.put(renv.intake.bundle(app))
    renv.intake.sync()
    request_pending(renv.bo, AGENT)
    renv.answer_batch([found("OSK-2026-0001234.r1", resident_record(name="高崎 太郎"))])
    load_answers(renv.bo, AGENT)
    assert _status(renv) == ("ready_for_review", [])
    with renv.bo.db.read() as s:
        assert s.scalar(select(Application.applicant_name)) == "髙﨑 太郎"  # shown as written


def test_redelivered_batch_is_a_no_op(renv):
    _received(renv)
    request_pending(renv.bo, AGENT)
    answers = [found("OSK-2026-0001234.r1")]
    renv.answer_batch(answers, answer_id="a-1")
    assert load_answers(renv.bo, AGENT).answered == 1
    with renv.bo.db.read() as s:
        audit_before = s.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1))
    renv.answer_batch(answers, answer_id="a-1")
    report = load_answers(renv.bo, AGENT)
    assert (report.answered, report.refused) == (0, 0)
    with renv.bo.db.read() as s:
        assert s.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1)) == audit_before
    assert len(list((renv.exchange / "done").glob("*.manifest.json"))) == 2
    # the same answer written with other spacing and key order is the same answer
    respaced = json.dumps(dict(reversed(list(answers[0].items()))), ensure_ascii=False, indent=1)
    renv.answer_batch(raw=respaced.replace("\n", " ").encode() + b"\n", answer_id="a-2")
    assert load_answers(renv.bo, AGENT).refused == 0


@pytest.mark.parametrize("moved", [("jsonl",), ("jsonl", "manifest.sig")])
def test_a_crash_while_the_files_move_is_finished_by_the_next_run(renv, moved):
    """The batch was applied and some of its files were in done/ when the process died (the
    manifest moves last): the next run moves the rest and applies nothing twice."""
    _received(renv)
    request_pending(renv.bo, AGENT)
    renv.answer_batch([found("OSK-2026-0001234.r1")], answer_id="a-1")
    answers, done = renv.exchange / "answers", renv.exchange / "done"
    with renv.bo.db.write() as s:  # what the first run committed before its files moved
        from backoffice.records.answers import _apply as apply_batch
        from backoffice.records.answers import (
            _check_file,
            _check_manifest,
            _check_signature,
            _parse,
            load_public_keys,
        )

        raw = _check_signature(answers, "a-1", load_public_keys(renv.bo.config.records_public_keys))
        m = _check_manifest(raw, "a-1")
        _check_file(answers, m)
        apply_batch(s, AGENT, "a-1", m, _parse(answers, m, s))
    done.mkdir(exist_ok=True)
    for suffix in moved:
        (answers / f"a-1.{suffix}").rename(done / f"a-1.{suffix}")
    with renv.bo.db.read() as s:
        audit_before = s.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1))
    report = load_answers(renv.bo, AGENT)
    assert (report.answered, report.refused) == (0, 0)
    assert not list(answers.iterdir())
    assert sorted(p.name for p in done.iterdir()) == ["a-1.jsonl", "a-1.manifest.json", "a-1.manifest.sig"]
    with renv.bo.db.read() as s:
        assert s.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1)) == audit_before


def _refused(renv, answer_id, reason, line=None):
    report = load_answers(renv.bo, AGENT)
    assert report.refused == 1 and report.answered == 0
    r = renv.reason(answer_id)
    assert r["reason"] == reason, r
    assert r["line"] == line
    assert (renv.exchange / "refused" / f"{answer_id}.manifest.json").exists() or reason == "signature_invalid"
    assert not list((renv.exchange / "answers").iterdir())
    with renv.bo.db.read() as s:
        assert s.scalar(select(func.count()).select_from(RecordAnswer)) == 0  # nothing applied
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "records.refused")).one()
        assert entry.detail["reason"] == reason and answer_id in entry.target


def _ready(renv):
    _received(renv)
    request_pending(renv.bo, AGENT)


def test_refused_signature_missing(renv):
    _ready(renv)
    aid = renv.answer_batch([found("OSK-2026-0001234.r1")], sign=False)
    _refused(renv, aid, "signature_invalid")
    assert _status(renv) == ("received", [])


def test_refused_signature_by_another_key(renv):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    _ready(renv)
    aid = renv.answer_batch([found("OSK-2026-0001234.r1")], key=Ed25519PrivateKey.generate())
    _refused(renv, aid, "signature_invalid")


def test_refused_signature_not_base64(renv):
    _ready(renv)
    aid = renv.answer_batch([found("OSK-2026-0001234.r1")], sig=b"!!not base64!!")
    _refused(renv, aid, "signature_invalid")


@pytest.mark.parametrize("change", [{"spec": "records/2"}, {"direction": "request"}, {"batch_id": "other"},
                                    {"file": "../../etc/passwd"}, {"rows": "1"}, {"sha256": "ABC"},
                                    {"created_at": "yesterday"}])
def test_refused_manifest_invalid(renv, change):
    _ready(renv)
    aid = renv.answer_batch([found("OSK-2026-0001234.r1")], manifest=change)
    _refused(renv, aid, "manifest_invalid")


def test_refused_manifest_not_json(renv):
    _ready(renv)
    aid = renv.answer_batch([found("OSK-2026-0001234.r1")], manifest_bytes=b"\xff{not json")
    _refused(renv, aid, "manifest_invalid")


def test_refused_hash_mismatch(renv):
    _ready(renv)
    aid = renv.answer_batch([found("OSK-2026-0001234.r1")], manifest={"sha256": "0" * 64})
    _refused(renv, aid, "hash_mismatch")


def test_refused_row_count_mismatch(renv):
    _ready(renv)
    aid = renv.answer_batch([found("OSK-2026-0001234.r1")], manifest={"rows": 2})
    _refused(renv, aid, "row_count_mismatch")


def test_refused_invalid_json_names_the_line(renv):
    _ready(renv)
    good = json.dumps(found("OSK-2026-0001234.r1"), ensure_ascii=False).encode()
    aid = renv.answer_batch(raw=good + b"\n{broken\n")
    _refused(renv, aid, "invalid_json", 2)


@pytest.mark.parametrize("bad", [
    {"result": "maybe"}, {"as_of": "2026-11-30"}, {"request_id": 7}, {"record": None},
    {"record": resident_record() | {"household": []}},
    {"record": resident_record() | {"person": person(birth="1985-13-01")}},
    {"record": resident_record() | {"person": person() | {"sex": 1}}},
])
def test_refused_schema_error_names_the_line(renv, bad):
    _ready(renv)
    aid = renv.answer_batch([found("OSK-2026-0001234.r1") | bad])
    _refused(renv, aid, "schema_error", 1)


def test_refused_record_with_not_found(renv):
    _ready(renv)
    aid = renv.answer_batch([{"request_id": "OSK-2026-0001234.r1", "result": "not_found",
                              "as_of": "2026-11-30T10:00:00+09:00", "record": resident_record()}])
    _refused(renv, aid, "schema_error", 1)


def test_refused_unknown_request(renv):
    _ready(renv)
    aid = renv.answer_batch([found("OSK-2026-0001234.r1"), found("OSK-2026-9999999.r1")])
    _refused(renv, aid, "unknown_request", 2)


def test_refused_answer_conflict(renv):
    _ready(renv)
    renv.answer_batch([found("OSK-2026-0001234.r1")], answer_id="first")
    load_answers(renv.bo, AGENT)
    aid = renv.answer_batch([{"request_id": "OSK-2026-0001234.r1", "result": "not_found",
                              "as_of": "2026-11-30T11:00:00+09:00"}])
    report = load_answers(renv.bo, AGENT)
    assert report.refused == 1
    assert renv.reason(aid) == {"reason": "answer_conflict", "detail": renv.reason(aid)["detail"], "line": 1}
    assert _status(renv) == ("ready_for_review", [])


def test_one_bad_batch_never_stops_the_rest(renv):
    _received(renv, 2)
    request_pending(renv.bo, AGENT)
    renv.answer_batch(raw=b"\x00\x01garbage\n", answer_id="0-bad")
    renv.answer_batch([found("OSK-2026-0001235.r1")], answer_id="1-good")
    report = load_answers(renv.bo, AGENT)
    assert (report.answered, report.refused) == (1, 1)
    assert renv.reason("0-bad")["reason"] == "invalid_json"
    status, attention = _status(renv, "OSK-2026-0001235")  # one of the two same-person ones is a possible_duplicate
    assert status != "received" and set(attention) <= {"possible_duplicate"}


def test_manifest_that_is_a_link_is_not_followed(renv, tmp_path):
    _ready(renv)
    aid = renv.answer_batch([found("OSK-2026-0001234.r1")])
    target = tmp_path / "elsewhere.json"
    m = renv.exchange / "answers" / f"{aid}.manifest.json"
    target.write_bytes(m.read_bytes())
    m.unlink()
    m.symlink_to(target)
    _refused(renv, aid, "signature_invalid")
    assert target.exists()


def test_batch_all_or_nothing_on_a_bad_last_line(renv):
    _received(renv, 3)
    request_pending(renv.bo, AGENT)
    answers = [found(f"OSK-2026-{1234 + i:07d}.r1") for i in range(3)]
    answers[2] = answers[2] | {"result": "found", "record": {"person": "nobody"}}
    aid = renv.answer_batch(answers)
    _refused(renv, aid, "schema_error", 3)
    assert _status(renv, "OSK-2026-0001234") == ("received", [])


def test_huge_line_is_refused_without_reading_it_all(renv, monkeypatch):
    from backoffice.records import answers as mod

    monkeypatch.setattr(mod, "MAX_LINE", 1000)
    _ready(renv)
    aid = renv.answer_batch(raw=b'{"x": "' + b"a" * 5000 + b'"}\n')
    _refused(renv, aid, "schema_error", 1)


def test_seal_png_must_be_a_png(renv):
    from dataclasses import replace

    app = builders.sample_application(procedure="inkan-certificate", form={"copies": 2, "registration_number": "A-1"})
    renv.intake.put(renv.intake.bundle(app))
    renv.intake.sync()
    assert _status(renv)[0] == "received"
    request_pending(renv.bo, AGENT)
    (req,) = renv.requests()
    assert req["kind"] == "seal" and req["options"] == {"registration_number": "A-1"}
    seal = {"person": person(), "registration_number": "A-1", "registered_on": "2015-01-05",
            "seal_png": base64.b64encode(b"GIF89a").decode(), "seal_mm": 15}
    aid = renv.answer_batch([found("OSK-2026-0001234.r1", seal)])
    _refused(renv, aid, "schema_error", 1)
    seal["seal_png"] = base64.b64encode(builders.tiny_png()).decode()
    renv.answer_batch([found("OSK-2026-0001234.r1", seal)])
    assert load_answers(renv.bo, AGENT).answered == 1
    assert _status(renv) == ("ready_for_review", [])
    del replace


def test_ten_thousand_answers_with_one_bad_line_are_refused_whole(renv):
    from tests.records.util import insert_waiting, resident_answer

    insert_waiting(renv.bo, 10_000)
    assert request_pending(renv.bo, AGENT).rows == 10_000
    answers = [resident_answer(i) for i in range(10_000)]
    answers[7_321]["record"]["household"][1]["birth"] = "1982-02-30"  # no such day
    aid = renv.answer_batch(answers)
    _refused(renv, aid, "schema_error", 7_322)
    assert "household[1].birth" in renv.reason(aid)["detail"]
    answers[7_321]["record"]["household"][1]["birth"] = "1982-02-28"
    renv.answer_batch(answers)
    assert load_answers(renv.bo, AGENT).answered == 10_000
    with renv.bo.db.read() as s:
        from sqlalchemy import func

        counts = dict(s.execute(select(Application.status, func.count()).group_by(Application.status)).all())
    assert counts == {"ready_for_review": 10_000}


def test_applications_list_json_carries_the_record(renv):
    from backoffice.casework import queries
    from backoffice.cli.common import operator_actor

    _received(renv)
    (row,) = queries.applications(renv.bo, operator_actor())
    assert row.to_cli_json()["record"] is None  # not asked yet
    request_pending(renv.bo, AGENT)
    (row,) = queries.applications(renv.bo, operator_actor())
    assert row.to_cli_json()["record"] is None  # asked, no answer yet
    renv.answer_batch([found("OSK-2026-0001234.r1", as_of="2026-11-30T10:00:00+09:00")])
    load_answers(renv.bo, AGENT)
    (row,) = queries.applications(renv.bo, operator_actor())
    assert row.to_cli_json()["record"] == {"result": "found", "as_of": "2026-11-30T10:00:00+09:00"}


def test_retention_removes_the_register_answer_with_its_application(renv):
    from sqlalchemy import delete

    from backoffice.retention.rules import _anonymize

    _received(renv, 2)
    request_pending(renv.bo, AGENT)
    renv.answer_batch([found("OSK-2026-0001234.r1"), found("OSK-2026-0001235.r1")])
    load_answers(renv.bo, AGENT)
    with renv.bo.db.write() as s:
        first, second = s.scalars(select(Application).order_by(Application.id)).all()
        _anonymize(s, [first])  # the anonymize rule
        s.execute(delete(Application).where(Application.id == second.id))  # the delete rule (cascade)
    with renv.bo.db.read() as s:
        rows = s.execute(select(RecordRequest.application_pk, RecordRequest.line, RecordAnswer.answer,
                                RecordAnswer.findings, RecordAnswer.answer_sha256)
                         .outerjoin(RecordAnswer, RecordAnswer.request_pk == RecordRequest.id)).all()
        answers = s.scalar(select(func.count()).select_from(RecordAnswer))
    # the anonymized application keeps its answer's row without the answer or the findings (a
    # redelivery stays a no-op); the deleted one's answer went with it (record_answers cascade)
    assert [(r[1], r[2], r[3]) for r in rows] == [(None, None, None)] and rows[0][0] == first.id
    assert rows[0][4] is not None and answers == 1
