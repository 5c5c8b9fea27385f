-- ID card reissue applications (ID-1..ID-4): the data behind process IdCardReissue, one row per serial number.
CREATE TABLE id_card_reissue (
  serial_number         VARCHAR(32)  PRIMARY KEY REFERENCES application (serial_number),
  citizen_id            BIGINT       NOT NULL REFERENCES citizen (id),
  id_number             VARCHAR(18)  NOT NULL,
  channel               VARCHAR(12)  NOT NULL,
  reissue_reason        VARCHAR(12)  NOT NULL,
  delivery              VARCHAR(8)   NOT NULL,
  stage                 VARCHAR(20)  NOT NULL,
  -- a copy of the address book entry: deleting the entry later does not change the parcel
  recipient             VARCHAR(50),
  recipient_phone       VARCHAR(11),
  postal_address        VARCHAR(300),
  preferred_date        DATE,
  applicant_note        VARCHAR(200),
  remote_area           BOOLEAN      NOT NULL,
  submitted_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  issue_deadline        TIMESTAMP WITH TIME ZONE NOT NULL,
  payment_order_number  VARCHAR(20),
  appointment_time      TIMESTAMP WITH TIME ZONE,
  appointment_place     VARCHAR(200),
  rejection_reason      VARCHAR(200),
  accepted_at           TIMESTAMP WITH TIME ZONE,
  produced_at           TIMESTAMP WITH TIME ZONE,
  tracking_number       VARCHAR(13),
  finished_at           TIMESTAMP WITH TIME ZONE,
  temporary_card_requested_at TIMESTAMP WITH TIME ZONE,
  temporary_card_issued BOOLEAN,
  temporary_card_note   VARCHAR(200)
);
CREATE INDEX idx_id_card_reissue_citizen ON id_card_reissue (citizen_id, submitted_at);
CREATE INDEX idx_id_card_reissue_tracking ON id_card_reissue (tracking_number);
