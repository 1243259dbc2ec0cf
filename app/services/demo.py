"""Realistic synthetic vault content, for demos, screenshots, tests and the performance budgets.

``letapis demo --persons N --seed S`` fills a vault with N invented people prosecuted the way
politically motivated cases in Belarus have run since August 2020, in proportions taken from
the monthly reviews (see shared/reference/): most are convicted under Art. 342, 361-1, 361-4,
130, 368 or 369 of the Criminal Code and imprisoned for one to five years; about one in six is
a woman; two in five live in Minsk; some are tried in absentia, some convicted twice, some
pardoned, exchanged or held incommunicado, a few families are convicted together. Names are
random combinations of common names and every date and number is invented: the records describe
no real person.

Two promises shape the code:

* **Reproducible.** The same seed gives the same rows on a fresh vault, ids and timestamps
  included: everything comes from one ``random.Random``, ids are UUIDv7-shaped (time-ordered
  like the app's own, which also keeps index inserts sequential) with random bits from that
  generator, and the demo's "today" is the fixed :data:`DEMO_TODAY`. Running the demo again on a
  filled vault seeds from the seed *and* the number of persons already there, so it adds new
  people instead of colliding with the old ones, and reuses the judges it finds.
* **Fast.** 100,000 persons are about 1.3 million synced rows, 1.3 million create ops and
  300,000 search keys, so no ORM objects: rows are plain dicts, written with one executemany per
  table in batches of :data:`BATCH_PERSONS` persons, one transaction per batch, together with
  the change feed ("*" create ops via ``ChangeLog.append_creates``), the name search keys and
  the derived list columns, so the result syncs and searches like hand-entered data.
"""

from __future__ import annotations

import gc
import random
from bisect import bisect
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from functools import cache
from itertools import accumulate
from operator import itemgetter
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, func, select

from app import reference
from app.domain.enums import (
    CaseKind,
    CaseStatus,
    Category,
    EventType,
    Gender,
    NameScript,
    PlaceKind,
    PublicationLevel,
    Regime,
    RelationType,
    ReleaseReason,
    Reliability,
    SentenceType,
    StatusKind,
)
from app.domain.names import collation_key, display_latin, latin_variants, name_keys
from app.domain.sentences import Term, credited_days, pretrial_days, sentence_end_date
from app.models import (
    Base,
    Case,
    Charge,
    Detention,
    Judge,
    NameKey,
    Person,
    PersonName,
    Relation,
    RepressionEvent,
    Sentence,
    Source,
    SourceLink,
    StatusPeriod,
    Syncable,
    Trial,
)
from app.services.derived import refresh_summaries
from app.services.vault import Vault

BATCH_PERSONS = 5_000
BULK_CACHE_KIB = -256 * 1024  # KiB; restored when the demo ends
MAX_TERM_MONTHS = 25 * 12  # the longest term of imprisonment the Criminal Code allows
DEMO_TODAY = date(2026, 10, 31)
"""The demo world's "today": nothing is dated later, releases due by then have happened."""
FIRST_DETENTION = date(2020, 8, 9)
PARDONS_FROM = date(2024, 7, 3)
EXCHANGE_DAYS = (date(2025, 6, 21), date(2025, 9, 11), date(2025, 12, 13))
_RECORDED_AT = datetime(2026, 11, 1, tzinfo=UTC)
"""created_at of rows not tied to one person (judges, sources)."""
_RECORDED_ISO = _RECORDED_AT.isoformat()

T = TypeVar("T")
Model = type[Base]


class _Weighted(Generic[T]):
    """A fixed weighted choice: one ``random()`` and a bisect per draw (``rng.choices`` rebuilds
    its cumulative table on every call)."""

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cumulative = list(accumulate(weight for _, weight in pairs))
        self.total = self.cumulative[-1]

    def pick(self, rng: random.Random) -> T:
        return self.items[bisect(self.cumulative, rng.random() * self.total)]


# --- names ------------------------------------------------------------------------------------

# Common surnames as Belarusian|Russian masculine forms; feminine forms follow the endings
# (-скі/-ский -> -ская, -аў/-ов -> -ава/-ова, -ін/-ин -> -іна/-ина; -іч, -ка, -ук ... do not
# change). Surnames that the public associates with particular political prisoners are left out,
# so that no invented record reads as the story of a real person.
_SURNAMES = """
Дудка|Дудко Астроўскі|Островский Мядзведзеў|Медведев Мінкевіч|Минкевич Белавусаў|Белоусов
Шашкевіч|Шашкевич Бусел|Бусел Баброўскі|Бобровский Стэльмах|Стельмах Казлоўскі|Козловский
Лапата|Лопата Шулейка|Шулейко Волкаў|Волков Ярмоліч|Ярмолич Рудзь|Рудь Каваленка|Коваленко
Шаўчэнка|Шевченко Бандарэнка|Бондаренко Кавалёў|Ковалёв Новікаў|Новиков Казлоў|Козлов
Мароз|Мороз Жук|Жук Лукашэвіч|Лукашевич Якавенка|Яковенко Мельнічэнка|Мельниченко
Ярашэвіч|Ярошевич Сідарэнка|Сидоренко Макарэвіч|Макаревич Васілеўскі|Василевский
Грыневіч|Гриневич Вашкевіч|Вашкевич Дашкевіч|Дашкевич Казак|Казак Гурын|Гурин Зайцаў|Зайцев
Сарокін|Сорокин Кузняцоў|Кузнецов Уласаў|Власов Пракапеня|Прокопеня Кірыленка|Кириленко
Ганчарук|Гончарук Ярмоленка|Ермоленко Клімовіч|Климович Ждановіч|Жданович
Прыходзька|Приходько Леановіч|Леонович Міхалевіч|Михалевич Савіцкі|Савицкий
Качаноўскі|Кочановский Маркевіч|Маркевич Рыбак|Рыбак Пашкевіч|Пашкевич Бурак|Бурак Цітоў|Титов
Шыла|Шило Гайдукевіч|Гайдукевич Янкоўскі|Янковский Сямёнаў|Семёнов Быкаў|Быков
Лебедзеў|Лебедев Анішчанка|Анищенко Лысюк|Лысюк Барысевіч|Борисевич Стасевіч|Стасевич
Ермаловіч|Ермолович Раманчук|Романчук Філіповіч|Филиппович Кулеш|Кулеш Грыцук|Грицук
Пархімовіч|Пархимович Сяргейчык|Сергейчик Назарэнка|Назаренко Гарбацэвіч|Горбацевич
Юркевіч|Юркевич Бондар|Бондарь Кулак|Кулак Дамброўскі|Домбровский Кавальчук|Ковальчук
Мацкевіч|Мацкевич Тарасевіч|Тарасевич Дубоўскі|Дубовский Сакалоў|Соколов Яўсееў|Евсеев
Гуляеў|Гуляев Абрамовіч|Абрамович Навумовіч|Наумович Дзмітрыеў|Дмитриев Палякоў|Поляков
Сцяпанаў|Степанов Пятровіч|Петрович Аляксандровіч|Александрович Іваноў|Иванов Пятроў|Петров
Сідаровіч|Сидорович Бабкоў|Бобков Карповіч|Карпович Мікалаеў|Николаев Гаўрылаў|Гаврилов
Шапавалаў|Шаповалов Ярмак|Ермак Цыганкоў|Цыганков Чарняўскі|Чернявский Камінскі|Каминский
Лысенка|Лысенко Мартыненка|Мартыненко Кузьміч|Кузьмич Кухарчык|Кухарчик Рамановіч|Романович
Вайцяховіч|Войтехович Лапіцкі|Лапицкий Сакалоўскі|Соколовский Жукоўскі|Жуковский
Станкевіч|Станкевич Міхневіч|Михневич Бабіч|Бабич Пашкоўскі|Пашковский Шыманскі|Шиманский
Сцепаненка|Степаненко Шаўцоў|Шевцов Ганчароў|Гончаров Кот|Кот Лапо|Лапо
Вінаградаў|Виноградов Пракаповіч|Прокопович Шульга|Шульга Ткачук|Ткачук Ткачоў|Ткачёв
Дзянісаў|Денисов Малашэнка|Малашенко Кацуба|Коцуба Ляшкевіч|Ляшкевич Трусаў|Трусов
Хадасевіч|Ходасевич Хмяльніцкі|Хмельницкий Карпенка|Карпенко Навумчык|Наумчик
Мазуркевіч|Мазуркевич Гарбуноў|Горбунов Смірноў|Смирнов Жураўлёў|Журавлёв Міронаў|Миронов
Галубовіч|Голубович Лукашук|Лукашук Бараноўскі|Барановский Саковіч|Сакович
"""

# Given names: Belarusian|Russian|weight, men with the patronymic stems their children carry
# (Belarusian stem + "віч"/"ўна", Russian stem + "вич"/"вна"; "-" where the patronymic is
# irregular and the name is not used for fathers).
_MEN = """
Аляксандр|Александр|10|Аляксандра|Александро Сяргей|Сергей|8|Сяргее|Сергее
Дзмітрый|Дмитрий|8|Дзмітрые|Дмитрие Андрэй|Андрей|7|Андрэе|Андрее Аляксей|Алексей|6|Аляксее|Алексее
Мікалай|Николай|4|Мікалае|Николае Уладзімір|Владимир|5|Уладзіміра|Владимиро
Віктар|Виктор|4|Віктара|Викторо Ігар|Игорь|4|Ігара|Игоре Юрый|Юрий|4|Юр’е|Юрье
Павел|Павел|4|Паўла|Павло Максім|Максим|5|Максіма|Максимо Дзяніс|Денис|5|Дзяніса|Денисо
Яўген|Евгений|4|Яўгена|Евгенье Вадзім|Вадим|3|Вадзіма|Вадимо Віталь|Виталий|3|Вітале|Виталье
Іван|Иван|3|Івана|Ивано Міхаіл|Михаил|3|Міхайла|Михайло Алег|Олег|3|Алега|Олего
Раман|Роман|3|Рамана|Романо Кірыл|Кирилл|3|Кірыла|Кирилло Антон|Антон|3|Антона|Антоно
Васіль|Василий|2|Васіле|Василье Пётр|Пётр|2|Пятро|Петро Анатоль|Анатолий|2|Анатоле|Анатолье
Валянцін|Валентин|2|Валянціна|Валентино Яраслаў|Ярослав|2|Яраслава|Ярославо Ілля|Илья|3|-|-
Мікіта|Никита|3|-|- Уладзіслаў|Владислав|3|Уладзіслава|Владиславо Арцём|Артём|3|Арцёма|Артёмо
Канстанцін|Константин|2|Канстанціна|Константино Леанід|Леонид|2|Леаніда|Леонидо
Генадзь|Геннадий|2|Генадзе|Геннадье Ягор|Егор|3|Ягора|Егоро
Станіслаў|Станислав|2|Станіслава|Станиславо
Эдуард|Эдуард|1|Эдуарда|Эдуардо Ціхан|Тихон|1|Ціхана|Тихоно Цімур|Тимур|1|Цімура|Тимуро
Данііл|Даниил|1|Данііла|Даниило Глеб|Глеб|1|Глеба|Глебо Вячаслаў|Вячеслав|2|Вячаслава|Вячеславо
"""
_WOMEN = """
Вольга|Ольга|8 Марыя|Мария|6 Святлана|Светлана|6 Таццяна|Татьяна|6 Наталля|Наталья|6
Алена|Елена|7 Ірына|Ирина|6 Ганна|Анна|6 Юлія|Юлия|5 Кацярына|Екатерина|5 Вікторыя|Виктория|4
Настасся|Анастасия|5 Дар’я|Дарья|4 Ксенія|Ксения|3 Марына|Марина|4 Людміла|Людмила|3
Валянціна|Валентина|2 Галіна|Галина|2 Аксана|Оксана|3 Надзея|Надежда|2 Алеся|Олеся|3
Яўгенія|Евгения|2 Ала|Алла|2 Іна|Инна|2 Лілія|Лилия|1 Паліна|Полина|2 Тамара|Тамара|1
Вераніка|Вероника|2 Жанна|Жанна|1 Лізавета|Елизавета|2
"""

# Feminine surname endings: (masculine ending, feminine ending), longest first.
_FEMININE_BE = (("скі", "ская"), ("цкі", "цкая"), ("аў", "ава"), ("оў", "ова"), ("еў", "ева"),
                ("ёў", "ёва"), ("ін", "іна"), ("ын", "ына"))  # fmt: skip
_FEMININE_RU = (("ский", "ская"), ("цкий", "цкая"), ("ов", "ова"), ("ев", "ева"), ("ёв", "ёва"),
                ("ин", "ина"), ("ын", "ына"))  # fmt: skip


def _feminine(surname: str, endings: tuple[tuple[str, str], ...]) -> str:
    for masculine, feminine in endings:
        if surname.endswith(masculine):
            return surname[: -len(masculine)] + feminine
    return surname


@dataclass(frozen=True)
class _Surname:
    be: str
    ru: str
    be_f: str
    ru_f: str

    def forms(self, gender: Gender) -> tuple[str, str]:
        return (self.be_f, self.ru_f) if gender == Gender.FEMALE else (self.be, self.ru)


@dataclass(frozen=True)
class _Given:
    be: str
    ru: str
    patronymic_be: str | None = None  # stems, see _MEN
    patronymic_ru: str | None = None

    def patronymic(self, gender: Gender) -> tuple[str, str] | None:
        if self.patronymic_be is None or self.patronymic_ru is None:
            return None
        if gender == Gender.FEMALE:
            return self.patronymic_be + "ўна", self.patronymic_ru + "вна"
        return self.patronymic_be + "віч", self.patronymic_ru + "вич"


@cache
def _surnames() -> tuple[_Surname, ...]:
    pairs = [entry.split("|") for entry in _SURNAMES.split()]
    return tuple(
        _Surname(be, ru, _feminine(be, _FEMININE_BE), _feminine(ru, _FEMININE_RU))
        for be, ru in pairs
    )


@cache
def _given_names() -> tuple[_Weighted[_Given], _Weighted[_Given], tuple[_Given, ...]]:
    """(men's names, women's names, names fathers can pass on as a patronymic)."""
    men: list[tuple[_Given, float]] = []
    for entry in _MEN.split():
        be, ru, weight, stem_be, stem_ru = entry.split("|")
        stems = (None, None) if stem_be == "-" else (stem_be, stem_ru)
        men.append((_Given(be, ru, *stems), float(weight)))
    women = [
        (_Given(be, ru), float(weight))
        for be, ru, weight in (entry.split("|") for entry in _WOMEN.split())
    ]
    fathers = tuple(given for given, _ in men if given.patronymic_be)
    return _Weighted(men), _Weighted(women), fathers


@cache
def _latin_spellings(short_be: str, short_ru: str) -> tuple[str, tuple[str, ...]]:
    """(the Belarusian national Latin spelling, other common spellings) of "Given Surname"."""
    main = display_latin(short_be, "be")
    others = [*latin_variants(short_be, "be"), *latin_variants(short_ru, "ru")]
    return main, tuple(dict.fromkeys(s for s in others if s != main))


@cache
def _word_keys(word: str) -> frozenset[str]:
    return frozenset(name_keys(word))


# --- places, bodies, reference choices ----------------------------------------------------------

_CITIES: dict[str, tuple[str, ...]] = {
    "minsk_city": ("Мінск",),
    "brest": ("Брэст", "Баранавічы", "Пінск", "Кобрын", "Бяроза", "Івацэвічы", "Лунінец"),
    "homiel": ("Гомель", "Мазыр", "Рэчыца", "Жлобін", "Светлагорск", "Калінкавічы", "Рагачоў"),
    "hrodna": ("Гродна", "Ліда", "Слонім", "Ваўкавыск", "Смаргонь", "Навагрудак", "Шчучын"),
    "mahiliou": ("Магілёў", "Бабруйск", "Асіповічы", "Горкі", "Шклоў", "Крычаў", "Быхаў"),
    "minsk_region": ("Барысаў", "Маладзечна", "Салігорск", "Жодзіна", "Слуцк", "Заслаўе"),
    "viciebsk": ("Віцебск", "Орша", "Полацк", "Наваполацк", "Глыбокае", "Паставы", "Лепель"),
}
_PRE_TRIAL: dict[str, str] = {
    "minsk_city": "СІЗА № 1, Мінск",
    "brest": "СІЗА № 7, Брэст",
    "homiel": "СІЗА № 3, Гомель",
    "hrodna": "СІЗА № 1, Гродна",
    "mahiliou": "СІЗА № 4, Магілёў",
    "minsk_region": "СІЗА № 8, Жодзіна",
    "viciebsk": "СІЗА № 2, Віцебск",
}
# (place, region of the court that tries Art. 411 cases from there)
_COLONIES_MEN = (
    ("Папраўчая калонія № 1, Наваполацк", "viciebsk"),
    ("Папраўчая калонія № 2, Бабруйск", "mahiliou"),
    ("Папраўчая калонія № 3, Віцьба", "viciebsk"),
    ("Папраўчая калонія № 9, Горкі", "mahiliou"),
    ("Папраўчая калонія № 11, Ваўкавыск", "hrodna"),
    ("Папраўчая калонія № 13, Глыбокае", "viciebsk"),
    ("Папраўчая калонія № 14, Навасады", "minsk_region"),
    ("Папраўчая калонія № 15, Магілёў", "mahiliou"),
    ("Папраўчая калонія № 17, Шклоў", "mahiliou"),
    ("Папраўчая калонія № 20, Мазыр", "homiel"),
    ("Папраўчая калонія № 22, Івацэвічы", "brest"),
)
_COLONIES_WOMEN = (
    ("Папраўчая калонія № 4, Гомель", "homiel"),
    ("Папраўчая калонія № 24, Зарэчча", "homiel"),
)
_PRISONS = (
    ("Турма № 4, Магілёў", "mahiliou"),
    ("Турма № 8, Жодзіна", "minsk_region"),
    ("Турма № 1, Гродна", "hrodna"),
)
_DETAINING_BODIES = _Weighted(
    [("ГУБАЗіК МУС", 4), ("КДБ", 2), ("РУУС", 3), ("АМАП", 1), ("Следчы камітэт", 1)]
)
_OCCUPATIONS = (
    "праграміст", "інжынер", "рабочы", "кіроўца", "прадпрымальнік", "урач", "настаўнік",
    "мастак", "электрык", "будаўнік", "менеджар", "бухгалтар", "эканаміст", "музыкант",
    "ахоўнік", "прадавец", "слесар", "фельчар", "дызайнер", "аграном",
)  # fmt: skip
_HEALTH = (
    "інваліднасць II групы", "цукровы дыябет", "анкалагічнае захворванне",
    "хранічнае захворванне сэрца", "страта зроку", "бранхіяльная астма", "эпілепсія",
)  # fmt: skip
_APPEAL_OUTCOMES = _Weighted(
    [("прысуд пакінуты без змен", 92), ("тэрмін зменшаны", 5), ("тэрмін павялічаны", 3)]
)
# Real publication names, but addresses under the reserved .example domain: an invented record
# must never link to a real article about a real person.
_PUBLICATIONS = (
    ("Праваабарончы цэнтр «Вясна»", "https://spring96.example/be/news/{n}"),
    ("Наша Ніва", "https://nashaniva.example/{n}"),
    ("Зеркало", "https://zerkalo.example/life/{n}.html"),
    ("Белсат", "https://belsat.example/news/{n}"),
    ("Радыё Свабода", "https://svaboda.example/a/{n}.html"),
    ("Медиазона Беларусь", "https://mediazona.example/news/{n}"),
    ("БАЖ", "https://baj.example/be/{n}"),
    ("Politzek.me", "https://politzek.example/{n}"),
    ("Прэс-служба суда", "https://court.example/news/{n}"),
)
_RELIABILITY = _Weighted(
    [(Reliability.CONFIRMED, 6), (Reliability.PROBABLE, 3), (Reliability.UNVERIFIED, 1)]
)
_MINSK_CITY_COURT = "minsk_city_court"  # Minsk's court of regional rank


@dataclass(frozen=True)
class _ArticleProfile:
    """How cases under one article typically run: weight among main charges, the usual prison
    term (min, mode, max months), how grave it is (0 light, 1 medium, 2 grave) and the first
    day it can be charged."""

    key: str
    weight: float
    term: tuple[int, int, int]
    gravity: int
    since: date = FIRST_DETENTION


# Weights follow the monthly reviews: Art. 342 (2020 protests) far ahead, then "extremist"
# articles (361-4 donations, 361-1 formations), "incitement" (130), insults (368, 369).
_MAIN_ARTICLES = (
    _ArticleProfile("CC 342 p1", 190, (6, 24, 48), 0),
    _ArticleProfile("CC 361-4 p1", 65, (12, 36, 72), 1, date(2021, 7, 1)),
    _ArticleProfile("CC 361-4 p2", 6, (36, 72, 120), 2, date(2021, 7, 1)),
    _ArticleProfile("CC 130 p1", 60, (12, 36, 60), 1),
    _ArticleProfile("CC 130 p3", 12, (36, 84, 144), 2),
    _ArticleProfile("CC 361-1 p3", 35, (12, 30, 72), 1),
    _ArticleProfile("CC 361-1 p1", 14, (36, 72, 120), 2),
    _ArticleProfile("CC 368 p1", 45, (6, 18, 24), 0),
    _ArticleProfile("CC 368 p2", 10, (12, 30, 60), 1),
    _ArticleProfile("CC 369", 45, (6, 18, 36), 0),
    _ArticleProfile("CC 364", 30, (12, 36, 72), 1),
    _ArticleProfile("CC 370", 18, (6, 12, 36), 0),
    _ArticleProfile("CC 361", 12, (12, 36, 72), 1),
    _ArticleProfile("CC 361-2", 18, (24, 48, 96), 1),
    _ArticleProfile("CC 293 p2", 14, (24, 48, 96), 2),
    _ArticleProfile("CC 293 p1", 3, (60, 120, 180), 2),
    _ArticleProfile("CC 356", 12, (84, 132, 300), 2),
    _ArticleProfile("CC 357", 4, (72, 120, 240), 2),
    _ArticleProfile("CC 289", 9, (72, 144, 276), 2),
    _ArticleProfile("CC 309", 3, (36, 72, 120), 2),
    _ArticleProfile("CC 339 p2", 14, (12, 24, 72), 0),
    _ArticleProfile("CC 203-1", 12, (12, 30, 60), 1, date(2021, 7, 1)),
    _ArticleProfile("CC 367", 10, (12, 24, 60), 0),
    _ArticleProfile("CC 188", 6, (6, 12, 24), 0),
    _ArticleProfile("CC 366", 6, (12, 24, 60), 1),
    _ArticleProfile("CC 363", 6, (6, 18, 36), 0),
    _ArticleProfile("CC 218", 6, (12, 36, 96), 1),
    _ArticleProfile("CC 341", 4, (6, 12, 36), 0),
    _ArticleProfile("CC 369-1", 4, (6, 18, 48), 0),
    _ArticleProfile("CC 361-3", 4, (24, 48, 84), 1),
    _ArticleProfile("CC 358", 3, (60, 120, 180), 2),
    _ArticleProfile("CC 193-1", 3, (6, 12, 24), 0),
    _ArticleProfile("CC 243", 2, (24, 48, 84), 1),
    _ArticleProfile("CC 130-1", 2, (24, 36, 60), 1, date(2022, 7, 1)),
    _ArticleProfile("CC 228", 1, (24, 60, 108), 1),
)
# Charges that come along with a main one ("and insulting the president, and ...").
_COMPANIONS = (
    ("CC 368 p1", 10), ("CC 369", 8), ("CC 130 p1", 6), ("CC 342 p1", 6), ("CC 361-1 p3", 5),
    ("CC 361-4 p1", 5), ("CC 367", 4), ("CC 370", 3), ("CC 361", 3), ("CC 361-2", 2),
    ("CC 188", 2), ("CC 364", 2), ("CC 203-1", 1),
)  # fmt: skip
_ABSENTIA_MAIN = (
    ("CC 361-1 p1", 10), ("CC 361-1 p3", 8), ("CC 130 p3", 8), ("CC 361", 6), ("CC 356", 5),
    ("CC 361-4 p1", 4), ("CC 367", 4), ("CC 368 p2", 4), ("CC 369", 3), ("CC 357", 2),
)  # fmt: skip
_EXTREMIST = frozenset(
    {"CC 130", "CC 342", "CC 361", "CC 361-1", "CC 361-2", "CC 361-4", "CC 369-1", "CC 203-1"}
)
_TERRORIST = frozenset({"CC 289", "CC 356", "CC 357", "CC 361-1 p1", "CC 309"})
_ADMIN_ARTICLES = (("CAO 19.11 p2", 6), ("CAO 24.23 p1", 3), ("CAO 25.11", 1))
_EXTENSION_TERMS = _Weighted(
    [(Term(months=6), 20), (Term(months=8), 5), (Term(1), 45), (Term(1, 6), 20), (Term(2), 10)]
)


def _whole_article(key: str) -> str:
    return key.split(" p")[0]


@dataclass(frozen=True)
class _Reference:
    """The reference data the generator draws from, filtered to keys that exist, so an edited
    reference table can never make the demo write a dangling article key or court code."""

    regions: _Weighted[str]
    articles: dict[str, _ArticleProfile]
    main: _Weighted[_ArticleProfile]
    absentia_main: _Weighted[_ArticleProfile]
    companions: _Weighted[str]
    admin_articles: _Weighted[str]
    article_411: tuple[str, ...]
    regional_court: dict[str, str]
    district_courts: dict[str, tuple[str, ...]]


@cache
def _reference() -> _Reference:
    known = {item.key for item in reference.articles()}
    profiles = {p.key: p for p in _MAIN_ARTICLES if p.key in known}
    regions = reference.regions()
    regional: dict[str, str] = {}
    district: dict[str, tuple[str, ...]] = {}
    for item in regions:
        courts = [c.code for c in reference.courts_in(item.code) if c.code != "supreme"]
        upper = [c for c in courts if c.endswith("_regional") or c == _MINSK_CITY_COURT]
        lower = tuple(c for c in courts if c not in upper)
        regional[item.code] = (upper or courts)[0]
        district[item.code] = lower or tuple(courts)

    def weighted(pairs: Sequence[tuple[str, float]]) -> _Weighted[str]:
        return _Weighted([(key, w) for key, w in pairs if key in known])

    return _Reference(
        regions=_Weighted([(item.code, item.weight) for item in regions]),
        articles=profiles,
        main=_Weighted([(p, p.weight) for p in profiles.values()]),
        absentia_main=_Weighted(
            [(profiles[key], w) for key, w in _ABSENTIA_MAIN if key in profiles]
        ),
        companions=weighted(_COMPANIONS),
        admin_articles=weighted(_ADMIN_ARTICLES),
        article_411=tuple(k for k in ("CC 411 p1", "CC 411 p2", "CC 411") if k in known)[:2],
        regional_court=regional,
        district_courts=district,
    )


# --- rows ---------------------------------------------------------------------------------------

# Synced models in foreign-key order: a batch is written in this order.
_MODELS: tuple[type[Syncable], ...] = (
    Source,
    Judge,
    Person,
    PersonName,
    Relation,
    Case,
    Charge,
    Detention,
    Trial,
    Sentence,
    StatusPeriod,
    RepressionEvent,
    SourceLink,
)
_COUNT_NAMES = {
    Source: "sources",
    Judge: "judges",
    Person: "persons",
    PersonName: "names",
    Relation: "relations",
    Case: "cases",
    Charge: "charges",
    Detention: "detentions",
    Trial: "trials",
    Sentence: "sentences",
    StatusPeriod: "status_periods",
    RepressionEvent: "events",
    SourceLink: "source_links",
}


def _stored(value: Any) -> Any:
    """A value as both the database and the change log take it: dates and enums as the strings
    their column types would store (ISO dates, enum values), so neither needs converting."""
    kind = type(value)
    if kind is str or value is None:
        return value
    if kind is date:
        return value.isoformat()
    return value._value_ if isinstance(value, Enum) else value


@cache
def _template(model: Model) -> tuple[dict[str, Any], frozenset[str]]:
    """Every column of ``model`` with its Python-side default, so each row (and so each create
    op) carries all fields as an ORM insert would record them; and the columns whose values
    may need :func:`_stored` (enums and dates)."""
    row: dict[str, Any] = {}
    typed = set()
    for column in model.__table__.columns:
        default = column.default
        scalar = default.arg if default is not None and default.is_scalar else None
        row[column.key] = _stored(scalar)
        if column.type.python_type not in (str, bool, int, datetime):
            typed.add(column.key)
    return row, frozenset(typed)


@cache
def _insert_sql(model: Model) -> tuple[str, Callable[[dict[str, Any]], tuple[Any, ...]]]:
    """The INSERT for ``model`` and how to turn a row into its parameters.

    Rows carry created_at/updated_at as the change log records them (ISO 8601 with offset, always
    whole UTC seconds here); SQL rewrites that one parameter into the form SQLAlchemy's SQLite
    DateTime stores ("2026-11-01 08:00:00.000000") for both columns, which spares a Python
    conversion per row.
    """
    columns = [column.key for column in model.__table__.columns]
    bound = [name for name in columns if name not in _TIMESTAMPS]
    stamp = f"replace(substr(?{len(bound) + 1}, 1, 19), 'T', ' ') || '.000000'"
    values = [stamp if name in _TIMESTAMPS else f"?{bound.index(name) + 1}" for name in columns]
    names = ", ".join(f'"{name}"' for name in columns)
    sql = f"INSERT INTO {model.__tablename__} ({names}) VALUES ({', '.join(values)})"
    return sql, itemgetter(*bound, "created_at")


class _Ids:
    """UUIDv7-shaped hex ids: a millisecond counter from a fixed epoch, then random bits from
    the demo's generator. Sorted like the app's own ids, unique, and reproducible."""

    def __init__(self, rng: random.Random, epoch_ms: int) -> None:
        self.rng = rng
        self.ms = epoch_ms

    def __call__(self) -> str:
        self.ms += 1
        bits = self.rng.getrandbits(74)
        value = (
            (self.ms << 80)
            | (0x7 << 76)
            | ((bits >> 62) << 64)
            | (0b10 << 62)
            | (bits & ((1 << 62) - 1))
        )
        return f"{value:032x}"


def _weekday(day: date) -> date:
    """Courts sit on working days: move a weekend date to the Monday after."""
    weekday = day.weekday()
    return day + timedelta(days=7 - weekday) if weekday >= 5 else day


def _term_months(rng: random.Random, low: int, mode: int, high: int) -> Term:
    """A term as courts give them: mostly whole half-years, sometimes quarters or odd months."""
    months = rng.triangular(low, high, mode)
    r = rng.random()
    step = 6 if r < 0.6 else 3 if r < 0.85 else 1
    return Term(months=min(MAX_TERM_MONTHS, max(step, round(months / step) * step)))


def _term_columns(term: Term) -> dict[str, int]:
    return {"term_years": term.years, "term_months": term.months, "term_days": term.days}


@dataclass
class _Profile:
    """One generated person while their history is being written."""

    id: str
    gender: Gender
    given: _Given
    region: str
    city: str
    born: date
    dates: list[date] = field(default_factory=list)  # what happened to them, in order


@dataclass
class _CaseContext:
    """What the people tried together share: the case, its trial and its verdict."""

    case_id: str
    region: str
    main: _ArticleProfile
    detained_on: date | None
    verdict_on: date | None
    trial_id: str | None
    in_absentia: bool


@dataclass
class _Outcome:
    imprisoned: bool = False
    released_on: date | None = None
    convicted: bool = False
    keys: list[str] = field(default_factory=list)


# --- the generator ---------------------------------------------------------------------------


class _Generator:
    """Builds the rows of one batch at a time; all randomness comes from ``rng``."""

    def __init__(self, rng: random.Random, judges: dict[str, list[str]]) -> None:
        self.rng = rng
        self.ids = _Ids(rng, int(_RECORDED_AT.timestamp() * 1000))
        self.ref = _reference()
        self.judges = judges
        self.rows: dict[type[Syncable], list[dict[str, Any]]] = {m: [] for m in _MODELS}
        self.name_keys: list[tuple[str, str]] = []
        self.sources: list[str] = []

    # -- rows --

    def add(self, model: type[Syncable], **values: Any) -> str:
        """Queue a row with every column; returns its id (allocated now unless given)."""
        template, typed = _template(model)
        row = {**template, **values}
        for key in values:
            if key in typed:
                row[key] = _stored(row[key])
        row_id = row["id"] = values.get("id") or self.ids()
        row["created_at"] = row["updated_at"] = _RECORDED_ISO
        self.rows[model].append(row)
        return row_id

    def take_batch(
        self,
    ) -> tuple[dict[type[Syncable], list[dict[str, Any]]], list[tuple[str, str]]]:
        rows, keys = self.rows, self.name_keys
        self.rows = {m: [] for m in _MODELS}
        self.name_keys = []
        return rows, keys

    def unit(self, size: int) -> None:
        """One person, or a family of ``size``, with everything attached to them."""
        marks = {model: len(rows) for model, rows in self.rows.items()}
        profiles = [self.individual()] if size == 1 else self.family(size)
        added = {model: self.rows[model][start:] for model, start in marks.items()}
        # Recorded by the documenter some days after the first thing that happened to them.
        first = min((day for p in profiles for day in p.dates), default=DEMO_TODAY)
        recorded = min(first + timedelta(days=self.rng.randrange(1, 21)), DEMO_TODAY)
        stamp = datetime.combine(recorded, time(8), tzinfo=UTC) + timedelta(
            seconds=self.rng.randrange(12 * 3600)
        )
        iso = stamp.isoformat()
        for rows in added.values():
            for row in rows:
                row["created_at"] = row["updated_at"] = iso
        _derive(added)

    # -- reference rows --

    def ensure_judges(self) -> None:
        """A handful of judges per court, more in regional courts; existing ones are reused."""
        regional = set(self.ref.regional_court.values())
        courts = [*self.ref.regional_court.values()]
        courts += [code for codes in self.ref.district_courts.values() for code in codes]
        for code in courts:
            existing = self.judges.setdefault(code, [])
            while len(existing) < (7 if code in regional else 3):
                gender = Gender.FEMALE if self.rng.random() < 0.6 else Gender.MALE
                full_name = self._names(gender, self._surname())[1]
                existing.append(self.add(Judge, full_name=full_name, court_code=code))

    def add_sources(self, count: int) -> None:
        """This batch's pool of publications that events and records cite."""
        rng = self.rng
        span = (DEMO_TODAY - FIRST_DETENTION).days
        self.sources = []
        for _ in range(count):
            publication, url = _PUBLICATIONS[rng.randrange(len(_PUBLICATIONS))]
            source_id = self.add(
                Source,
                url=url.format(n=rng.randrange(10_000, 999_999)),
                publication=publication,
                published_on=FIRST_DETENTION + timedelta(days=rng.randrange(span)),
                reliability=_RELIABILITY.pick(rng),
            )
            self.sources.append(source_id)

    def _source(self, share: float) -> str | None:
        if self.sources and self.rng.random() < share:
            return self.sources[self.rng.randrange(len(self.sources))]
        return None

    def _link(self, entity: str, entity_id: str) -> None:
        source = self._source(1.0)
        if source is not None:
            self.add(SourceLink, source_id=source, entity=entity, entity_id=entity_id)

    def _judge(self, court: str) -> str:
        """Some judges sit in far more political cases than others, as the reports' judge
        lists show: the n-th judge of a court gets about 1/n of the first one's cases."""
        judges = self.judges[court]
        return self.rng.choices(judges, cum_weights=_harmonic(len(judges)))[0]

    # -- names and persons --

    def _surname(self) -> _Surname:
        surnames = _surnames()
        return surnames[self.rng.randrange(len(surnames))]

    def _names(
        self, gender: Gender, surname: _Surname, father: _Given | None = None
    ) -> tuple[_Given, str, str, str, str]:
        """(given name, Belarusian full name, Russian full name, Belarusian and Russian
        "Given Surname").

        Full Cyrillic names are written as Belarusian lists write them, surname first and with
        the patronymic (sometimes unknown); Latin spellings follow English usage."""
        men, women, fathers = _given_names()
        given = (women if gender == Gender.FEMALE else men).pick(self.rng)
        if father is None and self.rng.random() < 0.85:
            father = fathers[self.rng.randrange(len(fathers))]
        sur_be, sur_ru = surname.forms(gender)
        be, ru = f"{sur_be} {given.be}", f"{sur_ru} {given.ru}"
        patronymic = father.patronymic(gender) if father else None
        if patronymic:
            be, ru = f"{be} {patronymic[0]}", f"{ru} {patronymic[1]}"
        return given, be, ru, f"{given.be} {sur_be}", f"{given.ru} {sur_ru}"

    def add_person(
        self,
        gender: Gender | None = None,
        region: str | None = None,
        surname: _Surname | None = None,
        father: _Given | None = None,
        age: tuple[float, float, float] = (19, 72, 34),
    ) -> _Profile:
        """The person, their name variants and search keys."""
        rng = self.rng
        if gender is None:
            gender = Gender.FEMALE if rng.random() < 0.17 else Gender.MALE
        region = region or self.ref.regions.pick(rng)
        cities = _CITIES.get(region) or (reference.region(region).name_be,)
        city = cities[0] if rng.random() < 0.45 else cities[rng.randrange(len(cities))]
        surname = surname or self._surname()
        born = date(2021, 1, 1) - timedelta(days=int(rng.triangular(*age) * 365.25))
        given, be, ru, short_be, short_ru = self._names(gender, surname, father)
        profile = _Profile(self.ids(), gender, given, region, city, born)
        latin, others = _latin_spellings(short_be, short_ru)
        names = [
            (be, NameScript.BE_CYRILLIC),
            (ru, NameScript.RU_CYRILLIC),
            (latin, NameScript.LATIN),
        ]
        if others and rng.random() < 0.4:
            names.append((others[rng.randrange(len(others))], NameScript.LATIN))
        primary = 1 if rng.random() < 0.12 else 0
        self._person_row(profile, names[primary][0])
        keys: set[str] = set()
        for index, (full_name, script) in enumerate(names):
            self.add(
                PersonName,
                person_id=profile.id,
                full_name=full_name,
                script=script,
                is_primary=index == primary,
            )
            for word in full_name.split():
                keys |= _word_keys(word)
        self.name_keys.extend((key, profile.id) for key in keys)
        return profile

    def _person_row(self, profile: _Profile, display_name: str) -> None:
        rng = self.rng
        r = rng.random()
        born = profile.born
        birth = born.isoformat() if r < 0.75 else str(born.year) if r < 0.95 else None
        categories = self._categories(2021 - born.year)
        if Category.STUDENT in categories:
            occupation: str | None = "студэнт"
        elif Category.PENSIONER in categories:
            occupation = "пенсіянер"
        elif Category.JOURNALIST in categories:
            occupation = "журналіст"
        elif rng.random() < 0.55:
            occupation = _OCCUPATIONS[rng.randrange(len(_OCCUPATIONS))]
        else:
            occupation = None
        health = _HEALTH[rng.randrange(len(_HEALTH))] if rng.random() < 0.04 else None
        if Category.DISABILITY in categories and health is None:
            health = _HEALTH[0]
        self.add(
            Person,
            id=profile.id,
            display_name=display_name,
            gender=profile.gender,
            birth_date=birth,
            region_code=profile.region,
            city=profile.city,
            occupation=occupation,
            categories=("," + ",".join(sorted(categories)) + ",") if categories else "",
            health_concerns=health,
            publication=_PUBLICATION.pick(rng),
        )

    def _categories(self, age: int) -> list[str]:
        rng = self.rng
        chances = (
            (Category.JOURNALIST, 0.035),
            (Category.HUMAN_RIGHTS_DEFENDER, 0.01),
            (Category.LAWYER, 0.005),
            (Category.STUDENT, 0.35 if age <= 23 else 0.0),
            (Category.PENSIONER, 0.8 if age >= 60 else 0.0),
            (Category.DISABILITY, 0.01),
            (Category.PARENT_OF_MANY, 0.02 if 27 <= age <= 50 else 0.0),
            (Category.POLITICIAN, 0.005),
            (Category.ACTIVIST, 0.08),
            (Category.CULTURAL_FIGURE, 0.01),
            (Category.RELIGIOUS_FIGURE, 0.003),
        )
        return [category.value for category, chance in chances if rng.random() < chance]

    # -- statuses and events --

    def _status(
        self,
        profile: _Profile,
        kind: StatusKind,
        starts: date | str | None,
        ends: date | None = None,
    ) -> None:
        start = starts.isoformat() if isinstance(starts, date) else starts
        self.add(StatusPeriod, person_id=profile.id, kind=kind, starts_on=start, ends_on=ends)

    def _partial(self, day: date, p_full: float, p_month: float) -> str:
        """The day as precisely as a source might give it: full, month only or year only."""
        r = self.rng.random()
        if r < p_full:
            return day.isoformat()
        return day.isoformat()[:7] if r < p_full + p_month else str(day.year)

    def _event(
        self,
        profile: _Profile,
        kind: EventType,
        day: date,
        p_full: float = 1.0,
        p_month: float = 0.0,
        body: str | None = None,
    ) -> None:
        self.add(
            RepressionEvent,
            person_id=profile.id,
            event_type=kind,
            occurred_on=self._partial(day, p_full, p_month),
            place=profile.city,
            responsible_body=body,
            source_id=self._source(0.3),
        )

    def _after(self, profile: _Profile, low: int, high: int) -> date:
        """A day ``low``..``high`` days after the latest thing that happened to the person."""
        anchor = profile.dates[-1] if profile.dates else DEMO_TODAY
        return min(anchor + timedelta(days=self.rng.randint(low, high)), DEMO_TODAY)

    def _between(self, first: date, last: date) -> date | None:
        """A day in [first, last) and not after today, or None if there is none."""
        last = min(last - timedelta(days=1), DEMO_TODAY)
        if last < first:
            return None
        return first + timedelta(days=self.rng.randrange((last - first).days + 1))

    def finish_person(self, profile: _Profile, outcome: _Outcome) -> None:
        """Lists, events and sources not tied to one case."""
        rng = self.rng
        keys = set(outcome.keys) | {_whole_article(k) for k in outcome.keys}
        if outcome.convicted and keys & _EXTREMIST and rng.random() < 0.12:
            self._status(profile, StatusKind.EXTREMIST_LIST, self._after(profile, 30, 120))
        listed = (bool(keys & _TERRORIST) and rng.random() < 0.2) or rng.random() < 0.003
        if outcome.convicted and listed:
            self._status(profile, StatusKind.TERRORIST_LIST, self._after(profile, 30, 180))
        if profile.dates and profile.dates[0] > date(2021, 1, 1) and rng.random() < 0.25:
            protest = FIRST_DETENTION + timedelta(days=rng.randrange(150))
            self._event(profile, EventType.ADMINISTRATIVE_DETENTION, protest, 0.5, 0.4, "АМАП")
        for kind, chance in _OTHER_EVENTS:
            if profile.dates and rng.random() < chance:
                self._event(profile, kind, self._after(profile, -60, 200), 0.6, 0.3)
        if rng.random() < 0.15:
            self._link("person", profile.id)

    # -- cases --

    def detention_date(self, start: date = FIRST_DETENTION) -> date:
        """Detentions by year as in the reviews: the 2020-2021 peak, then a steady flow."""
        rng = self.rng
        while True:
            year = _DETENTION_YEARS.pick(rng)
            first = max(date(year, 1, 1), start)
            last = min(date(year, 12, 31), DEMO_TODAY)
            if first <= last:
                return first + timedelta(days=rng.randrange((last - first).days + 1))

    def main_article(self, detained: date, gravity: int | None = None) -> _ArticleProfile:
        """The main charge, weighted like the reviews, among articles in force at the time."""
        while True:
            profile = self.ref.main.pick(self.rng)
            if profile.since <= detained and gravity in (None, profile.gravity):
                return profile

    def _opened(self, detained: date) -> date:
        if self.rng.random() < 0.6:
            return detained
        return max(detained - timedelta(days=self.rng.randint(1, 60)), FIRST_DETENTION)

    def open_case(
        self,
        region: str,
        main: _ArticleProfile,
        detained: date | None,
        opened: date,
        in_absentia: bool = False,
    ) -> _CaseContext:
        """The case and, once it has reached court, its trial (with a verdict if it is past)."""
        rng = self.rng
        gravity = main.gravity
        low, mode, high = (120, 240, 600) if in_absentia else _PRE_TRIAL_DAYS[gravity]
        base = detained or opened
        verdict = _weekday(base + timedelta(days=int(rng.triangular(low, high, mode))))
        started = verdict - timedelta(days=rng.randrange(1, 8 if gravity < 2 else 40))
        upper = gravity == 2 or in_absentia or rng.random() < 0.05
        courts = self.ref.district_courts[region]
        court = self.ref.regional_court[region] if upper else courts[rng.randrange(len(courts))]
        if verdict <= DEMO_TODAY:
            status = CaseStatus.CONVICTED
        elif started <= DEMO_TODAY:
            status = CaseStatus.IN_COURT
        elif in_absentia and rng.random() < 0.5:
            status = CaseStatus.SUSPENDED
        else:
            status = CaseStatus.INVESTIGATION
        body = "КДБ" if gravity == 2 and rng.random() < 0.7 else "Следчы камітэт"
        case_id = self.add(
            Case,
            kind=CaseKind.CRIMINAL,
            number=f"{opened.year % 100:02d}{rng.randrange(10**9):09d}",
            opened_on=opened.isoformat() if rng.random() < 0.9 else opened.isoformat()[:7],
            investigating_body=f"{body}, {reference.region(region).name_be}",
            status=status,
        )
        trial_id = None
        decided = verdict <= DEMO_TODAY
        if started <= DEMO_TODAY:
            appeal = None
            if decided and rng.random() < 0.4:
                appeal = verdict + timedelta(days=rng.randint(45, 120))
                appeal = appeal if appeal <= DEMO_TODAY else None
            trial_id = self.add(
                Trial,
                case_id=case_id,
                court_code=court,
                judge_id=self._judge(court),
                started_on=started,
                verdict_on=verdict if decided else None,
                in_absentia=in_absentia,
                special_proceedings=in_absentia,
                closed_hearing=rng.random()
                < (0.45 if gravity == 2 else 0.35 if in_absentia else 0.07),
                appeal_on=appeal,
                appeal_outcome=_APPEAL_OUTCOMES.pick(rng) if appeal else None,
            )
        if rng.random() < 0.08:
            self._link("case", case_id)
        return _CaseContext(
            case_id, region, main, detained, verdict if decided else None, trial_id, in_absentia
        )

    def charges(self, profile: _Profile, ctx: _CaseContext) -> list[str]:
        """The main article and, for almost half of the people, one or two more."""
        rng = self.rng
        keys = [ctx.main.key]
        extra = 0 if rng.random() < 0.55 else 1 if rng.random() < 0.75 else 2
        for _ in range(extra):
            key = self.ref.companions.pick(rng)
            if _whole_article(key) not in {_whole_article(k) for k in keys}:
                keys.append(key)
        for key in keys:
            self.add(Charge, case_id=ctx.case_id, person_id=profile.id, article_key=key)
        return keys

    # -- one person in one case --

    def prosecute(
        self, profile: _Profile, ctx: _CaseContext, outcome: _Outcome, repeat: bool = False
    ) -> None:
        """Charges, custody, sentence, release and statuses of one person in one case."""
        keys = self.charges(profile, ctx)
        outcome.keys.extend(keys)
        heaviest = max(
            (self.ref.articles[k] for k in keys if k in self.ref.articles),
            key=lambda p: p.term[1],
            default=ctx.main,
        )
        if ctx.in_absentia:
            self._absentia_sentence(profile, ctx, heaviest, outcome)
            return
        rng = self.rng
        detained = ctx.detained_on
        assert detained is not None
        profile.dates.append(detained)
        body = _DETAINING_BODIES.pick(rng)
        self._event(profile, EventType.CRIMINAL_DETENTION, detained, body=body)
        if rng.random() < 0.55:
            searched = detained - timedelta(days=rng.randint(0, 1))
            self._event(profile, EventType.SEARCH, searched, body=body)
        if detained.year <= 2021 and rng.random() < 0.04:
            self._event(profile, EventType.ILL_TREATMENT, detained, body=body)
        detention: dict[str, Any] = {
            "person_id": profile.id,
            "case_id": ctx.case_id,
            "detained_on": detained.isoformat(),
            "place_kind": PlaceKind.PRE_TRIAL_CENTRE,
            "place_name": _PRE_TRIAL.get(ctx.region),
        }
        verdict = ctx.verdict_on
        if verdict is None:
            # Awaiting trial: in a pre-trial centre, or released under house arrest.
            released = None
            if rng.random() < 0.1:
                released = self._between(detained + timedelta(days=2), detained + timedelta(60))
            if released is not None:
                detention.update(released_on=released, release_reason=ReleaseReason.MEASURE_CHANGED)
            self.add(Detention, **detention)
            self._recognise(profile, detained, released)
            return
        outcome.convicted = True
        profile.dates.append(verdict)
        kind = _SENTENCE_TYPES[heaviest.gravity].pick(rng)
        if kind in (SentenceType.IMPRISONMENT, SentenceType.ARREST):
            outcome.imprisoned = True
            outcome.released_on = self._imprisonment(
                profile, ctx, kind, heaviest, detention, repeat
            )
            return
        if rng.random() < 0.45:
            # Held until the verdict and freed in the courtroom.
            held_until = verdict
            detention.update(released_on=verdict, release_reason=ReleaseReason.OTHER)
            self._recognise(profile, detained, verdict, 0.25)
        else:
            held_until = detained + timedelta(days=rng.randint(1, 3))
            detention.update(
                place_kind=PlaceKind.TEMPORARY_DETENTION,
                place_name=f"ІЧУ, {profile.city}",
                released_on=held_until,
                release_reason=ReleaseReason.MEASURE_CHANGED,
            )
        self.add(Detention, **detention)
        values: dict[str, Any] = {}
        if kind == SentenceType.FINE:
            values["fine_amount"] = rng.choice((30, 50, 100, 150, 200, 300, 500, 1000))
        else:
            # Non-custodial terms run from the verdict; custody counts extra (Art. 75 CC).
            term = _term_months(rng, *_NON_CUSTODIAL_TERMS[kind])
            credit = credited_days(pretrial_days(detained, held_until), kind)
            values.update(
                _term_columns(term),
                starts_on=verdict,
                credited_days=credit,
                expected_release=sentence_end_date(verdict, term, credit),
            )
        self.add(
            Sentence,
            person_id=profile.id,
            trial_id=ctx.trial_id,
            sentence_type=kind,
            regime=Regime.NONE,
            **values,
        )

    def _absentia_sentence(
        self, profile: _Profile, ctx: _CaseContext, heaviest: _ArticleProfile, outcome: _Outcome
    ) -> None:
        """Special proceedings: long terms (often with a fine) nobody serves, no start date."""
        if ctx.verdict_on is None:
            return
        rng = self.rng
        outcome.convicted = True
        profile.dates.append(ctx.verdict_on)
        low, mode, high = heaviest.term
        self.add(
            Sentence,
            person_id=profile.id,
            trial_id=ctx.trial_id,
            sentence_type=SentenceType.IMPRISONMENT,
            regime=Regime.STRICT if heaviest.gravity == 2 else Regime.GENERAL,
            fine_amount=rng.choice((200, 500, 1000, 2000)) if rng.random() < 0.3 else None,
            **_term_columns(_term_months(rng, max(low, 24), max(mode, 60), high + 48)),
        )

    def _recognise(
        self, profile: _Profile, detained: date, until: date | None, chance: float = 0.9
    ) -> None:
        """Political prisoner status: recognised some weeks after detention, ends on release."""
        rng = self.rng
        if rng.random() >= chance:
            return
        start = detained + timedelta(days=int(rng.triangular(5, 120, 25)))
        if start > DEMO_TODAY or (until is not None and start >= until):
            return
        starts = start.isoformat() if rng.random() < 0.85 else start.isoformat()[:7]
        self._status(profile, StatusKind.POLITICAL_PRISONER, starts, until)

    def _imprisonment(
        self,
        profile: _Profile,
        ctx: _CaseContext,
        kind: SentenceType,
        heaviest: _ArticleProfile,
        detention: dict[str, Any],
        repeat: bool,
    ) -> date | None:
        """Custody counts day for day, so the term runs from the day of detention (no credit);
        then perhaps an Art. 411 extension, then release: served, pardoned, exchanged, or death
        in custody. Returns the release date, None if still held."""
        rng = self.rng
        detained, verdict = ctx.detained_on, ctx.verdict_on
        assert detained is not None and verdict is not None
        if kind == SentenceType.ARREST:
            term, regime = Term(months=rng.randint(1, 6)), Regime.NONE
        else:
            term = _term_months(rng, *heaviest.term)
            regime = self._regime(profile.gender, heaviest.gravity, repeat)
        end = sentence_end_date(detained, term)
        sentence_id = self.add(
            Sentence,
            person_id=profile.id,
            trial_id=ctx.trial_id,
            sentence_type=kind,
            regime=regime,
            starts_on=detained,
            **_term_columns(term),
        )
        sentence = self.rows[Sentence][-1]
        places = _COLONIES_WOMEN if profile.gender == Gender.FEMALE else _COLONIES_MEN
        place, place_region = places[rng.randrange(len(places))]
        if regime == Regime.PRISON:
            place, place_region = _PRISONS[rng.randrange(len(_PRISONS))]
        expected = end
        window = (min(end, DEMO_TODAY - timedelta(days=7)) - verdict).days - 180
        extendable = kind == SentenceType.IMPRISONMENT and window > 0 and self.ref.article_411
        if extendable and rng.random() < 0.035:
            expected = self._extension(profile, sentence_id, end, verdict, window, place_region)
        sentence["expected_release"] = expected
        release = max(expected, verdict)
        r = rng.random()
        early, reason = None, ReleaseReason.SERVED
        if r < 0.1:
            early = self._between(max(verdict + timedelta(days=60), PARDONS_FROM), release)
            reason = ReleaseReason.PARDONED
        elif r < 0.11:
            options = [d for d in EXCHANGE_DAYS if verdict < d < release and d <= DEMO_TODAY]
            early = options[rng.randrange(len(options))] if options else None
            reason = ReleaseReason.EXCHANGED
        elif r < 0.1115:
            early = self._between(verdict + timedelta(days=30), release)
            reason = ReleaseReason.DIED_IN_CUSTODY
        released: date | None = early or release
        if released is not None and released > DEMO_TODAY:
            released = None
        serving = kind == SentenceType.IMPRISONMENT
        if serving and (released is None or released > verdict):
            detention.update(place_kind=_PLACE_KIND[regime], place_name=place)
        if released is not None:
            detention.update(
                released_on=released, release_reason=reason if early else ReleaseReason.SERVED
            )
            profile.dates.append(released)
        self.add(Detention, **detention)
        self._recognise(profile, detained, released)
        if serving:
            self._prison_statuses(profile, verdict, released, regime, term)
        return released

    def _regime(self, gender: Gender, gravity: int, repeat: bool) -> Regime:
        """Women serve mostly in general-regime colonies; repeat offenders get strict regime."""
        rng = self.rng
        if gender == Gender.FEMALE:
            return Regime.GENERAL if rng.random() < 0.95 else Regime.STRICT
        if repeat:
            return Regime.STRICT if rng.random() < 0.9 else Regime.SPECIAL
        return _MEN_REGIMES[gravity].pick(rng)

    def _extension(
        self,
        profile: _Profile,
        original_id: str,
        end: date,
        verdict: date,
        window: int,
        place_region: str,
    ) -> date:
        """An Art. 411 case tried by a district court near the colony. The added term runs from
        the original end, and both sentences carry the new expected release (as the people
        service computes it: extensions move the date of the sentence they extend)."""
        rng = self.rng
        verdict_411 = min(
            _weekday(verdict + timedelta(days=180 + rng.randrange(window))), DEMO_TODAY
        )
        added = _EXTENSION_TERMS.pick(rng)
        courts = self.ref.district_courts[place_region]
        court = courts[rng.randrange(len(courts))]
        case_id = self.add(
            Case,
            kind=CaseKind.CRIMINAL,
            number=f"{verdict_411.year % 100:02d}{rng.randrange(10**9):09d}",
            opened_on=(verdict_411 - timedelta(days=rng.randint(30, 90))).isoformat(),
            investigating_body="Следчы камітэт",
            status=CaseStatus.CONVICTED,
        )
        article = self.ref.article_411[rng.randrange(len(self.ref.article_411))]
        self.add(Charge, case_id=case_id, person_id=profile.id, article_key=article)
        trial_id = self.add(
            Trial,
            case_id=case_id,
            court_code=court,
            judge_id=self._judge(court),
            started_on=verdict_411,
            verdict_on=verdict_411,
            closed_hearing=rng.random() < 0.2,
        )
        release = sentence_end_date(end, added)
        self.add(
            Sentence,
            person_id=profile.id,
            trial_id=trial_id,
            sentence_type=SentenceType.IMPRISONMENT,
            regime=Regime.STRICT,
            starts_on=end,
            extends_sentence_id=original_id,
            expected_release=release,
            **_term_columns(added),
        )
        profile.dates.append(verdict_411)
        if rng.random() < 0.6:
            # The disciplinary record the Art. 411 charge is built on.
            start = verdict_411 - timedelta(days=rng.randint(90, 180))
            self._status(profile, StatusKind.PKT, start, start + timedelta(days=90))
        return release

    def _prison_statuses(
        self, profile: _Profile, verdict: date, released: date | None, regime: Regime, term: Term
    ) -> None:
        """SHIZO, PKT, prison regime, incommunicado, serious illness: each for a few people."""
        rng = self.rng
        last = released or DEMO_TODAY
        span = (last - verdict).days
        if span < 45:
            return
        if regime == Regime.PRISON:
            self._status(profile, StatusKind.PRISON_REGIME, verdict, released)
        elif span > 400 and rng.random() < 0.015:
            start = verdict + timedelta(days=rng.randint(365, span - 1))
            self._status(profile, StatusKind.PRISON_REGIME, start, released)
        if rng.random() < 0.03:
            start = verdict + timedelta(days=rng.randrange(span - 40))
            for _ in range(rng.choice((1, 1, 2, 3))):
                self._status(profile, StatusKind.SHIZO, start, start + timedelta(days=10))
                start += timedelta(days=10)
        if span > 200 and rng.random() < 0.01:
            start = verdict + timedelta(days=rng.randrange(span - 190))
            days = rng.choice((90, 180))
            self._status(profile, StatusKind.PKT, start, start + timedelta(days=days))
        if term.years >= 3 and rng.random() < 0.08:
            # Incommunicado: a third with no known start ("no news since ..." is all there is).
            start = verdict + timedelta(days=rng.randrange(span))
            r = rng.random()
            starts: date | str | None = (
                None if r < 0.33 else start.isoformat()[:7] if r < 0.85 else start
            )
            ends = released
            if released is None and rng.random() < 0.15:
                ends = self._between(start + timedelta(days=30), last)
            self._status(profile, StatusKind.INCOMMUNICADO, starts, ends)
        if rng.random() < 0.04:
            start = verdict + timedelta(days=rng.randrange(span))
            starts = None if rng.random() < 0.3 else start.isoformat()[:7]
            self._status(profile, StatusKind.SERIOUS_ILLNESS, starts, released)

    def administrative(self, profile: _Profile, after: date) -> None:
        """Prosecuted again after release under an administrative article: arrest or a fine."""
        rng = self.rng
        day = after + timedelta(days=rng.randint(20, 300))
        if day > DEMO_TODAY:
            return
        profile.dates.append(day)
        courts = self.ref.district_courts[profile.region]
        court = courts[rng.randrange(len(courts))]
        case_id = self.add(
            Case,
            kind=CaseKind.ADMINISTRATIVE,
            opened_on=day.isoformat(),
            investigating_body="РУУС",
            status=CaseStatus.CONVICTED,
        )
        article = self.ref.admin_articles.pick(rng)
        self.add(Charge, case_id=case_id, person_id=profile.id, article_key=article)
        verdict = day + timedelta(days=rng.randint(0, 2))
        trial_id = self.add(
            Trial,
            case_id=case_id,
            court_code=court,
            judge_id=self._judge(court),
            started_on=verdict,
            verdict_on=verdict,
        )
        self._event(profile, EventType.ADMINISTRATIVE_DETENTION, day, body="РУУС")
        values: dict[str, Any] = {"sentence_type": SentenceType.FINE}
        if rng.random() < 0.6:
            term = Term(days=rng.choice((10, 12, 15, 15)))
            end = sentence_end_date(day, term)
            served = end <= DEMO_TODAY
            place = "ЦІП на Акрэсціна, Мінск" if profile.region == "minsk_city" else None
            self.add(
                Detention,
                person_id=profile.id,
                case_id=case_id,
                detained_on=day.isoformat(),
                place_kind=PlaceKind.TEMPORARY_DETENTION,
                place_name=place or f"ІЧУ, {profile.city}",
                released_on=end if served else None,
                release_reason=ReleaseReason.SERVED if served else None,
            )
            values = {
                "sentence_type": SentenceType.ARREST,
                "starts_on": day,
                "expected_release": end,
                **_term_columns(term),
            }
        else:
            values["fine_amount"] = rng.choice((10, 20, 30))
        self.add(Sentence, person_id=profile.id, trial_id=trial_id, regime=Regime.NONE, **values)

    # -- whole histories --

    def individual(self) -> _Profile:
        rng = self.rng
        profile = self.add_person()
        outcome = _Outcome()
        r = rng.random()
        if r < 0.15:
            self._absentia(profile, outcome)
        elif r < 0.21:
            self._repeat(profile, outcome)
        else:
            detained = self.detention_date()
            main = self.main_article(detained)
            ctx = self.open_case(profile.region, main, detained, self._opened(detained))
            self.prosecute(profile, ctx, outcome)
        if outcome.released_on and rng.random() < 0.04:
            self.administrative(profile, outcome.released_on)
        self.finish_person(profile, outcome)
        return profile

    def _absentia(self, profile: _Profile, outcome: _Outcome) -> None:
        """Left the country, then tried in absentia ("special proceedings")."""
        rng = self.rng
        left = self.detention_date(date(2020, 9, 1))
        profile.dates.append(left)
        self._event(profile, EventType.FORCED_EXILE, left, 0.2, 0.5)
        opened = min(left + timedelta(days=rng.randint(30, 700)), DEMO_TODAY)
        main = self.ref.absentia_main.pick(rng)
        ctx = self.open_case(profile.region, main, None, opened, in_absentia=True)
        profile.dates.append(opened)
        self.prosecute(profile, ctx, outcome)
        if rng.random() < 0.4:
            self._event(profile, EventType.PROPERTY_SEIZURE, self._after(profile, 10, 200), 0.7)

    def _repeat(self, profile: _Profile, outcome: _Outcome) -> None:
        """A conviction for a light article in 2020-2022, then, once free, a second case: the
        reports' "repeated convictions"."""
        rng = self.rng
        detained = FIRST_DETENTION + timedelta(days=rng.randrange(540))
        first = self.open_case(profile.region, self.main_article(detained, 0), detained, detained)
        self.prosecute(profile, first, outcome)
        if first.verdict_on is None or (outcome.imprisoned and outcome.released_on is None):
            return
        second = (outcome.released_on or first.verdict_on) + timedelta(days=rng.randint(60, 700))
        if second > DEMO_TODAY - timedelta(days=30):
            return
        ctx = self.open_case(
            profile.region, self.main_article(second), second, self._opened(second)
        )
        self.prosecute(profile, ctx, outcome, repeat=True)

    def family(self, size: int) -> list[_Profile]:
        """Relatives convicted in one case: spouses, a parent with children, or siblings.

        A relation row says what ``other_person`` is to ``person`` (the child's row names the
        parent as PARENT); each tie is stored once, its inverse is implied."""
        rng = self.rng
        region = self.ref.regions.pick(rng)
        surname = self._surname()
        men = _given_names()[0]
        kind = rng.choice(("spouses", "parent", "siblings")) if size == 2 else "parent"
        members: list[_Profile] = []
        ties: list[tuple[int, int, RelationType]] = []
        if kind == "spouses":
            members.append(self.add_person(Gender.MALE, region, surname, age=(25, 65, 40)))
            members.append(self.add_person(Gender.FEMALE, region, surname, age=(23, 62, 37)))
            ties.append((0, 1, RelationType.SPOUSE))
        elif kind == "parent":
            gender = Gender.FEMALE if rng.random() < 0.4 else Gender.MALE
            members.append(self.add_person(gender, region, surname, age=(42, 70, 52)))
            father = men.pick(rng) if gender == Gender.FEMALE else members[0].given
            for index in range(1, size):
                child_gender = Gender.FEMALE if rng.random() < 0.3 else Gender.MALE
                members.append(
                    self.add_person(child_gender, region, surname, father, age=(19, 32, 24))
                )
                ties.append((index, 0, RelationType.PARENT))
                if index > 1:
                    ties.append((index, 1, RelationType.SIBLING))
        else:
            father = men.pick(rng)
            for _ in range(size):
                gender = Gender.FEMALE if rng.random() < 0.25 else Gender.MALE
                members.append(self.add_person(gender, region, surname, father, age=(19, 50, 30)))
            ties.append((1, 0, RelationType.SIBLING))
        for a, b, relation in ties:
            self.add(
                Relation,
                person_id=members[a].id,
                other_person_id=members[b].id,
                relation_type=relation,
            )
        detained = self.detention_date()
        ctx = self.open_case(region, self.main_article(detained), detained, self._opened(detained))
        for member in members:
            outcome = _Outcome()
            self.prosecute(member, ctx, outcome)
            self.finish_person(member, outcome)
        return members


@cache
def _harmonic(count: int) -> list[float]:
    return list(accumulate(1 / (i + 1) for i in range(count)))


_DETENTION_YEARS = _Weighted(
    [(2020, 14), (2021, 22), (2022, 17), (2023, 15), (2024, 14), (2025, 11), (2026, 7)]
)
_SENTENCE_TYPES = (
    _Weighted(
        [
            (SentenceType.IMPRISONMENT, 50),
            (SentenceType.RESTRICTED_FREEDOM_HOME, 22),
            (SentenceType.RESTRICTED_FREEDOM_OPEN, 12),
            (SentenceType.FINE, 8),
            (SentenceType.HOME_CONFINEMENT, 3),
            (SentenceType.CORRECTIONAL_LABOUR, 3),
            (SentenceType.ARREST, 2),
        ]
    ),
    _Weighted(
        [
            (SentenceType.IMPRISONMENT, 80),
            (SentenceType.RESTRICTED_FREEDOM_HOME, 7),
            (SentenceType.RESTRICTED_FREEDOM_OPEN, 8),
            (SentenceType.FINE, 2),
            (SentenceType.HOME_CONFINEMENT, 2),
            (SentenceType.CORRECTIONAL_LABOUR, 1),
        ]
    ),
    _Weighted([(SentenceType.IMPRISONMENT, 1)]),
)
# Days from detention to verdict (low, mode, high) by gravity.
_PRE_TRIAL_DAYS = ((30, 75, 240), (45, 120, 300), (120, 270, 540))
_MEN_REGIMES = (
    _Weighted([(Regime.GENERAL, 85), (Regime.STRICT, 15)]),
    _Weighted([(Regime.GENERAL, 65), (Regime.STRICT, 35)]),
    _Weighted([(Regime.STRICT, 60), (Regime.GENERAL, 30), (Regime.PRISON, 6), (Regime.SPECIAL, 4)]),
)
_PLACE_KIND = dict.fromkeys(Regime, PlaceKind.COLONY) | {Regime.PRISON: PlaceKind.PRISON}
_PUBLICATION = _Weighted(
    [(PublicationLevel.PUBLISH, 92), (PublicationLevel.ANONYMISE, 6), (PublicationLevel.NEVER, 2)]
)
_OTHER_EVENTS = (
    (EventType.INTERROGATION, 0.08),
    (EventType.PRESSURE_ON_RELATIVES, 0.03),
    (EventType.DISMISSAL, 0.04),
    (EventType.EXIT_BAN, 0.01),
    (EventType.PROPERTY_SEIZURE, 0.02),
)
_NON_CUSTODIAL_TERMS: dict[SentenceType, tuple[int, int, int]] = {
    SentenceType.RESTRICTED_FREEDOM_HOME: (12, 24, 60),
    SentenceType.RESTRICTED_FREEDOM_OPEN: (12, 30, 60),
    SentenceType.HOME_CONFINEMENT: (6, 12, 36),
    SentenceType.CORRECTIONAL_LABOUR: (6, 12, 24),
}


# --- writing ------------------------------------------------------------------------------------


_PADDED = {4: "-01-01", 7: "-01", 10: ""}
_TIMESTAMPS = ("created_at", "updated_at")
_NAME_KEYS_SQL = f'INSERT INTO {NameKey.__tablename__} ("key", person_id) VALUES (?, ?)'


def _derive(added: dict[type[Syncable], list[dict[str, Any]]]) -> None:
    """Fill the persons' local list columns exactly as app.services.derived computes them
    (sort key; latest dated record; in custody / released), from the rows of their own unit,
    which hold everything about them; a test checks the result against refresh_derived()."""
    latest: dict[str, str] = {}
    held: set[str] = set()
    released: set[str] = set()

    def seen(person_id: str, day: str | None) -> None:
        if day is not None:
            day += _PADDED[len(day)]
            if day > latest.get(person_id, ""):
                latest[person_id] = day

    for row in added[Detention]:
        seen(row["person_id"], row["detained_on"])
        seen(row["person_id"], row["released_on"])
        if row["released_on"] is not None:
            released.add(row["person_id"])
        elif row["detained_on"] is not None:
            held.add(row["person_id"])
    for row in added[RepressionEvent]:
        seen(row["person_id"], row["occurred_on"])
    verdicts = {row["case_id"]: row["verdict_on"] for row in added[Trial]}
    for row in added[Charge]:
        seen(row["person_id"], verdicts.get(row["case_id"]))
    for row in added[Person]:
        person_id = row["id"]
        row["sort_name"] = collation_key(row["display_name"])
        row["latest_event_on"] = latest.get(person_id)
        row["sort_name"] = collation_key(row["display_name"])
        row["custody_status"] = (
            "in_custody" if person_id in held else "released" if person_id in released else ""
        )


def _existing_state(conn: Connection) -> tuple[int, dict[str, list[str]]]:
    """Persons already in the vault (all, tombstoned too) and the judges to reuse, by court."""
    persons = conn.execute(select(func.count()).select_from(Person)).scalar_one()
    judges: dict[str, list[str]] = {}
    for judge_id, court in conn.execute(
        select(Judge.id, Judge.court_code)
        .where(~Judge.deleted, Judge.court_code.is_not(None))
        .order_by(Judge.id)
    ):
        judges.setdefault(court, []).append(judge_id)
    return persons, judges


def _write(conn: Connection, vault: Vault, generator: _Generator, counts: dict[str, int]) -> None:
    """One batch: rows in foreign-key order, each table's create ops, then the search keys.

    Rows go to the driver as tuples: their values are already what the column types would
    store (see :func:`_stored`), which spares SQLAlchemy's per-row parameter processing.
    """
    rows, keys = generator.take_batch()
    for model in _MODELS:
        batch = rows[model]
        if not batch:
            continue
        sql, parameters = _insert_sql(model)
        conn.exec_driver_sql(sql, list(map(parameters, batch)))
        vault.changelog.append_creates(conn, model, batch, action="demo")
        counts[_COUNT_NAMES[model]] += len(batch)
    if keys:
        conn.exec_driver_sql(_NAME_KEYS_SQL, sorted(keys))
        counts["name_keys"] += len(keys)


def _units(rng: random.Random, persons: int) -> Iterator[int]:
    """Sizes of the groups to generate: mostly single people, about 3% in families of 2-3."""
    left = persons
    while left > 0:
        size = 1
        if left >= 3 and rng.random() < 0.0135:
            size = 3 if rng.random() < 0.2 else 2
        left -= size
        yield size


def _batches(units: Iterator[int]) -> Iterator[list[int]]:
    """Units grouped into batches of at most BATCH_PERSONS persons; a family is never split."""
    batch: list[int] = []
    total = 0
    for size in units:
        if batch and total + size > BATCH_PERSONS:
            yield batch
            batch, total = [], 0
        batch.append(size)
        total += size
    if batch:
        yield batch


@contextmanager
def _bulk_load(conn: Connection) -> Iterator[None]:
    """Settings for a long run of big inserts on ``conn``, restored afterwards.

    Random keys (op hashes, name keys) land all over their indexes, so a page cache that holds
    them saves re-reading and re-decrypting pages on every insert; and millions of short-lived,
    acyclic dicts are better left to reference counting than to the cyclic garbage collector.
    """
    cache_size = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
    conn.exec_driver_sql(f"PRAGMA cache_size = {BULK_CACHE_KIB}")
    conn.rollback()
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
        conn.rollback()
        conn.exec_driver_sql(f"PRAGMA cache_size = {cache_size}")
        conn.rollback()


def generate_demo(
    vault: Vault,
    persons: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    """Add ``persons`` synthetic people with everything attached to them; returns row counts
    per entity ("persons", "names", "cases", "charges", ..., "name_keys").

    The same seed on a fresh vault always writes the same rows (ids and timestamps included).
    ``progress(done, total)`` is called after each committed batch.
    """
    if persons < 0:
        raise ValueError("The number of persons cannot be negative.")
    counts = dict.fromkeys([*_COUNT_NAMES.values(), "name_keys"], 0)
    with vault.engine.connect() as conn, _bulk_load(conn):
        existing, judges = _existing_state(conn)
        conn.rollback()
        rng = random.Random(seed if existing == 0 else f"{seed}/{existing}")
        generator = _Generator(rng, judges)
        generator.ensure_judges()
        done = 0
        for sizes in _batches(_units(rng, persons)):
            made = sum(sizes)
            generator.add_sources(max(3, made // 25))
            for size in sizes:
                generator.unit(size)
            with conn.begin():
                _write(conn, vault, generator, counts)
            done += made
            if progress is not None:
                progress(done, persons)
        with conn.begin():
            # The report summaries span cases shared by several persons: derived once, at the end.
            refresh_summaries(conn)
    return counts
