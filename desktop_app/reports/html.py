"""The report model as HTML for :class:`QTextDocument`, in the UI language.

Every string that comes from the atlas goes through :func:`esc` (``html.escape``),
so a name like ``<b>x</b><img src="file:///etc/passwd">`` is printed as those
characters. Images are our own charts, added to the document under
``report:`` URLs; nothing else is ever referenced.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from desktop_app.domain import palette
from desktop_app.domain.enums import AreaLevel, NetworkStatus, SupportStatus
from desktop_app.labels import label
from desktop_app.reports import charts
from desktop_app.reports.map_image import map_image
from desktop_app.reports.model import (
    AreaSection,
    AreaSummary,
    MapData,
    MunicipalityOverview,
    NetworkProfile,
    Reason,
    ReasonCode,
    Report,
    ReportKind,
    ReportMeta,
    Structure,
)
from desktop_app.reports.render_pdf import DocumentSpec, PageDecor, SafeDocument

CSS = """
body { color: #222222; }
h1 { font-size: 19pt; color: #1d3b5a; margin-bottom: 2px; }
h2 { font-size: 13.5pt; color: #1d3b5a; margin-top: 14px; margin-bottom: 4px; }
h3 { font-size: 10.5pt; color: #1d3b5a; margin-top: 10px; margin-bottom: 3px; }
p { margin-top: 2px; margin-bottom: 4px; }
.meta { color: #555555; font-size: 9pt; }
.muted { color: #777777; font-size: 8.5pt; }
.small { font-size: 8.5pt; }
.banner { color: #b2182b; font-weight: bold; }
.privacy { color: #555555; font-size: 8.5pt; }
th { background-color: #e8eef4; color: #1d3b5a; font-weight: bold; text-align: left; }
td.num, th.num { text-align: right; }
span.figure { font-size: 15pt; font-weight: bold; color: #1d3b5a; }
span.figlabel { color: #555555; font-size: 8.5pt; }
"""

#: Longest lists in an area section before "... and N more".
MAX_ATTENTION = 30
MAX_OBSTACLES = 25
MAX_PROFESSIONALS = 25
#: The same, for the district sections of a municipality overview (kept short).
COMPACT_ATTENTION = 8
COMPACT_PROFESSIONALS = 6


def translate(context: str, text: str) -> str:
    """Qt's translation (a plain name, so lupdate finds the calls with their context)."""
    return QCoreApplication.translate(context, text)


def tag(name: str, text: str, cls: str = "") -> str:
    """``<name class=cls>text</name>`` with ``text`` escaped."""
    attr = f' class="{cls}"' if cls else ""
    return f"<{name}{attr}>{esc(text)}</{name}>"


def esc(text: object) -> str:
    """Atlas text as literal characters (line breaks kept)."""
    return html.escape(str(text), quote=True).replace("\n", "<br/>")


def fmt_date(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else "–"


def fmt_score(score: float | None) -> str:
    return "–" if score is None else f"{score:.0f}"


def fmt_number(value: float | None, decimals: int = 0) -> str:
    if value is None:
        return "–"
    text = f"{value:,.{decimals}f}"
    # Dutch: 1.234,5
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def reason_text(reason: Reason) -> str:
    if reason.text:
        # The analysis layer's own sentence, already in the UI language.
        return esc(reason.text)
    value = "" if reason.value is None else fmt_number(abs(reason.value))
    words = {
        ReasonCode.FALLING: translate("Reports", "vitality falling fast (%1 points)"),
        ReasonCode.SILENT: translate("Reports", "silent for %1 days"),
        ReasonCode.LOW: translate("Reports", "low vitality"),
        ReasonCode.SINGLE_TREKKER: translate("Reports", "rests on a single trekker"),
        ReasonCode.OBSTACLE_OPEN_LONG: translate("Reports", "obstacle open for %1 days"),
        ReasonCode.SUPPORT_WAITING: translate("Reports", "support asked, not assigned for %1 days"),
    }
    if reason.code is ReasonCode.OTHER or reason.code not in words:
        return esc(reason.text)
    text = words[reason.code]
    if "%1" in text and not value:
        text = text.split("(")[0].replace("%1", "").replace("  ", " ").strip()
    return esc(text.replace("%1", value))


def title_of(meta: ReportMeta) -> str:
    if meta.kind is ReportKind.NETWORK:
        return translate("Reports", "Network profile: %1").replace("%1", meta.subject)
    if meta.kind is ReportKind.MUNICIPALITY:
        return translate("Reports", "Municipality overview: %1").replace("%1", meta.subject)
    if meta.subject_level is AreaLevel.MUNICIPALITY:
        return translate("Reports", "Area summary: %1").replace("%1", meta.subject)
    if meta.subject_level is AreaLevel.NEIGHBOURHOOD:
        return translate("Reports", "Neighbourhood summary: %1").replace("%1", meta.subject)
    return translate("Reports", "District summary: %1").replace("%1", meta.subject)


class _Html:
    """Collects HTML parts and the images they refer to."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.images: dict[str, Callable[[], QImage]] = {}

    def add(self, *parts: str) -> None:
        self.parts.extend(parts)

    def image(self, make: Callable[[], QImage], width: int, height: int) -> str:
        """An ``<img>`` of ``width`` x ``height``; ``make()`` paints it when its page is drawn."""
        name = f"image{len(self.images) + 1}"
        self.images[name] = make
        url = f"{SafeDocument.SCHEME}:{name}"
        return f'<img src="{url}" width="{width}" height="{height}"/>'

    def spec(self) -> DocumentSpec:
        return DocumentSpec(f"<html><body>{''.join(self.parts)}</body></html>", CSS, self.images)

    def table(
        self,
        headers: Sequence[str],
        rows: Iterable[Sequence[str]],
        *,
        numeric: Sequence[int] = (),
        widths: Sequence[int] | None = None,
        nowrap: Sequence[int] = (),
    ) -> None:
        """A table; cells must already be escaped.

        ``numeric``: right-aligned columns; ``nowrap``: columns kept on one line (dates).
        """
        out = [
            '<table width="100%" cellspacing="0" cellpadding="3" border="0.5" '
            'style="border-color: #c8d0d8; border-style: solid; border-collapse: collapse;">',
            "<thead><tr>",
        ]
        for i, head in enumerate(headers):
            width = f' width="{widths[i]}%"' if widths else ""
            cls = ' class="num"' if i in numeric else ""
            out.append(f"<th{cls}{width}>{head}</th>")
        out.append("</tr></thead><tbody>")
        for row in rows:
            out.append("<tr>")
            for i, cell in enumerate(row):
                cls = ' class="num"' if i in numeric else ""
                if i in nowrap:
                    cls += " nowrap"
                out.append(f"<td{cls}>{cell}</td>")
            out.append("</tr>")
        out.append("</tbody></table>")
        self.parts.append("".join(out))

    def html(self) -> str:
        return f"<html><body>{''.join(self.parts)}</body></html>"


def build_documents(report: Report) -> tuple[list[DocumentSpec], PageDecor]:
    """The documents (one per section, each starting on a new page) and the page decoration.

    A municipality overview is one document per district: laying out and
    drawing many small documents is linear in their size, one big document of
    hundreds of pages is not.
    """
    meta = report.meta
    first = _Html()
    _title_block(first, meta)
    outs = [first]
    if isinstance(report, NetworkProfile):
        _network(first, report)
    elif isinstance(report, AreaSummary):
        _section(first, report.section, top=True)
    elif isinstance(report, MunicipalityOverview):
        _section(first, report.section, top=True)
        for district in report.districts:
            out = _Html()
            _section(out, district, top=False, compact=True)
            outs.append(out)
    decor = PageDecor(
        title=title_of(meta),
        atlas_name=meta.atlas_name,
        made_on=fmt_date(meta.made_on),
        demo=meta.is_demo,
        personal_data=meta.with_names,
    )
    return [out.spec() for out in outs], decor


# -- title ------------------------------------------------------------------------
def _title_block(out: _Html, meta: ReportMeta) -> None:
    out.add(f"<h1>{esc(title_of(meta))}</h1>")
    level = label(meta.subject_level) if meta.subject_level else label_network()
    out.add(
        '<p class="meta">',
        esc(translate("Reports", "Atlas")),
        f": <b>{esc(meta.atlas_name)}</b> &nbsp;·&nbsp; ",
        f"{esc(level)}: <b>{esc(meta.subject)}</b> &nbsp;·&nbsp; ",
        esc(translate("Reports", "Date")),
        f": <b>{fmt_date(meta.made_on)}</b></p>",
    )
    if meta.is_demo:
        out.add(
            '<p class="banner">DEMO · ',
            esc(
                translate(
                    "Reports",
                    "This report was made from the demo atlas: all names and data are fictional.",
                )
            ),
            "</p>",
        )
    if meta.with_names:
        out.add(
            '<p class="banner">',
            esc(
                translate(
                    "Reports",
                    "This report contains personal data (names of residents). "
                    "Share it only with those who need it and do not keep it longer than needed.",
                )
            ),
            "</p>",
        )
    else:
        out.add(
            '<p class="privacy">',
            esc(
                translate(
                    "Reports",
                    "Residents appear under a pseudonym (Resident 1, Resident 2, ...) that holds "
                    "within this report only.",
                )
            ),
            "</p>",
        )


def label_network() -> str:
    return translate("Reports", "Network")


# -- network profile -----------------------------------------------------------------
def _network(out: _Html, r: NetworkProfile) -> None:
    v = r.vitality
    fields = [
        (translate("Reports", "Kind"), esc(label(r.kind))),
        (translate("Reports", "Status"), esc(label(r.status))),
        (translate("Reports", "Area"), esc(r.area or "–")),
        (
            translate("Reports", "Estimated size"),
            fmt_number(r.size_estimate) if r.size_estimate else "–",
        ),
        (translate("Reports", "Founded"), fmt_date(r.founded)),
        (translate("Reports", "Meeting place"), esc(r.meeting_place or "–")),
        (translate("Reports", "Themes"), esc(", ".join(r.themes) or "–")),
        (translate("Reports", "Channels"), esc(", ".join(r.channels) or "–")),
    ]
    out.add(tag("h2", translate("Reports", "Profile")))
    rows = []
    for i in range(0, len(fields), 2):
        pair = fields[i : i + 2]
        cells = []
        for name, value in pair:
            cells += [f'<span class="muted">{esc(name)}</span>', value]
        rows.append(cells)
    out.add('<table width="100%" cellpadding="2" cellspacing="0">')
    for row in rows:
        out.add(
            "<tr>",
            "".join(
                f'<td width="{w}%">{c}</td>' for w, c in zip((16, 33, 19, 32), row, strict=False)
            ),
            "</tr>",
        )
    out.add("</table>")
    if r.description:
        out.add(f"<p>{esc(r.description)}</p>")

    out.add(tag("h2", translate("Reports", "Vitality")))
    colour = palette.vitality_colour(None if v.silent else v.score)
    state = translate("Reports", "silent") if v.silent else ""
    trend = "–" if v.trend is None else (("+" if v.trend > 0 else "") + fmt_number(v.trend))
    out.add(
        '<table cellpadding="4" cellspacing="0"><tr>',
        f'<td bgcolor="{colour}" width="46" align="center" '
        'style="font-size: 16pt; font-weight: bold;">'
        f"{fmt_score(v.score)}</td>",
        "<td>",
        esc(translate("Reports", "Score (0–100)")),
        f" &nbsp; <b>{esc(state)}</b><br/>",
        '<span class="muted">',
        esc(translate("Reports", "Trend, last 90 days against the 90 before")),
        ": </span>",
        f"<b>{trend}</b></td>",
        "</tr></table>",
    )
    if r.reasons:
        out.add(
            "<p><b>",
            esc(translate("Reports", "Needs attention")),
            ":</b> ",
            "<br/>".join(reason_text(reason) for reason in r.reasons),
            "</p>",
        )
    if v.timeline or v.signals:
        chart = partial(charts.timeline_chart, v.timeline, v.signals, 640, 170)
        out.add(f"<p>{out.image(chart, 640, 170)}</p>")
        out.add(
            '<p class="muted">'
            + esc(
                translate(
                    "Reports",
                    "Line: vitality score over time on the colour bands of the map. "
                    "Dots: signals, coloured by valence (red negative, blue positive).",
                )
            )
            + "</p>"
        )
    if v.signals:
        out.add(tag("h3", translate("Reports", "The signals that weigh most in the score")))
        out.table(
            [
                translate("Reports", "Date"),
                translate("Reports", "Dimension"),
                translate("Reports", "Valence"),
                translate("Reports", "Note"),
                translate("Reports", "Weight"),
            ],
            (
                [
                    fmt_date(s.date),
                    esc(label(s.dimension)),
                    f"{s.valence:+d}" if s.valence else "0",
                    esc(s.note),
                    "–" if s.weight is None else f"{fmt_number(s.weight * 100)}%",
                ]
                for s in v.signals
            ),
            numeric=(2, 4),
            widths=(13, 16, 12, 47, 12),
            nowrap=(0,),
        )

    out.add(tag("h2", translate("Reports", "Contacts")))
    if r.contacts:
        out.table(
            [
                translate("Reports", "Contact"),
                translate("Reports", "Role"),
                translate("Reports", "Also in other networks"),
            ],
            (
                [
                    esc(c.label),
                    esc(label(c.role)),
                    str(c.other_networks) if c.other_networks else "–",
                ]
                for c in r.contacts
            ),
            numeric=(2,),
            widths=(40, 35, 25),
        )
    else:
        out.add(tag("p", translate("Reports", "No contacts recorded."), "muted"))

    out.add(tag("h2", translate("Reports", "Ties with other networks")))
    if r.ties:
        out.table(
            [
                translate("Reports", "Network"),
                translate("Reports", "Kind of tie"),
                translate("Reports", "Strength"),
                translate("Reports", "Since"),
            ],
            (
                [esc(t.other), esc(label(t.kind)), "●" * t.strength, fmt_date(t.since)]
                for t in r.ties
            ),
            widths=(45, 25, 12, 18),
            nowrap=(3,),
        )
    else:
        out.add(tag("p", translate("Reports", "No ties recorded."), "muted"))

    out.add(tag("h2", translate("Reports", "Open obstacles")))
    if r.obstacles:
        out.table(
            [
                translate("Reports", "Category"),
                translate("Reports", "Description"),
                translate("Reports", "Status"),
                translate("Reports", "Owner"),
                translate("Reports", "Reported"),
                translate("Reports", "Days open"),
            ],
            (
                [
                    esc(label(o.category)),
                    esc(o.description),
                    esc(label(o.status)),
                    esc(o.owner or "–"),
                    fmt_date(o.reported_on),
                    fmt_number(o.age_days),
                ]
                for o in r.obstacles
            ),
            numeric=(5,),
            widths=(13, 33, 15, 14, 14, 11),
            nowrap=(4,),
        )
    else:
        out.add(tag("p", translate("Reports", "No open obstacles."), "muted"))

    out.add(tag("h2", translate("Reports", "Support")))
    if r.support:
        out.table(
            [
                translate("Reports", "Need (priority)"),
                translate("Reports", "Status"),
                translate("Reports", "Professional"),
                translate("Reports", "Noticed"),
                translate("Reports", "Finished"),
                translate("Reports", "Description and outcome"),
            ],
            (
                [
                    f"{esc(label(s.need))} ({esc(label(s.priority).lower())})",
                    esc(label(s.status)),
                    esc(s.professional or "–"),
                    fmt_date(s.noticed_on),
                    fmt_date(s.finished_on),
                    esc(" — ".join(t for t in (s.description, s.outcome) if t) or "–"),
                ]
                for s in r.support
            ),
            widths=(17, 12, 16, 14, 14, 27),
            nowrap=(3, 4),
        )
    else:
        out.add(tag("p", translate("Reports", "No support cases."), "muted"))

    out.add(tag("h2", translate("Reports", "Recent notes")))
    if r.notes:
        for note in r.notes:
            author = f" · {esc(note.author)}" if note.author else ""
            out.add(
                f'<p><span class="muted">{fmt_date(note.date)}{author}</span><br/>',
                f"{esc(note.text)}</p>",
            )
    else:
        out.add(tag("p", translate("Reports", "No notes."), "muted"))


# -- area section ---------------------------------------------------------------------
def _section(out: _Html, s: AreaSection, *, top: bool, compact: bool = False) -> None:
    """One area: figures, map, vitality, attention, obstacles, support, professionals.

    ``compact`` (district sections of the municipality overview) lists fewer
    networks and professionals and leaves out the table of single obstacles.
    """
    max_attention = COMPACT_ATTENTION if compact else MAX_ATTENTION
    max_professionals = COMPACT_PROFESSIONALS if compact else MAX_PROFESSIONALS
    map_height = 300 if compact else 370
    f = s.figures
    if not top:
        out.add(f"<h1>{esc(label(s.level))}: {esc(s.name)}</h1>")
        if s.parent:
            out.add(tag("p", translate("Reports", "Part of %1").replace("%1", s.parent), "meta"))
    out.add(tag("h2", translate("Reports", "Key figures")))
    figures = [
        (fmt_number(f.networks), translate("Reports", "networks")),
        (fmt_number(f.by_status.get(NetworkStatus.ACTIVE, 0)), translate("Reports", "active")),
        (fmt_number(f.contacts), translate("Reports", "contacts")),
        (fmt_number(f.bridges), translate("Reports", "bridge persons")),
        (fmt_number(f.ties), translate("Reports", "ties")),
        (fmt_score(f.median_score), translate("Reports", "median vitality")),
        (fmt_number(f.silent), translate("Reports", "silent networks")),
        (fmt_number(f.open_obstacles), translate("Reports", "open obstacles")),
        (fmt_number(f.open_support), translate("Reports", "open support cases")),
        (fmt_number(s.attention_total), translate("Reports", "need attention")),
    ]
    out.add('<table width="100%" cellpadding="3" cellspacing="2">')
    for start in (0, 5):
        out.add("<tr>")
        for value, word in figures[start : start + 5]:
            out.add(
                '<td width="20%" valign="top"><span class="figure">',
                value,
                '</span><br/><span class="figlabel">',
                esc(word),
                "</span></td>",
            )
        out.add("</tr>")
    out.add("</table>")
    dormant = f.by_status.get(NetworkStatus.DORMANT, 0)
    ended = f.by_status.get(NetworkStatus.ENDED, 0)
    out.add(
        '<p class="muted">',
        esc(
            translate("Reports", "Of which dormant: %1, ended: %2.").replace("%1", str(dormant))
        ).replace("%2", str(ended)),
        "</p>",
    )

    if s.map is not None and s.map.nodes:
        out.add(tag("h2", translate("Reports", "Map")))
        out.add(f"<p>{out.image(partial(map_image, s.map, 660, map_height), 660, map_height)}</p>")
        _legend(out, s.map)

    out.add(tag("h2", translate("Reports", "Vitality")))
    out.add(
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td width="62%">',
        out.image(partial(charts.distribution_chart, s.distribution, 400, 165), 400, 165),
        '</td><td valign="top">',
        '<p class="small">',
        esc(
            translate(
                "Reports",
                "Networks per vitality class. The score (0–100) is derived from dated "
                "signals, recent ones weighing most; grey: no score or silent.",
            )
        ),
        "</p>",
    )
    if s.kinds:
        kinds = sorted(s.kinds.items(), key=lambda kv: (-kv[1], label(kv[0])))
        out.add('<p class="small"><b>', esc(translate("Reports", "Kinds of network")), "</b><br/>")
        out.add("<br/>".join(f"{esc(label(k))}: {n}" for k, n in kinds[:8]))
        out.add("</p>")
    out.add("</td></tr></table>")

    if s.children:
        heading = (
            translate("Reports", "Neighbourhoods")
            if s.level is AreaLevel.DISTRICT
            else translate("Reports", "Districts")
        )
        out.add(f"<h3>{esc(heading)}</h3>")
        out.table(
            [
                translate("Reports", "Area"),
                translate("Reports", "Networks"),
                translate("Reports", "Median vitality"),
            ],
            ([esc(name), fmt_number(count), fmt_score(score)] for name, count, score in s.children),
            numeric=(1, 2),
            widths=(60, 20, 20),
        )

    if s.structure is not None:
        _structure(out, s.structure)

    out.add(tag("h2", translate("Reports", "Networks needing attention")))
    if s.attention:
        out.table(
            [
                translate("Reports", "Network"),
                translate("Reports", "Area"),
                translate("Reports", "Score"),
                translate("Reports", "Why"),
            ],
            (
                [
                    esc(a.network),
                    esc(a.area),
                    fmt_score(a.score),
                    "<br/>".join(reason_text(r) for r in a.reasons),
                ]
                for a in s.attention[:max_attention]
            ),
            numeric=(2,),
            widths=(26, 15, 8, 51),
        )
        more = s.attention_total - min(len(s.attention), max_attention)
        if more > 0:
            out.add(
                tag("p", translate("Reports", "... and %1 more.").replace("%1", str(more)), "muted")
            )
    else:
        out.add(tag("p", translate("Reports", "No network needs attention."), "muted"))

    out.add(tag("h2", translate("Reports", "Open obstacles by category")))
    if s.obstacles:
        out.table(
            [
                translate("Reports", "Category"),
                translate("Reports", "Open"),
                translate("Reports", "Median days open"),
                translate("Reports", "Oldest (days)"),
            ],
            (
                [
                    esc(label(g.category)),
                    str(g.open_count),
                    fmt_number(g.median_days),
                    fmt_number(g.oldest_days),
                ]
                for g in s.obstacles
            ),
            numeric=(1, 2, 3),
            widths=(46, 14, 20, 20),
        )
        items = sorted((o for g in s.obstacles for o in g.items), key=lambda o: -(o.age_days or 0))
        if items and not compact:
            out.add(tag("h3", translate("Reports", "Longest open")))
            out.table(
                [
                    translate("Reports", "Category"),
                    translate("Reports", "Description"),
                    translate("Reports", "Networks"),
                    translate("Reports", "Owner"),
                    translate("Reports", "Days open"),
                ],
                (
                    [
                        esc(label(o.category)),
                        esc(o.description),
                        esc(", ".join(o.networks)),
                        esc(o.owner or "–"),
                        fmt_number(o.age_days),
                    ]
                    for o in items[:MAX_OBSTACLES]
                ),
                numeric=(4,),
                widths=(14, 36, 22, 18, 10),
            )
    else:
        out.add(tag("p", translate("Reports", "No open obstacles."), "muted"))

    out.add(tag("h2", translate("Reports", "Support cases by status")))
    if any(s.support.values()):
        if not compact:
            out.add(
                f"<p>{out.image(partial(charts.support_chart, s.support, 640, 40), 640, 40)}</p>"
            )
        out.table(
            [esc(label(st)) for st in SupportStatus],
            [[str(s.support.get(st, 0)) for st in SupportStatus]],
            numeric=tuple(range(len(SupportStatus))),
            widths=(20, 20, 20, 20, 20),
        )
    else:
        out.add(tag("p", translate("Reports", "No support cases."), "muted"))

    out.add(tag("h2", translate("Reports", "Professionals involved")))
    if s.professionals:
        out.table(
            [
                translate("Reports", "Professional"),
                translate("Reports", "Organisation"),
                translate("Reports", "Open cases"),
                translate("Reports", "Finished"),
                translate("Reports", "Obstacles owned"),
            ],
            (
                [
                    esc(p.name),
                    esc(p.organisation or "–"),
                    str(p.open_cases),
                    str(p.finished_cases),
                    str(p.obstacles_owned),
                ]
                for p in s.professionals[:max_professionals]
            ),
            numeric=(2, 3, 4),
            widths=(30, 30, 14, 12, 14),
        )
        if len(s.professionals) > max_professionals:
            more = len(s.professionals) - max_professionals
            out.add(
                tag("p", translate("Reports", "... and %1 more.").replace("%1", str(more)), "muted")
            )
    else:
        out.add(tag("p", translate("Reports", "No professionals involved."), "muted"))


def _structure(out: _Html, st: Structure) -> None:
    out.add(tag("h2", translate("Reports", "How the networks hang together")))
    if st.cluster_sizes:
        sizes = ", ".join(str(n) for n in st.cluster_sizes[:8])
        more = "" if len(st.cluster_sizes) <= 8 else ", …"
        text = (
            translate("Reports", "Clusters (groups of networks tied together): %1, of %2 networks.")
            .replace("%1", str(len(st.cluster_sizes)))
            .replace("%2", sizes + more)
        )
    else:
        text = translate("Reports", "No clusters: the networks are hardly tied together.")
    out.add(tag("p", text))
    if st.bridges:
        loose = esc(translate("Reports", "without it part falls loose"))
        names = [esc(name) + (f" <i>({loose})</i>" if cut else "") for name, cut in st.bridges]
        rest = st.bridges_total - len(st.bridges)
        out.add(
            "<p><b>",
            esc(translate("Reports", "Bridge networks")),
            "</b> ",
            esc(translate("Reports", "(most often between other networks)")),
            ": ",
            "; ".join(names),
            esc(translate("Reports", " and %1 more").replace("%1", str(rest))) if rest > 0 else "",
            ".</p>",
        )
    if st.isolated_total:
        rest = st.isolated_total - len(st.isolated)
        out.add(
            "<p><b>",
            esc(translate("Reports", "Networks without any tie")),
            f"</b> ({st.isolated_total}): ",
            esc(", ".join(st.isolated)),
            esc(translate("Reports", " and %1 more").replace("%1", str(rest))) if rest > 0 else "",
            ".</p>",
        )


def _swatch(colour: str, text: str, *, ring: bool = False) -> str:
    if ring:
        cell = f'<td width="12" style="border: 2px solid {colour};">&nbsp;</td>'
    else:
        cell = f'<td width="12" bgcolor="{colour}">&nbsp;</td>'
    return f'{cell}<td class="small">&nbsp;{esc(text)}&nbsp;&nbsp;</td>'


def _legend(out: _Html, data: MapData) -> None:
    labels = charts.class_labels()
    rows = [
        (
            translate("Reports", "Fill: vitality"),
            [_swatch(c, labels[i]) for i, (_, c) in enumerate(palette.VITALITY_CLASSES)]
            + [_swatch(palette.UNKNOWN, translate("Reports", "unknown or silent"))],
        )
    ]
    if data.ring_statuses:
        rows.append(
            (
                translate("Reports", "Ring: support"),
                [_swatch(palette.SUPPORT_RING[st], label(st)) for st in data.ring_statuses],
            )
        )
    other = []
    if data.has_blocked:
        other.append(
            _swatch(palette.OBSTACLE_MARKER, translate("Reports", "open obstacle (triangle)"))
        )
    other.append(_swatch(palette.TIE, translate("Reports", "tie (width: strength)")))
    if data.has_tension:
        other.append(_swatch(palette.TENSION, translate("Reports", "tension")))
    rows.append((translate("Reports", "Marks and lines"), other))
    out.add(
        '<p class="small"><b>',
        esc(translate("Reports", "Legend")),
        "</b> · ",
        esc(translate("Reports", "size: estimated number of people")),
        "</p>",
        '<table cellpadding="1" cellspacing="2">',
    )
    for title, cells in rows:
        out.add(
            f'<tr><td class="small" width="130"><b>{esc(title)}</b></td>',
            '<td><table cellpadding="1" cellspacing="2"><tr>',
            "".join(cells),
            "</tr></table></td></tr>",
        )
    out.add("</table>")
