-- issue 13: each case's audit entries indexed (its state is what they say), steps by key, issuers of keys
CREATE TABLE case_audit (
  sequence BIGINT NOT NULL PRIMARY KEY,
  case_id BIGINT NOT NULL
);

CREATE INDEX case_audit_case ON case_audit (case_id, sequence);

-- a case-review subject is canonical JSON that starts {"case":N, (its keys sorted)
INSERT INTO case_audit (sequence, case_id)
  SELECT sequence, CAST(SUBSTRING(subject FROM 9 FOR POSITION(',' IN subject) - 9) AS BIGINT)
  FROM audit_entry WHERE kind = 'case-review';

CREATE TRIGGER case_audit_append_only BEFORE UPDATE OR DELETE ON case_audit
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();

CREATE TRIGGER case_audit_no_truncate BEFORE TRUNCATE ON case_audit
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

ALTER TABLE review_case_event ADD COLUMN key_id BIGINT DEFAULT 0 NOT NULL;

ALTER TABLE api_key ADD COLUMN issuer_key_id BIGINT DEFAULT 0 NOT NULL;

ALTER TABLE api_key ADD COLUMN issued_by VARCHAR(200) DEFAULT 'not recorded (issued before issue 13)' NOT NULL;
