-- EL-5 demo: one verifier per kind; passwords police-demo, insurer-demo, rental-demo (README), stored hashed.
INSERT INTO verifier_client (username, organisation, kind, password_hash, enabled, created_at) VALUES
  ('police-verifier', '湛江市公安局交通警察支队', 'POLICE',
   '{bcrypt}$2a$10$7L224Nd2q5lWdh3Fp3R66eZJB8bIDdM5HZZaBMzl2vRaYFQOEercC', TRUE, TIMESTAMP WITH TIME ZONE '2026-01-05 09:00:00+08:00'),
  ('insurer-verifier', '湛江示范财产保险有限公司', 'INSURER',
   '{bcrypt}$2a$10$PW73iuKNNgfyV3EyF20IieMLzzyfoAof1YgaHOx.280db15tHjzNS', TRUE, TIMESTAMP WITH TIME ZONE '2026-01-05 09:00:00+08:00'),
  ('rental-verifier', '湛江示范汽车租赁有限公司', 'RENTAL',
   '{bcrypt}$2a$10$Z1FCnaJyWPz/5ynQ1fOxZ./rD4sXahnDxGUJfZepQUpaX7Unfd3.m', TRUE, TIMESTAMP WITH TIME ZONE '2026-01-05 09:00:00+08:00');
