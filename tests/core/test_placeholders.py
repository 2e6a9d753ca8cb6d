"""A template placeholder never reaches an applicant (issue 13 defect 4): 「{書類名}を添付して
再提出してください」 was sent unedited. The review services refuse a reason that still holds
`{…}` (or full-width `｛…｝`); nothing changes, nothing is queued. Both engines, and the
command line (`backoffice decide`) exits 1 with the reason."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import func, select

from backoffice.casework import placeholders, review, workflow
from backoffice.cli.main import main
from backoffice.db.models import Application, Notice
from tests.ui.factories import PASSWORD, make_applications, make_staff

TEMPLATE = "必要な添付書類が確認できません。{書類名}を添付して再提出してください。"


def test_placeholders_are_found_with_their_spans():
    text = "申請書の記載内容（{項目}）に誤りがあります。｛書類名｝を添付してください。"
    assert placeholders.found(text) == ["{項目}", "｛書類名｝"]
    assert [text[a:b] for a, b in placeholders.spans(text)] == ["{項目}", "｛書類名｝"]
    assert placeholders.found("住民票の写しを添付して再提出してください。") == []
    assert placeholders.found("{}") == [] and placeholders.found(None) == []


def _state(bo, pk):
    with bo.db.read() as s:
        app = s.get(Application, pk)
        notices = s.scalar(select(func.count()).select_from(Notice).where(Notice.application_pk == pk))
        return app.status, notices


@pytest.mark.parametrize("decision", ["return", "reject", "approve"])
def test_decide_refuses_an_unreplaced_placeholder(bo, decision):
    rev = make_staff(bo, "rev1", ["reviewer"])
    made = make_applications(bo, 1, procedures=("juminhyo-copy",))[0]
    review.claim(bo, rev, made.pk)
    before = _state(bo, made.pk)
    with pytest.raises(placeholders.UnfilledPlaceholder, match="書類名"):
        review.decide(bo, rev, made.pk, decision, TEMPLATE)
    assert _state(bo, made.pk) == before == (workflow.READY, 1)  # the "received" notice only
    filled = TEMPLATE.replace("{書類名}", "戸籍謄本")
    assert review.decide(bo, rev, made.pk, "return", filled) == workflow.RETURNED
    with bo.db.read() as s:
        sent = s.scalars(select(Notice.reason).where(Notice.application_pk == made.pk,
                                                     Notice.event == "returned_for_correction")).all()
    assert sent == [filled]


def test_withdraw_refuses_an_unreplaced_placeholder(bo):
    sup = make_staff(bo, "sup1", ["supervisor"])
    made = make_applications(bo, 1)[0]
    with pytest.raises(placeholders.UnfilledPlaceholder):
        review.withdraw(bo, sup, made.pk, "申請者から{方法}で取下げの申出がありました。")
    assert _state(bo, made.pk)[0] == workflow.READY


def test_cli_decide_refuses_it_with_exit_1(bo, tmp_path, capsys, monkeypatch):
    make_staff(bo, "rev1", ["reviewer"])
    made = make_applications(bo, 1)[0]
    conf = tmp_path / "bo.toml"
    conf.write_text(f'[database]\nurl = "{bo.config.database_url}"\n', encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = main(["--config", str(conf), "decide", made.application_id, "--as", "rev1", "--password-stdin",
                 "--return", "--reason", TEMPLATE])
    assert code == 1
    assert "{書類名}" in capsys.readouterr().err
    assert _state(bo, made.pk) == (workflow.READY, 1)  # and back in its queue, nobody holds it
    with bo.db.read() as s:
        assert s.get(Application, made.pk).claimed_by is None
