package org.sanctionsengine.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.testing.DecisionRecords;

class AuditChainTest {
  private final DecisionRecord hangul =
      new DecisionRecord(
          DecisionKind.PARTY_SCREENING,
          CanonicalJson.parse("{\"name\":\"김정은\", \"customerId\": \"C-1\"}"),
          "review",
          CanonicalJson.parse("{\"hits\":[{\"score\":0.97,\"entry\":\"un:KPi.033\"}]}"),
          List.of("un-20261101", "ofac-20261120"),
          "dprk-2026.1");

  @Test
  void canonicalForm_firstEntry_isTheDocumentedLines() {
    assertThat(AuditChain.canonicalForm(1, Instant.parse("2026-01-15T09:30:00Z"), hangul))
        .isEqualTo(
            """
            sanctions-audit-v1
            sequence=1
            recordedAt=2026-01-15T09:30:00.000000Z
            kind=party-screening
            outcome=review
            regimeVersion=dprk-2026.1
            listSnapshots=un-20261101,ofac-20261120
            subject={"customerId":"C-1","name":"김정은"}
            decision={"hits":[{"entry":"un:KPi.033","score":0.97}]}
            """);
  }

  @Test
  void next_firstEntry_hashMatchesAnIndependentSha256() {
    // Expected value computed with Python's hashlib over the documented form (docs/audit.md).
    AuditEntry first =
        AuditChain.next(ChainCheckpoint.EMPTY, Instant.parse("2026-01-15T09:30:00Z"), hangul);

    assertThat(first.sequence()).isEqualTo(1);
    assertThat(first.previousHash()).isEqualTo(ChainHash.GENESIS);
    assertThat(first.hash().hex())
        .isEqualTo("1da860ff134f5aa7d586f38d7245da7d1a74643fcfd3b4d6f2c991e59f3d2ebb");
  }

  @Test
  void next_afterHead_linksToHeadHash() {
    Instant at = Instant.parse("2026-01-15T09:30:00.123456789Z");
    AuditEntry first = AuditChain.next(ChainCheckpoint.EMPTY, at, DecisionRecords.screening(1));
    AuditEntry second =
        AuditChain.next(new ChainCheckpoint(1, first.hash()), at, DecisionRecords.screening(2));

    assertThat(second.sequence()).isEqualTo(2);
    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(second.recordedAt()).isEqualTo(Instant.parse("2026-01-15T09:30:00.123456Z"));
    assertThat(second.isSelfConsistent()).isTrue();
  }

  @Test
  void hashOf_anyFieldChanged_changesTheHash() {
    Instant at = Instant.parse("2026-01-15T09:30:00Z");
    ChainHash original = AuditChain.hashOf(ChainHash.GENESIS, 1, at, hangul);

    assertThat(AuditChain.hashOf(ChainHash.GENESIS, 2, at, hangul)).isNotEqualTo(original);
    assertThat(AuditChain.hashOf(ChainHash.GENESIS, 1, at.plusNanos(1000), hangul))
        .isNotEqualTo(original);
    assertThat(
            AuditChain.hashOf(
                ChainHash.GENESIS, 1, at, DecisionRecords.withOutcome(hangul, "permitted")))
        .isNotEqualTo(original);
  }

  @Test
  void newRecord_outcomeWithSpace_isRejectedWithTheRule() {
    assertThatThrownBy(() -> DecisionRecords.withOutcome(hangul, "not ok"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "The outcome 'not ok' of a decision to record is not a valid code. Expected 1 to 200"
                + " characters from A-Z a-z 0-9 . _ : / @ + - (starting with a letter or digit)."
                + " Use the id as the list snapshot or regime data reports it.");
  }

  @Test
  void parse_notJson_isRejected() {
    assertThatThrownBy(() -> CanonicalJson.parse("{\"a\":"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("The value to record is not valid JSON (");
  }

  @Test
  void parse_nestedObjects_sortsKeysAtEveryLevelWithoutWhitespace() {
    assertThat(
            CanonicalJson.parse(
                    "{ \"b\": {\"z\": 1, \"a\": [ {\"y\":2,\"x\":\"\\n\"} ] }, \"a\": null }")
                .text())
        .isEqualTo("{\"a\":null,\"b\":{\"a\":[{\"x\":\"\\n\",\"y\":2}],\"z\":1}}");
  }
}
