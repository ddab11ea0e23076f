"""Full-text search over network names, descriptions and notes (FTS5)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.store.atlas import Atlas

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class SearchHit:
    ref_type: str  # 'network' or 'note'
    ref_id: str
    title: str
    rank: float


def fts_query(text: str) -> str | None:
    """A safe FTS5 query for what a user typed: every word as a quoted prefix.

    User text never reaches FTS5's query syntax: ``"`` and operators are dropped.
    """
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def search(atlas: Atlas, text: str, *, limit: int = 50) -> list[SearchHit]:
    query = fts_query(text)
    if query is None:
        return []
    with atlas.reading():
        rows = atlas.conn.execute(
            """SELECT ref_type, ref_id, title, bm25(search_index, 0, 0, 10.0, 1.0) AS score
               FROM search_index WHERE search_index MATCH ?
               ORDER BY score LIMIT ?""",
            (query, limit),
        ).fetchall()
    return [SearchHit(r[0], r[1], r[2], r[3]) for r in rows]
