"""The `bilan/1` record: the public contract every stage and every outside tool reads.

Fields may be added; existing ones keep their meaning (see DESIGN.md). Internal
stages pass plain dataclasses around; these pydantic models exist to validate and
serialise what leaves the library.
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "bilan/1"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Count(_Model):
    """A casualty figure as a range: "au moins 31" is min 31, no max; "19" is 19..19."""

    min: int | None = None
    max: int | None = None
    value: int | None = Field(None, description="the number as written; null for vague quantities")
    approx: bool = False
    vague: bool = Field(False, description="a vague quantity (dozens, plusieurs): min is conservative")
    text: str = ""


class Evidence(_Model):
    start: int
    end: int
    text: str


class Claim(_Model):
    source: str | None = None
    source_text: str | None = None
    killed: Count | None = None
    injured: Count | None = None
    groups: dict[str, int] = Field(default_factory=dict)
    injured_groups: dict[str, int] = Field(default_factory=dict)
    total: bool = Field(False, description="the text calls it a total or overall toll")
    provisional: bool = Field(False, description="an earlier or provisional toll (premier bilan, preliminary toll)")
    evidence: Evidence


class DateRef(_Model):
    value: str | None = None
    text: str | None = None
    precision: Literal["day", "month", "year"] | None = None
    inferred_from: Literal["text", "published", "article", "review"] | None = None


class Location(_Model):
    name: str | None = None
    city: str | None = None
    admin1: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: Literal["district", "city", "admin1", "country"] | None = None
    geonameid: int | None = None


class Range(_Model):
    low: int | None = None
    best: int | None = None
    high: int | None = None


class Estimate(_Model):
    killed: Range = Field(default_factory=Range)
    injured: Range = Field(default_factory=Range)
    disagreement: bool = Field(False, description="sources give figures that cannot all be true")


class Incident(_Model):
    id: str
    event_type: str | None = None
    sub_event_type: str | None = None
    weapon: str | None = None
    date: DateRef = Field(default_factory=DateRef)
    location: Location = Field(default_factory=Location)
    perpetrator: str | None = None
    target: str | None = None
    claims: list[Claim] = Field(default_factory=list)
    estimate: Estimate = Field(default_factory=Estimate)


class CumulativeToll(_Model):
    killed: Count | None = None
    injured: Count | None = None
    source: str | None = None
    source_text: str | None = None
    scope: str
    evidence: Evidence


class Error(_Model):
    code: str
    message: str


class DocumentInfo(_Model):
    id: str
    external_id: str | None = None
    source: str | None = None
    title: str | None = None
    site: str | None = None
    url: str | None = None
    published: str | None = None
    published_from: Literal["metadata", "option", "text"] | None = None
    lang: str | None = None
    text: str = ""
    boilerplate: list[str] = Field(default_factory=list)
    duplicate_of: str | None = Field(None, description="id of the document this one copies (same or near-same text)")


class DocumentRef(_Model):
    """An article a merged incident was read from."""

    id: str
    external_id: str | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    lang: str | None = None
    duplicate_of: str | None = None


class StoredClaim(Claim):
    """A claim in the database: which article, and which report of it, said it."""

    id: str
    document: str
    report: str


class LinkInfo(_Model):
    report: str
    other_report: str | None = None
    document: str
    other_document: str | None = None
    score: float
    reasons: dict[str, float] = Field(default_factory=dict)
    method: Literal["auto", "review"] = "auto"


class ReviewInfo(_Model):
    id: int
    action: Literal["confirm", "reject", "set", "split", "merge"]
    field: str | None = None
    value: str | None = None
    claim: str | None = None
    other_incident: str | None = None
    by: str
    note: str = ""
    at: str


class MergedIncident(Incident):
    """An incident as the database holds it: the `bilan/1` incident fields over every
    article that reported it, plus those articles, the analyst status and the reviews."""

    claims: list[StoredClaim] = Field(default_factory=list)
    status: Literal["open", "confirmed", "rejected"] = "open"
    documents: list[DocumentRef] = Field(default_factory=list)
    independent_documents: int = Field(0, description="articles that are not copies of another one")
    reviews: list[ReviewInfo] = Field(default_factory=list)
    links: list[LinkInfo] = Field(default_factory=list)

    def to_dict(self, links: bool = True) -> dict:
        return self.model_dump(mode="json", exclude=None if links else {"links"})


class Record(_Model):
    schema_: str = Field(SCHEMA, alias="schema")
    document: DocumentInfo
    incidents: list[Incident] = Field(default_factory=list)
    cumulative_tolls: list[CumulativeToll] = Field(default_factory=list)
    errors: list[Error] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_dict(self) -> dict:
        return self.model_dump(by_alias=True, mode="json")

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)
