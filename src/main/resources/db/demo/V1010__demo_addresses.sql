-- Demo data: address books of the demo citizens who can replace a lost licence (LL-4).
INSERT INTO citizen_address (citizen_id, recipient, phone, province, city, district, detail, is_default, created_at)
SELECT id, name, phone, '广东省', '湛江市', '赤坎区', '海滨大道北10号', TRUE, TIMESTAMP WITH TIME ZONE '2026-01-05 09:00:00+08:00'
FROM citizen WHERE phone IN ('13800000001', '13800000010', '13800000011');

INSERT INTO citizen_address (citizen_id, recipient, phone, province, city, district, detail, is_default, created_at)
SELECT id, '张伟', '13800000001', '广东省', '湛江市', '霞山区', '人民大道南45号', FALSE, TIMESTAMP WITH TIME ZONE '2026-01-06 09:00:00+08:00'
FROM citizen WHERE phone = '13800000001';
