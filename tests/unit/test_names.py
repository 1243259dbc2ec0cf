from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.names import (
    display_latin,
    latin_variants,
    name_keys,
    normalise_display,
    query_keys,
    token_key,
)

SAME_PERSON = [
    ["Babaryka", "Бабарыка", "Бабарико", "Babariko"],
    ["Tsikhanouski", "Ціханоўскі", "Тихановский", "Tikhanovsky", "Tikhanovskiy", "Cichanoŭski",
     "TSIKHANOUSKI", "Cichanouski", "Cichanowski"],
    ["Лукашэнка", "Лукашенко", "Lukashenka", "Lukashenko", "Łukašenka", "Lukasenka"],
    ["Калеснікава", "Колесникова", "Kalesnikava", "Kolesnikova", "Kaliesnikava"],
    ["Бяляцкі", "Беляцкий", "Bialiatski", "Byalyatski", "Beliatsky", "Bialacki", "Bjaljacki"],
    ["Знак", "Znak", "ЗНАК"],
    ["Лосік", "Лосик", "Losik"],
    ["Алексіевіч", "Алексиевич", "Alexievich", "Aleksijevič", "Aliaksijevič"],
    ["Хадасевіч", "Ходасевич", "Khadasevich", "Chadasievič", "Khodasevich"],
    ["Дзмітрый", "Дмитрий", "Dzmitry", "Dmitry", "Dmitrii", "Dźmitryj"],
    ["Львоў", "Львов", "Lvou", "Lvov", "Lwow"],
    ["Ілля", "Илья", "Illia", "Ilya"],
]  # fmt: skip


@pytest.mark.parametrize("spellings", SAME_PERSON, ids=lambda s: s[0])
def test_spellings_of_one_name_share_a_key(spellings: list[str]) -> None:
    keys = {token_key(s) for s in spellings}
    assert len(keys) == 1, dict(zip(spellings, map(token_key, spellings), strict=True))
    assert keys != {""}


def test_concrete_keys() -> None:
    assert token_key("Бабарыка") == "bbrk"
    assert token_key("Ціханоўскі") == "thnsk"
    assert token_key("Калеснікава") == "klsnkv"
    assert token_key("Ivanov") == "avn"


def test_different_names_get_different_keys() -> None:
    names = ["Бабарыка", "Ціханоўскі", "Лукашэнка", "Калеснікава", "Бяляцкі", "Знак", "Лосік"]
    assert len({token_key(n) for n in names}) == len(names)
    assert token_key("Мікалай") != token_key("Николай")
    assert token_key("Ivanov") != token_key("Vanov")


def test_tokens_without_letters_have_empty_key() -> None:
    assert token_key("") == ""
    assert token_key("1984") == ""
    assert token_key("—") == ""


def test_name_keys_split_on_spaces_hyphens_and_punctuation() -> None:
    assert name_keys("Віктар Дзмітрыевіч Бабарыка") == {"vktr", "dmtrvh", "bbrk"}
    assert name_keys("Ціханоўская-Бабарыка, (Знак)") == {token_key("Ціханоўская"), "bbrk", "znk"}
    assert name_keys("  ") == set()
    assert name_keys("Мар'ян") == {token_key("Marjan")}


def test_query_keys_keep_typed_order_and_drop_empty_tokens() -> None:
    assert query_keys("Babaryka Viktar ") == ["bbrk", "vktr"]
    assert query_keys("Viktar Babaryka") == ["vktr", "bbrk"]
    assert query_keys("1984 Знак ") == ["znk"]
    assert query_keys("") == []
    assert query_keys("V") == []


def test_last_token_is_unfinished_unless_followed_by_a_separator() -> None:
    # "Tsik" may still become "Tsikh": its "k" is left out.
    assert query_keys("Tsik") == ["t"]
    assert query_keys("Tsik ") == ["tk"]
    assert query_keys("Znak") == ["zn"]
    assert query_keys("Znak,") == ["znk"]


def test_every_prefix_of_babaryka_is_a_key_prefix() -> None:
    full = token_key("Бабарыка")
    for word in ("Babaryka", "Бабарыка", "Babariko", "Бабарико"):
        for n in range(3, len(word) + 1):
            (key,) = query_keys(word[:n])
            assert full.startswith(key), (word[:n], key)


def test_display_latin() -> None:
    assert display_latin("Бабарыка", "be") == "Babaryka"
    assert display_latin("Ціханоўскі", "be") == "Cichanoŭski"
    assert display_latin("Святлана Ціханоўская", "be") == "Sviatlana Cichanoŭskaja"
    assert display_latin("Алесь Бяляцкі", "be") == "Alieś Bialiacki"
    assert display_latin("Дзьмітрый Гомель", "be") == "Dźmitryj Homieĺ"
    assert display_latin("Магілёў", "be") == "Mahilioŭ"
    assert display_latin("Бабарико", "ru") == "Babariko"
    assert display_latin("Тихановский", "ru") == "Tikhanovsky"
    assert display_latin("Мария Колесникова", "ru") == "Mariya Kolesnikova"
    assert display_latin("ЩУКИН Евгений", "ru") == "SHCHUKIN Yevgeny"
    assert display_latin("Kalesnikava", "be") == "Kalesnikava"
    with pytest.raises(ValueError):
        display_latin("Знак", "uk")  # type: ignore[arg-type]


def test_latin_variants() -> None:
    assert latin_variants("Ціханоўскі", "be") == ["Cichanoŭski", "Tsikhanouski", "Tsikhanowski"]
    assert latin_variants("Бяляцкі", "be") == ["Bialiacki", "Bialiatski", "Byalyatski"]
    assert latin_variants("Калеснікава", "be")[1:] == ["Kalesnikava", "Kalyesnikava"]
    assert latin_variants("Тихановский", "ru") == ["Tikhanovsky", "Tikhanovskii", "Tikhanovskiy"]
    assert latin_variants("Знак", "be") == ["Znak"]


def test_normalise_display() -> None:
    decomposed = unicodedata.normalize("NFD", "Łukašenka  Alieś")
    assert normalise_display(f"  {decomposed}\t\n") == "Łukašenka Alieś"
    assert normalise_display("Мар'ян\u00a0 Знак") == "Мар'ян Знак"


# --- Generated names -------------------------------------------------------------------------

BE_ONSETS = ["", "б", "в", "г", "д", "дз", "дж", "ж", "з", "й", "к", "л", "м", "н", "п", "р",
             "с", "т", "ф", "х", "ц", "ч", "ш", "шч", "б'", "в'"]  # fmt: skip
BE_VOWELS = ["а", "е", "ё", "і", "о", "у", "ы", "э", "ю", "я"]
BE_CODAS = ["", "ў", "н", "р", "л", "с", "к", "ль", "нь", "сь", "зь", "ць", "дзь", "й", "м"]
BE_ENDINGS = ["", "скі", "ская", "віч", "ка", "ук", "ёнак", "ава", "аў", "чык", "ец"]
RU_ONSETS = ["", "б", "в", "г", "д", "ж", "з", "й", "к", "л", "м", "н", "п", "р", "с", "т",
             "ф", "х", "ц", "ч", "ш", "щ", "бь", "въ"]  # fmt: skip
RU_VOWELS = ["а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я"]
RU_CODAS = ["", "в", "н", "р", "л", "с", "к", "ль", "нь", "й", "м", "ь"]
RU_ENDINGS = ["", "ский", "ская", "вич", "ко", "ук", "енок", "ова", "ов", "чик", "ец", "ый"]


def surnames(onsets: list[str], vowels: list[str], codas: list[str], endings: list[str]):
    syllable = st.tuples(st.sampled_from(onsets), st.sampled_from(vowels), st.sampled_from(codas))
    # Belarusian writes ў only after a vowel and never before a vowel or й (there it writes в).
    return st.builds(
        lambda syllables, ending: ("".join("".join(s) for s in syllables) + ending).capitalize(),
        st.lists(syllable, min_size=1, max_size=4),
        st.sampled_from(endings),
    ).filter(lambda name: not re.search("ў[аеёіоуыэюяй]", name.lower()))


be_surnames = surnames(BE_ONSETS, BE_VOWELS, BE_CODAS, BE_ENDINGS)
ru_surnames = surnames(RU_ONSETS, RU_VOWELS, RU_CODAS, RU_ENDINGS)
languages_and_names = st.one_of(
    st.tuples(st.just("be"), be_surnames), st.tuples(st.just("ru"), ru_surnames)
)


@settings(max_examples=300)
@given(languages_and_names)
def test_every_latin_spelling_shares_the_cyrillic_key(case: tuple[str, str]) -> None:
    lang, cyrillic = case
    key = token_key(cyrillic)
    assert token_key(display_latin(cyrillic, lang)) == key  # type: ignore[arg-type]
    for spelling in latin_variants(cyrillic, lang):  # type: ignore[arg-type]
        assert token_key(spelling) == key, spelling
        assert token_key(spelling.upper()) == key


@settings(max_examples=150)
@given(languages_and_names)
def test_every_typed_prefix_yields_a_prefix_of_the_full_key(case: tuple[str, str]) -> None:
    lang, cyrillic = case
    full = token_key(cyrillic)
    for spelling in [cyrillic, *latin_variants(cyrillic, lang)]:  # type: ignore[arg-type]
        for n in range(1, len(spelling) + 1):
            keys = query_keys(spelling[:n])
            assert len(keys) <= 1
            assert all(full.startswith(k) for k in keys), (spelling[:n], keys, full)
        assert query_keys(spelling + " ") == [full]


@settings(max_examples=100)
@given(languages_and_names)
def test_latin_variants_are_distinct_and_deterministic(case: tuple[str, str]) -> None:
    lang, cyrillic = case
    variants = latin_variants(cyrillic, lang)  # type: ignore[arg-type]
    assert variants == latin_variants(cyrillic, lang)  # type: ignore[arg-type]
    assert len(variants) == len(set(variants)) >= 1
    assert variants[0] == display_latin(cyrillic, lang)  # type: ignore[arg-type]
    assert all(not any("а" <= ch.lower() <= "я" for ch in v) for v in variants)


def test_collation_key_orders_belarusian_and_russian_alphabets():
    from app.domain.names import collation_key

    names = ["Іваноў", "Абрамчык", "Ўладзімір", "Юркевіч", "Зайцаў", "Усаў", "Ёрш", "Есін", "Жук"]
    ordered = sorted(names, key=collation_key)
    assert ordered == ["Абрамчык", "Есін", "Ёрш", "Жук", "Зайцаў", "Іваноў", "Усаў", "Ўладзімір", "Юркевіч"]
    assert collation_key("BABARYKA") == collation_key("babaryka")
