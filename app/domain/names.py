"""Name keys that match across Belarusian, Russian and Latin spellings of the same name.

One person appears as Бабарыка in a Belarusian source, Бабарико in a Russian court record and
Babaryka or Babariko in foreign press. A documenter searching for any of these must find the
same record, so every name token is reduced to a *skeleton key*:

1. Cyrillic (Belarusian and Russian letters alike) is written in plain Latin letters, and
   Latin diacritics are resolved (č → ch, š → sh, ž → zh, ł → l, then accents dropped).
2. The Latin letters are read into sound classes that merge what differs between the two
   languages and between transliteration systems: ц/c/ts and т are one class (Ціханоўскі vs
   Тихановский), дз/dz and д are one (Дзмітрый vs Дмитрий), г/h/g, х/kh/ch and ч are one
   (Belarusian г is "h", Russian г is "g"; Łacinka writes х as "ch", English writes ч as "ch"),
   ж/zh merges with з and ш/sh with с (diacritics are often lost when typing). Latin "x" is
   read as "ks" (Alexievich = Алексіевіч).
3. All vowels and the glides й/j/y are dropped, since akanne (Калеснікава vs Колесникова),
   ы/и/і and the iotated vowels (я/ia/ya/ja) differ everywhere; a token that starts with a
   vowel keeps a single marker "a" for it. "v" is dropped before a consonant or at the end,
   where Belarusian writes ў and Russian в (Ціханоўскі/Тихановский, Львоў/Львов), and kept
   before a vowel. Doubled letters collapse (Ілля/Илья).

The trade-off is deliberate: the key is coarse, so unrelated names collide more often (Лосік
and Ласік, Хадасевіч and Гадасевіч share keys) and the search shows a few extra candidates.
It must never hide the person being looked for: a missed match in a case manager means a
duplicate record or a prisoner left out of a report, while an extra candidate costs a glance.
Different forms of a given name (Мікалай/Николай) are *not* matched: they are different words.
Spellings outside the systems above can still miss: Łacinka typed without diacritics where "c"
stands for ч, Polish "cz"/"sz" and GOST "cz" for ц, or "x" used for х.

``display_latin`` and ``latin_variants`` go the other way, producing readable Latin spellings
with our own tables (the Belarusian national system of 2007, Belarusian passport style,
BGN/PCGN, Russian passport/ICAO and press style), since general-purpose transliteration
libraries do not follow these systems (e.g. they write х as "x", which would read as "ks").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

Language = Literal["be", "ru"]

_TOKEN = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")

# --- Skeleton keys -------------------------------------------------------------------------

_KEY_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ё": "o", "є": "e",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "j", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f",
    "х": "kh", "ц": "c", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "u", "я": "a",
}  # fmt: skip
_KEY_LATIN_LETTERS = {
    "č": "ch", "š": "sh", "ž": "zh", "ł": "l", "ß": "ss", "æ": "ae", "ø": "o", "œ": "oe",
    "đ": "d", "x": "ks", "q": "k", "w": "v", "g": "h",
}  # fmt: skip
# Longest match first. Every entry is spelled the same by every system we read, so greedy
# parsing gives the same classes whichever system produced the letters.
_CLUSTERS = {"tsh": "h", "zh": "z", "sh": "s", "ch": "h", "kh": "h", "ts": "t", "dz": "d"}
_SINGLE = {"c": "t", "h": "h", "v": "v", **{c: c for c in "bdfklmnprstz"}}
_VOWELS = frozenset("aeiouyj")
_VOWEL = "_"
_VOWEL_MARKER = "a"
# Trailing letters whose class may still change as the user types the next letter ("k" may
# become "kh", "c" may become "ch", "t"/"ts" may become "tsh", "v" may meet a vowel).
_UNSETTLED_ENDINGS = ("ts", "c", "k", "t", "v")


def _latin_letters(token: str) -> str:
    """Plain a-z letters of a token: Cyrillic transliterated, diacritics resolved."""
    text = unicodedata.normalize("NFC", token).casefold()
    text = "".join(_KEY_CYRILLIC.get(ch, ch) for ch in text)
    text = "".join(_KEY_LATIN_LETTERS.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(_KEY_LATIN_LETTERS.get(ch, ch) for ch in text if "a" <= ch <= "z")
    return text


def _classes(letters: str) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(letters):
        for size in (3, 2):
            cluster = _CLUSTERS.get(letters[i : i + size])
            if cluster is not None:
                out.append(cluster)
                i += size
                break
        else:
            ch = letters[i]
            out.append(_VOWEL if ch in _VOWELS else _SINGLE[ch])
            i += 1
    return out


def _skeleton(letters: str) -> str:
    classes = _classes(letters)
    resolved = [
        _VOWEL if c == "v" and (i + 1 == len(classes) or classes[i + 1] != _VOWEL) else c
        for i, c in enumerate(classes)
    ]
    key = _VOWEL_MARKER if resolved and resolved[0] == _VOWEL else ""
    previous = None
    for c in resolved:
        if c != _VOWEL and c != previous:
            key += c
        previous = c
    return key


def token_key(token: str) -> str:
    """The skeleton key of one name token; "" if the token has no letters."""
    return _skeleton(_latin_letters(token))


def _prefix_key(partial: str) -> str:
    """Key for a token still being typed: a prefix of the key of every completion.

    Trailing letters whose class the next keystroke could change are left out, so "Tsik"
    (maybe "Tsikh...") gives the key of "Tsi".
    """
    letters = _latin_letters(partial)
    trimmed = True
    while trimmed:
        trimmed = False
        for ending in _UNSETTLED_ENDINGS:
            if letters.endswith(ending):
                letters = letters[: -len(ending)]
                trimmed = True
                break
    return _skeleton(letters)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(unicodedata.normalize("NFC", text))


def name_keys(full_name: str) -> set[str]:
    """One key per token of a name; tokens are split on spaces, hyphens and punctuation."""
    return {key for key in map(token_key, _tokens(full_name)) if key}


def query_keys(query: str) -> list[str]:
    """Keys of a search query in the order typed, for prefix matching while typing.

    Every token is matched as a key prefix, so "Kalesnikau" finds "Kalesnikava". Unless the
    query ends with a separator, the last token is treated as unfinished (see ``_prefix_key``):
    any prefix of a name yields a key that is a prefix of that name's key. Tokens that yield no
    key (a lone "V", a digit) are dropped.
    """
    tokens = _tokens(query)
    if not tokens:
        return []
    last = unicodedata.normalize("NFC", query)[-1:]
    unfinished = last.isalnum() or last in "'’ʼ"
    keys = [token_key(t) for t in tokens[:-1]]
    keys.append(_prefix_key(tokens[-1]) if unfinished else token_key(tokens[-1]))
    return [key for key in keys if key]


def normalise_display(name: str) -> str:
    """A name as stored and shown: composed Unicode, single spaces, no outer whitespace."""
    return " ".join(unicodedata.normalize("NFC", name).split())


# --- Readable Latin spellings --------------------------------------------------------------

_CYR_VOWELS = frozenset("аеёіиоуыэюяєї")
_IOTATED = frozenset("еёюяє")
_NOT_SOFTENING = _CYR_VOWELS | {"ь", "ъ", "ў", "й"}


@dataclass(frozen=True)
class _System:
    """A Cyrillic-to-Latin romanisation.

    ``iotated_initial`` spells е/ё/ю/я at the start of a word, after a vowel, ь, ъ, ў, й or an
    apostrophe; ``iotated_soft`` after a consonant. ``soft`` spells a consonant followed by ь
    (otherwise ь is dropped). ``final`` respells Cyrillic word endings (Russian press style
    writes "-ский" as "-sky").
    """

    letters: dict[str, str]
    iotated_initial: dict[str, str]
    iotated_soft: dict[str, str]
    soft: dict[str, str]
    hushing_yo: str | None = None
    final: tuple[tuple[str, str], ...] = ()


_COMMON = {
    "а": "a", "б": "b", "в": "v", "д": "d", "з": "z", "і": "i", "и": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "ы": "y", "э": "e", "ь": "", "ъ": "", "'": "", "’": "", "ʼ": "", "ґ": "g", "ї": "i",
}  # fmt: skip
_ENGLISH = {"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch"}

_BE_NATIONAL = _System(
    letters={**_COMMON, "г": "h", "ж": "ž", "й": "j", "ў": "ŭ", "х": "ch", "ц": "c", "ч": "č",
             "ш": "š", "щ": "šč"},
    iotated_initial={"е": "je", "ё": "jo", "ю": "ju", "я": "ja", "є": "je"},
    iotated_soft={"е": "ie", "ё": "io", "ю": "iu", "я": "ia", "є": "ie"},
    soft={"z": "ź", "l": "ĺ", "n": "ń", "s": "ś", "c": "ć", "dz": "dź"},
)  # fmt: skip
_BE_PASSPORT = _System(
    letters={**_COMMON, **_ENGLISH, "г": "h", "й": "i", "ў": "u"},
    iotated_initial={"е": "ye", "ё": "yo", "ю": "yu", "я": "ya", "є": "ye"},
    iotated_soft={"е": "e", "ё": "io", "ю": "iu", "я": "ia", "є": "e"},
    soft={},
)
_BE_BGN = _System(
    letters={**_COMMON, **_ENGLISH, "г": "h", "й": "y", "ў": "w"},
    iotated_initial={"е": "ye", "ё": "yo", "ю": "yu", "я": "ya", "є": "ye"},
    iotated_soft={"е": "ye", "ё": "yo", "ю": "yu", "я": "ya", "є": "ye"},
    soft={},
)
_RU_PRESS = _System(
    letters={**_COMMON, **_ENGLISH, "г": "g", "й": "y", "ў": "u"},
    iotated_initial={"е": "ye", "ё": "yo", "ю": "yu", "я": "ya", "є": "ye"},
    iotated_soft={"е": "e", "ё": "yo", "ю": "yu", "я": "ya", "є": "e"},
    soft={},
    hushing_yo="o",
    final=(("ий", "y"), ("ый", "y")),
)
_RU_BGN = _System(
    letters={**_COMMON, **_ENGLISH, "г": "g", "й": "y", "ў": "u"},
    iotated_initial={"е": "ye", "ё": "yë", "ю": "yu", "я": "ya", "є": "ye"},
    iotated_soft={"е": "e", "ё": "ë", "ю": "yu", "я": "ya", "є": "e"},
    soft={},
)
_RU_PASSPORT = _System(
    letters={**_COMMON, **_ENGLISH, "г": "g", "й": "i", "ў": "u", "ъ": "ie"},
    iotated_initial={"е": "e", "ё": "e", "ю": "iu", "я": "ia", "є": "e"},
    iotated_soft={"е": "e", "ё": "e", "ю": "iu", "я": "ia", "є": "e"},
    soft={},
)

_SYSTEMS: dict[Language, tuple[_System, ...]] = {
    "be": (_BE_NATIONAL, _BE_PASSPORT, _BE_BGN),
    "ru": (_RU_PRESS, _RU_PASSPORT, _RU_BGN),
}


def _romanise_word(word: str, system: _System) -> str:
    lower = [ch.lower() for ch in word]
    pieces: list[str] = []
    for i, ch in enumerate(lower):
        previous = lower[i - 1] if i else ""
        if ch in _IOTATED:
            after_consonant = previous.isalpha() and previous not in _NOT_SOFTENING
            if ch == "ё" and system.hushing_yo is not None and previous in "жчшщ":
                piece = system.hushing_yo
            else:
                piece = (system.iotated_soft if after_consonant else system.iotated_initial)[ch]
        elif ch == "з" and previous == "д" and "dz" in system.soft:
            piece, pieces[-1] = "", "dz"
        elif ch == "ь" and _soften(pieces, system):
            piece = ""
        else:
            piece = system.letters.get(ch, ch)
        pieces.append(piece)
    for ending, replacement in system.final:
        if "".join(lower).endswith(ending):
            pieces[-len(ending) :] = [replacement] + [""] * (len(ending) - 1)
    all_caps = sum(ch.isalpha() for ch in word) > 1 and word.isupper()
    return "".join(
        piece.upper() if all_caps else piece[:1].upper() + piece[1:] if ch.isupper() else piece
        for ch, piece in zip(word, pieces, strict=True)
    )


def _soften(pieces: list[str], system: _System) -> bool:
    """Mark the consonant before ь as soft in place (Łacinka "ĺ", "ś", "dź"); False when this
    system has no mark for it, so ь is spelled as usual (dropped)."""
    index = max((i for i, piece in enumerate(pieces) if piece), default=None)
    if index is None or pieces[index] not in system.soft:
        return False
    pieces[index] = system.soft[pieces[index]]
    return True


def _systems(lang: Language) -> tuple[_System, ...]:
    if lang not in _SYSTEMS:
        raise ValueError(f"no Latin spelling rules for language {lang!r}")
    return _SYSTEMS[lang]


def _romanise(name: str, system: _System) -> str:
    return _TOKEN.sub(lambda m: _romanise_word(m.group(0), system), normalise_display(name))


def display_latin(name: str, lang: Language) -> str:
    """A readable Latin spelling: the Belarusian national system (Łacinka letters, e.g.
    "Cichanoŭski") for ``"be"``, English press style (e.g. "Tikhanovsky") for ``"ru"``."""
    return _romanise(name, _systems(lang)[0])


def latin_variants(name: str, lang: Language) -> list[str]:
    """Common Latin spellings of a Cyrillic name, most official first, without repeats.

    Belarusian: national system ("Cichanoŭski"), passport style ("Tsikhanouski"), BGN/PCGN
    ("Tsikhanowski", "Byalyatski"). Russian: press style ("Tikhanovsky"), passport/ICAO
    ("Tikhanovskii"), BGN/PCGN ("Tikhanovskiy"). Łacinka with its diacritics stripped is left
    out on purpose: "c" would then stand for both ц and ч, which no key can reconcile.
    """
    return list(dict.fromkeys(_romanise(name, system) for system in _systems(lang)))


# Belarusian and Russian alphabetical order in one key: і sorts as и (Russian) / between з and
# й (Belarusian), ў right after у, ё right after е, ґ after г; Latin names sort before Cyrillic.
_AFTER = "\u0530"  # sorts after every Cyrillic letter: "ёж" comes after "ея"
_COLLATION = str.maketrans(
    {"і": "и", "ї": "и", "ў": "у" + _AFTER, "ё": "е" + _AFTER, "ґ": "г" + _AFTER, "є": "е"}
)


def collation_key(name: str) -> str:
    """Sort key for names: case-insensitive, alphabet order rather than code-point order.

    Stored per person (``persons.sort_name``) so the 100k-row list sorts on an index.
    """
    return normalise_display(name).casefold().translate(_COLLATION)
