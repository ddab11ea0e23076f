-- Zwermkaart atlas, schema 1.
--
-- Conventions: text UUID primary keys; created_at/updated_at as ISO-8601 UTC
-- ('2026-11-27T09:30:00Z'), set by the store; dates as 'YYYY-MM-DD'; intervals
-- are [since, until) with until NULL while open. Every deleted row leaves a
-- tombstone (triggers at the end) so atlases can later be merged.
-- The migration runner wraps this file in one transaction.

CREATE TABLE settings (
    key        TEXT PRIMARY KEY NOT NULL,
    value      TEXT NOT NULL,           -- JSON
    updated_at TEXT NOT NULL
);

CREATE TABLE areas (
    id         TEXT PRIMARY KEY NOT NULL,
    parent_id  TEXT REFERENCES areas(id) ON DELETE RESTRICT,
    level      TEXT NOT NULL CHECK (level IN ('municipality', 'district', 'neighbourhood')),
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 200),
    cbs_code   TEXT CHECK (cbs_code IS NULL OR cbs_code GLOB '[A-Z][A-Z][0-9]*'),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE UNIQUE INDEX areas_cbs_code ON areas(cbs_code) WHERE cbs_code IS NOT NULL;
CREATE INDEX areas_parent ON areas(parent_id);

CREATE TABLE networks (
    id            TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 200),
    kind          TEXT NOT NULL CHECK (kind IN (
                      'residents_initiative', 'association', 'street_app', 'faith_community',
                      'informal_care', 'sports_club', 'community_garden', 'repair_cafe',
                      'elderly_group', 'youth_place', 'culture', 'other')),
    area_id       TEXT REFERENCES areas(id) ON DELETE SET NULL,
    description   TEXT NOT NULL DEFAULT '',
    themes        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(themes) AND json_type(themes) = 'array'),
    channels      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(channels) AND json_type(channels) = 'array'),
    size_estimate INTEGER CHECK (size_estimate IS NULL OR size_estimate BETWEEN 0 AND 1000000),
    meeting_place TEXT NOT NULL DEFAULT '',
    founded       TEXT CHECK (founded IS NULL OR date(founded) = founded),
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'dormant', 'ended')),
    status_since  TEXT CHECK (status_since IS NULL OR date(status_since) = status_since),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX networks_area ON networks(area_id);
CREATE INDEX networks_kind ON networks(kind);
CREATE INDEX networks_name ON networks(name COLLATE NOCASE);

-- A network's status over time, so the map can be shown as it was on a date.
CREATE TABLE network_statuses (
    id         TEXT PRIMARY KEY NOT NULL,
    network_id TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    status     TEXT NOT NULL CHECK (status IN ('active', 'dormant', 'ended')),
    since      TEXT NOT NULL CHECK (date(since) = since),
    until      TEXT CHECK (until IS NULL OR (date(until) = until AND until >= since)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX network_statuses_network ON network_statuses(network_id, since);

CREATE TABLE persons (
    id              TEXT PRIMARY KEY NOT NULL,
    display_name    TEXT NOT NULL CHECK (length(trim(display_name)) > 0 AND length(display_name) <= 200),
    contact         TEXT NOT NULL DEFAULT '',
    legal_basis     TEXT NOT NULL DEFAULT 'consent'
                    CHECK (legal_basis IN ('consent', 'public_task', 'legitimate_interest')),
    source          TEXT NOT NULL DEFAULT '',
    informed_on     TEXT CHECK (informed_on IS NULL OR date(informed_on) = informed_on),
    retention_until TEXT CHECK (retention_until IS NULL OR date(retention_until) = retention_until),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX persons_retention ON persons(retention_until) WHERE retention_until IS NOT NULL;

CREATE TABLE memberships (
    id         TEXT PRIMARY KEY NOT NULL,
    person_id  TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    network_id TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    role       TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('trekker', 'core', 'member')),
    since      TEXT CHECK (since IS NULL OR date(since) = since),
    until      TEXT CHECK (until IS NULL OR (date(until) = until AND (since IS NULL OR until >= since))),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX memberships_person ON memberships(person_id);
CREATE INDEX memberships_network ON memberships(network_id, role);

CREATE TABLE professionals (
    id           TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 200),
    organisation TEXT NOT NULL DEFAULT '',
    contact      TEXT NOT NULL DEFAULT '',
    expertise    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(expertise) AND json_type(expertise) = 'array'),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

-- The areas a professional serves (many to many).
CREATE TABLE professional_areas (
    professional_id TEXT NOT NULL REFERENCES professionals(id) ON DELETE CASCADE,
    area_id         TEXT NOT NULL REFERENCES areas(id) ON DELETE CASCADE,
    PRIMARY KEY (professional_id, area_id)
) WITHOUT ROWID;
CREATE INDEX professional_areas_area ON professional_areas(area_id);

CREATE TABLE ties (
    id         TEXT PRIMARY KEY NOT NULL,
    source_id  TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    target_id  TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('cooperation', 'shared_members', 'shared_place', 'tension')),
    strength   INTEGER NOT NULL DEFAULT 2 CHECK (strength BETWEEN 1 AND 3),
    since      TEXT CHECK (since IS NULL OR date(since) = since),
    until      TEXT CHECK (until IS NULL OR (date(until) = until AND (since IS NULL OR until >= since))),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (source_id <> target_id)
);
CREATE INDEX ties_source ON ties(source_id);
CREATE INDEX ties_target ON ties(target_id);

CREATE TABLE signals (
    id         TEXT PRIMARY KEY NOT NULL,
    network_id TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    date       TEXT NOT NULL CHECK (date(date) = date),
    dimension  TEXT NOT NULL CHECK (dimension IN (
                   'activity', 'membership', 'leadership', 'cooperation', 'resources', 'atmosphere')),
    valence    INTEGER NOT NULL CHECK (valence BETWEEN -2 AND 2),
    source     TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- Latest signal per network is an index search on this.
CREATE INDEX signals_network_date ON signals(network_id, date);
CREATE INDEX signals_date ON signals(date);

CREATE TABLE obstacles (
    id                    TEXT PRIMARY KEY NOT NULL,
    category              TEXT NOT NULL CHECK (category IN (
                              'permit', 'money', 'space', 'insurance', 'bureaucracy',
                              'communication', 'other')),
    description           TEXT NOT NULL CHECK (length(trim(description)) > 0),
    owner_professional_id TEXT REFERENCES professionals(id) ON DELETE SET NULL,
    owner_department      TEXT NOT NULL DEFAULT '',
    status                TEXT NOT NULL DEFAULT 'reported'
                          CHECK (status IN ('reported', 'in_progress', 'removed', 'cannot_remove')),
    reported_on           TEXT CHECK (reported_on IS NULL OR date(reported_on) = reported_on),
    started_on            TEXT CHECK (started_on IS NULL OR date(started_on) = started_on),
    closed_on             TEXT CHECK (closed_on IS NULL OR date(closed_on) = closed_on),
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
CREATE INDEX obstacles_status ON obstacles(status);

-- The networks an obstacle blocks (many to many).
CREATE TABLE obstacle_networks (
    obstacle_id TEXT NOT NULL REFERENCES obstacles(id) ON DELETE CASCADE,
    network_id  TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    PRIMARY KEY (obstacle_id, network_id)
) WITHOUT ROWID;
CREATE INDEX obstacle_networks_network ON obstacle_networks(network_id);

CREATE TABLE support_cases (
    id              TEXT PRIMARY KEY NOT NULL,
    network_id      TEXT NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    need            TEXT NOT NULL CHECK (need IN (
                        'knowledge', 'space', 'money', 'connection', 'obstacle_removal', 'other')),
    priority        TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high')),
    status          TEXT NOT NULL DEFAULT 'noticed'
                    CHECK (status IN ('noticed', 'asked', 'assigned', 'running', 'finished')),
    professional_id TEXT REFERENCES professionals(id) ON DELETE SET NULL,
    description     TEXT NOT NULL DEFAULT '',
    noticed_on      TEXT CHECK (noticed_on IS NULL OR date(noticed_on) = noticed_on),
    asked_on        TEXT CHECK (asked_on IS NULL OR date(asked_on) = asked_on),
    assigned_on     TEXT CHECK (assigned_on IS NULL OR date(assigned_on) = assigned_on),
    started_on      TEXT CHECK (started_on IS NULL OR date(started_on) = started_on),
    finished_on     TEXT CHECK (finished_on IS NULL OR date(finished_on) = finished_on),
    outcome         TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX support_cases_network ON support_cases(network_id);
CREATE INDEX support_cases_professional ON support_cases(professional_id, status);

-- Notes point at any entity; deleting the entity deletes its notes (trigger below).
CREATE TABLE notes (
    id           TEXT PRIMARY KEY NOT NULL,
    subject_type TEXT NOT NULL CHECK (subject_type IN (
                     'area', 'network', 'person', 'professional', 'tie', 'obstacle', 'support_case')),
    subject_id   TEXT NOT NULL,
    date         TEXT NOT NULL CHECK (date(date) = date),
    author       TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL,
    needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX notes_subject ON notes(subject_type, subject_id, date);

CREATE TABLE positions (
    network_id TEXT PRIMARY KEY NOT NULL REFERENCES networks(id) ON DELETE CASCADE,
    x          REAL NOT NULL,
    y          REAL NOT NULL,
    pinned     INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    updated_at TEXT NOT NULL
);

-- Who did what when. Ids only: never names or contact data.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL DEFAULT '',
    action    TEXT NOT NULL CHECK (action IN (
                  'create', 'update', 'delete', 'import', 'export', 'restore', 'erase', 'purge',
                  'migrate')),
    entity    TEXT NOT NULL DEFAULT '',
    entity_id TEXT NOT NULL DEFAULT ''
);

-- Every deleted row, for merging atlases later.
CREATE TABLE tombstones (
    row_id     TEXT NOT NULL,
    table_name TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id)
) WITHOUT ROWID;

-- Full-text search over network names and descriptions and over notes.
CREATE VIRTUAL TABLE search_index USING fts5(
    ref_type UNINDEXED,
    ref_id UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER networks_fts_insert AFTER INSERT ON networks BEGIN
    INSERT INTO search_index (ref_type, ref_id, title, body)
    VALUES ('network', new.id, new.name, new.description);
END;
CREATE TRIGGER networks_fts_update AFTER UPDATE OF name, description ON networks BEGIN
    DELETE FROM search_index WHERE ref_type = 'network' AND ref_id = old.id;
    INSERT INTO search_index (ref_type, ref_id, title, body)
    VALUES ('network', new.id, new.name, new.description);
END;
CREATE TRIGGER networks_fts_delete AFTER DELETE ON networks BEGIN
    DELETE FROM search_index WHERE ref_type = 'network' AND ref_id = old.id;
END;
CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
    INSERT INTO search_index (ref_type, ref_id, title, body)
    VALUES ('note', new.id, '', new.text);
END;
CREATE TRIGGER notes_fts_update AFTER UPDATE OF text ON notes BEGIN
    DELETE FROM search_index WHERE ref_type = 'note' AND ref_id = old.id;
    INSERT INTO search_index (ref_type, ref_id, title, body) VALUES ('note', new.id, '', new.text);
END;
CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
    DELETE FROM search_index WHERE ref_type = 'note' AND ref_id = old.id;
END;

-- Notes go with what they are about.
CREATE TRIGGER networks_notes_delete AFTER DELETE ON networks BEGIN
    DELETE FROM notes WHERE subject_type = 'network' AND subject_id = old.id;
END;
CREATE TRIGGER persons_notes_delete AFTER DELETE ON persons BEGIN
    DELETE FROM notes WHERE subject_type = 'person' AND subject_id = old.id;
END;
CREATE TRIGGER areas_notes_delete AFTER DELETE ON areas BEGIN
    DELETE FROM notes WHERE subject_type = 'area' AND subject_id = old.id;
END;
CREATE TRIGGER professionals_notes_delete AFTER DELETE ON professionals BEGIN
    DELETE FROM notes WHERE subject_type = 'professional' AND subject_id = old.id;
END;
CREATE TRIGGER ties_notes_delete AFTER DELETE ON ties BEGIN
    DELETE FROM notes WHERE subject_type = 'tie' AND subject_id = old.id;
END;
CREATE TRIGGER obstacles_notes_delete AFTER DELETE ON obstacles BEGIN
    DELETE FROM notes WHERE subject_type = 'obstacle' AND subject_id = old.id;
END;
CREATE TRIGGER support_cases_notes_delete AFTER DELETE ON support_cases BEGIN
    DELETE FROM notes WHERE subject_type = 'support_case' AND subject_id = old.id;
END;

-- Tombstones, one trigger per table with a UUID key.
CREATE TRIGGER areas_tombstone AFTER DELETE ON areas BEGIN
    INSERT OR REPLACE INTO tombstones VALUES (old.id, 'areas', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER networks_tombstone AFTER DELETE ON networks BEGIN
    INSERT OR REPLACE INTO tombstones VALUES (old.id, 'networks', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER network_statuses_tombstone AFTER DELETE ON network_statuses BEGIN
    INSERT OR REPLACE INTO tombstones VALUES (old.id, 'network_statuses', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER persons_tombstone AFTER DELETE ON persons BEGIN
    INSERT OR REPLACE INTO tombstones VALUES (old.id, 'persons', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER memberships_tombstone AFTER DELETE ON memberships BEGIN
    INSERT OR REPLACE INTO tombstones VALUES (old.id, 'memberships', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER professionals_tombstone AFTER DELETE ON professionals BEGIN
    INSERT OR REPLACE INTO tombstones VALUES (old.id, 'professionals', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER ties_tombstone AFTER DELETE ON ties BEGIN
    INSERT OR REPLACE INTO tombstones VALUES (old.id, 'ties', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER signals_tombstone AFTER DELETE ON signals BEGIN
    INSERT OR REPLACE INTO tombstones VALUES (old.id, 'signals', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER obstacles_tombstone AFTER DELETE ON obstacles BEGIN
    INSERT OR REPLACE INTO tombstones VALUES (old.id, 'obstacles', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER support_cases_tombstone AFTER DELETE ON support_cases BEGIN
    INSERT OR REPLACE INTO tombstones VALUES (old.id, 'support_cases', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER notes_tombstone AFTER DELETE ON notes BEGIN
    INSERT OR REPLACE INTO tombstones VALUES (old.id, 'notes', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
CREATE TRIGGER positions_tombstone AFTER DELETE ON positions BEGIN
    INSERT OR REPLACE INTO tombstones VALUES (old.network_id, 'positions', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;
