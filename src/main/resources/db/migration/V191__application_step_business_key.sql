-- application_step records steps under the instance's business key, which is an application's serial number
-- (32 characters) when a citizen applies; an instance started in Cockpit or by the engine API may carry any business
-- key the engine allows (255 characters), and recording its steps must not fail its start.
ALTER TABLE application_step ALTER COLUMN serial_number SET DATA TYPE VARCHAR(255);
