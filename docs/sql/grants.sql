-- Grants for backoffice_app; run as backoffice_owner after every `backoffice init`.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO backoffice_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO backoffice_app;
-- The audit log is append-only for the application: no edits, no deletions.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM backoffice_app;
-- The application never changes the schema or the migration record.
REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM backoffice_app;
