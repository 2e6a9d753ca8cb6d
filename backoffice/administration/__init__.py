"""Running the accounts: staff, their roles, passwords and login (and, with issue 16, departments and the office's settings). Above the audit log, which records every act here."""
