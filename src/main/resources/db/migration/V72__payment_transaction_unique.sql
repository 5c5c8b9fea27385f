-- A payment platform transaction pays one order: the same transaction reported for a second order is a replay.
CREATE UNIQUE INDEX uq_payment_order_transaction ON payment_order (transaction_id);
