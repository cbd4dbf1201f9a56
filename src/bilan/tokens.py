"""API tokens for the web app's write endpoints (submitting articles, recording reviews).

    token = create_token(store, "amira")   # shown once; only its SHA-256 is stored
    verify_token(store, token)             # -> "amira", or None
    list_tokens(store); revoke_token(store, "amira")

A token's name is who the web app records as the author of the reviews made with it, so an
analyst cannot sign a review with someone else's name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from . import schema
from .store import Store, StoreError

PREFIX = "bilan_"  # recognisable in a leaked config file or a secret scanner's report
_NAME = re.compile(r"^[\w.@+-]{1,200}$")


@dataclass
class TokenInfo:
    name: str
    created_at: dt.datetime
    last_used_at: dt.datetime | None


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def create_token(store: Store, name: str) -> str:
    """A new token for `name`, returned once: the database keeps only its hash."""
    name = (name or "").strip()
    if not _NAME.match(name):
        raise StoreError(f"{name!r} is not a usable token name: letters, digits and . _ @ + - (up to 200)")
    token = PREFIX + secrets.token_urlsafe(32)
    try:
        with store.sessions.begin() as session:
            session.add(schema.Token(name=name, sha256=_digest(token), created_at=_utcnow()))
    except IntegrityError:
        raise StoreError(f"a token named {name!r} exists already: revoke it first "
                         f"(bilan token revoke {name})") from None
    return token


def verify_token(store: Store, token: str | None) -> str | None:
    """The name of the token's holder, or None when the token is unknown or revoked."""
    if not token or not token.startswith(PREFIX):
        return None
    # Looked up by hash: the secret itself is never compared, so its timing tells nothing.
    with store.sessions.begin() as session:
        row = session.scalar(select(schema.Token).where(schema.Token.sha256 == _digest(token)))
        if row is None:
            return None
        row.last_used_at = _utcnow()
        return row.name


def list_tokens(store: Store) -> list[TokenInfo]:
    with store.sessions() as session:
        return [TokenInfo(row.name, row.created_at, row.last_used_at)
                for row in session.scalars(select(schema.Token).order_by(schema.Token.name))]


def revoke_token(store: Store, name: str) -> None:
    with store.sessions.begin() as session:
        gone = session.execute(delete(schema.Token).where(schema.Token.name == (name or "").strip())).rowcount
    if not gone:
        raise StoreError(f"no token named {name!r}")
