"""The page's language, stated or guessed (cleannews.metadata.language)."""

from __future__ import annotations

import pytest

from cleannews.metadata.language import guess_language, normalise_language


@pytest.mark.parametrize(
    ("raw", "tag"),
    [
        ("en", "en"),
        ("EN-us", "en-US"),
        ("de_AT", "de-AT"),
        ("zh-hant", "zh-Hant"),
        ("es-419", "es-419"),
        (" fr ", "fr"),
        ("und", None),
        ("x-default", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise_language(raw: str | None, tag: str | None) -> None:
    assert normalise_language(raw) == tag


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param("서울에서 열린 회의", "ko", id="hangul"),
        pytest.param("東京で新しい駅が開業した", "ja", id="kana-among-han"),
        pytest.param("北京市政府发布新规定", "zh", id="han-only"),
        pytest.param("Η κυβέρνηση ανακοίνωσε νέα μέτρα", "el", id="greek"),
        pytest.param("The mayor said that the bridge is closed for repairs", "en", id="english"),
        pytest.param("Der Bürgermeister sagt, dass die Brücke nicht mit Autos", "de", id="german"),
        pytest.param(
            "El alcalde dijo que los puentes de la ciudad están cerrados", "es", id="spanish"
        ),
        pytest.param(
            "Le maire a dit que les ponts de la ville sont fermés pour", "fr", id="french"
        ),
    ],
)
def test_guess_language(text: str, language: str) -> None:
    assert guess_language([text]) == language


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param([], id="nothing"),
        pytest.param([None, ""], id="empty"),
        pytest.param(["Apple iPhone 15 Pro Max"], id="too-few-function-words"),
        pytest.param(["Москва объявила новые меры"], id="cyrillic-is-shared-by-many-languages"),
    ],
)
def test_guess_language_stays_silent_when_unclear(texts: list[str | None]) -> None:
    assert guess_language(texts) is None
