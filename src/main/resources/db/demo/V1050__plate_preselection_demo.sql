-- A pre-selection made outside this platform (a dealer channel) for 周杰's new car LDC643T45N3000009: it blocks
-- his own pre-selection (PP-9) until an appeal clears it (PA).
INSERT INTO plate_selection (vin, open_vin, citizen_id, office_code, plate_kind, holder_ref, self_composed_left,
                             random_batches_left, status, plate_number, created_at, selected_at)
VALUES ('LDC643T45N3000009', 'LDC643T45N3000009', NULL, '370100', 'ORDINARY_SMALL', 'DEALER-DEMO-0001', 0, 0,
        'SELECTED', '鲁A00710', TIMESTAMP WITH TIME ZONE '2026-01-10 10:00:00+08:00',
        TIMESTAMP WITH TIME ZONE '2026-01-10 10:00:00+08:00');
UPDATE plate_pool SET status = 'RESERVED', holder_ref = 'DEALER-DEMO-0001' WHERE plate_number = '鲁A00710';
