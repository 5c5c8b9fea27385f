-- In-app stand-ins for the outside registries (licences, vehicles, plate pools, households) and the
-- offices' own reference data. Production connects the registry interfaces to the real systems instead.

CREATE TABLE vehicle_office (
  code            VARCHAR(12)  PRIMARY KEY,
  name            VARCHAR(60)  NOT NULL,
  province        VARCHAR(20)  NOT NULL,
  city            VARCHAR(20)  NOT NULL,
  plate_prefix    VARCHAR(2)   NOT NULL UNIQUE
);

CREATE TABLE driver_licence (
  licence_number      VARCHAR(18)  PRIMARY KEY,
  id_number           VARCHAR(18)  NOT NULL UNIQUE,
  holder_name         VARCHAR(50)  NOT NULL,
  sex                 VARCHAR(2)   NOT NULL,
  birth_date          DATE         NOT NULL,
  nationality         VARCHAR(20)  NOT NULL,
  address             VARCHAR(200) NOT NULL,
  first_issue_date    DATE         NOT NULL,
  licence_class       VARCHAR(20)  NOT NULL,
  valid_from          DATE         NOT NULL,
  valid_until         DATE         NOT NULL,
  -- one letter per state, e.g. 'A' or 'HM' (DOMAIN.md reference data)
  states              VARCHAR(20)  NOT NULL,
  accumulated_points  INT          DEFAULT 0 NOT NULL,
  issuing_authority   VARCHAR(100) NOT NULL,
  office_code         VARCHAR(12)  NOT NULL REFERENCES vehicle_office (code),
  file_number         VARCHAR(12)  NOT NULL,
  medical_check_due   DATE,
  retained_photo      VARCHAR(120),
  retained_photo_taken_on DATE,
  replaced_by_serial  VARCHAR(32),
  version             INT          DEFAULT 0 NOT NULL
);

CREATE TABLE vehicle (
  vin                 VARCHAR(17)  PRIMARY KEY,
  plate_type          VARCHAR(2),
  plate_number        VARCHAR(10),
  vehicle_kind        VARCHAR(20)  NOT NULL,
  use_character       VARCHAR(20)  NOT NULL,
  owner_kind          VARCHAR(12)  NOT NULL,
  owner_id_number     VARCHAR(30)  NOT NULL,
  owner_name          VARCHAR(60)  NOT NULL,
  owner_phone         VARCHAR(11)  NOT NULL,
  engine_number       VARCHAR(30)  NOT NULL,
  brand_model         VARCHAR(60)  NOT NULL,
  conformity_cert_number VARCHAR(30),
  office_code         VARCHAR(12)  NOT NULL REFERENCES vehicle_office (code),
  registered_on       DATE,
  CONSTRAINT uq_vehicle_plate UNIQUE (plate_type, plate_number)
);

CREATE TABLE plate_pool (
  plate_number        VARCHAR(10)  PRIMARY KEY,
  office_code         VARCHAR(12)  NOT NULL REFERENCES vehicle_office (code),
  plate_kind          VARCHAR(20)  NOT NULL,
  status              VARCHAR(12)  NOT NULL,
  held_until          TIMESTAMP WITH TIME ZONE,
  holder_ref          VARCHAR(32),
  version             INT          DEFAULT 0 NOT NULL
);
CREATE INDEX idx_plate_pool_office ON plate_pool (office_code, plate_kind, status);

CREATE TABLE pickup_site (
  id                  VARCHAR(20)  PRIMARY KEY,
  office_code         VARCHAR(12)  NOT NULL REFERENCES vehicle_office (code),
  city                VARCHAR(20)  NOT NULL,
  name                VARCHAR(80)  NOT NULL,
  address             VARCHAR(200) NOT NULL,
  opening_hours       VARCHAR(100) NOT NULL,
  phone               VARCHAR(20)  NOT NULL,
  latitude            DECIMAL(9, 6) NOT NULL,
  longitude           DECIMAL(9, 6) NOT NULL
);

CREATE TABLE household_record (
  id_number               VARCHAR(18)  PRIMARY KEY,
  name                    VARCHAR(50)  NOT NULL,
  sex                     VARCHAR(2)   NOT NULL,
  ethnicity               VARCHAR(20)  NOT NULL,
  birth_date              DATE         NOT NULL,
  address                 VARCHAR(200) NOT NULL,
  police_station          VARCHAR(100) NOT NULL,
  fingerprints_collected  BOOLEAN      NOT NULL,
  fingerprints_taken_on   DATE,
  card_photo_taken_on     DATE,
  card_valid_until        DATE         NOT NULL,
  household_changed_on    DATE,
  last_card_application_on DATE,
  remote_area             BOOLEAN      DEFAULT FALSE NOT NULL
);

INSERT INTO vehicle_office (code, name, province, city, plate_prefix) VALUES
  ('440800', '湛江市公安局交通警察支队车辆管理所', '广东省', '湛江市', '粤G'),
  ('440900', '茂名市公安局交通警察支队车辆管理所', '广东省', '茂名市', '粤K'),
  ('370100', '济南市公安局交通警察支队车辆管理所', '山东省', '济南市', '鲁A');

INSERT INTO pickup_site (id, office_code, city, name, address, opening_hours, phone, latitude, longitude) VALUES
  ('ZJ-CGS', '440800', '湛江市', '湛江市车管所驾驶证业务窗口', '湛江市赤坎区海田路61号', '周一至周五 08:30-12:00 14:30-17:30', '0759-3338122', 21.282400, 110.365300),
  ('ZJ-MZ', '440800', '湛江市', '麻章区车管分所', '湛江市麻章区瑞云北路18号', '周一至周五 08:30-12:00 14:30-17:30', '0759-3380620', 21.263500, 110.329400),
  ('ZJ-LJ', '440800', '湛江市', '廉江市交警大队车管窗口', '廉江市人民大道中125号', '周一至周六 08:30-12:00 14:30-17:30', '0759-6612345', 21.611300, 110.286300),
  ('MM-CGS', '440900', '茂名市', '茂名市车管所驾驶证业务窗口', '茂名市茂南区油城十路交警大楼', '周一至周五 08:30-12:00 14:30-17:30', '0668-2276122', 21.663300, 110.925400),
  ('JN-CGS', '370100', '济南市', '济南市车管所驾驶证业务大厅', '济南市历城区工业北路259号', '周一至周日 09:00-17:00', '0531-85086122', 36.701400, 117.110200);
