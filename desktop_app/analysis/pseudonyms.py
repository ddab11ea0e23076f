"""Residents as "Bewoner 1", "Bewoner 2" ... within one report or export.

Residents' names leave the atlas only when the user chose to include them.
One :class:`Pseudonyms` serves one report or export: each person gets a number
the first time it is mentioned and keeps it throughout (the same person is
"Bewoner 3" in the contact table and in a note); the next report numbers anew.
Free text from the atlas (notes, descriptions, signal notes, network names) is
searched for residents' full names, which become the pseudonym too: a note
"Met Jan de Vries gesproken" must not carry the name into a file meant to be
without names. Used by the PDF reports and by every export.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from desktop_app.domain import Person
from desktop_app.i18n import Text

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
#: What may stand between the words of one name: spaces, and the apostrophe of "van 't Hof".
_GAP = " \t\n'’"
#: The default pseudonym, "%1" standing for the number.
RESIDENT = Text("Bewoner %1", "Resident %1")


def word_for(lang: str | None = None) -> str:
    """The pseudonym pattern in ``lang`` (default: the current language)."""
    if lang is None:
        return str(RESIDENT)
    return RESIDENT.nl if lang == "nl" else RESIDENT.en


def _key(words: Iterable[str]) -> str:
    return " ".join(w.casefold() for w in words)


class Pseudonyms:
    """Names or stable pseudonyms for the persons of one report or export."""

    def __init__(
        self, persons: Iterable[Person], *, with_names: bool, word: str | None = None
    ) -> None:
        self.with_names = with_names
        self._word = word or str(RESIDENT)
        self._names: dict[str, str] = {}
        self._numbers: dict[str, int] = {}
        self._by_key: dict[str, str] = {}
        self._first_words: set[str] = set()
        self._longest = 1
        for person in persons:
            self._names[person.id] = person.display_name
            words = _WORD.findall(person.display_name)
            if words:
                self._by_key.setdefault(_key(words), person.id)
                self._first_words.add(words[0].casefold())
                self._longest = max(self._longest, len(words))

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
        """``text`` with every resident's full name replaced by their pseudonym."""
        if self.with_names or not text or not self._by_key:
            return text
        matches = list(_WORD.finditer(text))
        # Most texts name nobody: one set lookup per word decides that.
        if not any(m.group().casefold() in self._first_words for m in matches):
            return text
        out: list[str] = []
        last = 0
        i = 0
        while i < len(matches):
            hit = None
            for n in range(min(self._longest, len(matches) - i), 0, -1):
                span = matches[i : i + n]
                # Only words separated by whitespace form a name ("Jan de Vries", "van 't Hof").
                if n > 1 and any(
                    text[a.end() : b.start()].strip(_GAP) for a, b in itertools.pairwise(span)
                ):
                    continue
                person_id = self._by_key.get(_key(m.group() for m in span))
                if person_id is not None:
                    hit = (n, person_id)
                    break
            if hit is None:
                i += 1
                continue
            n, person_id = hit
            out.append(text[last : matches[i].start()])
            out.append(self.label(person_id))
            last = matches[i + n - 1].end()
            i += n
        out.append(text[last:])
        return "".join(out)
