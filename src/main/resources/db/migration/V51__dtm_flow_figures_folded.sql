-- DTM flow monitoring: a count or a survey no longer adds to the figures in its own transaction. Each one appended
-- about ten keys to four figure rows (the day and the month, of its baladiya and of Libya), each an update of a row
-- every other writer of that day updates too: a flow survey arriving from a phone cost more in those updates than in
-- storing the survey (issue 15's ingestion). Now it appends one row here, its figures as parallel arrays, and the fold
-- (dtm.internal.FlowFigureFold, every second, one node at a time) takes the rows, sums them by day, area and key, adds
-- the sums to the daily and monthly figures in stripe 0 and deletes what it took, all in one statement. A summary reads
-- the figures and the rows not yet folded in one statement, so it never misses a count and never counts one twice.
CREATE TABLE dtm_flow_figure_delta (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  day             date NOT NULL,
  baladiya_pcode  text NOT NULL,
  keys            text[] NOT NULL,
  figures         bigint[] NOT NULL,
  CHECK (cardinality(keys) = cardinality(figures) AND cardinality(keys) > 0)
);
