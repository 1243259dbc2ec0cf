"""The bundled reference data and the lookups built on it (app.reference)."""

from __future__ import annotations

import re

import pytest

from app import reference
from app.domain.enums import CodeKind
from app.reference import (
    Article,
    article,
    article_key,
    articles,
    court,
    courts,
    courts_in,
    find_articles,
    match_court,
    match_region,
    region,
    regions,
    validate_reference_data,
)

KEY_FORMAT = re.compile(r"(CC \d+(-\d+)?|CAO \d+\.\d+)( p\d+)?")


def keys(found: list[Article]) -> list[str]:
    return [item.key for item in found]


def test_bundled_reference_data_is_valid() -> None:
    assert validate_reference_data() == []


def test_source_articles_are_all_kept() -> None:
    for key in ("CC 130 p3", "CC 342 p2", "CC 361 p3", "CC 411 p1", "CAO 23.34", "CAO 25.11"):
        assert article(key).key == key


def test_political_articles_from_the_report_are_present() -> None:
    for key in (
        "CC 342",
        "CC 356",
        "CC 357",
        "CC 358-1",
        "CC 361-1",
        "CC 361-2",
        "CC 361-3",
        "CC 361-4",
        "CC 361-5",
        "CC 364",
        "CC 366",
        "CC 367",
        "CC 368",
        "CC 369",
        "CC 370",
        "CC 411",
        "CAO 19.1",
        "CAO 19.11",
        "CAO 23.34",
        "CAO 24.3",
        "CAO 24.23",
    ):
        assert article(key).title_en


def test_keys_are_unique_and_in_the_stored_format() -> None:
    all_keys = [item.key for item in articles()]
    assert len(all_keys) == len(set(all_keys))
    assert all(KEY_FORMAT.fullmatch(key) for key in all_keys), all_keys


def test_key_format_is_stable() -> None:
    assert article_key(CodeKind.CC, "361-1") == "CC 361-1"
    assert article_key("CC", "342", "1") == "CC 342 p1"
    assert article_key(CodeKind.CAO, "19.11", "2") == "CAO 19.11 p2"
    part = article("CC 342 p1")
    assert (part.code, part.article, part.part) == (CodeKind.CC, "342", "1")


def test_unknown_key_is_a_clear_key_error() -> None:
    with pytest.raises(KeyError, match="CC 999"):
        article("CC 999")


@pytest.mark.parametrize("query", ["361-1", "361.1", "ст. 361-1", "Art. 361-1 CC", "арт. 361-1"])
def test_article_number_finds_the_whole_article_first(query: str) -> None:
    found = find_articles(query)
    assert found[0].key == "CC 361-1"
    assert {"CC 361-1 p1", "CC 361-1 p3"} <= set(keys(found))


@pytest.mark.parametrize("query", ["342 ч.1", "ч. 1 ст. 342 УК", "342 p1", "342 part 1"])
def test_part_notation_finds_the_part_first(query: str) -> None:
    found = find_articles(query)
    assert keys(found)[:2] == ["CC 342 p1", "CC 342"]


def test_hyphenated_number_is_an_article_not_a_part() -> None:
    assert "CC 342 p1" not in keys(find_articles("342-1"))
    assert find_articles("342-2")[0].key == "CC 342-2"


def test_exact_number_ranks_before_prefix_matches() -> None:
    found = keys(find_articles("361"))
    assert found[0] == "CC 361"
    assert found.index("CC 361 p3") < found.index("CC 361-1")


def test_administrative_article_by_number() -> None:
    assert find_articles("19.11")[0].key == "CAO 19.11"
    assert find_articles("24-23")[0].key == "CAO 24.23"
    assert find_articles("ст. 19.11 КоАП")[0].code is CodeKind.CAO


def test_code_word_filters_the_code() -> None:
    assert {item.code for item in find_articles("19 КоАП")} == {CodeKind.CAO}
    assert {item.code for item in find_articles("19 УК")} == {CodeKind.CC}


@pytest.mark.parametrize(
    "query",
    ["extremist formation", "Extremist Formation", "экстремистск", "экстремистского формирования"],
)
def test_title_words_find_the_extremist_formation_article(query: str) -> None:
    assert find_articles(query)[0].key == "CC 361-1"


def test_belarusian_title_stem_finds_the_article() -> None:
    assert "CC 361-1" in keys(find_articles("экстрэмісцк"))


def test_title_words_match_word_starts_only() -> None:
    # "formation" is inside "information" (CAO 19.11) but must not match it.
    assert "CAO 19.11" not in keys(find_articles("formation"))


def test_find_articles_respects_limit_and_ignores_blank_queries() -> None:
    assert len(find_articles("экстремистск", limit=2)) == 2
    assert find_articles("   ") == []
    assert find_articles("361", limit=0) == []


def test_labels_per_language() -> None:
    whole = article("CC 361-1")
    assert whole.label("en") == "Art. 361-1 CC"
    assert whole.label("be") == "арт. 361-1 КК"
    assert whole.label("ru") == "ст. 361-1 УК"
    cao = article("CAO 19.11")
    assert [cao.label(lang) for lang in ("en", "be", "ru")] == [
        "Art. 19.11 CAO",
        "арт. 19.11 КаАП",
        "ст. 19.11 КоАП",
    ]
    assert article("CC 342 p1").label("ru") == "ч. 1 ст. 342 УК"
    with pytest.raises(ValueError, match="de"):
        whole.label("de")


def test_long_english_labels_follow_the_report_convention() -> None:
    assert article("CC 342 p1").long_label_en() == "Part 1 of Article 342 of the Criminal Code"
    assert (
        article("CAO 19.11").long_label_en()
        == "Article 19.11 of the Administrative Violations Code"
    )


def test_title_falls_back_from_belarusian_to_russian_to_english() -> None:
    with_all = article("CC 361-2")
    assert with_all.title("be") == "Фінансаванне экстрэмісцкай дзейнасці"
    no_be = article("CC 354")
    assert no_be.title_be == ""
    assert no_be.title("be") == no_be.title_ru != ""
    english_only = article("CAO 24.15")
    assert english_only.title("be") == english_only.title("ru") == english_only.title_en


@pytest.mark.parametrize(
    "text",
    ["Gomel", "Гомельская область", "Homieĺ region", "homiel", "Гомель", "Homel oblast"],
)
def test_match_region_accepts_any_spelling_of_homiel(text: str) -> None:
    assert match_region(text) is region("homiel")


def test_minsk_city_and_minsk_region_are_told_apart() -> None:
    assert match_region("Minsk") is region("minsk_city")
    assert match_region("г. Минск") is region("minsk_city")
    assert match_region("Minsk region") is region("minsk_region")
    assert match_region("Минская обл.") is region("minsk_region")
    assert match_region("Мінская вобласць") is region("minsk_region")


def test_match_region_rejects_unknown_places() -> None:
    assert match_region("Vilnius") is None
    assert match_region("region") is None
    assert match_region("") is None


def test_regions_are_the_seven_in_report_order_with_weights() -> None:
    assert [item.code for item in regions()] == [
        "minsk_city",
        "brest",
        "homiel",
        "hrodna",
        "mahiliou",
        "minsk_region",
        "viciebsk",
    ]
    assert sum(item.weight for item in regions()) == pytest.approx(1.0)
    assert max(regions(), key=lambda item: item.weight).code == "minsk_city"
    assert region("mahiliou").name("en") == "Mahilioŭ"
    assert region("mahiliou").name("be") == "Магілёўская вобласць"


def test_unknown_region_code_is_a_key_error() -> None:
    with pytest.raises(KeyError, match="gomel"):
        region("gomel")


def test_every_court_region_exists_and_codes_are_unique() -> None:
    codes = [item.code for item in courts()]
    assert len(codes) == len(set(codes))
    for item in courts():
        assert region(item.region_code).code == item.region_code


def test_every_region_has_courts() -> None:
    for item in regions():
        assert courts_in(item.code), item.code
    assert court("minsk_city_court") in courts_in("minsk_city")
    assert len([c for c in courts_in("minsk_city") if "District Court of Minsk" in c.name_en]) == 9


def test_courts_in_unknown_region_raises() -> None:
    with pytest.raises(KeyError):
        courts_in("atlantis")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Leninski District Court of Brest", "brest_leninski"),
        ("Ленинский районный суд г. Бреста", "brest_leninski"),
        ("Brest Region Court", "brest_regional"),
        ("Court of Pinsk and Pinsk District", "pinsk"),
        ("Škloŭ District Court", "sklou"),
        ("Sklou district court", "sklou"),
        ("Minsk City Court", "minsk_city_court"),
        ("Минский областной суд", "minsk_regional"),
        ("Суд Московского района г. Минска", "minsk_maskouski"),
        ("viciebsk_cyhunacny", "viciebsk_cyhunacny"),
    ],
)
def test_match_court(text: str, code: str) -> None:
    assert match_court(text) is court(code)


def test_match_court_refuses_to_guess_between_equal_candidates() -> None:
    assert match_court("Centralny District Court") is None
    assert match_court("Atlantis Court") is None


def test_every_court_name_matches_its_own_court() -> None:
    for item in courts():
        for lang in ("en", "be", "ru"):
            assert match_court(item.name(lang)) is item, (item.code, lang)


def test_validation_reports_broken_weights(monkeypatch: pytest.MonkeyPatch) -> None:
    skewed = tuple(
        reference.Region(r.code, r.name_en, r.name_be, r.name_ru, r.aliases, r.weight * 2)
        for r in regions()
    )
    monkeypatch.setattr(reference, "regions", lambda: skewed)
    assert any("weights sum to 2.000" in problem for problem in validate_reference_data())


def test_validation_reports_unknown_court_regions(monkeypatch: pytest.MonkeyPatch) -> None:
    stray = (*courts(), reference.Court("nowhere", "atlantis", "Atlantis Court", "", ""))
    monkeypatch.setattr(reference, "courts", lambda: stray)
    assert any("unknown region 'atlantis'" in problem for problem in validate_reference_data())


def test_validation_reports_duplicate_article_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    doubled = (*articles(), article("CC 361-1"))
    monkeypatch.setattr(reference, "articles", lambda: doubled)
    assert "articles.csv: duplicate key 'CC 361-1'" in validate_reference_data()
