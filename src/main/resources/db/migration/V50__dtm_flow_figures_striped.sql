-- DTM flow monitoring: the figures a flow summary reads (V31) are kept in stripes, so that concurrent writers stop
-- queueing on one row. Every count and survey of a day adds to the same national (LY) and baladiya rows and held their
-- locks until it committed: surveys arriving together from phones (field collection, issue 15) were recorded one at a
-- time. A writer now adds to one of several rows for each figure (its stripe); a summary sums the stripes as it
-- already sums days. Existing figures stay in stripe 0.
ALTER TABLE dtm_flow_daily_figure ADD COLUMN stripe smallint NOT NULL DEFAULT 0 CHECK (stripe BETWEEN 0 AND 63);
ALTER TABLE dtm_flow_daily_figure DROP CONSTRAINT dtm_flow_daily_figure_pkey;
ALTER TABLE dtm_flow_daily_figure ADD PRIMARY KEY (day, baladiya_pcode, key, stripe);

ALTER TABLE dtm_flow_monthly_figure ADD COLUMN stripe smallint NOT NULL DEFAULT 0 CHECK (stripe BETWEEN 0 AND 63);
ALTER TABLE dtm_flow_monthly_figure DROP CONSTRAINT dtm_flow_monthly_figure_pkey;
ALTER TABLE dtm_flow_monthly_figure ADD PRIMARY KEY (month, baladiya_pcode, key, stripe);
