"""The hash-chained audit log: writing entries (`log`), reading and verifying them (`query`), signed checkpoints kept outside the database (`checkpoint`) and the agent's daily check (`schedule`)."""
