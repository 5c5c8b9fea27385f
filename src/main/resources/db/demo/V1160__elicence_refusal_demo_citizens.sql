-- Demo citizens for EL-1: one licence per refusal, each issued in a rollout city of the demo (湛江 or 济南), so
-- that every blocking reason can be walked without the rollout refusal beside it (README, demo citizens).
INSERT INTO citizen (phone, password_hash, name, id_number, real_name, created_at) VALUES
  ('13800000201', '{bcrypt}$2a$10$gscEZMCvDtuN2rrDBb4LoeA05cueVf2EB06xTR2KaNSamyr4Yew6a', '孙丽', '440802198903142021', TRUE, TIMESTAMP WITH TIME ZONE '2026-01-05 09:00:00+08:00'),
  ('13800000202', '{bcrypt}$2a$10$gscEZMCvDtuN2rrDBb4LoeA05cueVf2EB06xTR2KaNSamyr4Yew6a', '马超', '370102198407212119', TRUE, TIMESTAMP WITH TIME ZONE '2026-01-05 09:00:00+08:00'),
  ('13800000203', '{bcrypt}$2a$10$gscEZMCvDtuN2rrDBb4LoeA05cueVf2EB06xTR2KaNSamyr4Yew6a', '朱红', '440802199005062227', TRUE, TIMESTAMP WITH TIME ZONE '2026-01-05 09:00:00+08:00'),
  ('13800000204', '{bcrypt}$2a$10$gscEZMCvDtuN2rrDBb4LoeA05cueVf2EB06xTR2KaNSamyr4Yew6a', '胡军', '370102197811022312', TRUE, TIMESTAMP WITH TIME ZONE '2026-01-05 09:00:00+08:00'),
  ('13800000205', '{bcrypt}$2a$10$gscEZMCvDtuN2rrDBb4LoeA05cueVf2EB06xTR2KaNSamyr4Yew6a', '郭涛', '440802198201192411', TRUE, TIMESTAMP WITH TIME ZONE '2026-01-05 09:00:00+08:00'),
  ('13800000206', '{bcrypt}$2a$10$gscEZMCvDtuN2rrDBb4LoeA05cueVf2EB06xTR2KaNSamyr4Yew6a', '何静', '370102199308082528', TRUE, TIMESTAMP WITH TIME ZONE '2026-01-05 09:00:00+08:00'),
  ('13800000207', '{bcrypt}$2a$10$gscEZMCvDtuN2rrDBb4LoeA05cueVf2EB06xTR2KaNSamyr4Yew6a', '高峰', '440802198012122617', TRUE, TIMESTAMP WITH TIME ZONE '2026-01-05 09:00:00+08:00'),
  ('13800000208', '{bcrypt}$2a$10$gscEZMCvDtuN2rrDBb4LoeA05cueVf2EB06xTR2KaNSamyr4Yew6a', '林芳', '370102198704252723', TRUE, TIMESTAMP WITH TIME ZONE '2026-01-05 09:00:00+08:00'),
  ('13800000209', '{bcrypt}$2a$10$gscEZMCvDtuN2rrDBb4LoeA05cueVf2EB06xTR2KaNSamyr4Yew6a', '罗斌', '440802199109302811', TRUE, TIMESTAMP WITH TIME ZONE '2026-01-05 09:00:00+08:00'),
  ('13800000210', '{bcrypt}$2a$10$gscEZMCvDtuN2rrDBb4LoeA05cueVf2EB06xTR2KaNSamyr4Yew6a', '梁燕', '370102198502172928', TRUE, TIMESTAMP WITH TIME ZONE '2026-01-05 09:00:00+08:00'),
  ('13800000211', '{bcrypt}$2a$10$gscEZMCvDtuN2rrDBb4LoeA05cueVf2EB06xTR2KaNSamyr4Yew6a', '宋杰', '440802197606153010', TRUE, TIMESTAMP WITH TIME ZONE '2026-01-05 09:00:00+08:00');

INSERT INTO driver_licence (licence_number, id_number, holder_name, sex, birth_date, nationality, address, first_issue_date, licence_class, valid_from, valid_until, states, accumulated_points, issuing_authority, office_code, file_number, medical_check_due) VALUES
  ('440802198903142021', '440802198903142021', '孙丽', '女', DATE '1989-03-14', '中国', '广东省湛江市赤坎区海滨大道北30号', DATE '2014-01-15', 'C1', DATE '2025-03-14', DATE '2031-03-14', 'D', 0, '广东省湛江市公安局交通警察支队', '440800', '440800000201', NULL),
  ('370102198407212119', '370102198407212119', '马超', '男', DATE '1984-07-21', '中国', '山东省济南市历下区泉城路31号', DATE '2014-02-15', 'C1', DATE '2024-07-21', DATE '2030-07-21', 'G', 0, '山东省济南市公安局交通警察支队', '370100', '370100000202', NULL),
  ('440802199005062227', '440802199005062227', '朱红', '女', DATE '1990-05-06', '中国', '广东省湛江市赤坎区海滨大道北32号', DATE '2014-03-15', 'C1', DATE '2026-05-06', DATE '2032-05-06', 'P', 0, '广东省湛江市公安局交通警察支队', '440800', '440800000203', DATE '2026-06-30'),
  ('370102197811022312', '370102197811022312', '胡军', '男', DATE '1978-11-02', '中国', '山东省济南市历下区泉城路33号', DATE '2014-04-15', 'C1', DATE '2020-03-01', DATE '2026-03-01', 'A', 0, '山东省济南市公安局交通警察支队', '370100', '370100000204', NULL),
  ('440802198201192411', '440802198201192411', '郭涛', '男', DATE '1982-01-19', '中国', '广东省湛江市赤坎区海滨大道北34号', DATE '2014-05-15', 'C1', DATE '2023-01-19', DATE '2029-01-19', 'B', 0, '广东省湛江市公安局交通警察支队', '440800', '440800000205', NULL),
  ('370102199308082528', '370102199308082528', '何静', '女', DATE '1993-08-08', '中国', '山东省济南市历下区泉城路35号', DATE '2014-06-15', 'C1', DATE '2025-08-08', DATE '2031-08-08', 'E', 0, '山东省济南市公安局交通警察支队', '370100', '370100000206', NULL),
  ('440802198012122617', '440802198012122617', '高峰', '男', DATE '1980-12-12', '中国', '广东省湛江市赤坎区海滨大道北36号', DATE '2014-07-15', 'C1', DATE '2022-12-12', DATE '2028-12-12', 'F', 0, '广东省湛江市公安局交通警察支队', '440800', '440800000207', NULL),
  ('370102198704252723', '370102198704252723', '林芳', '女', DATE '1987-04-25', '中国', '山东省济南市历下区泉城路37号', DATE '2014-08-15', 'C1', DATE '2024-04-25', DATE '2030-04-25', 'J', 0, '山东省济南市公安局交通警察支队', '370100', '370100000208', NULL),
  ('440802199109302811', '440802199109302811', '罗斌', '男', DATE '1991-09-30', '中国', '广东省湛江市赤坎区海滨大道北38号', DATE '2014-09-15', 'C1', DATE '2027-09-30', DATE '2033-09-30', 'L', 0, '广东省湛江市公安局交通警察支队', '440800', '440800000209', NULL),
  ('370102198502172928', '370102198502172928', '梁燕', '女', DATE '1985-02-17', '中国', '山东省济南市历下区泉城路39号', DATE '2014-01-15', 'C1', DATE '2023-02-17', DATE '2029-02-17', 'U', 0, '山东省济南市公安局交通警察支队', '370100', '370100000210', NULL),
  ('440802197606153010', '440802197606153010', '宋杰', '男', DATE '1976-06-15', '中国', '广东省湛江市赤坎区海滨大道北40号', DATE '2014-02-15', 'C1', DATE '2020-06-15', DATE '2026-06-15', 'DK', 0, '广东省湛江市公安局交通警察支队', '440800', '440800000211', NULL);
