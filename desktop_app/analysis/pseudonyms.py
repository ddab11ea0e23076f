"""Residents as "Bewoner 1", "Bewoner 2" ... within one report or export.

Residents' names leave the atlas only when the user chose to include them.
One :class:`Pseudonyms` serves one report or export: each person gets a number
the first time it is mentioned and keeps it throughout (the same person is
"Bewoner 3" in the contact table and in a note); the next report numbers anew.
Free text from the atlas (notes, descriptions, signal notes, network names) is
searched for residents (see :mod:`desktop_app.domain.identifiers`): a full
name, a name part ("Mevrouw Kwikstaartje"), initials with a surname ("W.
Kwikstaartje") become the resident's pseudonym, or the neutral "[bewoner]"
when the part is shared by several residents; every e-mail address and phone
number becomes "[e-mail]" / "[telefoonnummer]". A note "Met Jan de Vries
gesproken (06-12345678)" must not carry the name or the number into a file
meant to be without names. Used by the PDF reports and by every export.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.domain import Person
from desktop_app.domain.identifiers import NameFinder, Span
from desktop_app.i18n import Text

#: The default pseudonym, "%1" standing for the number.
RESIDENT = Text("Bewoner %1", "Resident %1")
#: What replaces a name part shared by several residents, and contact data.
SOMEONE = Text("[bewoner]", "[resident]")
EMAIL_MARK = Text("[e-mail]", "[e-mail]")
PHONE_MARK = Text("[telefoonnummer]", "[phone number]")


def word_for(lang: str | None = None) -> str:
    """The pseudonym pattern in ``lang`` (default: the current language)."""
    if lang is None:
        return str(RESIDENT)
    return RESIDENT.nl if lang == "nl" else RESIDENT.en


def _in(text: Text, lang: str | None) -> str:
    if lang is None:
        return str(text)
    return text.nl if lang == "nl" else text.en


class Pseudonyms:
    """Names or stable pseudonyms for the persons of one report or export."""

    def __init__(
        self,
        persons: Iterable[Person],
        *,
        with_names: bool,
        word: str | None = None,
        lang: str | None = None,
    ) -> None:
        """``word``: the pseudonym pattern; ``lang``: of the neutral marks (default: the
        language of ``word`` when it is one of :data:`RESIDENT`, else the current one)."""
        self.with_names = with_names
        self._word = word or str(RESIDENT)
        if lang is None and word is not None:
            lang = "nl" if word == RESIDENT.nl else "en" if word == RESIDENT.en else None
        self._marks = {
            "name": _in(SOMEONE, lang),
            "part": _in(SOMEONE, lang),
            "email": _in(EMAIL_MARK, lang),
            "phone": _in(PHONE_MARK, lang),
        }
        self._names: dict[str, str] = {}
        self._numbers: dict[str, int] = {}
        finder_input = []
        for person in persons:
            self._names[person.id] = person.display_name
            finder_input.append((person.id, person.display_name, person.contact))
        self._finder = NameFinder(finder_input)

    def label(self, person_id: str, real_name: str | None = None) -> str:
        """The person's name (names included) or their pseudonym."""
        if self.with_names:
            return real_name if real_name is not None else self._names.get(person_id, "")
        number = self._numbers.setdefault(person_id, len(self._numbers) + 1)
        return self._word.replace("%1", str(number))

    def contact(self, real_contact: str) -> str:
        """Contact data leaves the atlas only with names."""
        return real_contact if self.with_names else ""

    @property
    def count(self) -> int:
        """How many persons have been given a pseudonym so far."""
        return len(self._numbers)

    def text(self, text: str) -> str:
        """``text`` with residents' names and parts as pseudonyms, contact data as a mark."""
        if self.with_names or not text:
            return text
        return self._finder.replace(text, self._mark)

    def _mark(self, span: Span) -> str:
        if span.kind in ("name", "part") and len(span.keys) == 1:
            return self.label(next(iter(span.keys)))
        return self._marks[span.kind]
