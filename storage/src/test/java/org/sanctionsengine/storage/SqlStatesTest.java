package org.sanctionsengine.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanctionsengine.StorageException;
import org.sanctionsengine.StorageException.Reason;

class SqlStatesTest {
  @ParameterizedTest
  @CsvSource({
    "08006, 0, CONNECTION",
    "23001, 0, INTEGRITY",
    "23505, 0, INTEGRITY",
    "40001, 0, CONFLICT",
    "40P01, 0, CONFLICT",
    "42P01, 0, SCHEMA",
    "42501, 0, ACCESS",
    "28P01, 0, ACCESS",
    "53100, 0, RESOURCES",
    "22001, 0, DATA",
    "90020, 90020, CONNECTION",
    "XX000, 0, OTHER"
  })
  void reasonOf_sqlState_isTranslatedByClass(String state, int vendorCode, Reason expected) {
    assertThat(SqlStates.reasonOf(new SQLException("boom", state, vendorCode))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"HY000", "90000"})
  void reasonOf_h2WrappedAppendOnlyRefusal_isIntegrity(String state) {
    SQLException wrapped =
        new SQLException("UPDATE on audit_entry refused: the audit log is append-only", state);

    assertThat(SqlStates.reasonOf(wrapped)).isEqualTo(Reason.INTEGRITY);
  }

  @org.junit.jupiter.api.Test
  void translate_uniqueViolation_saysWhatWhereAndWhatNext() {
    StorageException e =
        SqlStates.translate(
            new SQLException("duplicate key value violates unique constraint\nDetail: x", "23505"),
            "append to the audit log",
            DatabaseUrl.parse("jdbc:postgresql://127.0.0.1/s?user=u&password=secret"));

    assertThat(e.reason()).isEqualTo(Reason.INTEGRITY);
    assertThat(e)
        .hasMessage(
            "Could not append to the audit log in the store at"
                + " jdbc:postgresql://127.0.0.1/s?user=u&password=***: the database said"
                + " \"duplicate key value violates unique constraint\" (SQLState 23505). The audit"
                + " tables refuse changes and removals; nothing was written. Append new entries"
                + " instead.");
  }
}
