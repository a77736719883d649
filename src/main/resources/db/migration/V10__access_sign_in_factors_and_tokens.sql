-- Sign-in: the last TOTP time step accepted for each account, so that a code cannot be used twice in its window.
ALTER TABLE access_user ADD COLUMN totp_last_step bigint;

-- API tokens for scripts. Only the SHA-256 of the token is kept; its first characters (the prefix) let the owner
-- recognise it in a list. A token carries its owner's current permissions, resolved at each use.
CREATE TABLE access_api_token (
  id            uuid PRIMARY KEY,
  user_id       uuid NOT NULL REFERENCES access_user (id) ON DELETE CASCADE,
  name          text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
  prefix        text NOT NULL,
  token_hash    text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  expires_at    timestamptz,
  last_used_at  timestamptz,
  revoked_at    timestamptz,
  revoked_by    text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  created_by    text NOT NULL,
  updated_at    timestamptz NOT NULL DEFAULT now(),
  updated_by    text NOT NULL,
  version       integer NOT NULL DEFAULT 0
);
CREATE INDEX access_api_token_user_idx ON access_api_token (user_id, created_at DESC);
