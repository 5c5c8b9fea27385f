-- Demo data: the organisation 济南顺达科技有限公司 (PP-10, NF-2), registered at the Jinan vehicle office, with 黄敏
-- (13800000008) registered there as its agent. V1000 gave its vehicles a credit code whose check character is
-- wrong (GB 32100 gives H, not X); they move to the valid code.
UPDATE vehicle SET owner_id_number = '91370100MA3C00001H' WHERE owner_id_number = '91370100MA3C00001X';

INSERT INTO organisation (credit_code, name, office_code, phone, registered_at) VALUES
  ('91370100MA3C00001H', '济南顺达科技有限公司', '370100', '13900000013', TIMESTAMP WITH TIME ZONE '2026-01-05 09:00:00+08:00');

INSERT INTO organisation_agent (credit_code, citizen_id, registered_by, registered_at)
SELECT '91370100MA3C00001H', id, '济南市车管所窗口', TIMESTAMP WITH TIME ZONE '2026-01-05 09:30:00+08:00'
FROM citizen WHERE phone = '13800000008';

-- a second new vehicle of the organisation, a small new-energy car, besides its large new-energy bus
INSERT INTO vehicle (vin, plate_type, plate_number, vehicle_kind, use_character, owner_kind, owner_id_number, owner_name, owner_phone, engine_number, brand_model, office_code, registered_on, conformity_cert_number) VALUES
  ('LFZ93AL5XNJ000012', NULL, NULL, 'SMALL_NEW_ENERGY', 'NON_COMMERCIAL', 'ORGANISATION', '91370100MA3C00001H', '济南顺达科技有限公司', '13900000013', 'TZ180XS000012', '比亚迪牌BYD7003', '370100', NULL, 'WBJ370100000012');
