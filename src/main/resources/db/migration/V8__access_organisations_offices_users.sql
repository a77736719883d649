-- Who may use Masar: organisations (the mission and its partners), their offices, and user accounts.
CREATE TABLE access_organisation (
  id          uuid PRIMARY KEY,
  code        text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{1,31}$'),
  kind        text NOT NULL CHECK (kind IN ('MISSION', 'PARTNER_NGO', 'AUTHORITY', 'UN_AGENCY', 'OTHER')),
  name_en     text NOT NULL CHECK (length(trim(name_en)) > 0),
  name_ar     text NOT NULL CHECK (length(trim(name_ar)) > 0),
  active      boolean NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL DEFAULT now(),
  created_by  text NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  updated_by  text NOT NULL,
  version     integer NOT NULL DEFAULT 0
);

CREATE TABLE access_office (
  id              uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES access_organisation (id),
  code            text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{1,31}$'),
  name_en         text NOT NULL CHECK (length(trim(name_en)) > 0),
  name_ar         text NOT NULL CHECK (length(trim(name_ar)) > 0),
  baladiya_pcode  text,
  active          boolean NOT NULL DEFAULT true,
  created_at      timestamptz NOT NULL DEFAULT now(),
  created_by      text NOT NULL,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  updated_by      text NOT NULL,
  version         integer NOT NULL DEFAULT 0
);

CREATE TABLE access_user (
  id                   uuid PRIMARY KEY,
  username             text NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
  display_name         text NOT NULL CHECK (length(trim(display_name)) > 0),
  email                text,
  organisation_id      uuid REFERENCES access_organisation (id),
  office_id            uuid REFERENCES access_office (id),
  supervisor_id        uuid REFERENCES access_user (id),
  preferred_language   text NOT NULL DEFAULT 'en' CHECK (preferred_language IN ('en', 'ar')),
  password_hash        text NOT NULL,
  password_changed_at  timestamptz NOT NULL DEFAULT now(),
  must_change_password boolean NOT NULL DEFAULT true,
  enabled              boolean NOT NULL DEFAULT true,
  failed_sign_ins      integer NOT NULL DEFAULT 0,
  locked_until         timestamptz,
  totp_secret          text,
  totp_enabled         boolean NOT NULL DEFAULT false,
  created_at           timestamptz NOT NULL DEFAULT now(),
  created_by           text NOT NULL,
  updated_at           timestamptz NOT NULL DEFAULT now(),
  updated_by           text NOT NULL,
  version              integer NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX access_user_username_key ON access_user (lower(username));
