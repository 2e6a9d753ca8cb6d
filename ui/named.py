"""`named(widget, "name")`: set a Qt object's objectName and hand the same object back.

PySide6 accepts every Qt property as a constructor keyword (`QLabel(objectName="x")`), but
its type stubs only list the properties a class declares itself, not the inherited ones
such as QObject's `objectName`. Writing `named(QLabel(), "x")` keeps the one-expression
style of the pages and lets mypy check the call; the TypeVar keeps the widget's own type,
so `named(QPushButton(...), "ok").clicked` still type-checks. Tests and style sheets find
widgets by these names (`findChild(QPushButton, "ok")`), so they must stay exactly as they
were."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

Q = TypeVar("Q", bound=QObject)


def named(obj: Q, name: str) -> Q:
    """Give `obj` the objectName `name` and return it (same object, same type)."""
    obj.setObjectName(name)
    return obj
