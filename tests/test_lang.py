"""Language from script and from a Latin-script text's little words."""

from __future__ import annotations

import pytest

from journalmeta.lang import detect, latin_language, same_script, script_language


@pytest.mark.parametrize(("text", "lang"), [
    ("اثر تغییر اقلیم بر عملکرد گندم دیم", "fa"),  # Persian's own letters
    ("أثر تغير المناخ على إنتاج القمح", "ar"),
    ("ქართული ტერმინოლოგიის ჩამოყალიბების ისტორია", "ka"), ("Հայերեն լեզվի պատմություն", "hy"),  # never 'en'
    ("हिंदी भाषा का इतिहास", "hi"), ("বাংলা ভাষার ইতিহাস", "bn"), ("தமிழ் மொழியின் வரலாறு", "ta"),
    ("Утицај климатских промена на принос пшенице у Србији", "sr"),  # Serbian's ђ, ј, љ, њ, ћ, џ
    ("Влияние изменения климата на урожай пшеницы", "ru"),
    ("ผลของการเปลี่ยนแปลงสภาพภูมิอากาศ", "th"),
])
def test_script_languages(text: str, lang: str) -> None:
    assert script_language(text) == lang


def test_dutch_function_words() -> None:
    assert latin_language("Leesplezier bij basisschoolleerlingen in Vlaanderen", "nl") == "nl"
    assert latin_language("De invloed van het klimaat op de oogst", "en") == "nl"
    assert latin_language("The influence of the climate on the harvest in Flanders", "nl") == "en"


@pytest.mark.parametrize(("text", "lang"), [
    ("U radu je ispitan utjecaj udjela talka i kalcijeva karbonata na svojstva kompozita koji se koriste", "hr"),
    ("Článek se zabývá vlivem plniva na mechanické vlastnosti kompozitů, které jsou používány v průmyslu", "cs"),
    ("Studiul analizează influența materialelor de umplutură asupra proprietăților mecanice și este", "ro"),
    ("A tanulmány a töltőanyagok hatását vizsgálja a kompozitok mechanikai tulajdonságaira, valamint az", "hu"),
    ("Studien undersöker hur fyllmedel påverkar de mekaniska egenskaperna hos kompositer och det är", "sv"),
    ("Tutkimuksessa tarkastellaan täyteaineiden vaikutusta komposiittien ominaisuuksiin ja on myös", "fi"),
    ("Wpływ napełniaczy na właściwości mechaniczne kompozytów", "pl"),
    ("The study examines how fillers affect the mechanical properties of composites and is used", "en"),
])
def test_more_latin_script_languages(text: str, lang: str) -> None:  # (Croatian had read as Portuguese)
    assert detect(text) == lang


def test_languages_sharing_a_script() -> None:
    assert same_script("fa", "ar") and same_script("uk", "ru") and same_script("sr", "bg")
    assert not same_script("fa", "ru") and not same_script("zh", "ja")


def test_a_declared_language_tells_apart_languages_of_one_script() -> None:
    from journalmeta.lang import as_declared

    assert as_declared("ru", "uk") == "uk"  # 'аграрний сектор' under xml:lang="uk"
    assert as_declared("ru", None, "uk", "аграрний сектор") == "uk"  # on a page in Ukrainian
    assert as_declared("ru", None, "uk", "аграрный сектор") == "ru"  # ы: Russian on a Ukrainian site
    assert as_declared("uk", None, "ru", "цифровізація") == "uk"  # its own letters over the page's language
    assert as_declared("zh", "ja") == "zh" and as_declared("ru", "en") == "ru"  # other scripts: letters decide


def test_vietnamese_by_its_own_letters() -> None:
    from journalmeta.lang import detect

    assert detect("ĐÁNH GIÁ CHẤT LƯỢNG NƯỚC SÔNG HẬU BẰNG CHỈ SỐ WQI") == "vi"
    assert detect("Nguyễn Văn An") == "vi"
    assert detect("Ağaoğlu Şükrü çalışma") == "tr"  # Turkish letters are no Vietnamese ones
