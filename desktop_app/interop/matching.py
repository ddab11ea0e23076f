"""Matching the columns of a file to the fields of a target.

Automatic first (each field takes the column whose header is its most
specific known name), then the user's corrections on top. Header text is only
compared, never used as a name anywhere.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.i18n import Text
from desktop_app.interop.catalogue import TargetSpec
from desktop_app.interop.errors import ImportRejectedError
from desktop_app.interop.vocabulary import normalise

#: Column index -> field name.
Mapping_ = dict[int, str]


def auto_match(headers: list[str], spec: TargetSpec) -> Mapping_:
    normalised = [normalise(h) for h in headers]
    mapping: Mapping_ = {}
    taken: set[int] = set()
    for field in spec.fields:
        for spelling in field.spellings():
            index = next(
                (i for i, h in enumerate(normalised) if h == spelling and i not in taken), None
            )
            if index is not None:
                mapping[index] = field.name
                taken.add(index)
                break
    return dict(sorted(mapping.items()))


def field_for(word: str, spec: TargetSpec) -> str | None:
    """The field a user means by ``word`` (its code name or Dutch/English label)."""
    key = normalise(word)
    for field in spec.fields:
        if key in (normalise(field.name), normalise(field.label.nl), normalise(field.label.en)):
            return field.name
    return None


def mapping_from_names(
    headers: list[str], spec: TargetSpec, by_header: Mapping[str, str | None]
) -> Mapping_:
    """Automatic matching corrected by ``{"header text": "field" or null}`` (CLI --mapping).

    Raises:
        ImportRejectedError: a header or field in the mapping does not exist.
    """
    mapping = auto_match(headers, spec)
    stripped = [h.strip() for h in headers]
    normalised = [normalise(h) for h in headers]
    for header, wanted in by_header.items():
        if not isinstance(header, str) or not (wanted is None or isinstance(wanted, str)):
            raise ImportRejectedError(_bad_mapping())
        if header.strip() in stripped:
            index = stripped.index(header.strip())
        elif normalise(header) in normalised:
            index = normalised.index(normalise(header))
        else:
            raise ImportRejectedError(
                Text(
                    "De koppeling noemt kolom '{header}', maar die staat niet in het bestand.",
                    "The mapping names column '{header}', which is not in the file.",
                ).format(header=header[:60])
            )
        if wanted is None or wanted == "":
            mapping.pop(index, None)
            continue
        field = field_for(wanted, spec)
        if field is None:
            raise ImportRejectedError(
                Text(
                    "Veld '{field}' bestaat niet voor {target}; kies uit: {choices}.",
                    "Field '{field}' does not exist for {target}; choose from: {choices}.",
                ).format(
                    field=wanted[:60],
                    target=spec.name,
                    choices=", ".join(f.name for f in spec.fields),
                )
            )
        for other, name in list(mapping.items()):
            if name == field and other != index:
                del mapping[other]
        mapping[index] = field
    return dict(sorted(mapping.items()))


def _bad_mapping() -> Text:
    return Text(
        'De koppeling moet een JSON-object zijn: {"kolomkop": "veld", ...}.',
        'The mapping must be a JSON object: {"column header": "field", ...}.',
    )
