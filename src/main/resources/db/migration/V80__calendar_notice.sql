-- SH-4: the State Council notices loaded, one row per year. A year without a row is provisional (statutory days
-- off, otherwise Monday to Friday). revision rises with every load, so each node sees a change with one indexed
-- max() and rereads the calendar.
CREATE TABLE calendar_notice (
  notice_year     INTEGER      PRIMARY KEY,
  loaded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  loaded_by       VARCHAR(64)  NOT NULL,
  revision        BIGINT       NOT NULL
);
CREATE UNIQUE INDEX calendar_notice_revision ON calendar_notice (revision);

-- the 2026 notice came with V2
INSERT INTO calendar_notice (notice_year, loaded_at, loaded_by, revision)
  VALUES (2026, CURRENT_TIMESTAMP, 'V2 migration', 1);
