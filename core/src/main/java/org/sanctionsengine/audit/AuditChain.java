package org.sanctionsengine.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The hashing of the audit chain. This is the whole definition; {@code docs/audit.md} repeats it
 * with a short script that re-verifies an exported log independently of this code.
 *
 * <p>The canonical form of an entry is UTF-8 text, one field per line, each line ending in {@code
 * \n}, in this order:
 *
 * <pre>
 * sanctions-audit-v1
 * sequence=42
 * recordedAt=2026-11-23T11:15:53.123456Z      (UTC, always six fraction digits)
 * kind=party-screening
 * outcome=review
 * regimeVersion=dprk-2026.1
 * listSnapshots=un-20261101,ofac-20261120      (comma-separated, may be empty)
 * subject={"name":"Kim Jong Un"}               (canonical JSON, as stored)
 * decision={"hits":[...]}                      (canonical JSON, as stored)
 * </pre>
 *
 * <p>The hash of an entry is {@code lowercase-hex(SHA-256(previousHash + "\n" + canonicalForm))},
 * where {@code previousHash} is the hex hash of the entry before, or 64 zeros for the first entry.
 * No field can hold a line break, so the form is unambiguous.
 */
public final class AuditChain {
  /** The first line of the canonical form; a new form would get a new version line. */
  public static final String FORM_VERSION = "sanctions-audit-v1";

  private static final DateTimeFormatter RECORDED_AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private AuditChain() {}

  /** The entry that follows {@code head}: next sequence number, linked to the head's hash. */
  public static AuditEntry next(ChainCheckpoint head, Instant recordedAt, DecisionRecord record) {
    long sequence = head.sequence() + 1;
    Instant at = truncate(recordedAt);
    ChainHash hash = hashOf(head.headHash(), sequence, at, record);
    return new AuditEntry(sequence, at, record, head.headHash(), hash);
  }

  /** The time as the chain stores it: truncated to microseconds, the precision SQL keeps. */
  public static Instant truncate(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** The time as the canonical form writes it: UTC, always six fraction digits. */
  public static String formatRecordedAt(Instant recordedAt) {
    return RECORDED_AT.format(recordedAt);
  }

  /** The canonical form (see the class comment). */
  public static String canonicalForm(long sequence, Instant recordedAt, DecisionRecord record) {
    return FORM_VERSION
        + "\nsequence="
        + sequence
        + "\nrecordedAt="
        + RECORDED_AT.format(recordedAt)
        + "\nkind="
        + record.kind().code()
        + "\noutcome="
        + record.outcome()
        + "\nregimeVersion="
        + record.regimeVersion()
        + "\nlistSnapshots="
        + String.join(",", record.listSnapshotIds())
        + "\nsubject="
        + record.subject().text()
        + "\ndecision="
        + record.decision().text()
        + "\n";
  }

  /** {@code SHA-256(previousHash + "\n" + canonicalForm)} in lower-case hex. */
  public static ChainHash hashOf(
      ChainHash previousHash, long sequence, Instant recordedAt, DecisionRecord record) {
    MessageDigest sha256 = sha256();
    sha256.update((previousHash.hex() + "\n").getBytes(StandardCharsets.UTF_8));
    sha256.update(canonicalForm(sequence, recordedAt, record).getBytes(StandardCharsets.UTF_8));
    return new ChainHash(HexFormat.of().formatHex(sha256.digest()));
  }

  /**
   * Verifies entries read in sequence order against the checkpoint the store keeps apart from them.
   * Names every altered, reordered, removed or added entry.
   */
  public static ChainVerification verify(Iterable<AuditEntry> entries, ChainCheckpoint stored) {
    return verify(stored, sink -> entries.forEach(sink::accept));
  }

  /**
   * Same as {@link #verify(Iterable, ChainCheckpoint)} for a store that streams its entries: {@code
   * reader} hands every stored row, in sequence order, to the sink. Only suspect entries are kept
   * in memory.
   */
  public static ChainVerification verify(ChainCheckpoint stored, Consumer<EntrySink> reader) {
    ChainVerifier verifier = new ChainVerifier(stored);
    reader.accept(verifier);
    return verifier.finish();
  }

  /** Receives the stored rows of a log, in sequence order, for verification. */
  public interface EntrySink {
    /** A row that reads as an entry. */
    void accept(AuditEntry entry);

    /** A row whose fields are not valid any more (a hash that is not hex, an unknown kind). */
    void acceptUnreadable(long sequence, String why);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
