"""Turning cell contents into typed values, with a readable problem when that fails."""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import Enum

from desktop_app.i18n import Text, language
from desktop_app.interop import vocabulary
from desktop_app.interop.sources import Cell

#: The first characters that make a spreadsheet treat a cell as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

#: 27-11-2026, 27/11/26, 27.11.2026, with an optional time as Excel writes it
#: for a date cell saved as CSV ("27-11-2026 00:00", "27-11-26 0:00:00").
_DATE_DMY = re.compile(
    r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
)
_DATE_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?")
#: A whole number as a Dutch Excel shows it: "1.250" (thousands), "12,0", "1.250,00".
_DUTCH_INT = re.compile(r"([+-]?\d{1,3}(?:\.\d{3})+|[+-]?\d+)(?:,0+)?")
#: Spaces Excel and LibreOffice put between thousands (plain, no-break, narrow no-break).
_THOUSANDS_SPACE = re.compile("[ \u00a0\u202f]")
#: Two-digit years as Excel reads them: 00-29 is 2000-2029, 30-99 is 1930-1999.
_TWO_DIGIT_PIVOT = 30
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LIST_SPLIT = re.compile(r"[,;|\n]")


class ValueProblem(Exception):
    """A cell that cannot be read as the field's type; ``text`` says why."""

    def __init__(self, text: Text) -> None:
        super().__init__(str(text))
        self.text = text


def is_empty(raw: Cell) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def text_value(raw: Cell) -> str:
    """Cell text, trimmed, control characters removed, a formula guard (``'=``) undone."""
    if type(raw) is str and raw.isprintable() and not raw.startswith("'"):
        return raw.strip()
    if raw is None:
        return ""
    if isinstance(raw, datetime | date):
        return format_date(raw if isinstance(raw, date) else raw.date())
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = _CONTROL.sub("", str(raw)).strip()
    if len(text) > 1 and text[0] == "'" and text[1] in FORMULA_TRIGGERS:
        text = text[1:]
    return text


def clean_name(raw: Cell) -> str:
    """A name as every import path stores it: :func:`text_value`, then every run of
    white space (tabs, line breaks, NUL-like controls removed first) as one space."""
    return " ".join(_CONTROL.sub("", text_value(raw)).split())


def format_date(day: date) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def parse_date(raw: Cell) -> date:
    """27-11-2026, 27/11/2026, 27.11.2026, 27-11-26, 2026-11-27 (optionally with a time).

    A date cell of a spreadsheet is taken as it is.
    """
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    text = text_value(raw)
    match = _DATE_DMY.fullmatch(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            year += 2000 if year < _TWO_DIGIT_PIVOT else 1900
    else:
        match = _DATE_YMD.fullmatch(text)
        if not match:
            raise ValueProblem(
                Text(
                    "'{value}' is geen datum; schrijf bijvoorbeeld 27-11-2026.",
                    "'{value}' is not a date; write for example 27-11-2026.",
                ).format(value=_short(text))
            )
        year, month, day = (int(g) for g in match.groups())
    try:
        result = date(year, month, day)
    except ValueError:
        raise ValueProblem(
            Text("'{value}' bestaat niet als datum.", "'{value}' is not an existing date.").format(
                value=_short(text)
            )
        ) from None
    if not 1800 <= result.year <= 2200:
        raise ValueProblem(
            Text(
                "Het jaar in '{value}' ligt buiten 1800-2200.",
                "The year in '{value}' is outside 1800-2200.",
            ).format(value=_short(text))
        )
    return result


def parse_int(raw: Cell, low: int | None, high: int | None) -> int:
    if isinstance(raw, bool):
        raise ValueProblem(Text("Verwacht een geheel getal.", "Expected a whole number."))
    if isinstance(raw, int):
        value = raw
    elif isinstance(raw, float) and raw.is_integer():
        value = int(raw)
    else:
        text = _THOUSANDS_SPACE.sub("", text_value(raw))
        match = _DUTCH_INT.fullmatch(text)
        if not match:
            raise ValueProblem(
                Text("'{value}' is geen geheel getal.", "'{value}' is not a whole number.").format(
                    value=_short(text)
                )
            )
        digits = match.group(1).replace(".", "")
        if len(digits) > 18:
            raise ValueProblem(
                Text("'{value}' is een te groot getal.", "'{value}' is too large a number.").format(
                    value=_short(text)
                )
            )
        value = int(digits)
    if (low is not None and value < low) or (high is not None and value > high):
        raise ValueProblem(
            Text(
                "{value} ligt buiten het bereik {low} tot en met {high}.",
                "{value} is outside the range {low} to {high}.",
            ).format(value=value, low=low, high=high)
        )
    return value


def parse_enum(raw: Cell, enum_type: type[Enum]) -> Enum:
    text = text_value(raw)
    found = vocabulary.lookup(enum_type).get(vocabulary.normalise(text))
    if found is None:
        lang = language()
        raise ValueProblem(
            Text(
                "'{value}' wordt niet herkend; kies uit: {choices}.",
                "'{value}' is not recognised; choose from: {choices}.",
            ).format(
                value=_short(text),
                choices=", ".join(vocabulary.accepted(enum_type, lang)),
            )
        )
    return found


def parse_list(raw: Cell) -> tuple[str, ...]:
    """Items separated by comma, semicolon, | or a line break; duplicates dropped."""
    text = text_value(raw)
    items = (item.strip() for item in _LIST_SPLIT.split(text))
    return tuple(dict.fromkeys(item for item in items if item))


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
