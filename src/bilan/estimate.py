"""Stage `estimate`: an incident's claims -> low / best / high, for killed and injured.

The rule, in the spirit of UCDP's low/best/high (also in the README):
- low  = the lowest credible figure: the smallest lower bound among the claims (the
  minimum of a range, the number of an exact count, the conservative minimum of a vague
  quantity such as "des dizaines" = 20);
- high = the highest credible figure: the largest number any claim states (its maximum,
  else its number); null when the largest claim is open-ended only by vagueness
  ("dozens") and nobody gives a number at least as high;
- best = the figure of the best claim: claims with a named source beat unnamed ones,
  precise counts beat vague ones, exact beat "at least", final beat "premier bilan";
  among equals the highest, because later tolls rise as bodies are found.
`disagreement` is set when two sourced claims give figures that cannot both be true
(their ranges do not overlap); an earlier toll marked provisional does not count.
"""

from __future__ import annotations

from .models import Claim, Count, Estimate, Range


def _low(count: Count) -> int | None:
    if count.min is not None:
        return count.min
    return count.value


def _high(count: Count) -> int | None:
    if count.max is not None:
        return count.max
    if count.vague:
        return None
    return count.value if count.value is not None else count.min


def _figure(count: Count) -> int | None:
    return count.value if count.value is not None else count.min


def _quality(claim: Claim, count: Count) -> tuple:
    return (
        claim.source is not None,
        not count.vague,
        count.min is not None and count.min == count.max,
        not claim.provisional,
        _figure(count) or 0,
    )


def _range(claims: list[Claim], kind: str) -> tuple[Range, bool]:
    counts = [(claim, getattr(claim, kind)) for claim in claims if getattr(claim, kind)]
    if not counts:
        return Range(), False
    lows = [v for _, c in counts if (v := _low(c)) is not None]
    highs = [_high(c) for _, c in counts]
    low = min(lows) if lows else None
    stated_high = max((h for h in highs if h is not None), default=None)
    vague_tops = [c.min for _, c in counts if c.vague and c.min is not None]
    high = stated_high
    if vague_tops and (stated_high is None or max(vague_tops) > stated_high):
        high = None
    _, best_count = max(counts, key=lambda item: _quality(*item))
    best = _figure(best_count)
    # An earlier toll revised upwards ("premier bilan") is an update, not a disagreement.
    sourced = [c for claim, c in counts if claim.source is not None and not c.vague and not claim.provisional]
    disagree = any(_disjoint(a, b) for i, a in enumerate(sourced) for b in sourced[i + 1:])
    return Range(low=low, best=best, high=high), disagree


def _disjoint(a: Count, b: Count) -> bool:
    a_low, a_high = _low(a), a.max
    b_low, b_high = _low(b), b.max
    if a_low is None or b_low is None:
        return False
    return (a_high is not None and a_high < b_low) or (b_high is not None and b_high < a_low)


def estimate(claims: list[Claim]) -> Estimate:
    """Reconcile the claims of one incident."""
    killed, killed_disagree = _range(claims, "killed")
    injured, injured_disagree = _range(claims, "injured")
    return Estimate(killed=killed, injured=injured, disagreement=killed_disagree or injured_disagree)
