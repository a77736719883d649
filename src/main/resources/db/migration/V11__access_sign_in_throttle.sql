-- Bucket4j's buckets for throttling sign-in failures per client address, shared by every node (see SignInThrottle).
-- No personal data: the key is "sign-in:" and an IP address, the state Bucket4j's own; rows expire once refilled.
CREATE TABLE access_rate_limit (
  id          text PRIMARY KEY,
  state       bytea,
  expires_at  bigint
);
