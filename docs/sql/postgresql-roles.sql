-- Least-privilege roles for a shared back-office database (docs/deployment-postgresql.md).
-- Run as a superuser once; replace the names if your city's conventions differ.
--   backoffice_owner : owns the schema, runs `backoffice init` (migrations) only
--   backoffice_app   : what every workstation and the sync agent connect as
CREATE ROLE backoffice_owner LOGIN;
CREATE ROLE backoffice_app LOGIN;
CREATE DATABASE backoffice OWNER backoffice_owner ENCODING 'UTF8' TEMPLATE template0;
\connect backoffice
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO backoffice_app;
-- After each `backoffice init` (run as backoffice_owner), (re)apply the grants:
\i grants.sql
