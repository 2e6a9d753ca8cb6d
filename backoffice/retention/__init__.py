"""Keeping and ending records: closing finished applications by rule, retention rules, and the agent's daily housekeeping that runs both."""
