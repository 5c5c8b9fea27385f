-- NF-1: a QR token files one vehicle once. The token's id is inserted in the filing's transaction; a second use,
-- even a concurrent one, hits the primary key and is refused.
CREATE TABLE filing_qr_token_use (
  token_id          VARCHAR(36)  PRIMARY KEY,
  vin               VARCHAR(17)  NOT NULL,
  used_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
