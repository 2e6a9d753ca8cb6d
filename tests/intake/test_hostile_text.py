"""Issue 21 defects 2 and 5 on both engines: text longer than its column, invisible and
bidirectional characters, and any unexpected failure while recording one bundle end as a
quarantine with the reason, and the rest of the queue goes through."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from backoffice.db.models import Application, IntakeRecord
from backoffice.intake.textrules import APPLICATION_LIMITS
from tests import builders
from tests.intake.test_sync import _config_file


def _sync_with_a_good_one(env, bad_app, **bundle_kw):
    """The bad bundle first and a good one after it, in one group."""
    env.put(env.bundle(bad_app, sign=False, **bundle_kw))
    env.put(env.bundle(builders.sample_application(application_id="OSK-GOOD"), sign=False))
    summary = env.sync()
    assert summary.problems == []
    return summary


def _quarantined(env) -> list[IntakeRecord]:
    with env.bo.db.read() as s:
        return list(s.scalars(select(IntakeRecord).where(IntakeRecord.outcome == "quarantined")))


def _stored(env, application_id):
    with env.bo.db.read() as s:
        return s.scalar(select(Application).where(Application.application_id == application_id))


LONG = {
    "applicant.name": ("applicant__name", "山" * 201),
    "applicant.name_kana": ("applicant__name_kana", "ア" * 201),
    "applicant.address": ("applicant__address", "大" * 401),
    "applicant.email": ("applicant__email", "a" * 250 + "@x.jp"),
    "payment.transaction_id": ("payment__transaction_id", "P" * 101),
    "attachments[0].id": ("attachments__0__id", "a" * 65),
    "form.purpose": ("form__purpose", "目" * 4001),
}


@pytest.mark.parametrize("field", sorted(LONG))
def test_text_longer_than_its_column_is_quarantined_naming_the_field(env, field):
    key, value = LONG[field]
    app = builders.sample_application(**{key: value})
    # An attachment the gateway rejected: gateway.json's files[] (checked first) is empty.
    kw = {"files": {}, "rejected": [value]} if field.startswith("attachments") else {}
    summary = _sync_with_a_good_one(env, app, **kw)
    assert summary.line() == "ingested 1, duplicates 0, quarantined 1"
    [record] = _quarantined(env)
    assert record.reason == "schema_error"
    assert record.detail.startswith(f"application.json: {field} is {len(value):,} characters long; at most ")
    assert not env.bo.spool.inbox_bundles()
    assert _stored(env, "OSK-GOOD") is not None


def test_normalization_that_lengthens_a_name_past_the_search_index_is_refused(env):
    # ㍿ (1 character) is 株式会社 (4) after NFKC: 101 of them overflow the 400-character key.
    summary = _sync_with_a_good_one(env, builders.sample_application(applicant__name="㍿" * 101))
    assert summary.quarantined == 1
    [record] = _quarantined(env)
    assert record.reason == "schema_error" and "applicant.name" in record.detail


def test_text_exactly_at_its_column_limit_is_ingested(env):
    """At the limit is fine on both engines. Name and kana share the 400-character search
    key, so each is at its limit in its own application."""
    name, kana = "𠮷" * APPLICATION_LIMITS["applicant.name"], "ア" * APPLICATION_LIMITS["applicant.name_kana"]
    address = "﨑" * APPLICATION_LIMITS["applicant.address"]
    env.put(env.bundle(builders.sample_application(applicant__name=name, applicant__address=address),
                       sign=False))
    env.put(env.bundle(builders.sample_application(application_id="OSK-KANA", applicant__name_kana=kana),
                       sign=False))
    assert env.sync().line() == "ingested 2, duplicates 0, quarantined 0"
    row = _stored(env, "OSK-2026-0001234")
    assert (row.applicant_name, row.address) == (name, address)
    assert _stored(env, "OSK-KANA").applicant_kana == kana


INVISIBLE = {
    "\u202e": "U+202E (RIGHT-TO-LEFT OVERRIDE)",
    "\u200b": "U+200B (ZERO WIDTH SPACE)",
    "\u200d": "U+200D (ZERO WIDTH JOINER)",
    "\ufeff": "U+FEFF (ZERO WIDTH NO-BREAK SPACE)",
    "\u2066": "U+2066 (LEFT-TO-RIGHT ISOLATE)",
    "\u0085": "U+0085",  # NEL: a C1 control, no Unicode name
    "\u2028": "U+2028 (LINE SEPARATOR)",
    "\u2029": "U+2029 (PARAGRAPH SEPARATOR)",
    "\U000e0041": "U+E0041 (TAG LATIN CAPITAL LETTER A)",
}


@pytest.mark.parametrize("char", sorted(INVISIBLE), ids=[f"U+{ord(c):04X}" for c in sorted(INVISIBLE)])
@pytest.mark.parametrize("field", ["name", "address"])
def test_invisible_and_bidirectional_characters_are_refused(env, char, field):
    value = {"name": f"山田{char}郎太 花子", "address": f"大阪府大阪市{char}北区中之島1-3-20"}[field]
    summary = _sync_with_a_good_one(env, builders.sample_application(**{f"applicant__{field}": value}))
    assert summary.line() == "ingested 1, duplicates 0, quarantined 1"
    [record] = _quarantined(env)
    assert record.reason == "schema_error"
    assert record.detail.startswith(f"application.json: applicant.{field}: {INVISIBLE[char]}"), record.detail


def test_variation_selectors_for_itaiji_are_kept(env):
    # 葛 + IVS (U+E0100) and 辻 + SVS (U+FE00): category Mn, not Cf; needed for 異体字.
    name = "葛\U000e0100城 辻\ufe00子"
    assert all(c not in INVISIBLE for c in name)
    env.put(env.bundle(builders.sample_application(applicant__name=name), sign=False))
    assert env.sync().ingested == 1
    assert _stored(env, "OSK-2026-0001234").applicant_name == name


_POISON_SQL = {
    "sqlite": ["CREATE TRIGGER poison BEFORE INSERT ON applications WHEN NEW.applicant_name = '毒見 太郎' "
               "BEGIN SELECT RAISE(ABORT, 'poisoned row'); END"],
    "postgresql": [
        "CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF NEW.applicant_name = '毒見 太郎' THEN RAISE EXCEPTION 'poisoned row'; END IF; "
        "RETURN NEW; END $$",
        "CREATE TRIGGER poison BEFORE INSERT ON applications FOR EACH ROW EXECUTE FUNCTION poison()"],
}


def test_an_unexpected_failure_quarantines_that_bundle_and_the_queue_goes_on(env, tmp_path, capsys):
    """The database itself refuses one row (a trigger stands in for any failure no check
    foresaw): that bundle is quarantined with the reason, the others are ingested, and the
    sync reports success instead of a traceback on every run."""
    from backoffice.cli.main import main

    with env.bo.db.write() as s:
        for statement in _POISON_SQL[s.get_bind().dialect.name]:
            s.execute(text(statement))
    env.put(env.bundle(builders.sample_application(application_id="OSK-A"), sign=False))
    env.put(env.bundle(builders.sample_application(application_id="OSK-P", applicant__name="毒見 太郎"),
                       sign=False))
    env.put(env.bundle(builders.sample_application(application_id="OSK-B"), sign=False))
    conf = _config_file(env, tmp_path)
    assert main(["--config", conf, "sync", "--once"]) == 0
    out = capsys.readouterr()
    assert out.out.strip().endswith("ingested 2, duplicates 0, quarantined 1")
    assert "Traceback" not in out.err
    [record] = _quarantined(env)
    assert record.reason == "ingest_failed"
    assert "poisoned row" in record.detail and record.detail.startswith("could not be recorded (")
    assert _stored(env, "OSK-P") is None and _stored(env, "OSK-A") and _stored(env, "OSK-B")
    assert not env.bo.spool.inbox_bundles()
    assert main(["--config", conf, "sync", "--once"]) == 0  # nothing left to fail on
    assert capsys.readouterr().out.strip().endswith("ingested 0, duplicates 0, quarantined 0")


def test_a_long_inbox_file_name_is_quarantined_on_both_engines(env):
    name = "x" * 196 + ".zip"  # the audit target column holds 100 characters
    env.bo.spool.write_atomic("inbox", name, b"not a zip")
    summary = env.sync()
    assert summary.line() == "ingested 0, duplicates 0, quarantined 1" and summary.problems == []
    [record] = _quarantined(env)
    assert record.file_name == name and record.reason == "not_a_zip"


FORMULAS = {
    "address": ["=cmd|' /C calc'!A0", "+81-6-1234", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
                " =1+1", "＝HYPERLINK(\"http://evil.example\")"],
    "name": ["＝山田 太郎", "＠山田", "－山田", "＋山田"],  # a name is full-width text
}


@pytest.mark.parametrize(("field", "value"), [(f, v) for f, vs in FORMULAS.items() for v in vs])
def test_text_that_starts_like_a_formula_needs_attention(env, field, value):
    """Issue 21 defect 6: no real name or address starts like a spreadsheet formula; the
    application is ingested (the value is kept exactly: export-v1 carries it) and a person
    looks at it first."""
    env.put(env.bundle(builders.sample_application(**{f"applicant__{field}": value}), sign=False))
    assert env.sync().ingested == 1
    row = _stored(env, "OSK-2026-0001234")
    assert row.status == "needs_attention" and "formula_like_text" in row.attention
    assert {"name": row.applicant_name, "address": row.address}[field] == value


def test_ordinary_names_and_addresses_are_not_flagged(env):
    env.put(env.bundle(builders.sample_application(applicant__address="大阪府大阪市北区中之島1-3-20 =A棟"),
                       sign=False))
    assert env.sync().ingested == 1
    assert "formula_like_text" not in _stored(env, "OSK-2026-0001234").attention


@pytest.mark.parametrize(("overrides", "words"), [
    ({"payment__amount": 2**31}, "application.json: payment.amount is 2,147,483,648; at most 2,147,483,647"),
    ({"revision": 2**40}, "application.json: revision is 1,099,511,627,776; at most 2,147,483,647"),
    ({"form__copies": 10_000_000}, "application.json: form.copies gives a fee of 3,000,000,000 yen; at most"),
], ids=["payment.amount", "revision", "form.copies"])
def test_numbers_beyond_the_integer_columns_are_refused_alike_on_both_engines(env, overrides, words):
    """SQLite would store them (64-bit), PostgreSQL's integer overflows: the schema check
    refuses them the same way on both."""
    summary = _sync_with_a_good_one(env, builders.sample_application(**overrides))
    assert summary.line() == "ingested 1, duplicates 0, quarantined 1"
    [record] = _quarantined(env)
    assert record.reason == "schema_error" and record.detail.startswith(words), record.detail
