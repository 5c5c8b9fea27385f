-- Driver licence loss replacement (LL): what the citizen submitted, beside the shared application row.
-- The postal address is copied at submission, so a later change to the address book cannot redirect the parcel.
CREATE TABLE licence_loss_application (
  serial_number     VARCHAR(32)  PRIMARY KEY REFERENCES application (serial_number),
  citizen_id        BIGINT       NOT NULL REFERENCES citizen (id),
  licence_number    VARCHAR(18)  NOT NULL,
  delivery_method   VARCHAR(10)  NOT NULL,
  pickup_site_id    VARCHAR(20)  REFERENCES pickup_site (id),
  recipient         VARCHAR(50),
  recipient_phone   VARCHAR(11),
  postal_address    VARCHAR(300),
  declared_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  tracking_number   VARCHAR(13),
  produced_at       TIMESTAMP WITH TIME ZONE,
  ready_at          TIMESTAMP WITH TIME ZONE,
  pickup_deadline   TIMESTAMP WITH TIME ZONE,
  handed_over_by    VARCHAR(64),
  handed_over_at    TIMESTAMP WITH TIME ZONE,
  CONSTRAINT ck_licence_loss_delivery CHECK (
    (delivery_method = 'POSTAL' AND postal_address IS NOT NULL AND pickup_site_id IS NULL)
    OR (delivery_method = 'WINDOW' AND pickup_site_id IS NOT NULL AND postal_address IS NULL))
);
CREATE INDEX idx_licence_loss_tracking ON licence_loss_application (tracking_number);
