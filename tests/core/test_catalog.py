import pytest

from backoffice.platform.catalog import default_catalog, parse_catalog
from backoffice.platform.errors import CatalogError

SPEC_CODES = {  # procedures-v1: code -> (fee per copy, signature required, output, steps)
    "juminhyo-copy": (300, True, "certificate", 1), "inkan-certificate": (300, True, "certificate", 1),
    "koseki-copy": (450, True, "certificate", 1), "tax-certificate": (300, True, "certificate", 1),
    "medical-card-reissue": (0, True, "certificate", 1), "facility-use": (0, False, "notice", 1),
    "dog-death": (0, False, "none", 1), "event-entry": (0, False, "none", 1),
    "health-checkup": (0, False, "notice", 1), "info-disclosure": (0, False, "notice", 2),
    "address-change": (0, True, "notice", 2), "child-allowance-change": (0, True, "notice", 2),
    "nhi-withdrawal": (0, True, "notice", 2),
}


def test_default_catalog_holds_every_procedure_of_the_spec():
    cat = default_catalog()
    assert set(SPEC_CODES) <= set(cat.codes())
    for code, (fee, sig, output, steps) in SPEC_CODES.items():
        p = cat.get(code)
        assert (p.fee_per_copy, p.signature_required, p.output, p.approval_steps) == (fee, sig, output, steps)
        assert p.processing_days and p.processing_days > 0
        assert p.department


def test_fee_due_is_per_copy():
    p = default_catalog().get("koseki-copy")
    assert p.fee_due({"copies": 3}) == 1350
    assert p.fee_due({}) == 450
    assert p.fee_due({"copies": True}) == 450  # a boolean is not a number of copies


GOOD = '''schema = "catalog/1"
[procedures.x]
name = "X"
department = "市民課"
fee_per_copy = 0
signature = "none"
output = "none"
approval_steps = 1
processing_days = 3
required_attachments = []
'''


def test_broken_catalog_names_line_and_reason():
    assert parse_catalog(GOOD).get("x").name == "X"
    with pytest.raises(CatalogError, match=r"line 2: procedure 'x': approval_steps must be 1 or 2"):
        parse_catalog(GOOD.replace("approval_steps = 1", "approval_steps = 3"))
    with pytest.raises(CatalogError, match=r"line 2: procedure 'x': unknown attachment kind 'selfie'"):
        parse_catalog(GOOD.replace("required_attachments = []", 'required_attachments = ["selfie"]'))
    with pytest.raises(CatalogError, match=r"at line 4"):
        parse_catalog(GOOD.replace('department = "市民課"', "department = "))
    with pytest.raises(CatalogError, match="missing key 'name'"):
        parse_catalog(GOOD.replace('name = "X"\n', ""))
