package org.sanctionsengine.lists.ofac;

import java.util.List;
import org.sanctionsengine.entity.Address;
import org.sanctionsengine.input.SourceLocation;

/**
 * One SDN row of the legacy CSV with its joined address, alias and comment rows, fields as read
 * ({@code -0-} already turned into empty text).
 *
 * @param entNum the entity number
 * @param fields the twelve fields of the main row
 * @param addresses rows of {@code add.csv} for this entry, as addresses
 * @param aliases rows of {@code alt.csv}: {type, name, remarks}
 * @param extraRemarks the continuation of the remarks from {@code sdn_comments.csv}
 * @param location where the main row starts
 */
record OfacRecord(
    String entNum,
    List<String> fields,
    List<Address> addresses,
    List<List<String>> aliases,
    String extraRemarks,
    SourceLocation location) {
  static final int NAME = 1;
  static final int TYPE = 2;
  static final int PROGRAMS = 3;
  static final int TITLE = 4;
  static final int CALL_SIGN = 5;
  static final int VESSEL_TYPE = 6;
  static final int TONNAGE = 7;
  static final int GRT = 8;
  static final int FLAG = 9;
  static final int OWNER = 10;
  static final int REMARKS = 11;

  String field(int index) {
    return fields.get(index);
  }

  /** The full remarks: the main row's, continued by {@code sdn_comments.csv}. */
  String remarks() {
    return field(REMARKS) + extraRemarks;
  }
}
