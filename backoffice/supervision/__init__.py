"""Running the office: due dates and the business calendar's use, the supervisor dashboard, counters and appointments, payments and settlement files."""
