"""Limits against hostile or broken files. A file over a limit is refused whole."""

from __future__ import annotations

#: Largest file accepted for import (bytes).
MAX_FILE_BYTES = 50 * 1024 * 1024
#: Most data rows accepted in one import.
MAX_ROWS = 200_000
#: Most columns accepted in one table.
MAX_COLUMNS = 200
#: Longest accepted cell text (characters).
MAX_FIELD_CHARS = 10_000
#: XLSX: largest total unpacked size of the zip members (bytes), against zip bombs.
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
#: XLSX: most members in the zip.
MAX_ZIP_MEMBERS = 2_000
#: XLSX: a member that unpacks to more than this many times its packed size is refused.
MAX_COMPRESSION_RATIO = 250
