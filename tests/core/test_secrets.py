from sqlalchemy import text

from backoffice.db.engine import make_engine
from backoffice.platform import secrets


def test_database_password_comes_from_the_keyring(memory_keyring):
    url = "postgresql+psycopg://app@db.example:5432/backoffice"
    name = secrets.set_database_password(url, "s3cret passphrase")
    assert name == "database:app@db.example:5432/backoffice"
    resolved = secrets.with_database_password(url)
    assert resolved.password == "s3cret passphrase"
    # never in the URL text that gets logged or shown
    assert "s3cret" not in str(resolved)
    assert secrets.with_database_password("sqlite:///x.db") == "sqlite:///x.db"


def test_engine_uses_keyring_password_against_real_postgres(memory_keyring, pg_schema_url):
    # trust authentication accepts any password; this proves the URL is built and used
    secrets.set_database_password(pg_schema_url, "from-keyring")
    engine = make_engine(pg_schema_url)
    assert engine.url.password == "from-keyring"
    with engine.connect() as c:
        assert c.execute(text("select 1")).scalar() == 1
    engine.dispose()
