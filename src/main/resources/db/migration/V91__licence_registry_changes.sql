-- EL-6: changes the licence registry reports through its callback, kept by the registry's change id so that a
-- repeated report has no second effect and a reused id for something else is refused.
CREATE TABLE licence_registry_change (
  change_id           VARCHAR(64)  PRIMARY KEY,
  licence_number      VARCHAR(18)  NOT NULL,
  -- the reported fields in one canonical line, to tell a repetition from a different change under the same id
  content             VARCHAR(400) NOT NULL,
  received_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_licence_registry_change_licence ON licence_registry_change (licence_number, received_at);
