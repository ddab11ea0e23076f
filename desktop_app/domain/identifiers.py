"""Finding residents in free text: names, name parts, initials, e-mail addresses, phones.

One finder serves both promises about free text: erasure (a forgotten
resident's "Mevrouw Kwikstaartje", "W. Kwikstaartje", e-mail address and
phone number leave every note) and pseudonymisation (a report without names
carries no resident's name part, e-mail address or phone number).

A :class:`NameFinder` knows a set of residents (a key, usually the person's
id, with a display name and a contact line) and returns the spans of text
that point at them, each with the keys it may point at:

- the full name, any case ("Wilma Kwikstaartje", "WILMA KWIKSTAARTJE");
- a name part written as a name (capitalised): "Kwikstaartje", "Wilma";
  particles ("van", "de", "ter") never count on their own;
- initials and particles before a surname join its span: "W. Kwikstaartje",
  "W.J. van der Berg", "mevrouw Van der Berg";
- e-mail addresses (a resident's when it is in their contact line or holds a
  name part) and phone numbers in Dutch formats (06-55512345, +31 6 5551 2345,
  020-5550101, (020) 555 01 01) or international ones (a resident's when the
  digits match their contact line).

Plain text functions, no storage: the store uses them to redact, the
analysis layer to pseudonymise.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

WORD = re.compile(r"\w+(?:[-'’]\w+)*")
#: What may stand between the words of one name: spaces, and the apostrophe of "van 't Hof".
_GAP = " \t\n'’"
#: Dutch (and a few neighbouring) surname particles: never a name part on their own.
_PARTICLE_WORDS = (
    "van de der den het 't ’t ter ten te in op aan la le du di da von vom zu d l el al bin"
)
PARTICLES = frozenset(_PARTICLE_WORDS.split(" "))
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
#: Dutch numbers (0 and nine digits, or +31/0031 and nine), any spaces, dashes, dots,
#: brackets between the digits; and international numbers (+ and 8 to 14 digits).
PHONE = re.compile(
    r"(?<![\w+])(?:"
    r"(?:\+|00)31[\s.-]*(?:\(0\)[\s.-]*)?[1-9](?:[\s.()-]{0,2}\d){8}"
    r"|\(?0[1-9](?:[\s.()-]{0,2}\d){8}"
    r"|\+[1-9](?:[\s.()-]{0,2}\d){7,13}"
    r")(?!\d)"
)
_DIGITS = re.compile(r"\d")
#: An initial before a surname: "W." or "W.J." (with or without the dots' spaces).
_INITIALS_BEFORE = re.compile(r"(?:\b[A-Z]\.\s?)+\s*$")


def phone_matches(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each phone number; "(" only with its ")": "(06-5551 2345)"."""
    out = []
    for m in PHONE.finditer(text):
        start, value = m.start(), m.group()
        if value.startswith("(") and ")" not in value:
            start, value = start + 1, value[1:]
        out.append((start, m.end(), value))
    return out


def normalise_phone(text: str) -> str:
    """The digits of a phone number in national form: "+31 6 5551 2345" -> "0655512345"."""
    has_plus = text.lstrip().startswith("+")
    digits = re.sub(r"\(0\)", "", text)
    digits = re.sub(r"\D", "", digits)
    if digits.startswith("0031"):
        return "0" + digits[4:]
    if has_plus and digits.startswith("31"):
        return "0" + digits[2:]
    return digits


def contact_items(contact: str) -> tuple[set[str], set[str]]:
    """(e-mail addresses in lower case, normalised phone numbers) of a contact line."""
    emails = {m.group().casefold() for m in EMAIL.finditer(contact or "")}
    phones = {normalise_phone(v) for _s, _e, v in phone_matches(contact or "")}
    return emails, phones


def name_words(name: str) -> list[str]:
    return WORD.findall(name or "")


def name_parts(name: str) -> list[str]:
    """The words of a name that identify on their own (no particles, no initials)."""
    return [
        w
        for w in name_words(name)
        if w.casefold() not in PARTICLES and len(w) >= 2 and not w.isdigit()
    ]


def surname_parts(name: str) -> list[str]:
    """The name parts after the first word (the surname, without particles)."""
    words = name_words(name)
    return [w for w in name_parts(" ".join(words[1:]))] if len(words) > 1 else []


def _key(words: Iterable[str]) -> str:
    return " ".join(w.casefold() for w in words)


def _looks_like_name(word: str) -> bool:
    """Written as a name: capitalised or in capitals ("bakker" the trade stays)."""
    return word[:1].isupper()


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of text pointing at one or more residents (empty keys: anyone's contact)."""

    start: int
    end: int
    keys: frozenset[str]
    kind: str  # 'name', 'part', 'email', 'phone'


class NameFinder:
    """The residents' names and contact data, to find them in any free text."""

    def __init__(self, persons: Iterable[tuple[str, str, str]]) -> None:
        """``persons``: (key, display name, contact line) of each resident."""
        self._full: dict[str, set[str]] = {}
        self._parts: dict[str, set[str]] = {}
        self._emails: dict[str, set[str]] = {}
        self._phones: dict[str, set[str]] = {}
        self._first: set[str] = set()
        self._longest = 1
        for key, name, contact in persons:
            words = name_words(name)
            if words:
                self._full.setdefault(_key(words), set()).add(key)
                self._first.add(words[0].casefold())
                self._longest = max(self._longest, len(words))
            for part in name_parts(name):
                self._parts.setdefault(part.casefold(), set()).add(key)
            emails, phones = contact_items(contact)
            for email in emails:
                self._emails.setdefault(email, set()).add(key)
            for phone in phones:
                self._phones.setdefault(phone, set()).add(key)

    @property
    def empty(self) -> bool:
        return not (self._full or self._parts)

    # -- the spans -------------------------------------------------------------
    def spans(self, text: str) -> list[Span]:
        """Every piece of ``text`` that names a resident or is contact data, in order."""
        if not text:
            return []
        found: list[Span] = []
        taken: list[tuple[int, int]] = []
        if "@" in text:
            for m in EMAIL.finditer(text):
                found.append(Span(m.start(), m.end(), self._email_keys(m.group()), "email"))
                taken.append(m.span())
        if _DIGITS.search(text):
            for start, end, value in phone_matches(text):
                if _overlaps((start, end), taken):
                    continue
                keys = frozenset(self._phones.get(normalise_phone(value), ()))
                found.append(Span(start, end, keys, "phone"))
                taken.append((start, end))
        if self._full or self._parts:
            found.extend(self._name_spans(text, taken))
        return sorted(found, key=lambda s: s.start)

    def _email_keys(self, email: str) -> frozenset[str]:
        email = email.casefold()
        keys = set(self._emails.get(email, ()))
        local = email.split("@", 1)[0]
        for word in re.split(r"[._+-]+", local):
            if len(word) >= 3:
                keys |= self._parts.get(word, set())
        return frozenset(keys)

    def _name_spans(self, text: str, taken: list[tuple[int, int]]) -> list[Span]:
        matches = [m for m in WORD.finditer(text) if not _overlaps(m.span(), taken)]
        spans: list[Span] = []
        i = 0
        while i < len(matches):
            word = matches[i].group()
            hit = None
            if word.casefold() in self._first:
                for n in range(min(self._longest, len(matches) - i), 1, -1):
                    run = matches[i : i + n]
                    if any(
                        text[a.end() : b.start()].strip(_GAP) for a, b in itertools.pairwise(run)
                    ):
                        continue
                    keys = self._full.get(_key(m.group() for m in run))
                    if keys:
                        hit = (n, frozenset(keys), "name")
                        break
            if hit is None and _looks_like_name(word):
                keys = self._full.get(word.casefold()) or self._parts.get(word.casefold())
                if keys:
                    hit = (1, frozenset(keys), "part")
            if hit is None:
                i += 1
                continue
            n, keys, kind = hit
            start, end = matches[i].start(), matches[i + n - 1].end()
            if kind == "part":
                start = extend_left(text, start, spans[-1].end if spans else 0)
            spans.append(Span(start, end, keys, kind))
            i += n
        return spans

    # -- using them ------------------------------------------------------------

    def replace(self, text: str, mark: Callable[[Span], str], *, only: str | None = None) -> str:
        """``text`` with each span replaced by ``mark(span)``; ``only``: spans of that key."""
        out: list[str] = []
        last = 0
        for span in self.spans(text):
            if only is not None and only not in span.keys:
                continue
            out.append(text[last : span.start])
            out.append(mark(span))
            last = span.end
        if not out:
            return text
        out.append(text[last:])
        return "".join(out)

    def names(self, text: str, key: str) -> list[Span]:
        """The spans of ``text`` that point at the resident ``key``."""
        return [s for s in self.spans(text) if key in s.keys]


def extend_left(text: str, start: int, floor: int = 0) -> int:
    """Take the particles and initials before a surname at ``start`` into its span."""
    while True:
        before = text[floor:start]
        m = re.search(r"(\w+(?:['’]\w+)?|['’]t)\s+$", before)
        if m and m.group(1).casefold() in PARTICLES:
            start = floor + m.start()
            continue
        m = _INITIALS_BEFORE.search(before)
        if m and m.group().strip():
            start = floor + m.start()
        return start


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in taken)


# -- a record of identifiers without the identifiers ------------------------------
def digest(salt: bytes, kind: str, value: str) -> str:
    """A keyed digest of one identifier (the identifier cannot be read back from it)."""
    h = hashlib.blake2b(f"{kind}:{value.casefold()}".encode(), digest_size=16, key=salt)
    return h.hexdigest()


def digests_of(salt: bytes, name: str, contact: str) -> list[str]:
    """Digests of a resident's full name, surname parts, e-mail addresses and phones."""
    words = name_words(name)
    out = []
    if len(words) > 1:
        out.append(digest(salt, "name", _key(words)))
    for part in surname_parts(name) or name_parts(name):
        out.append(digest(salt, "part", part))
    emails, phones = contact_items(contact)
    out += [digest(salt, "email", e) for e in sorted(emails)]
    out += [digest(salt, "phone", p) for p in sorted(phones) if len(p) >= 8]
    return sorted(set(out))


class DigestMatcher:
    """Finds, in free text, what a set of digests (see :func:`digests_of`) stands for."""

    def __init__(self, salt: bytes, known: Iterable[str], longest: int = 6) -> None:
        self.salt = salt
        self.known = set(known)
        self.longest = longest
        self._cache: dict[tuple[str, str], bool] = {}

    def _hit(self, kind: str, value: str) -> bool:
        key = (kind, value.casefold())
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = digest(self.salt, kind, key[1]) in self.known
        return found

    def triggers(self, corpus: str) -> set[str]:
        """The words, addresses and numbers of ``corpus`` (many texts joined) whose
        digest is known: a text holding none of them has nothing to redact."""
        if not self.known:
            return set()
        found = {w for w in set(WORD.findall(corpus)) if self._hit("part", w)}
        if "@" in corpus:
            found |= {m for m in set(EMAIL.findall(corpus)) if self._hit("email", m)}
        for _start, _end, value in phone_matches(corpus):
            if self._hit("phone", normalise_phone(value)):
                found.add(value)
        return found

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Spans of ``text`` whose digest is known: full names, name parts, contact data."""
        if not text or not self.known:
            return []
        spans: list[tuple[int, int]] = []
        if "@" in text:
            spans += [m.span() for m in EMAIL.finditer(text) if self._hit("email", m.group())]
        if _DIGITS.search(text):
            for start, end, value in phone_matches(text):
                if self._hit("phone", normalise_phone(value)):
                    spans.append((start, end))
        words = [m for m in WORD.finditer(text) if not _overlaps(m.span(), spans)]
        taken = -1
        for j, word in enumerate(words):
            if j <= taken or not self._hit("part", word.group()):
                continue
            best = self._full_name_around(text, words, j, taken)
            if best is not None:
                i, k = best
                spans.append((words[i].start(), words[k].end()))
                taken = k
            elif _looks_like_name(word.group()):
                floor = max((b for _a, b in spans if b <= word.start()), default=0)
                spans.append((extend_left(text, word.start(), floor), word.end()))
                taken = j
        return sorted(spans)

    def _full_name_around(
        self, text: str, words: list[re.Match[str]], j: int, taken: int
    ) -> tuple[int, int] | None:
        """(first, last) word index of a known full name that holds word ``j``."""
        for n in range(min(self.longest, len(words)), 1, -1):
            for i in range(max(taken + 1, j - n + 1), j + 1):
                run = words[i : i + n]
                if len(run) < n or any(
                    text[a.end() : b.start()].strip(_GAP) for a, b in itertools.pairwise(run)
                ):
                    continue
                if self._hit("name", _key(m.group() for m in run)):
                    return i, i + n - 1
        return None
