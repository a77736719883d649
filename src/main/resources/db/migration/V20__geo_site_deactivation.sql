-- When and by whom a site was taken out of use, kept on the row so that the site's page and the API can say so; both
-- are cleared when it is put back into use. Sites deactivated before this migration take their last change as it.
ALTER TABLE geo_site
  ADD COLUMN deactivated_at timestamptz,
  ADD COLUMN deactivated_by text;
UPDATE geo_site SET deactivated_at = updated_at, deactivated_by = updated_by WHERE NOT active;
ALTER TABLE geo_site
  ADD CONSTRAINT geo_site_deactivation_recorded
  CHECK (active = (deactivated_at IS NULL) AND (deactivated_at IS NULL) = (deactivated_by IS NULL));
