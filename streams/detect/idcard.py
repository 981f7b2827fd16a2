"""Mainland resident ID numbers in chat: a privacy leak (doxxing, or a member oversharing).

An 18-character number: 6-digit region, birth date (YYYYMMDD, 1900-2099), 3-digit sequence and a
check character (ISO 7064 MOD 11-2; ``x`` for 10).  A number given in full must carry a valid
check character, so an order or tracking number with a date inside does not count; one whose
last four are masked (``xxxx``, ``****``) still names the person's region and birthday and
counts.  Matched on the contact view (ASCII digits, lower case, Latin repeats kept).
"""

from __future__ import annotations

import re

from streams.detect.lexicon import LexiconHit

_ID_RE = re.compile(
    r"(?=[1-9])(?<![0-9a-z])([1-9][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]))"
    r"([0-9]{3}[0-9x]|[0-9]{0,3}(?:x|\*){1,4})(?![0-9a-z*])"
)
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10x98765432"


def _valid(number: str) -> bool:
    total = sum(int(d) * w for d, w in zip(number[:17], _WEIGHTS, strict=True))
    return _CHECK[total % 11] == number[17]


def id_number_hits(text: str) -> list[LexiconHit]:
    """ID numbers in ``text`` as ``privacy``/``review`` hits, term ``pattern:privacy:id_number``."""
    hits: list[LexiconHit] = []
    if len(text) < 18:  # a match is the 18-character number itself
        return hits
    for m in _ID_RE.finditer(text):
        number = m.group(1) + m.group(2)
        if len(number) != 18:
            continue
        masked = not number[14:].isdigit() and not (number[14:17].isdigit() and number[17] == "x")
        if masked or _valid(number):
            hits.append(LexiconHit("privacy", "review", "pattern:privacy:id_number",
                                   m.start(), m.end()))
    return hits
