"""The report's own words in English, Belarusian and Russian.

A report is published in the language the organisation chooses for that audience, which is
often not the language of the documenter's screen, so these strings live apart from the Qt UI
translations. Wording follows the conventions of the reference reports: figures are lower bounds
("at least N"), periods read "since April 2024", articles are cited as the reference table
labels them, names and places use the Belarusian Latin transliteration in English.

Belarusian and Russian nouns after numbers take one of three forms (1 год, 2 гады, 5 гадоў);
:func:`plural` picks it. City names cannot be declined automatically, so an anonymised person
is "жыхар г. Брэст", the official style that keeps the city in the nominative.
"""

from __future__ import annotations

from datetime import date

from app import reference
from app.domain.enums import Gender, StatusKind
from app.domain.names import display_latin
from app.domain.partial_dates import DatePrecision, PartialDate
from app.domain.sentences import Term
from app.reports.model import LANGUAGES, Language, PersonRef

_MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "be": ("студзень", "люты", "сакавік", "красавік", "травень", "чэрвень", "ліпень", "жнівень",
           "верасень", "кастрычнік", "лістапад", "снежань"),
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
           "октябрь", "ноябрь", "декабрь"),
}  # fmt: skip
_MONTHS_GENITIVE: dict[str, tuple[str, ...]] = {
    "en": _MONTHS["en"],
    "be": ("студзеня", "лютага", "сакавіка", "красавіка", "траўня", "чэрвеня", "ліпеня",
           "жніўня", "верасня", "кастрычніка", "лістапада", "снежня"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"),
}  # fmt: skip

# Three forms for Slavic languages (one, few, many); English uses the first two.
_UNITS: dict[str, dict[str, tuple[str, str, str]]] = {
    "en": {
        "year": ("year", "years", "years"),
        "month": ("month", "months", "months"),
        "day": ("day", "days", "days"),
        "person": ("person", "people", "people"),
        "woman": ("woman", "women", "women"),
        "man": ("man", "men", "men"),
        "case": ("case", "cases", "cases"),
    },
    "be": {
        "year": ("год", "гады", "гадоў"),
        "month": ("месяц", "месяцы", "месяцаў"),
        "day": ("дзень", "дні", "дзён"),
        "person": ("чалавек", "чалавекі", "чалавек"),
        "woman": ("жанчына", "жанчыны", "жанчын"),
        "man": ("мужчына", "мужчыны", "мужчын"),
        "case": ("справа", "справы", "спраў"),
    },
    "ru": {
        "year": ("год", "года", "лет"),
        "month": ("месяц", "месяца", "месяцев"),
        "day": ("день", "дня", "дней"),
        "person": ("человек", "человека", "человек"),
        "woman": ("женщина", "женщины", "женщин"),
        "man": ("мужчина", "мужчины", "мужчин"),
        "case": ("дело", "дела", "дел"),
    },
}

_STRINGS: dict[str, tuple[str, str, str]] = {
    # key: (en, be, ru)
    "title.monthly": (
        "Human rights situation in Belarus. {month}",
        "Сітуацыя з правамі чалавека ў Беларусі. {month}",
        "Ситуация с правами человека в Беларуси. {month}",
    ),
    "title.prosecutions": (
        "Politically motivated criminal prosecution. {month}",
        "Палітычна матываваны крымінальны пераслед. {month}",
        "Политически мотивированное уголовное преследование. {month}",
    ),
    "subtitle.monthly": (
        "Monthly review",
        "Штомесячны агляд",
        "Ежемесячный обзор",
    ),
    "subtitle.prosecutions": (
        "Convicted in politically motivated criminal cases: at least {n}",
        "Асуджаныя па палітычна матываваных крымінальных справах: не менш за {n}",
        "Осуждённые по политически мотивированным уголовным делам: не менее {n}",
    ),
    "prepared_by": ("Prepared by {org}", "Падрыхтавала: {org}", "Подготовлено: {org}"),
    "as_of": ("Figures as of {date}", "Лічбы на {date}", "Данные на {date}"),
    "generated": ("Generated on {date}", "Складзена {date}", "Составлено {date}"),
    "lower_bound_note": (
        "All figures are lower bounds: they count only what has been documented. Persons who "
        "asked not to be named are counted but not listed; some others are shown anonymised.",
        "Усе лічбы — ніжняя мяжа: улічана толькі тое, што задакументавана. Людзі, якія "
        "папрасілі не называць іх, улічаны ў лічбах, але не названы; некаторыя пададзены "
        "ананімна.",
        "Все цифры — нижняя граница: учтено только то, что задокументировано. Люди, "
        "попросившие не называть их, учтены в цифрах, но не названы; некоторые указаны "
        "анонимно.",
    ),
    "no_data": (
        "No records for {month} have been documented yet: this report contains no figures.",
        "За {month} яшчэ няма задакументаваных звестак: у гэтай справаздачы няма лічбаў.",
        "За {month} ещё нет задокументированных сведений: в этом отчёте нет цифр.",
    ),
    "section_empty": (
        "No records for this section in {month}.",
        "Няма звестак для гэтага раздзела за {month}.",
        "Нет сведений для этого раздела за {month}.",
    ),
    "contents": ("Contents", "Змест", "Содержание"),
    "key_figures": ("Key figures", "Асноўныя лічбы", "Основные показатели"),
    "indicator": ("Indicator", "Паказчык", "Показатель"),
    "change": ("Change", "Змена", "Изменение"),
    "at_least": ("at least {n}", "не менш за {n}", "не менее {n}"),
    "since_unknown": ("since an unknown date", "з невядомай даты", "с неизвестной даты"),
    "since": ("since {date}", "з {date}", "с {date}"),
    "until": ("until {date}", "да {date}", "до {date}"),
    "ended_on": ("ended on {date}", "скончылася {date}", "закончилось {date}"),
    "added_on": ("added on {date}", "дададзены {date}", "внесён {date}"),
    "held_for": ("held for {duration}", "пад вартай {duration}", "под стражей {duration}"),
    "more_not_named": (
        "{n} more not named at their request or for their safety.",
        "Яшчэ {n} — без імёнаў па іх просьбе або дзеля іх бяспекі.",
        "Ещё {n} — без имён по их просьбе или ради их безопасности.",
    ),
    "more_in_export": (
        "… and {n} more: the full list is in the CSV and JSON export.",
        "… і яшчэ {n}: поўны спіс — у экспарце CSV і JSON.",
        "… и ещё {n}: полный список — в экспорте CSV и JSON.",
    ),
    "none_named": ("none documented", "не задакументавана", "не задокументировано"),
    "resident.male": ("a resident of {city}", "жыхар г. {city}", "житель г. {city}"),
    "resident.female": ("a resident of {city}", "жыхарка г. {city}", "жительница г. {city}"),
    "resident.region": (
        "a resident of {region}",
        "жыхар(ка) рэгіёна: {region}",
        "житель(ница) региона: {region}",
    ),
    "anonymous": ("name withheld", "імя не называецца", "имя не называется"),
    # sections of the monthly review
    "section.summary": (
        "Politically motivated prosecution. Political prisoners",
        "Палітычна матываваны пераслед. Палітвязні",
        "Политически мотивированное преследование. Политзаключённые",
    ),
    "section.defenders": (
        "Persecution of human rights defenders",
        "Пераслед праваабаронцаў",
        "Преследование правозащитников",
    ),
    "section.fair_trial": (
        "Lack of fair trial in politically motivated cases",
        "Адсутнасць справядлівага суда ў палітычна матываваных справах",
        "Отсутствие справедливого суда по политически мотивированным делам",
    ),
    "section.torture": (
        "Torture, cruel, inhuman and degrading treatment",
        "Катаванні, жорсткае, бесчалавечнае і зневажальнае абыходжанне",
        "Пытки, жестокое, бесчеловечное и унижающее достоинство обращение",
    ),
    "section.forced_labour": ("Forced labour", "Прымусовая праца", "Принудительный труд"),
    "section.journalists": (
        "Harassment of journalists and media workers",
        "Пераслед журналістаў і медыяработнікаў",
        "Преследование журналистов и работников СМИ",
    ),
    "section.assembly": (
        "Freedom of peaceful assembly and expression",
        "Свабода мірных сходаў і выказвання меркаванняў",
        "Свобода мирных собраний и выражения мнений",
    ),
    "section.extremism": (
        "Persecution presented as combating extremism and terrorism",
        "Пераслед пад выглядам барацьбы з экстрэмізмам і тэрарызмам",
        "Преследование под видом борьбы с экстремизмом и терроризмом",
    ),
    # sections of the prosecution review
    "section.overview": (
        "Convictions in {month}",
        "Асуджэнні за {month}",
        "Приговоры за {month}",
    ),
    "section.regions": (
        "Convictions by region, court and judge",
        "Асуджэнні па рэгіёнах, судах і суддзях",
        "Приговоры по регионам, судам и судьям",
    ),
    "section.families": (
        "Families prosecuted",
        "Пераслед сем'яў",
        "Преследование семей",
    ),
    "section.repeated": (
        "Repeated convictions",
        "Паўторныя асуджэнні",
        "Повторные осуждения",
    ),
    "section.art411": (
        "Further persecution of political prisoners (Art. 411)",
        "Далейшы пераслед палітвязняў (арт. 411)",
        "Дальнейшее преследование политзаключённых (ст. 411)",
    ),
    # key figures
    "kf.repressions": (
        "Politically motivated repressions recorded",
        "Зафіксавана палітычна матываваных рэпрэсій",
        "Зафиксировано политически мотивированных репрессий",
    ),
    "kf.held": (
        "Political prisoners held at month end",
        "Палітвязняў пад вартай на канец месяца",
        "Политзаключённых под стражей на конец месяца",
    ),
    "kf.held_women": ("of them women", "з іх жанчын", "из них женщин"),
    "kf.held_men": ("of them men", "з іх мужчын", "из них мужчин"),
    "kf.recognised": (
        "Newly recognised political prisoners",
        "Новых прызнаных палітвязняў",
        "Вновь признанных политзаключённых",
    ),
    "kf.released": (
        "Political prisoners released",
        "Вызвалена палітвязняў",
        "Освобождено политзаключённых",
    ),
    "kf.convicted": (
        "Persons convicted in politically motivated criminal cases",
        "Асуджана па палітычна матываваных крымінальных справах",
        "Осуждено по политически мотивированным уголовным делам",
    ),
    "kf.journalists": (
        "Journalists and media workers behind bars at month end",
        "Журналістаў і медыяработнікаў за кратамі на канец месяца",
        "Журналистов и работников СМИ за решёткой на конец месяца",
    ),
    "cumulative": (
        "Since {year}, at least {prosecuted} have been subjected to politically motivated criminal"
        " prosecution and at least {convicted} have been convicted ({women}).",
        "З {year} года палітычна матываванаму крымінальнаму пераследу падвергліся не менш за "
        "{prosecuted}, асуджаныя не менш за {convicted} (з іх {women}).",
        "С {year} года политически мотивированному уголовному преследованию подверглись не менее "
        "{prosecuted}, осуждены не менее {convicted} (из них {women}).",
    ),
    # sub-headings
    "h.repressions": (
        "Repressions recorded in {month}",
        "Рэпрэсіі, зафіксаваныя за {month}",
        "Репрессии, зафиксированные за {month}",
    ),
    "h.prisoners": ("Political prisoners", "Палітвязні", "Политзаключённые"),
    "h.convictions": (
        "Criminal prosecution: verdicts in {month}",
        "Крымінальны пераслед: прысуды за {month}",
        "Уголовное преследование: приговоры за {month}",
    ),
    "h.trend": ("Twelve-month trend", "Дынаміка за 12 месяцаў", "Динамика за 12 месяцев"),
    "h.reprosecuted": (
        "Former political prisoners prosecuted again (administrative cases)",
        "Былыя палітвязні, зноў прыцягнутыя да адказнасці (адміністрацыйныя справы)",
        "Бывшие политзаключённые, снова привлечённые к ответственности (административные дела)",
    ),
    "h.prison_regime": (
        "Transferred to prison regime",
        "Пераведзены на турэмны рэжым",
        "Переведены на тюремный режим",
    ),
    "h.punishment_cells": (
        "Held in punishment cells (SHIZO) or cell-type premises (PKT)",
        "Утрымліваліся ў ШІЗА або ПКТ",
        "Содержались в ШИЗО или ПКТ",
    ),
    "h.art411": (
        "Additional terms under Article 411 of the Criminal Code",
        "Дадатковыя тэрміны паводле арт. 411 КК",
        "Дополнительные сроки по ст. 411 УК",
    ),
    "h.incommunicado": (
        "Held incommunicado at month end",
        "Утрымліваюцца інкамунікада на канец месяца",
        "Содержатся инкоммуникадо на конец месяца",
    ),
    "h.incommunicado_ended": (
        "Incommunicado ended during the month",
        "Інкамунікада скончылася на працягу месяца",
        "Инкоммуникадо закончилось в течение месяца",
    ),
    "h.died": ("Died in custody", "Памерлі пад вартай", "Умерли под стражей"),
    "h.release_due": (
        "Expected to be released next month",
        "Маюць выйсці на волю ў наступным месяцы",
        "Должны выйти на свободу в следующем месяце",
    ),
    "h.defenders": (
        "Human rights defenders behind bars at month end",
        "Праваабаронцы за кратамі на канец месяца",
        "Правозащитники за решёткой на конец месяца",
    ),
    "h.courts": ("Convictions by court", "Асуджэнні па судах", "Приговоры по судам"),
    "h.judges": ("Convictions by judge", "Асуджэнні па суддзях", "Приговоры по судьям"),
    "h.terms": ("Sentences handed down", "Вынесеныя пакаранні", "Назначенные наказания"),
    "h.in_absentia": (
        "Convicted in absentia or in special proceedings",
        "Асуджаныя завочна (спецыяльная вытворчасць)",
        "Осуждённые заочно или в специальном производстве",
    ),
    "h.lawyers": (
        "Lawyers behind bars at month end",
        "Адвакаты за кратамі на канец месяца",
        "Адвокаты за решёткой на конец месяца",
    ),
    "h.disability": (
        "Political prisoners with disabilities",
        "Палітвязні з інваліднасцю",
        "Политзаключённые с инвалидностью",
    ),
    "h.journalists": (
        "Journalists and media workers behind bars at month end",
        "Журналісты і медыяработнікі за кратамі на канец месяца",
        "Журналисты и работники СМИ за решёткой на конец месяца",
    ),
    "h.journalist_verdicts": (
        "Verdicts against journalists in {month}",
        "Прысуды журналістам за {month}",
        "Приговоры журналистам за {month}",
    ),
    "h.articles": (
        "Convictions by article in {month}",
        "Асуджэнні па артыкулах за {month}",
        "Приговоры по статьям за {month}",
    ),
    "h.cumulative_articles": (
        "Convicted since {year} under selected articles",
        "Асуджаныя з {year} года паводле асобных артыкулаў",
        "Осуждённые с {year} года по отдельным статьям",
    ),
    "h.administrative": (
        "Administrative prosecution in {month}",
        "Адміністрацыйны пераслед за {month}",
        "Административное преследование за {month}",
    ),
    "h.extremist": (
        "Added to the list of “extremists”",
        "Унесены ў спіс «экстрэмістаў»",
        "Внесены в список «экстремистов»",
    ),
    "h.terrorist": (
        "Added to the list of “terrorists”",
        "Унесены ў спіс «тэрарыстаў»",
        "Внесены в список «террористов»",
    ),
    "h.regions": ("Convictions by region", "Асуджэнні па рэгіёнах", "Приговоры по регионам"),
    "h.families": (
        "Relatives convicted in the same month",
        "Сваякі, асуджаныя ў адзін месяц",
        "Родственники, осуждённые в один месяц",
    ),
    "h.repeated": (
        "Convicted again after an earlier politically motivated conviction",
        "Асуджаныя паўторна пасля ранейшага палітычна матываванага прысуду",
        "Осуждённые повторно после прежнего политически мотивированного приговора",
    ),
    # sentences with figures
    "p.extremist_rate": (
        "{persons} added in {month}, on average {rate} a week.",
        "За {month} дададзена: {persons}, у сярэднім {rate} за тыдзень.",
        "За {month} внесено: {persons}, в среднем {rate} в неделю.",
    ),
    "p.terrorist_total": (
        "Persons on the list at month end documented in this vault: at least {n}.",
        "Асоб са спісу, задакументаваных у гэтым сховішчы, на канец месяца: не менш за {n}.",
        "Лиц из списка, задокументированных в этом хранилище, на конец месяца: не менее {n}.",
    ),
    "p.journalists_change": (
        "Behind bars at month end: {n} ({change} since the end of the previous month).",
        "За кратамі на канец месяца: {n} ({change} у параўнанні з канцом папярэдняга месяца).",
        "За решёткой на конец месяца: {n} ({change} по сравнению с концом предыдущего месяца).",
    ),
    "p.administrative_total": (
        "Prosecuted under administrative articles: at least {persons}.",
        "Прыцягнута паводле адміністрацыйных артыкулаў: не менш за {persons}.",
        "Привлечено по административным статьям: не менее {persons}.",
    ),
    "p.disability": (
        "Political prisoners with disabilities held at month end: at least {n}.",
        "Палітвязняў з інваліднасцю пад вартай на канец месяца: не менш за {n}.",
        "Политзаключённых с инвалидностью под стражей на конец месяца: не менее {n}.",
    ),
    "p.serious_illness": (
        "Political prisoners held at month end with serious health problems: at least {n}.",
        "Палітвязняў пад вартай з сур'ёзнымі праблемамі са здароўем: не менш за {n}.",
        "Политзаключённых под стражей с серьёзными проблемами со здоровьем: не менее {n}.",
    ),
    "p.punishment_count": (
        "Held in SHIZO or PKT during the month: {n} (listed in the first section).",
        "Утрымліваліся ў ШІЗА або ПКТ на працягу месяца: {n} (спіс — у першым раздзеле).",
        "Содержались в ШИЗО или ПКТ в течение месяца: {n} (список — в первом разделе).",
    ),
    "p.in_absentia_count": (
        "Convicted in absentia or in special proceedings: {n} (listed in the fair-trial section).",
        "Асуджаныя завочна (спецыяльная вытворчасць): {n} (спіс — у раздзеле пра справядлівы суд).",
        "Осуждённые заочно или в специальном производстве: {n} (список — в разделе о справедливом "
        "суде).",
    ),
    "p.narrative_only": (
        "This section is written by the documenters; no figures are computed for it.",
        "Гэты раздзел пішуць дакументатары; лічбы для яго не падлічваюцца.",
        "Этот раздел пишут документаторы; цифры для него не рассчитываются.",
    ),
    "p.no_narrative": (
        "No text has been written for this section for this month.",
        "Тэкст для гэтага раздзела за гэты месяц не напісаны.",
        "Текст для этого раздела за этот месяц не написан.",
    ),
    "p.convictions_headline": (
        "At least {persons} were convicted in politically motivated criminal cases ({women}, "
        "{men}) in {cases}; in absentia or in special proceedings: {absentia}; in closed hearings:"
        " {closed}. Convicted by the courts of Minsk city: {capital}.",
        "Асуджаныя па палітычна матываваных крымінальных справах: не менш за {persons} ({women}, "
        "{men}), {cases}; завочна: {absentia}; у закрытых паседжаннях: {closed}. Асуджаныя судамі "
        "Мінска: {capital}.",
        "Осуждены по политически мотивированным уголовным делам: не менее {persons} ({women}, "
        "{men}), {cases}; заочно или в специальном производстве: {absentia}; в закрытых "
        "заседаниях: {closed}. Осуждены судами Минска: {capital}.",
    ),
    "p.most_repressive": (
        "Outside the capital, most convictions were handed down in: {region}.",
        "Па-за сталіцай найбольш прысудаў вынесена ў рэгіёне: {region}.",
        "Вне столицы больше всего приговоров вынесено в регионе: {region}.",
    ),
    "p.previous": (
        "Previous month: {n} convicted.",
        "Папярэдні месяц: асуджана {n}.",
        "Предыдущий месяц: осуждено {n}.",
    ),
    "p.families_count": (
        "Families with more than one member convicted this month: {n}.",
        "Сем'яў, у якіх за месяц асуджана больш за аднаго чалавека: {n}.",
        "Семей, в которых за месяц осуждено больше одного человека: {n}.",
    ),
    # table headers
    "col.person": ("Person", "Асоба", "Лицо"),
    "col.persons": ("Persons", "Асоб", "Лиц"),
    "col.women": ("Women", "Жанчын", "Женщин"),
    "col.years": ("Years of imprisonment", "Гадоў пазбаўлення волі", "Лет лишения свободы"),
    "col.region": ("Region", "Рэгіён", "Регион"),
    "col.article": ("Article", "Артыкул", "Статья"),
    "col.court": ("Court", "Суд", "Суд"),
    "col.judge": ("Judge", "Суддзя", "Судья"),
    "col.verdict": ("Verdict", "Прысуд", "Приговор"),
    "col.added_term": ("Added term", "Дададзены тэрмін", "Добавленный срок"),
    "col.original": ("Original sentence", "Першапачатковы прысуд", "Первоначальный приговор"),
    "col.release": ("Expected release", "Чаканае вызваленне", "Ожидаемое освобождение"),
    "col.earlier": ("Earlier conviction", "Ранейшы прысуд", "Прежний приговор"),
    "col.sentence": ("Sentence", "Пакаранне", "Наказание"),
    "col.count": ("Number", "Колькасць", "Количество"),
    "col.type": ("Type", "Тып", "Тип"),
    "col.date": ("Date", "Дата", "Дата"),
    "col.since": ("Since", "З", "С"),
    "col.month": ("Month", "Месяц", "Месяц"),
    "col.convicted": ("Convicted", "Асуджана", "Осуждено"),
    "col.held": ("Political prisoners", "Палітвязні", "Политзаключённые"),
    "col.relation": ("Relation", "Сувязь", "Связь"),
    "col.reason": ("Reason", "Прычына", "Причина"),
    # charts
    "chart.regions": (
        "Convictions by region",
        "Асуджэнні па рэгіёнах",
        "Приговоры по регионам",
    ),
    "chart.articles": ("Convictions by article", "Асуджэнні па артыкулах", "Приговоры по статьям"),
    "chart.convicted_trend": (
        "Persons convicted per month",
        "Асуджаныя па месяцах",
        "Осуждённые по месяцам",
    ),
    "chart.held_trend": (
        "Political prisoners held at month end",
        "Палітвязні пад вартай на канец месяца",
        "Политзаключённые под стражей на конец месяца",
    ),
    # vocabularies
    "unknown_region": ("region unknown", "рэгіён невядомы", "регион неизвестен"),
    "unknown_court": ("court unknown", "суд невядомы", "суд неизвестен"),
    "unknown_judge": ("judge unknown", "суддзя невядомы", "судья неизвестен"),
    "unknown_date": ("date unknown", "дата невядомая", "дата неизвестна"),
    "term.under_1": ("Imprisonment under 1 year", "Пазбаўленне волі да 1 года",
                     "Лишение свободы до 1 года"),
    "term.1_to_3": ("1 to 3 years", "Ад 1 да 3 гадоў", "От 1 до 3 лет"),
    "term.3_to_5": ("3 to 5 years", "Ад 3 да 5 гадоў", "От 3 до 5 лет"),
    "term.5_to_10": ("5 to 10 years", "Ад 5 да 10 гадоў", "От 5 до 10 лет"),
    "term.10_plus": ("10 years and more", "10 гадоў і больш", "10 лет и более"),
    "term.restricted_freedom": (
        "Restricted freedom, home confinement",
        "Абмежаванне волі, хатні арышт",
        "Ограничение свободы, домашний арест",
    ),
    "term.fine": ("Fine", "Штраф", "Штраф"),
    "term.other": ("Other penalties", "Іншыя пакаранні", "Иные наказания"),
    "release.served": ("Released after serving the sentence", "Вызвалены па заканчэнні тэрміну",
                       "Освобождены по окончании срока"),
    "release.pardoned": ("Pardoned", "Памілаваны", "Помилованы"),
    "release.exchanged": ("Released in an exchange", "Вызвалены ў выніку абмену",
                          "Освобождены в результате обмена"),
    "release.other": ("Released for other reasons", "Вызвалены па іншых прычынах",
                      "Освобождены по иным причинам"),
    "died_count": ("Died in custody", "Памерлі пад вартай", "Умерли под стражей"),
    "serious_count": (
        "With serious health problems (held at month end)",
        "З сур'ёзнымі праблемамі са здароўем (пад вартай)",
        "С серьёзными проблемами со здоровьем (под стражей)",
    ),
    "status.shizo": ("SHIZO", "ШІЗА", "ШИЗО"),
    "status.pkt": ("PKT", "ПКТ", "ПКТ"),
    "event.search": ("Searches", "Ператрусы", "Обыски"),
    "event.administrative_detention": (
        "Administrative detentions", "Адміністрацыйныя затрыманні", "Административные задержания"
    ),
    "event.criminal_detention": (
        "Detentions in criminal cases", "Затрыманні па крымінальных справах",
        "Задержания по уголовным делам",
    ),
    "event.interrogation": ("Interrogations", "Допыты", "Допросы"),
    "event.ill_treatment": ("Ill-treatment, torture", "Жорсткае абыходжанне, катаванні",
                            "Жестокое обращение, пытки"),
    "event.pressure_on_relatives": ("Pressure on relatives", "Ціск на сваякоў",
                                    "Давление на родственников"),
    "event.dismissal": ("Dismissals", "Звальненні", "Увольнения"),
    "event.forced_exile": ("Forced exile", "Вымушаны выезд", "Вынужденный отъезд"),
    "event.property_seizure": ("Property seizures", "Арышты маёмасці", "Аресты имущества"),
    "event.exit_ban": ("Exit bans", "Забароны на выезд", "Запреты на выезд"),
    "event.other": ("Other", "Іншае", "Другое"),
    "relation.spouse": ("spouses", "муж і жонка", "супруги"),
    "relation.parent": ("parent and child", "бацька/маці і дзіця", "родитель и ребёнок"),
    "relation.child": ("parent and child", "бацька/маці і дзіця", "родитель и ребёнок"),
    "relation.sibling": ("siblings", "браты/сёстры", "братья/сёстры"),
    "relation.other": ("relatives", "сваякі", "родственники"),
    "in_absentia_mark": ("in absentia", "завочна", "заочно"),
    "sentence.fine": ("fine", "штраф", "штраф"),
    "sentence.restricted_freedom": ("restricted freedom", "абмежаванне волі",
                                    "ограничение свободы"),
    "sentence.home_confinement": ("home confinement", "хатні арышт", "домашний арест"),
    "sentence.correctional_labour": ("correctional labour", "папраўчыя работы",
                                     "исправительные работы"),
    "sentence.arrest": ("arrest", "арышт", "арест"),
    "sentence.other": ("other penalty", "іншае пакаранне", "иное наказание"),
    "page": ("{page} / {pages}", "{page} / {pages}", "{page} / {pages}"),
    "trend_note": (
        "Convictions are counted in the month of the verdict; political prisoners on the "
        "last day of each month.",
        "Асуджэнні ўлічаныя ў месяцы прысуду; палітвязні — на апошні дзень кожнага месяца.",
        "Приговоры учтены в месяце вынесения; политзаключённые — на последний день каждого "
        "месяца.",
    ),
}  # fmt: skip

_INDEX = {"en": 0, "be": 1, "ru": 2}


def plural(n: int, forms: tuple[str, str, str], lang: str) -> str:
    """The noun form after ``n``: English one/other; Belarusian and Russian one/few/many."""
    if lang == "en":
        return forms[0] if n == 1 else forms[1]
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return forms[1]
    return forms[2]


class ReportStrings:
    """Everything the renderers need to turn figures into words in one report language."""

    def __init__(self, lang: Language | str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported report language {lang!r}: use en, be or ru")
        self.lang: str = lang

    def __call__(self, key: str, **values: object) -> str:
        text = _STRINGS[key][_INDEX[self.lang]]
        return text.format(**values) if values else text

    # numbers, units, dates

    def number(self, n: int | float) -> str:
        """1,265 in English; 1 265 (no-break space) in Belarusian and Russian."""
        if isinstance(n, float) and not n.is_integer():
            text = f"{n:,.1f}"
            return text if self.lang == "en" else text.replace(",", "\u00a0").replace(".", ",")
        text = f"{int(n):,}"
        return text if self.lang == "en" else text.replace(",", "\u00a0")

    def at_least(self, n: int) -> str:
        return self("at_least", n=self.number(n))

    def count_of(self, n: int, unit: str) -> str:
        return f"{self.number(n)} {plural(n, _UNITS[self.lang][unit], self.lang)}"

    def month_title(self, year: int, month: int) -> str:
        """ "December 2024", "Снежань 2024"."""
        name = _MONTHS[self.lang][month - 1]
        return f"{name[0].upper()}{name[1:]} {year}"

    def month_name(self, year: int, month: int) -> str:
        """A month inside a sentence: "December 2024", "снежань 2024 г.", "декабрь 2024 г."."""
        name = _MONTHS[self.lang][month - 1]
        return f"{name} {year}" if self.lang == "en" else f"{name} {year} г."

    def date(self, day: date) -> str:
        """ "December 23, 2024", "23 снежня 2024 г.", "23 декабря 2024 г."."""
        if self.lang == "en":
            return f"{_MONTHS['en'][day.month - 1]} {day.day}, {day.year}"
        return f"{day.day} {_MONTHS_GENITIVE[self.lang][day.month - 1]} {day.year} г."

    def partial_date(self, value: PartialDate | None) -> str:
        """A date with exactly the precision the source gave ("April 2024", "2021")."""
        if value is None:
            return self("unknown_date")
        if value.precision is DatePrecision.DAY:
            return self.date(value.earliest())
        if value.precision is DatePrecision.MONTH:
            assert value.month is not None
            if self.lang == "en":
                return f"{_MONTHS['en'][value.month - 1]} {value.year}"
            return f"{_MONTHS_GENITIVE[self.lang][value.month - 1]} {value.year} г."
        return str(value.year) if self.lang == "en" else f"{value.year} г."

    def since(self, value: PartialDate | None) -> str:
        """ "since April 2024" / "з красавіка 2024 г."; unknown start said so, never hidden."""
        if value is None:
            return self("since_unknown")
        return self("since", date=self.partial_date(value))

    def term(self, term: Term) -> str:
        """ "2 years 6 months", "2 гады 6 месяцаў"."""
        parts = [
            self.count_of(amount, unit)
            for amount, unit in ((term.years, "year"), (term.months, "month"), (term.days, "day"))
            if amount
        ]
        return " ".join(parts) if parts else self.count_of(0, "day")

    def duration(self, since: PartialDate | None, until: date) -> str | None:
        """Whole years and months from ``since`` (its earliest day) to ``until``."""
        if since is None:
            return None
        start = since.earliest()
        months = (until.year - start.year) * 12 + until.month - start.month
        if until.day < start.day:
            months -= 1
        return self.term(Term(months=max(months, 0))) if months > 0 else None

    def change(self, now: int, before: int) -> str:
        diff = now - before
        # An en dash, not U+2212: the bundled Noto Sans has no glyph for the minus sign.
        return (
            f"+{self.number(diff)}" if diff > 0 else "±0" if diff == 0 else f"–{self.number(-diff)}"
        )

    # reference data

    def article(self, key: str) -> str:
        """Short citation from the reference table; an unknown (custom) key as stored."""
        try:
            return reference.article(key).label(self.lang)
        except KeyError:
            return key

    def article_title(self, key: str) -> str:
        try:
            item = reference.article(key)
        except KeyError:
            return key
        return f"{item.label(self.lang)} — {item.title(self.lang)}"

    def articles(self, keys: tuple[str, ...]) -> str:
        return ", ".join(self.article(key) for key in keys)

    def region(self, code: str | None) -> str:
        if not code:
            return self("unknown_region")
        try:
            return reference.region(code).name(self.lang)
        except KeyError:
            return code

    def court(self, code: str | None) -> str:
        if not code:
            return self("unknown_court")
        try:
            return reference.court(code).name(self.lang)
        except KeyError:
            return code

    def status(self, kind: StatusKind) -> str:
        return self(f"status.{kind.value}")

    def free_text(self, text: str) -> str:
        """A name typed into the vault (city, judge): Cyrillic is transliterated with the
        Belarusian national system for English readers, as the reference reports spell them."""
        if self.lang == "en" and any("\u0400" <= ch <= "\u04ff" for ch in text):
            return display_latin(text, "be")
        return text

    # persons

    def person(self, ref: PersonRef, style: str = "resident") -> str:
        """The name, or for an anonymised person "a resident of <city>" (or initials)."""
        if ref.name is not None:
            return ref.name
        if style == "resident":
            if ref.city:
                key = "resident.female" if ref.gender == Gender.FEMALE else "resident.male"
                return self(key, city=self.free_text(ref.city))
            if ref.region_code:
                return self("resident.region", region=self.region(ref.region_code))
        return ref.initials or self("anonymous")
