"""The low / best / high rule, claim by claim."""

from __future__ import annotations

import pytest

from bilan.estimate import estimate
from bilan.models import Claim, Count, Evidence

EVIDENCE = Evidence(start=0, end=1, text="x")


def claim(source=None, killed=None, injured=None, provisional=False) -> Claim:
    return Claim(source=source, killed=killed, injured=injured, provisional=provisional, evidence=EVIDENCE)


def exact(n): return Count(min=n, max=n, value=n, text=str(n))
def at_least(n): return Count(min=n, max=None, value=n, text=f"at least {n}")
def dozens(): return Count(min=20, max=None, value=None, approx=True, vague=True, text="dozens")
def about(n): return Count(min=None, max=None, value=n, approx=True, text=f"about {n}")


@pytest.mark.parametrize(("claims", "low", "best", "high", "disagreement"), [
    ([claim("OSDH", at_least(31))], 31, 31, 31, False),
    ([claim(None, dozens())], 20, 20, None, False),
    ([claim("SANA", at_least(14)), claim("OSDH", exact(19))], 14, 19, 19, False),
    ([claim("police", exact(5)), claim("al-Shabaab", exact(11))], 5, 11, 11, True),
    ([claim(None, exact(40)), claim("ministry", exact(12))], 12, 12, 40, False),
    ([claim("ministry", exact(3), provisional=True), claim("ministry", exact(7))], 3, 7, 7, False),
    ([claim("police", exact(5)), claim(None, dozens())], 5, 5, None, False),
    ([claim("UN", about(1200))], 1200, 1200, 1200, False),
])
def test_killed_range(claims, low, best, high, disagreement):
    result = estimate(claims)
    assert (result.killed.low, result.killed.best, result.killed.high) == (low, best, high)
    assert result.disagreement is disagreement


def test_no_figure_no_range():
    result = estimate([claim("police", injured=exact(4))])
    assert result.killed.low is result.killed.best is result.killed.high is None
    assert result.injured.best == 4
