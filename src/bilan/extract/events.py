"""What happened: trigger words -> ACLED sub-event type and weapon.

Triggers are listed most specific first in each language's `events.yaml`; in a
sentence the first trigger of the list that occurs wins, so "attentat suicide"
is a suicide bomb before it is an explosion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..language import LanguagePack, base, compiled


@dataclass(frozen=True, slots=True)
class EventMention:
    start: int
    end: int
    text: str
    event_type: str
    sub_event_type: str
    weapon: str | None
    rank: int  # position of its trigger in the list: lower is more specific


class EventLexicon:
    def __init__(self, pack: LanguagePack):
        self.triggers = list(pack.events.triggers)
        # One alternation, triggers in their order: one scan per sentence, and where two triggers
        # start at the same place the more specific (listed first) wins.
        self.pattern = re.compile("|".join(f"(?P<t{n}>{t.pattern})" for n, t in enumerate(self.triggers)),
                                  re.IGNORECASE)
        self.not_violence = [re.compile(p, re.IGNORECASE) for p in pack.events.not_violence]


def lexicon(pack: LanguagePack) -> EventLexicon:
    return compiled(pack, EventLexicon)


def is_not_violence(text: str, pack: LanguagePack) -> bool:
    """A sentence about sport or talks, where "tir" and "frappe" are not weapons."""
    return any(p.search(text) for p in lexicon(pack).not_violence)


def find_events(text: str, pack: LanguagePack) -> list[EventMention]:
    """Event triggers of a sentence, most specific first."""
    lex = lexicon(pack)
    types = base().event_types
    found = []
    for m in lex.pattern.finditer(text):
        rank = int(m.lastgroup[1:])
        trigger = lex.triggers[rank]
        found.append(EventMention(m.start(), m.end(), m.group(), types[trigger.sub_event_type],
                                  trigger.sub_event_type, trigger.weapon, rank))
    return sorted(found, key=lambda e: (e.rank, e.start))
