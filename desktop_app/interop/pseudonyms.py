"""Pseudonyms for residents in exports: 'Bewoner 1', 'Bewoner 2', ...

One :class:`Pseudonyms` per export, so a person has the same pseudonym in
every table of that export and a different numbering in the next one.
"""

from __future__ import annotations

from desktop_app.i18n import language


class Pseudonyms:
    def __init__(self, with_names: bool = False, lang: str | None = None) -> None:
        self.with_names = with_names
        self._word = "Bewoner" if (lang or language()) == "nl" else "Resident"
        self._numbers: dict[str, int] = {}

    def name(self, person_id: str, real_name: str) -> str:
        if self.with_names:
            return real_name
        number = self._numbers.setdefault(person_id, len(self._numbers) + 1)
        return f"{self._word} {number}"

    def contact(self, real_contact: str) -> str:
        """Contact data leaves the atlas only with names."""
        return real_contact if self.with_names else ""
