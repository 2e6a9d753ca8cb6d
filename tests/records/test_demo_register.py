"""The demo's core systems (backoffice/demo/register.py) answer through the real exchange:
signed batches the loader accepts, every record_* case among them, register addresses that
fold to what the applicant wrote."""

from __future__ import annotations

import random
from dataclasses import replace

from sqlalchemy import select

from backoffice.accounts.permissions import system_actor
from backoffice.db.models import Application
from backoffice.demo import register
from backoffice.records.answers import load_answers
from backoffice.records.requests import request_pending
from tests import builders

AGENT = system_actor("records-test")


def test_register_address_form():
    assert register.register_address("大阪府大阪市北区中之島1-3-20") == "大阪府大阪市北区中之島一丁目3番20号"
    assert register.register_address("大阪市北区梅田") == "大阪市北区梅田"


def test_demo_core_answers_every_case(renv):
    renv.bo.config = replace(renv.bo.config, records_public_keys=(renv.exchange.parent / "keys" / "demo-core.pub.pem",))
    procs = ["juminhyo-copy", "inkan-certificate", "tax-certificate", "koseki-copy"] * 3
    for i, proc in enumerate(procs):
        form = {"copies": 2 if proc != "koseki-copy" else 1, "include_household": True, "registration_number": "123", "fiscal_year": 2026,
                "kind": "謄本", "purpose": "テスト"}
        app = builders.sample_application(application_id=f"OSK-2026-{i + 1:07d}", procedure=proc, form=form,
                                          applicant__name=f"山田 {builders_name(i)}",
                                          payment__amount=450 if proc == "koseki-copy" else 600)
        renv.intake.put(renv.intake.bundle(app))
    renv.intake.sync()
    assert request_pending(renv.bo, AGENT).rows == len(procs)
    assert register.answer_requests(renv.bo.config, random.Random(1)) == len(procs)
    report = load_answers(renv.bo, AGENT)
    assert (report.answered, report.refused) == (len(procs), 0)
    with renv.bo.db.read() as s:
        attention = {code for a in s.scalars(select(Application.attention)) for code in a}
    assert {"record_mismatch", "record_not_found", "record_ambiguous", "record_restricted"} <= attention
    with renv.bo.db.read() as s:
        ready = s.scalar(select(Application.id).where(Application.status == "ready_for_review"))
    with renv.bo.db.read() as s:
        states = s.execute(select(Application.procedure, Application.status, Application.attention)).all()
    assert ready is not None, states  # the others agree with the register after folding
    assert not list((renv.exchange / "requests").glob("*.manifest.json"))  # taken by the demo core


def builders_name(i: int) -> str:
    return "太郎一二三四五六七八九十壱弐"[i]
