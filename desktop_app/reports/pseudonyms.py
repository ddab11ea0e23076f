"""Residents as "Bewoner 1", "Bewoner 2" ... within one report, and their names kept out of text.

A report leaves residents' names out unless the user chose to include them.
Each person then gets a number the first time the report mentions them, and
keeps it throughout that report (the same person is "Bewoner 3" in the contact
table and in a note). Free text from the atlas (notes, descriptions, signal
notes, network names) is searched for residents' full names, which are
replaced by the pseudonym as well: a note saying "Met Jan de Vries gesproken"
must not carry the name into a PDF that was meant to be without names.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from desktop_app.domain import Person

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
#: What may stand between the words of one name: spaces, and the apostrophe of "van 't Hof".
_GAP = " \t\n'’"


def _key(words: Iterable[str]) -> str:
    return " ".join(w.casefold() for w in words)


class Pseudonyms:
    """Names or stable pseudonyms for the persons of one report."""

    def __init__(self, persons: Iterable[Person], *, with_names: bool) -> None:
        self.with_names = with_names
        self._names: dict[str, str] = {}
        self._by_key: dict[str, str] = {}
        self._numbers: dict[str, int] = {}
        self._longest = 1
        self._first_words: set[str] = set()
        for person in persons:
            self._names[person.id] = person.display_name
            words = _WORD.findall(person.display_name)
            if words:
                self._by_key.setdefault(_key(words), person.id)
                self._first_words.add(words[0].casefold())
                self._longest = max(self._longest, len(words))
        self._word = QCoreApplication.translate("Reports", "Resident %1")

    def label(self, person_id: str) -> str:
        """The person's name (names included) or their pseudonym in this report."""
        if self.with_names:
            return self._names.get(person_id, "")
        number = self._numbers.get(person_id)
        if number is None:
            number = self._numbers[person_id] = len(self._numbers) + 1
        return self._word.replace("%1", str(number))

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
