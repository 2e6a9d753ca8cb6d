"""Pre-review checks on a validated bundle (procedures-v1 fees and required attachments,
bundle-v1 §6 rejected attachments).

They never refuse a bundle: each finding is an attention code (cli-v1) that staff see
on the application. The applicant signature is checked by applicant_sig.py.
"""

from __future__ import annotations

import logging
from typing import Any

from backoffice.intake.textrules import starts_like_formula
from backoffice.platform.catalog import Procedure

log = logging.getLogger(__name__)

# Deterministic output order (the order of cli-v1's attention list).
PRECHECK_CODES = ("payment_missing", "payment_amount_mismatch", "attachment_rejected",
                  "attachment_missing", "formula_like_text")
# The applicant's text that reaches lists and CSV files people open in a spreadsheet.
FORMULA_CHECKED_FIELDS = ("name", "address")


def precheck(application: dict[str, Any], procedure: Procedure, gateway: dict[str, Any]) -> list[str]:
    """Attention codes for payment and attachments, in PRECHECK_CODES order, each at most once.

    - payment_missing: a fee is due, payment is null and delivery is not 'counter'
      (counter delivery may pay at the counter);
    - payment_amount_mismatch: a payment is present and its amount differs from the fee
      due (also a payment of more than 0 yen when no fee is due);
    - attachment_rejected: the gateway rejected at least one attachment;
    - attachment_missing: a kind in procedure.required_attachments has no attachment of
      that kind that the gateway sanitized successfully (is in gateway files[]);
    - formula_like_text (issue 21): applicant.name or applicant.address begins like a
      spreadsheet formula (=, +, -, @). No real name or address does; in a CSV file opened
      in a spreadsheet such a value can run a command. export-v1 must carry the value
      unchanged, so a person looks at the application before it is decided.
    """
    found: set[str] = set()
    form = application.get("form")
    fee = procedure.fee_due(form if isinstance(form, dict) else {})
    payment = application.get("payment")
    delivery = application.get("delivery")
    method = delivery.get("method") if isinstance(delivery, dict) else None
    if payment is None:
        if fee > 0 and method != "counter":
            found.add("payment_missing")
    elif not isinstance(payment, dict) or payment.get("amount") != fee \
            or isinstance(payment.get("amount"), bool):
        found.add("payment_amount_mismatch")
    if gateway.get("rejected"):
        found.add("attachment_rejected")
    sanitized = {f.get("attachment_id") for f in gateway.get("files", []) if isinstance(f, dict)}
    kinds_present = {
        a.get("kind")
        for a in application.get("attachments", [])
        if isinstance(a, dict) and a.get("id") in sanitized
    }
    if any(kind not in kinds_present for kind in procedure.required_attachments):
        found.add("attachment_missing")
    applicant = application.get("applicant")
    if isinstance(applicant, dict) and any(
            isinstance(applicant.get(key), str) and starts_like_formula(applicant[key])
            for key in FORMULA_CHECKED_FIELDS):
        found.add("formula_like_text")
    codes = [code for code in PRECHECK_CODES if code in found]
    if codes:
        log.info("application %s: prechecks %s", application.get("application_id"), codes)
    return codes
