-- audit log: hash-chained entries, the head checkpoint, append-only triggers
CREATE TABLE audit_entry (
  sequence BIGINT NOT NULL PRIMARY KEY,
  recorded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  kind VARCHAR(40) NOT NULL,
  outcome VARCHAR(200) NOT NULL,
  regime_version VARCHAR(200) NOT NULL,
  list_snapshots VARCHAR(20000) NOT NULL,
  subject VARCHAR(1000000) NOT NULL,
  decision VARCHAR(1000000) NOT NULL,
  previous_hash CHAR(64) NOT NULL,
  hash CHAR(64) NOT NULL
);

CREATE TABLE audit_head (
  id INT NOT NULL PRIMARY KEY CHECK (id = 1),
  sequence BIGINT NOT NULL,
  hash CHAR(64) NOT NULL
);

INSERT INTO audit_head (id, sequence, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry
  FOR EACH ROW CALL 'org.sanctionsengine.storage.AppendOnlyTrigger';

CREATE TRIGGER audit_head_forward_only BEFORE UPDATE, DELETE ON audit_head
  FOR EACH ROW CALL 'org.sanctionsengine.storage.AppendOnlyTrigger';
