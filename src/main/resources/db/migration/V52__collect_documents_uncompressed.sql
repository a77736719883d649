-- Field collection (issue 15): a submission's document and an attachment's bytes are stored out of line as they came,
-- without PostgreSQL's compression. pglz cost about 75 µs of the database's CPU for each 6 KB instance document (a
-- tenth of what storing a whole submission costs it) to save about a third of its size; an attachment (a photo, a
-- recording) is compressed already, so trying only costs. Disk is the cheaper of the two on the servers this runs on.
-- Only rows written from now on are stored so; the rows already stored stay as they are, and both read the same.
ALTER TABLE collect_submission ALTER COLUMN xml SET STORAGE EXTERNAL;
ALTER TABLE collect_attachment_content ALTER COLUMN bytes SET STORAGE EXTERNAL;
