-- Field collection (issue 15), part one: forms with their versions and media, and the collect passwords phones use on
-- the OpenRosa endpoints.

-- A form, named by its XForm's own id (the id phones know it by). Closed forms are not in any phone's form list.
-- limited: only the users in collect_form_user see it (otherwise everyone holding collect:submit does).
CREATE TABLE collect_form (
  id          uuid PRIMARY KEY,
  form_id     text NOT NULL UNIQUE CHECK (form_id ~ '^[A-Za-z_][A-Za-z0-9_.-]{0,99}$'),
  title       text NOT NULL,
  state       text NOT NULL CHECK (state IN ('open', 'closed')),
  limited     boolean NOT NULL DEFAULT false,
  version     integer NOT NULL DEFAULT 0,
  created_by  text NOT NULL,
  created_at  timestamptz NOT NULL,
  updated_by  text NOT NULL,
  updated_at  timestamptz NOT NULL
);

CREATE TABLE collect_form_user (
  form     uuid NOT NULL REFERENCES collect_form (id),
  user_id  uuid NOT NULL REFERENCES access_user (id),
  PRIMARY KEY (form, user_id)
);

-- Every version ever uploaded is kept, so a submission to an old version can still be read against its form.
-- version is the XForm's own version attribute ('' when it has none); md5 is the hash the form list shows.
CREATE TABLE collect_form_version (
  id           uuid PRIMARY KEY,
  form         uuid NOT NULL REFERENCES collect_form (id),
  version      text NOT NULL,
  title        text NOT NULL,
  xml          text NOT NULL,
  md5          text NOT NULL,
  source       text NOT NULL CHECK (source IN ('xform', 'xlsform')),
  uploaded_by  text NOT NULL,
  uploaded_at  timestamptz NOT NULL,
  UNIQUE (form, version)
);
CREATE INDEX collect_form_version_latest ON collect_form_version (form, uploaded_at DESC);

-- The bytes of media files, outside the rows that list them, shared by every version that has the same file.
CREATE TABLE collect_media_content (
  md5    text PRIMARY KEY,
  bytes  bytea NOT NULL
);

-- The media files a version names; content is null while the upload still lacks the file.
CREATE TABLE collect_form_media (
  form_version  uuid NOT NULL REFERENCES collect_form_version (id),
  filename      text NOT NULL,
  content_type  text,
  size          bigint,
  md5           text REFERENCES collect_media_content (md5),
  uploaded_at   timestamptz,
  PRIMARY KEY (form_version, filename)
);

-- One password per phone. password_hash is the application's PasswordEncoder hash (HTTP Basic); digest_ha1 is
-- MD5(username:realm:password) as HTTP Digest needs it, sealed with the application's SecretBox key. prefix is the
-- password's first characters, to find its row without trying every hash.
CREATE TABLE collect_password (
  id             uuid PRIMARY KEY,
  user_id        uuid NOT NULL REFERENCES access_user (id),
  username       text NOT NULL,
  name           text NOT NULL,
  prefix         text NOT NULL UNIQUE,
  password_hash  text NOT NULL,
  digest_ha1     text NOT NULL,
  created_at     timestamptz NOT NULL,
  last_used_at   timestamptz,
  revoked_at     timestamptz
);
CREATE INDEX collect_password_user ON collect_password (user_id, created_at DESC);
CREATE INDEX collect_password_active_username ON collect_password (lower(username)) WHERE revoked_at IS NULL;

-- Bucket4j's buckets for failed OpenRosa authentications per client address (see CollectThrottle).
CREATE TABLE collect_rate_limit (
  id          text PRIMARY KEY,
  state       bytea,
  expires_at  bigint
);

