"""Vitality per network for the window, computed by desktop_app.analysis.vitality."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject

from desktop_app.analysis import vitality
from desktop_app.analysis.settings import vitality_settings
from desktop_app.labels import label
from desktop_app.ui.window.widgets import format_date

#: Fewer signals than this: the score comes with a "little data" note.
FEW_SIGNALS = 3


class _Counted(QObject):
    """Sentences with a count, through ``tr`` so Qt picks the plural form (``%n``)."""

    def little_data(self, count: int) -> str:
        return self.tr("(little data: %n signal(s))", "", count)

    def latest_signal(self, count: int) -> str:
        return self.tr("Latest signal: %1 (%n signals in all)", "", count)


def for_atlas(atlas) -> dict[str, vitality.Vitality]:
    return vitality.vitality_for_atlas(atlas)


def describe(v: vitality.Vitality | None) -> list[str]:
    """The score, its trend and the latest signal, in words."""
    if v is None or v.is_unknown:
        return [QCoreApplication.translate("Vitality", "Unknown: no signals recorded yet.")]
    lines = [
        QCoreApplication.translate("Vitality", "%1 out of 100").replace("%1", str(round(v.score)))
    ]
    if v.silent:
        lines[0] = (
            QCoreApplication.translate("Vitality", "Silent: no signal for %1 days (last score %2).")
            .replace("%1", str(v.days_since_last))
            .replace("%2", str(round(v.score)))
        )
    if v.signal_count < FEW_SIGNALS:
        # One +2 gives 100 of 100: say how little that rests on.
        lines[0] = f"{lines[0]} {_Counted().little_data(v.signal_count)}"
    trend = {
        vitality.TrendCategory.RISING: QCoreApplication.translate("Vitality", "rising"),
        vitality.TrendCategory.STABLE: QCoreApplication.translate("Vitality", "stable"),
        vitality.TrendCategory.FALLING: QCoreApplication.translate("Vitality", "falling"),
        vitality.TrendCategory.FALLING_FAST: QCoreApplication.translate("Vitality", "falling fast"),
    }.get(v.trend_category)
    if trend and v.trend is not None:
        lines.append(
            QCoreApplication.translate("Vitality", "Trend: %1 (%2 points)")
            .replace("%1", trend)
            .replace("%2", f"{v.trend.points:+.0f}")
        )
    if v.last_signal_on is not None:
        lines.append(
            _Counted().latest_signal(v.signal_count).replace("%1", format_date(v.last_signal_on))
        )
    return lines


def explanation(atlas, network_id: str, limit: int = 3) -> list[str]:
    """The signals that weigh most in the score, one line each."""
    signals = atlas.signals.of_network(network_id)
    if not signals:
        return []
    items = vitality.explain(signals, vitality_settings(atlas), date.today(), limit=limit)
    lines = []
    for c in items:
        line = (
            QCoreApplication.translate("Vitality", "%1 · %2 %3 · weighs %4%")
            .replace("%1", format_date(c.signal.date))
            .replace("%2", label(c.signal.dimension))
            .replace("%3", f"{c.signal.valence:+d}")
            .replace("%4", str(round(c.share * 100)))
        )
        if c.signal.note:
            line += f": {c.signal.note}"
        lines.append(line)
    return lines
