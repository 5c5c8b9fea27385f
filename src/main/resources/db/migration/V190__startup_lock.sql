-- One row that the nodes of a cluster lock (SELECT ... FOR UPDATE) while they bring the shared set-up up to date at
-- start: review groups, their grants and filter, the demo reviewers. Two nodes starting together otherwise both
-- find a grant missing and both insert it (database/StartupLock).
CREATE TABLE startup_lock (
    name VARCHAR(40) PRIMARY KEY
);
INSERT INTO startup_lock (name) VALUES ('set-up');
