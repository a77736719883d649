-- A security stamp per account, changed whenever the account's credentials or standing change in a way that must end
-- its open sessions at once (password reset or change, disabling, lock-out). Each session remembers the stamp it
-- signed in with and every request compares it with this column, so the change takes effect on every node.
ALTER TABLE access_user ADD COLUMN security_stamp uuid NOT NULL DEFAULT gen_random_uuid();

-- Every API token expires. Tokens issued without an expiry get the default lifetime (30 days) from now, and none may
-- outlive the maximum lifetime (365 days); both are configurable for new tokens (masar.api-tokens.*).
UPDATE access_api_token SET expires_at = now() + interval '30 days' WHERE expires_at IS NULL;
UPDATE access_api_token SET expires_at = now() + interval '365 days' WHERE expires_at > now() + interval '365 days';
ALTER TABLE access_api_token ALTER COLUMN expires_at SET NOT NULL;
