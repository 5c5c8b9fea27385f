-- Issue 15, organisations (单位用户, SH-1, PP-10, NF-2): an organisation is known by its unified social credit
-- code and acts online only through the citizen accounts registered as its agents (经办人) at a vehicle office.
-- Portable between H2 and PostgreSQL.

CREATE TABLE organisation (
  credit_code     VARCHAR(18)  PRIMARY KEY,
  name            VARCHAR(100) NOT NULL,
  -- its own registration office: the only one where it pre-selects plates (PP-10)
  office_code     VARCHAR(12)  NOT NULL REFERENCES vehicle_office (code),
  phone           VARCHAR(11)  NOT NULL,
  registered_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE organisation_agent (
  credit_code     VARCHAR(18)  NOT NULL REFERENCES organisation (credit_code),
  citizen_id      BIGINT       NOT NULL REFERENCES citizen (id),
  -- the operator (or the window) that checked the authorisation letter and the agent's ID card
  registered_by   VARCHAR(64)  NOT NULL,
  registered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (credit_code, citizen_id)
);
CREATE INDEX idx_organisation_agent_citizen ON organisation_agent (citizen_id);
