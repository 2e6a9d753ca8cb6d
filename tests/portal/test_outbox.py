"""The signed outbox (portal-v1 §1) and acknowledgements (§2) over a real sync: every
message a JSON plus its Ed25519 .sig by the outbox key from the credential store; nothing
written until that key exists; ack/1 marks messages delivered; `outbox status`."""

from __future__ import annotations

import base64
import json
import uuid
from datetime import UTC, datetime

from cryptography.hazmat.primitives.serialization import load_pem_public_key
from sqlalchemy import select

from backoffice.accounts import keystore
from backoffice.cli.main import main
from backoffice.db.models import Notice
from backoffice.platform.timeutil import parse_rfc3339
from backoffice.portal import outbox
from tests import builders
from tests.intake.conftest import make_env
from tests.intake.test_sync import _config_file
from tests.persons import is_acting
from tests.portal.conftest import put_ack
from tests.ui.factories import GOD


def _messages(e) -> dict[str, tuple[dict, bytes, bytes]]:
    """message_id -> (document, JSON bytes, signature) of every whole message."""
    out = {}
    for p in e.bo.spool.outbox.glob("*.json"):
        data = p.read_bytes()
        sig = p.with_suffix(".sig").read_bytes()
        out[p.stem] = (json.loads(data), data, sig)
    return out


def _without_counters(e) -> None:
    """Per person the agent put the shipped counters in at its start (tests/persons.py act),
    and their bookable slots would join the first cycle's messages: these tests count the
    messages of an office without counters, as on the other engines."""
    if is_acting(e.bo):
        from sqlalchemy import delete

        from backoffice.db.models_supervision import CounterLocation

        with e.bo.db.write() as s:
            s.execute(delete(CounterLocation))


def _public(e):
    return load_pem_public_key(keystore.public_key_pem(e.bo.config.outbox_kid, kind="outbox"))


def test_every_outbox_message_is_signed_and_whole(env):
    _without_counters(env)
    env.put(env.bundle(builders.sample_application()))
    summary = env.sync()
    assert summary.line() == "ingested 1, duplicates 0, quarantined 0"
    msgs = _messages(env)
    schemas = sorted(doc["schema"] for doc, _, _ in msgs.values())
    assert schemas == ["catalog/1", "notice/1"]  # the first cycle publishes the catalog too
    key = _public(env)
    for message_id, (doc, data, sig) in msgs.items():
        assert doc["message_id"] == message_id and str(uuid.UUID(message_id)) == message_id
        assert parse_rfc3339(doc["at"]).tzinfo is not None
        key.verify(base64.b64decode(sig, validate=True), data)  # raises when it does not verify
    assert sorted(p.suffix for p in env.bo.spool.outbox.iterdir()) == [".json", ".json", ".sig", ".sig"]
    catalog = next(doc for doc, _, _ in msgs.values() if doc["schema"] == "catalog/1")
    codes = {p["code"] for p in catalog["procedures"]}
    assert codes == set(env.bo.catalog.codes())
    first = catalog["procedures"][0]
    assert set(first) == {"code", "name", "department", "fee_per_copy", "processing_days", "signature",
                          "required_attachments", "effective_from"}
    # nothing changed: a second cycle publishes nothing
    env.sync()
    assert len(_messages(env)) == 2


def test_messages_wait_in_the_database_until_keys_init(db_url, tmp_path, memory_keyring, capsys):
    e = make_env(db_url, tmp_path)
    try:
        e.put(e.bundle(builders.sample_application()))
        summary = e.sync()
        assert summary.ingested == 1 and summary.outbox_key_problem
        assert list(e.bo.spool.outbox.glob("*")) == []
        st = outbox.status(e.bo, GOD)
        assert st.unwritten == 2 and st.key_problem and st.to_cli_json()["outbox_key"] == "missing"
        keystore.create_issuing_key(e.bo.config.outbox_kid, kind="outbox")
        summary = e.sync()  # the first cycle after the key exists writes them all
        assert summary.outbox_key_problem is None and summary.notices_written == 2
        assert len(_messages(e)) == 2
        assert outbox.status(e.bo, GOD).unwritten == 0
    finally:
        e.bo.close()


def test_acks_mark_delivered_and_unknown_ids_are_counted(env):
    _without_counters(env)
    env.put(env.bundle(builders.sample_application()))
    env.sync()
    st = outbox.status(env.bo, GOD)
    assert st.unacknowledged == 2 and st.by_schema == {"notice/1": 1, "catalog/1": 1}
    assert st.oldest_unacknowledged_at is not None
    ids = list(_messages(env))
    unknown = str(uuid.uuid4())
    put_ack(env, [ids[0], unknown, "not-even-a-uuid"])
    summary = env.sync()
    assert (summary.acks, summary.unknown_acks) == (1, 2)
    assert summary.portal_line() == "inquiries 0, acks 1"
    assert outbox.status(env.bo, GOD).unacknowledged == 1
    put_ack(env, ids)  # one again, one new: both delivered, nothing counted twice
    summary = env.sync()
    assert (summary.acks, summary.unknown_acks) == (1, 0)
    st = outbox.status(env.bo, GOD)
    assert st.unacknowledged == 0 and st.oldest_unacknowledged_at is None and st.by_schema == {}
    with env.bo.db.read() as s:
        acked = s.scalar(select(Notice.acknowledged_at))
    assert acked is not None  # the time the portal gave in ack/1
    assert list(env.bo.spool.inbox.glob("ack-*")) == []  # taken: archived


def test_cli_sync_line_and_outbox_status(env, tmp_path, capsys):
    env.put(env.bundle(builders.sample_application()))
    conf = _config_file(env, tmp_path)
    assert main(["--config", conf, "sync", "--once"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-2:] == ["inquiries 0, acks 0", "ingested 1, duplicates 0, quarantined 0"]
    assert main(["--config", conf, "outbox", "status", "--format", "json"]) == 0
    status = json.loads(capsys.readouterr().out)
    # the agent put the shipped counters into the empty database, so their bookable slots
    # went to the portal too (one slots/1 message per counter)
    assert status["by_schema"] == {"notice/1": 1, "catalog/1": 1, "slots/1": 3}
    assert status["unacknowledged"] == 5
    assert parse_rfc3339(status["oldest_unacknowledged_at"]) and status["outbox_key"] == "present"


def test_keys_init_and_public_make_the_outbox_key(bo, memory_keyring, tmp_path, capsys):
    conf = tmp_path / "k.toml"
    conf.write_text(f'[database]\nurl = "{bo.config.database_url}"\n[outbox]\nkey_id = "portal-2026"\n',
                    encoding="utf-8")
    assert main(["--config", str(conf), "keys", "init"]) == 0
    out = capsys.readouterr().out
    assert "created outbox key portal-2026" in out
    assert main(["--config", str(conf), "keys", "init"]) == 0
    assert "outbox key portal-2026 exists; unchanged" in capsys.readouterr().out
    assert main(["--config", str(conf), "keys", "public", "--out", str(tmp_path / "pub")]) == 0
    pem = (tmp_path / "pub" / "outbox-portal-2026.pem").read_bytes()
    assert pem == keystore.public_key_pem("portal-2026", kind="outbox")
    assert ("backoffice", "outbox:portal-2026") in memory_keyring.store


def test_the_application_screen_data_shows_each_notice_written_and_acknowledged(env):
    from backoffice.casework import detail
    from backoffice.db.models import Application
    from tests.portal.conftest import inquiry, put_inquiry

    env.put(env.bundle(builders.sample_application()))
    put_inquiry(env, inquiry(application_id="OSK-2026-0001234"))
    env.sync()
    with env.bo.db.read() as s:
        pk = s.scalar(select(Application.id))
    d = detail.application_detail(env.bo, GOD, pk)
    assert [(n.event, n.written_at is not None, n.acknowledged_at) for n in d.notices] == [("received", True, None)]
    assert len(d.inquiries) == 1
    linked = d.inquiries[0]  # what the application screen lists, read the same on both engines
    assert (linked.channel, linked.status, linked.opening) == ("portal", "new", "住民票の写しは何日で届きますか。")
    assert linked.received_at == datetime(2026, 11, 30, 0, 15, tzinfo=UTC)
    notice_id = next(m for m, (doc, _, _) in _messages(env).items() if doc["schema"] == "notice/1")
    put_ack(env, [notice_id])
    env.sync()
    assert detail.application_detail(env.bo, GOD, pk).notices[0].acknowledged_at is not None
