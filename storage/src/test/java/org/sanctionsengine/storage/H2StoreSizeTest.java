package org.sanctionsengine.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.audit.DecisionRecord;
import org.sanctionsengine.testing.DecisionRecords;

/**
 * Issue 11: the embedded store can be brought back to a small multiple of the data it holds. One
 * caller appending one decision at a time is the worst case: every append is its own durable
 * commit, and each commit leaves ~16 KiB of chunk in the file (docs/benchmarks.md, "Audit store
 * size").
 */
class H2StoreSizeTest {
  /** Decisions appended: enough that the uncompacted file is far beyond the bound. */
  static final int ENTRIES = 5_000;

  /**
   * What an entry costs in the store beyond its JSON: sequence, time, kind, outcome, regime,
   * snapshot ids, two hashes of 64 characters, the row and index overhead.
   */
  static final int ROW_OVERHEAD = 400;

  /** The compacted file may hold this many times the data. */
  static final int MAX_RATIO = 4;

  /** An empty store with its schema, and H2's fixed overhead. */
  static final long BASE_BYTES = 2L << 20;

  private H2TestDatabase database;

  @BeforeEach
  void open() {
    database = new H2TestDatabase();
  }

  @AfterEach
  void delete() {
    database.close();
  }

  private java.nio.file.Path file() {
    String url = database.url().jdbcUrl();
    return java.nio.file.Path.of(url.substring("jdbc:h2:file:".length()) + ".mv.db");
  }

  @Test
  void compact_afterManySmallCommits_fileIsWithinASmallMultipleOfTheData() {
    long dataBytes = 0;
    long whileOpen;
    try (Storage storage = Storage.open(database.url(), Clock.systemUTC())) {
      for (int i = 0; i < ENTRIES; i++) {
        DecisionRecord record = DecisionRecords.screening(i);
        storage.auditLog().append(record);
        dataBytes += record.subject().text().length() + record.decision().text().length();
        dataBytes += ROW_OVERHEAD;
      }
      whileOpen = java.nio.file.Files.size(file());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    long bound = BASE_BYTES + MAX_RATIO * dataBytes;

    Storage.Compaction compaction = Storage.compact(database.url());

    // H2 compacts for 200 ms when it closes, which copes with this small store but not with a
    // large one (a million decisions: docs/benchmarks.md); the file while open shows the growth.
    assertThat(whileOpen)
        .as("file while open (the bound must be one it can fail)")
        .isGreaterThan(bound);
    assertThat(compaction.bytesAfter()).as("compacted file, bound %,d", bound).isLessThan(bound);
    try (Storage storage = Storage.open(database.url(), Clock.systemUTC())) {
      assertThat(storage.auditLog().checkpoint().sequence()).isEqualTo(ENTRIES);
      assertThat(storage.auditLog().verify().isValid()).isTrue();
    }
  }
}
