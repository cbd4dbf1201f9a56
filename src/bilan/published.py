"""When was it published: the document's own metadata, else the caller's option, else a
date line in the text ("ALEP, 3 mai 2016 (AFP) -", "Published Tuesday 3 May 2016").

Only a full date (day, month and year) in a date line or a dateline counts: "On 15 March
2011, protests began" opens many articles and is no publication date. Without any of the
three, relative dates stay unresolved (their text kept, no value): never today's date.
"""

from __future__ import annotations

import datetime as dt
import re

from .extract.dates import find_dates
from .language import LanguagePack

HEAD_LINES = 5  # a date line sits at the top of the page copy
DATE_LINE_CHARS = 100
# "ALEP, 3 mai 2016 (AFP) -", "KABUL, Afghanistan (AP) —", "Mogadishu (Reuters) –", "BAGDAD -"
DATELINE = re.compile(r"^(?P<head>[^()\n]{1,80}?)\s*(?:\([^()\n]{1,20}\)\s*[-–—]|[-–—]\s)")


def dateline_head(text: str) -> str | None:
    """The place-and-date head of a wire dateline at the start of a text, if there is one."""
    match = DATELINE.match(text)
    return match.group("head") if match else None


def date_from_text(text: str, pack: LanguagePack) -> dt.date | None:
    """The publication date a page copy states at its top, if any."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:HEAD_LINES]
    # A page copied as one line still opens with its date: "27-07-2015 Syria Civilian Killed ...".
    # Not "On 15 March 2011, protests began": a date with its lead word is part of a sentence.
    opening = [d for d in find_dates(lines[0][:DATE_LINE_CHARS], pack.dates, None)
               if d.start == 0 and d.value and d.precision == "day" and not _opens_with_lead(lines[0], pack)
               ] if lines else []
    if opening:
        return opening[0].value
    for line in lines:
        head = dateline_head(line)
        candidates = []
        # A date line is short and is no sentence: "Published Tuesday 3 May 2016", not
        # "On 15 March 2011, protests began."
        if len(line) <= DATE_LINE_CHARS and not line.endswith((".", "!", "?", "»", '"')):
            candidates.append(line)
        if head:
            candidates.append(head)
        for candidate in candidates:
            full = [d for d in find_dates(candidate, pack.dates, None) if d.value and d.precision == "day"]
            if full:
                return full[0].value
    return None


def _opens_with_lead(line: str, pack: LanguagePack) -> bool:
    return any(re.match(rf"(?:{lead})\b", line, re.IGNORECASE) for lead in pack.dates.leads)
