"""procedures-v1 fees and required attachments, bundle-v1 §6 rejected attachments."""

from __future__ import annotations

from typing import Any

import pytest

from backoffice.intake.bundle import ValidatedBundle, read_bundle
from backoffice.intake.prechecks import precheck
from backoffice.platform.catalog import default_catalog
from tests.builders import build_bundle, make_gateway_key, sample_application, tiny_png

CATALOG = default_catalog()


def gateway(files: list[str] = ("a1",), rejected: list[str] = ()) -> dict[str, Any]:  # type: ignore[assignment]
    return {"files": [{"attachment_id": i, "path": f"files/{i}.png"} for i in files],
            "rejected": [{"attachment_id": i, "reason": "unsupported"} for i in rejected]}


def run(app: dict[str, Any], gw: dict[str, Any] | None = None) -> list[str]:
    return precheck(app, CATALOG.get(app["procedure"]), gw if gw is not None else gateway())


def test_sample_is_clean() -> None:
    assert run(sample_application()) == []


def test_clean_on_a_real_validated_bundle() -> None:
    key = make_gateway_key()
    _, data = build_bundle(sample_application(), {"a1": (tiny_png(), "image/png")}, gateway_key=key)
    vb = read_bundle(data, gateway_keys=[key.public_key()], catalog=CATALOG)
    assert isinstance(vb, ValidatedBundle)
    assert precheck(vb.application, CATALOG.get("juminhyo-copy"), vb.gateway) == []


@pytest.mark.parametrize("overrides, expected", [
    ({"payment": None}, ["payment_missing"]),
    ({"payment": None, "delivery__method": "electronic"}, ["payment_missing"]),
    ({"payment": None, "delivery__method": "counter"}, []),          # pays at the counter
    ({"payment__amount": 300}, ["payment_amount_mismatch"]),          # 2 copies = 600
    ({"form__copies": 3}, ["payment_amount_mismatch"]),
    ({"form": {}, "payment__amount": 300}, []),                       # copies absent = 1
    ({"delivery__method": "counter", "payment__amount": 900}, ["payment_amount_mismatch"]),
    ({"procedure": "facility-use", "payment": None}, []),
    ({"procedure": "facility-use", "payment__amount": 100}, ["payment_amount_mismatch"]),
    ({"procedure": "facility-use", "payment__amount": 0}, []),
])
def test_payment(overrides: dict[str, Any], expected: list[str]) -> None:
    assert run(sample_application(**overrides)) == expected


def test_attachment_rejected() -> None:
    app = sample_application()
    assert run(app, gateway(files=[], rejected=["a1"])) == ["attachment_rejected"]


def test_attachment_missing_for_required_kind() -> None:
    app = sample_application(procedure="koseki-copy", payment__amount=900)
    assert run(app) == []  # identity_document a1 sanitized
    assert run(app, gateway(files=[], rejected=["a1"])) == ["attachment_rejected",
                                                           "attachment_missing"]
    assert run(sample_application(procedure="koseki-copy", payment__amount=900,
                                  attachments__0__kind="photo")) == ["attachment_missing"]
    assert run(sample_application(procedure="koseki-copy", payment__amount=900,
                                  attachments=[]), gateway(files=[])) == ["attachment_missing"]


def test_deterministic_order_with_every_code() -> None:
    app = sample_application(procedure="koseki-copy", payment=None)
    expected = ["payment_missing", "attachment_rejected", "attachment_missing"]
    for _ in range(3):
        assert run(app, gateway(files=[], rejected=["a1"])) == expected
    app = sample_application(procedure="koseki-copy", payment__amount=1)
    assert run(app, gateway(files=[], rejected=["a1"])) == [
        "payment_amount_mismatch", "attachment_rejected", "attachment_missing"]
