"""Helpers for register tests and the benchmark: fast inserts of applications waiting for
their register answer (Core bulk inserts, no bundles), and answer lines for their requests."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from sqlalchemy import insert

from backoffice.db.models import Application, Revision

T0 = datetime(2026, 11, 30, 0, 0, tzinfo=UTC)
ADDRESS = "大阪府大阪市北区中之島1-3-20"


def insert_waiting(bo, n: int, start: int = 0, chunk: int = 5000) -> None:
    """n juminhyo-copy applications in `received`, each with its revision 1."""
    for lo in range(start, start + n, chunk):
        apps, revs = [], []
        for i in range(lo, min(lo + chunk, start + n)):
            aj = {"application_id": f"OSK-2026-{i:07d}", "revision": 1, "procedure": "juminhyo-copy",
                  "applicant": {"name": f"山田 {i}", "name_kana": "ヤマダ", "birth_date": "1980-01-01",
                                "address": ADDRESS, "postal_code": "530-0005"},
                  "form": {"include_household": i % 2 == 0}}
            apps.append(dict(id=i + 1, application_id=aj["application_id"], revision=1, procedure="juminhyo-copy",
                             department="市民課", status="received", attention=[], applicant_name=f"山田 {i}",
                             applicant_kana="ヤマダ", search_key="k", birth_date=date(1980, 1, 1),
                             postal_code="530-0005", address=ADDRESS, delivery_method="mail",
                             fee_due=300, submitted_at=T0, received_at=T0, updated_at=T0))
            revs.append(dict(application_pk=i + 1, revision=1, bundle_id=f"b-{i}",
                             application_json=json.dumps(aj, ensure_ascii=False).encode(), signature_json=None,
                             gateway_json=b"{}", submitted_at=T0, received_at=T0, attention=[],
                             signature_checks=[]))
        with bo.db.write() as s:
            s.execute(insert(Application), apps)
            s.execute(insert(Revision), revs)


def resident_answer(i: int) -> dict:
    """A found answer for OSK-2026-<i>.r1 that agrees with insert_waiting's application
    (the address in 丁目/番/号 form), with a household of three."""
    p = {"name": f"山田 {i}", "name_kana": "ヤマダ", "birth": "1980-01-01", "sex": "1",
         "address": "大阪府大阪市北区中之島一丁目3番20号", "postal_code": "530-0005"}
    members = [{**p, "relationship": "世帯主", "resident_since": "2010-04-01"},
               {**p, "name": f"山田 花子{i}", "birth": "1982-02-02", "sex": "2", "relationship": "妻",
                "resident_since": "2010-04-01"},
               {**p, "name": f"山田 一郎{i}", "birth": "2012-03-03", "relationship": "子",
                "resident_since": "2012-03-03"}]
    return {"request_id": f"OSK-2026-{i:07d}.r1", "result": "found", "as_of": "2026-11-30T10:00:00+09:00",
            "record": {"person": p, "householder": p["name"], "relationship": "世帯主",
                       "resident_since": "2010-04-01", "honseki": "大阪府大阪市北区中之島一丁目",
                       "hittousha": p["name"], "household": members}}
