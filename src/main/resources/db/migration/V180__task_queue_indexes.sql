-- Issue 14 (README "Performance"): the review queue 本组待办 (tasklist/GroupTasksFilter) at 100k open tasks. The
-- engine's task query selects DISTINCT rows, so a first page sorted by a column without an index sorts every
-- matching task; and its count joins every candidate link to its task. These indexes serve both, as EXPLAIN shows
-- on PostgreSQL; on H2 they are ordinary indexes. The engine's own indexes stay as they are.

-- The filter's order (due date, then creation, then id). DISTINCT sorts by the ORDER BY columns first; with the
-- unique id among them the rows come in index order and the first page reads about one page of tasks. Many
-- tasks share a due date (a day's reviews are all due at the same closing time), so the due date alone would not.
CREATE INDEX idx_task_queue_order ON ACT_RU_TASK (DUE_DATE_, CREATE_TIME_, ID_);

-- A group's candidate links in task id order: the count walks them beside the task index below (a merge join of
-- two index-only scans), and the first page checks a task's link without reading the table.
CREATE INDEX idx_identitylink_group_task ON ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_);

-- Every task column the count's conditions read besides its id (definition for the authorization check, tenant,
-- case execution, suspension for Tasklist's active tasks), so that it reads no table row.
CREATE INDEX idx_task_queue_check ON ACT_RU_TASK (ID_, PROC_DEF_ID_, TENANT_ID_, CASE_EXECUTION_ID_,
  SUSPENSION_STATE_);
