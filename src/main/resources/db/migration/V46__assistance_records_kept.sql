-- Assistance (issue 14): what the application may never rewrite or remove, refused by PostgreSQL as the rest of the
-- module's records are (stock ledger, services, hand-overs, monitoring). Cash cycles and payment lists are never
-- deleted, and the transitions a transfer may take are not the application's to change; a transfer is removed only
-- while it is a draft (a mistake before its list is submitted: once approved, sent or settled it is kept); a
-- distribution's beneficiary is never rewritten nor removed (a list loses no one: who was listed and not served is
-- part of its reconciliation).
REVOKE DELETE ON assistance_cash_cycle, assistance_payment_list FROM ${app_role};
REVOKE INSERT, UPDATE, DELETE ON assistance_transfer_transition FROM ${app_role};
REVOKE UPDATE, DELETE ON assistance_distribution_beneficiary FROM ${app_role};

CREATE FUNCTION assistance_transfer_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'draft' THEN
    RAISE EXCEPTION 'transfer % is %: only a draft transfer may be removed', OLD.id, OLD.status
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN OLD;
END $$;
CREATE TRIGGER assistance_transfer_delete_check BEFORE DELETE ON assistance_transfer
  FOR EACH ROW EXECUTE FUNCTION assistance_transfer_refuse_delete();
