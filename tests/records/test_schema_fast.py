"""The usual-case checks of a resident record (schema._resident_ok, no messages) agree with
the checks in order (schema._resident without its shortcut): on random damage to a good
record, a record passes one exactly when it passes the other."""

from __future__ import annotations

import copy
import random

from backoffice.records import schema
from tests.records.util import resident_answer

_WRONG = [None, 1, True, "", "x", "1980-13-01", "1980-01-01", [], {}, "2", 2.5]


def _in_order(r):
    """_resident's answer with the shortcut taken away (the checks one by one)."""
    saved = schema._resident_ok
    schema._resident_ok = lambda r: False
    try:
        return schema._resident(r)
    finally:
        schema._resident_ok = saved


def _damage(rng, record):
    r = copy.deepcopy(record)
    for _ in range(rng.randint(1, 2)):
        household = r.get("household") if isinstance(r.get("household"), list) else []
        target = rng.choice([x for x in [r, r.get("person"), *household] if isinstance(x, dict)])
        key = rng.choice(list(target) + ["honseki", "hittousha"])
        if rng.random() < 0.2:
            target.pop(key, None)
        else:
            target[key] = rng.choice(_WRONG)
    if rng.random() < 0.05:
        r["household"] = rng.choice([[], None, "x", [None], [*good_members(r), 1]])
    return r


def good_members(r):
    return r["household"] if isinstance(r.get("household"), list) else []


def test_the_shortcut_agrees_with_the_checks_in_order():
    rng = random.Random(15)
    good = resident_answer(3)["record"]
    assert schema._resident_ok(good) and _in_order(good) is None
    passed = 0
    for _ in range(20_000):
        r = _damage(rng, good)
        assert schema._resident_ok(r) == (_in_order(r) is None), r
        assert schema._resident(r) == _in_order(r)
        passed += schema._resident_ok(r)
    assert 0 < passed < 20_000  # both outcomes were seen
