-- The Libyan gazetteer: OCHA's administrative hierarchy of 3 regions (admin 1), 22 mantika (admin 2), 100 baladiya
-- (admin 3) and 667 muhalla (admin 4), keyed by their P-codes. Names are kept exactly as OCHA publishes them.
--
-- OCHA's table changes (a later analysis has Misrata = LY021405 and a Tawergha baladiya; the 2017 table loaded here has
-- Misrata = LY021401 and no Tawergha), so every unit carries validity dates: an administrator follows OCHA's current
-- table by closing a unit (valid_to) and adding its successor (valid_from), never by deleting rows that sites and
-- records point to. valid_from is NULL for the units of the first load: the source gives no date finer than "2017".
-- A unit is current when valid_to is NULL or later than today.
--
-- lat/lon are the seat's coordinates where a named public source gives them; none does yet, so they are NULL. The
-- mantika label points of libya-adm2-centroids.csv are computed for the map and deliberately not stored here.

CREATE TABLE geo_region (
  pcode       text PRIMARY KEY CHECK (pcode ~ '^LY[0-9]{2}$'),
  name_en     text NOT NULL CHECK (btrim(name_en) <> ''),
  name_ar     text NOT NULL CHECK (btrim(name_ar) <> ''),
  lat         numeric(8, 6),
  lon         numeric(9, 6),
  valid_from  date,
  valid_to    date,
  version     integer NOT NULL DEFAULT 0,
  CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to > valid_from),
  CHECK ((lat IS NULL) = (lon IS NULL))
);

CREATE TABLE geo_mantika (
  pcode         text PRIMARY KEY CHECK (pcode ~ '^LY[0-9]{4}$'),
  region_pcode  text NOT NULL REFERENCES geo_region (pcode),
  name_en       text NOT NULL CHECK (btrim(name_en) <> ''),
  name_ar       text NOT NULL CHECK (btrim(name_ar) <> ''),
  lat           numeric(8, 6),
  lon           numeric(9, 6),
  valid_from    date,
  valid_to      date,
  version       integer NOT NULL DEFAULT 0,
  CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to > valid_from),
  CHECK ((lat IS NULL) = (lon IS NULL))
);
CREATE INDEX geo_mantika_region_idx ON geo_mantika (region_pcode);

CREATE TABLE geo_baladiya (
  pcode          text PRIMARY KEY CHECK (pcode ~ '^LY[0-9]{6}$'),
  mantika_pcode  text NOT NULL REFERENCES geo_mantika (pcode),
  name_en        text NOT NULL CHECK (btrim(name_en) <> ''),
  name_ar        text NOT NULL CHECK (btrim(name_ar) <> ''),
  lat            numeric(8, 6),
  lon            numeric(9, 6),
  valid_from     date,
  valid_to       date,
  version        integer NOT NULL DEFAULT 0,
  CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to > valid_from),
  CHECK ((lat IS NULL) = (lon IS NULL))
);
CREATE INDEX geo_baladiya_mantika_idx ON geo_baladiya (mantika_pcode);

CREATE TABLE geo_muhalla (
  pcode           text PRIMARY KEY CHECK (pcode ~ '^LY[0-9]{8}$'),
  baladiya_pcode  text NOT NULL REFERENCES geo_baladiya (pcode),
  name_en         text NOT NULL CHECK (btrim(name_en) <> ''),
  name_ar         text NOT NULL CHECK (btrim(name_ar) <> ''),
  lat             numeric(8, 6),
  lon             numeric(9, 6),
  valid_from      date,
  valid_to        date,
  version         integer NOT NULL DEFAULT 0,
  CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to > valid_from),
  CHECK ((lat IS NULL) = (lon IS NULL))
);
CREATE INDEX geo_muhalla_baladiya_idx ON geo_muhalla (baladiya_pcode);

-- All four levels as one relation, for lookups by P-code and the hierarchy browser.
CREATE VIEW geo_admin_unit AS
  SELECT u.pcode, 'REGION' AS level, NULL::text AS parent_pcode, u.name_en, u.name_ar, u.lat, u.lon,
         u.valid_from, u.valid_to,
         (SELECT count(*) FROM geo_mantika c WHERE c.region_pcode = u.pcode)::integer AS children
    FROM geo_region u
  UNION ALL
  SELECT u.pcode, 'MANTIKA', u.region_pcode, u.name_en, u.name_ar, u.lat, u.lon, u.valid_from, u.valid_to,
         (SELECT count(*) FROM geo_baladiya c WHERE c.mantika_pcode = u.pcode)::integer
    FROM geo_mantika u
  UNION ALL
  SELECT u.pcode, 'BALADIYA', u.mantika_pcode, u.name_en, u.name_ar, u.lat, u.lon, u.valid_from, u.valid_to,
         (SELECT count(*) FROM geo_muhalla c WHERE c.baladiya_pcode = u.pcode)::integer
    FROM geo_baladiya u
  UNION ALL
  SELECT u.pcode, 'MUHALLA', u.baladiya_pcode, u.name_en, u.name_ar, u.lat, u.lon, u.valid_from, u.valid_to, 0
    FROM geo_muhalla u;
