"""Supervision: deadlines, dashboard, reassignment, appointments, payments."""
