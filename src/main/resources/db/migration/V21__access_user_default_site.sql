-- The site a user usually works at (a flow-monitoring point, a disembarkation point), which the forms of later modules
-- offer first. It points down the module graph to the gazetteer; when the site is deactivated, access clears it
-- (OnSiteDeactivated), so no form offers a site out of use.
ALTER TABLE access_user ADD COLUMN default_site_id uuid REFERENCES geo_site (id);
CREATE INDEX access_user_default_site_idx ON access_user (default_site_id) WHERE default_site_id IS NOT NULL;
