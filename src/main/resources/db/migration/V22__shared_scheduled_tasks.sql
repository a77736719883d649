-- Scheduled jobs run by db-scheduler, clustered through this table: each execution is picked by one node only, and a
-- node that dies mid-job has its execution picked up again once its heartbeat is stale. The shape is db-scheduler's
-- own PostgreSQL schema (16.x).
CREATE TABLE scheduled_tasks (
  task_name             text NOT NULL,
  task_instance         text NOT NULL,
  task_data             bytea,
  execution_time        timestamptz NOT NULL,
  picked                boolean NOT NULL,
  picked_by             text,
  last_success          timestamptz,
  last_failure          timestamptz,
  consecutive_failures  integer,
  last_heartbeat        timestamptz,
  version               bigint NOT NULL,
  priority              smallint,
  PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
