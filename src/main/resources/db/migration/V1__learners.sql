-- Guests and (later) accounts: one row per person who opened a lesson.
CREATE TABLE learner (
    id           UUID PRIMARY KEY,
    kind         VARCHAR(16)  NOT NULL DEFAULT 'guest',
    created_at   TIMESTAMPTZ  NOT NULL,
    last_seen_at TIMESTAMPTZ  NOT NULL
);

-- One row per learner and lesson: when it was opened, how often, and how far the learner got.
CREATE TABLE lesson_progress (
    id             BIGSERIAL PRIMARY KEY,
    learner_id     UUID         NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    lesson_slug    VARCHAR(100) NOT NULL,
    status         VARCHAR(16)  NOT NULL DEFAULT 'opened',
    visits         INTEGER      NOT NULL DEFAULT 1,
    first_opened_at TIMESTAMPTZ NOT NULL,
    last_opened_at TIMESTAMPTZ  NOT NULL,
    CONSTRAINT lesson_progress_once UNIQUE (learner_id, lesson_slug)
);

-- Server-wide settings that must survive restarts (e.g. the cookie-signing key when none is configured).
CREATE TABLE app_setting (
    name  VARCHAR(64) PRIMARY KEY,
    value TEXT        NOT NULL
);
