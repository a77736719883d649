-- Offices and baladiya scopes point at the gazetteer (the services check it first; these keep the data honest).
-- Baladiya are retired with dates, never deleted, so these references never dangle.
ALTER TABLE access_office
  ADD CONSTRAINT access_office_baladiya_fk FOREIGN KEY (baladiya_pcode) REFERENCES geo_baladiya (pcode);
ALTER TABLE access_user_baladiya_scope
  ADD CONSTRAINT access_user_baladiya_scope_fk FOREIGN KEY (pcode) REFERENCES geo_baladiya (pcode);
