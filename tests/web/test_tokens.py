"""API tokens: shown once, stored as a hash, verified, listed, revoked; and `bilan token`/`bilan serve`."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from bilan import schema
from bilan.cli import main
from bilan.store import Store, StoreError
from bilan.tokens import create_token, list_tokens, revoke_token, verify_token


def test_a_token_is_stored_only_as_its_hash(db_url):
    store = Store(db_url)
    token = create_token(store, "amira")
    assert token.startswith("bilan_") and len(token) > 40
    with store.sessions() as session:
        [row] = session.scalars(select(schema.Token))
    assert row.name == "amira" and row.sha256 == hashlib.sha256(token.encode()).hexdigest()
    assert token not in repr(row.__dict__)
    assert verify_token(store, token) == "amira"
    assert [info.name for info in list_tokens(store)] == ["amira"]
    assert list_tokens(store)[0].last_used_at is not None
    for wrong in (None, "", token[:-1], "amira", token + "x"):
        assert verify_token(store, wrong) is None
    with pytest.raises(StoreError, match="exists already"):
        create_token(store, "amira")
    with pytest.raises(StoreError, match="not a usable token name"):
        create_token(store, "two words")
    revoke_token(store, "amira")
    assert verify_token(store, token) is None and list_tokens(store) == []
    with pytest.raises(StoreError, match="no token named 'amira'"):
        revoke_token(store, "amira")
    store.close()


def test_the_token_commands(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'tokens.db'}"
    assert main(["token", "create", "omar", "--db", db]) == 0
    out, err = capsys.readouterr()
    token = out.strip()
    assert token.startswith("bilan_") and "shown only this once" in err
    assert verify_token(Store(db), token) == "omar"
    assert main(["token", "list", "--db", db]) == 0
    listing = capsys.readouterr().out
    assert "omar" in listing and token not in listing
    assert main(["token", "create", "omar", "--db", db]) == 2
    assert "exists already" in capsys.readouterr().err
    assert main(["token", "revoke", "omar", "--db", db]) == 0
    assert main(["token", "revoke", "omar", "--db", db]) == 2
    assert "no token named" in capsys.readouterr().err


def test_serve_runs_uvicorn_on_the_app(tmp_path, monkeypatch, capsys):
    import uvicorn

    ran = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: ran.update(app=app, **options))
    assert main(["serve", "--db", str(tmp_path / "web.db"), "--port", "8123", "--tiles",
                 "https://tile.example.org/{z}/{x}/{y}.png"]) == 0
    assert ran["host"] == "127.0.0.1" and ran["port"] == 8123
    assert ran["app"].title == "bilan"
    assert "http://127.0.0.1:8123/" in capsys.readouterr().err
    assert main(["serve", "--db", str(tmp_path / "web.db"), "--tiles", "file:///etc/passwd"]) == 2
    assert "http(s) URL template" in capsys.readouterr().err
