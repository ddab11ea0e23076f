"""The analysis layer: pure functions over domain objects; no Qt, no SQL.

Modules:
    settings    every setting/threshold key, default and range; typed settings readers.
    inputs      AnalysisInputs: one read of an atlas for everything below.
    vitality    score 0-100, trend, silence, explanation, score series (docs/vitality.md).
    alerts      'where to look today' rules returning Attention items.
    overview    per-area counts, vitality distribution and attention list.
    obstacles   register figures: per category open / median days to removal; overdue.
    matching    professionals suggested for a support case, with reasons.
    roles       trekkers and core members, single-trekker rule, bridge persons.
    graph       the networkx graph of networks and current ties.
    centrality  vectorised (sampled) betweenness.
    findings    clusters, bridge networks, cut points, isolated, in plain language.
    layout      map positions (written by the map work).

Texts for users are :class:`desktop_app.i18n.Text` (Dutch and English).
"""
