"""Pseudonyms for residents in exports: 'Bewoner 1', 'Bewoner 2', ...

One :class:`Pseudonyms` per export, so a person has the same pseudonym in
every table of that export and a different numbering in the next one. Free
text (signal notes, descriptions, network names) is searched for residents'
full names, which become the pseudonym too: a note "Met Jan de Vries
gesproken" must not carry the name into an export meant to be without names.
The PDF reports do the same (desktop_app/reports/pseudonyms.py, which uses Qt
and is not importable here).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from desktop_app.domain import Person
from desktop_app.i18n import language

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
#: What may stand between the words of one name ("Jan de Vries", "van 't Hof").
_GAP = " \t\n'’"


def _key(words: Iterable[str]) -> str:
    return " ".join(w.casefold() for w in words)


class Pseudonyms:
    def __init__(
        self,
        with_names: bool = False,
        lang: str | None = None,
        persons: Iterable[Person] = (),
    ) -> None:
        self.with_names = with_names
        self._word = "Bewoner" if (lang or language()) == "nl" else "Resident"
        self._numbers: dict[str, int] = {}
        self._by_key: dict[str, str] = {}
        self._first_words: set[str] = set()
        self._longest = 1
        for person in persons:
            words = _WORD.findall(person.display_name)
            if words:
                self._by_key.setdefault(_key(words), person.id)
                self._first_words.add(words[0].casefold())
                self._longest = max(self._longest, len(words))

    def name(self, person_id: str, real_name: str) -> str:
        if self.with_names:
            return real_name
        number = self._numbers.setdefault(person_id, len(self._numbers) + 1)
        return f"{self._word} {number}"

    def contact(self, real_contact: str) -> str:
        """Contact data leaves the atlas only with names."""
        return real_contact if self.with_names else ""

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
            found = None
            for n in range(min(self._longest, len(matches) - i), 0, -1):
                span = matches[i : i + n]
                if n > 1 and any(
                    text[a.end() : b.start()].strip(_GAP) for a, b in itertools.pairwise(span)
                ):
                    continue
                person_id = self._by_key.get(_key(m.group() for m in span))
                if person_id is not None:
                    found = (span[0].start(), span[-1].end(), person_id, n)
                    break
            if found is None:
                i += 1
                continue
            start, end, person_id, n = found
            out.append(text[last:start])
            out.append(self.name(person_id, ""))
            last = end
            i += n
        out.append(text[last:])
        return "".join(out)
