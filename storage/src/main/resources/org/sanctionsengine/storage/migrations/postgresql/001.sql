-- audit log: hash-chained entries, the head checkpoint, append-only triggers
CREATE TABLE audit_entry (
  sequence BIGINT NOT NULL PRIMARY KEY,
  recorded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  kind VARCHAR(40) NOT NULL,
  outcome VARCHAR(200) NOT NULL,
  regime_version VARCHAR(200) NOT NULL,
  list_snapshots TEXT NOT NULL,
  subject TEXT NOT NULL,
  decision TEXT NOT NULL,
  previous_hash CHAR(64) NOT NULL,
  hash CHAR(64) NOT NULL
);

CREATE TABLE audit_head (
  id INT NOT NULL PRIMARY KEY CHECK (id = 1),
  sequence BIGINT NOT NULL,
  hash CHAR(64) NOT NULL
);

INSERT INTO audit_head (id, sequence, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING
    ERRCODE = 'restrict_violation',
    MESSAGE = format('%s on %s refused: the audit log is append-only', TG_OP, TG_TABLE_NAME);
END;
$$;

CREATE FUNCTION audit_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.sequence <= OLD.sequence THEN
    RAISE EXCEPTION USING
      ERRCODE = 'restrict_violation',
      MESSAGE = format('UPDATE on %s refused: the audit head only moves forward', TG_TABLE_NAME);
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();

CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON audit_head
  FOR EACH ROW EXECUTE FUNCTION audit_head_forward_only();

CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();

CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
