-- Sites: the places the mission works at or monitors (disembarkation points, detention centres, flow-monitoring
-- points, facilities, offices…). Each sits in exactly one baladiya. Sites are deactivated, never deleted, because
-- records of other modules point to them.
CREATE TABLE geo_site (
  id              uuid PRIMARY KEY,
  code            text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,19}$'),
  type            text NOT NULL CHECK (type IN ('DISEMBARKATION_POINT', 'DETENTION_CENTRE', 'FLOW_MONITORING_POINT',
                                                'HEALTH_FACILITY', 'OFFICE', 'WAREHOUSE', 'POINT_OF_ENTRY', 'SCHOOL',
                                                'OTHER')),
  name_en         text NOT NULL CHECK (btrim(name_en) <> ''),
  name_ar         text NOT NULL CHECK (btrim(name_ar) <> ''),
  baladiya_pcode  text NOT NULL REFERENCES geo_baladiya (pcode),
  -- Optional; when given, inside Libya's bounding box (from the geoBoundaries shapes, rounded outwards).
  lat             numeric(8, 6) CHECK (lat BETWEEN 19.50 AND 33.17),
  lon             numeric(9, 6) CHECK (lon BETWEEN 9.38 AND 25.16),
  active          boolean NOT NULL DEFAULT true,
  created_at      timestamptz NOT NULL,
  created_by      text NOT NULL,
  updated_at      timestamptz NOT NULL,
  updated_by      text NOT NULL,
  version         integer NOT NULL DEFAULT 0,
  CHECK ((lat IS NULL) = (lon IS NULL))
);
CREATE UNIQUE INDEX geo_site_code_key ON geo_site (code);
CREATE INDEX geo_site_baladiya_idx ON geo_site (baladiya_pcode);
CREATE INDEX geo_site_type_idx ON geo_site (type, active);
