-- Issue 14 (README "Performance"): two lookups that read a whole table once it is large.
--
-- Completing a task, the engine looks for its subtasks (SELECT * FROM ACT_RU_TASK WHERE PARENT_TASK_ID_ = ?), and
-- its schema has no index on that column: with 100,000 open tasks each claim-and-approve in Tasklist scanned all of
-- them (11 ms on an idle PostgreSQL, more under load). No task of ours has a parent, so the index stays small.
CREATE INDEX idx_task_parent ON ACT_RU_TASK (PARENT_TASK_ID_);

-- The plated vehicles registered to a person (registry/JdbcVehicleRegistry.registeredTo, which the non-owned
-- vehicle filing's owner lists use) were found by scanning every vehicle of the province.
CREATE INDEX idx_vehicle_owner ON vehicle (owner_id_number);
