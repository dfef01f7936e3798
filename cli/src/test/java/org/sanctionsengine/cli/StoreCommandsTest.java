package org.sanctionsengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsengine.access.Issuer;
import org.sanctionsengine.access.Role;
import org.sanctionsengine.audit.Alert;
import org.sanctionsengine.audit.AuditEntry;
import org.sanctionsengine.storage.DatabaseUrl;
import org.sanctionsengine.storage.Storage;
import org.sanctionsengine.testing.DecisionRecords;

class StoreCommandsTest {
  @TempDir Path home;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private String db() {
    return DatabaseUrl.embedded(home).jdbcUrl();
  }

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return SanctionsCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private List<AuditEntry> appendThree() {
    try (Storage storage = Storage.open(DatabaseUrl.embedded(home), Clock.systemUTC())) {
      return storage
          .auditLog()
          .appendAll(
              List.of(
                  DecisionRecords.screening(1),
                  DecisionRecords.screening(2),
                  DecisionRecords.screening(3)));
    }
  }

  @Test
  void storeCompact_embeddedStore_keepsTheChainAndReportsTheSizes() {
    List<AuditEntry> entries = appendThree();

    assertThat(run("store", "compact", "--db", db())).isZero();
    assertThat(out.toString())
        .startsWith("store: " + db() + "\ncompacted: ")
        .containsPattern("compacted: [0-9.,]+ MiB -> [0-9.,]+ MiB\n$");
    assertThat(run("audit", "verify", "--db", db())).isZero();
    assertThat(out.toString()).contains("head 3 " + entries.get(2).hash());
  }

  @Test
  void storeCompact_postgresUrl_isRefusedSayingWhatToDo() {
    assertThat(run("store", "compact", "--db", "jdbc:postgresql://127.0.0.1:1/x")).isNotZero();
    assertThat(err.toString()).contains("PostgreSQL manages its own files (VACUUM)");
  }

  @Test
  void auditVerify_intactChain_reportsEntriesAndHeadAndExitsZero() {
    List<AuditEntry> entries = appendThree();

    assertThat(run("audit", "verify", "--db", db())).isZero();
    assertThat(out.toString())
        .isEqualTo(
            "store: "
                + db()
                + "\naudit chain valid: 3 entries, head 3 "
                + entries.get(2).hash()
                + "\n");
  }

  @Test
  void auditVerify_alteredEntry_namesItAndExitsWithChainBroken() throws Exception {
    appendThree();
    try (Connection c = DriverManager.getConnection(db());
        Statement s = c.createStatement()) {
      s.execute("DROP TRIGGER audit_entry_append_only");
      s.execute("UPDATE audit_entry SET outcome = 'permitted' WHERE sequence = 2");
    }

    assertThat(run("audit", "verify", "--db", db())).isEqualTo(ExitCodes.CHAIN_BROKEN);
    assertThat(out.toString())
        .contains("audit chain BROKEN: 1 problem in 3 entries read")
        .contains(
            "  entry 2 was altered: its content or its link to the entry before was changed (the"
                + " stored hash no longer matches)\n");
  }

  @Test
  void auditShowJson_everyLine_reHashesAsDocumented() throws Exception {
    appendThree();

    assertThat(run("audit", "show", "--all", "--json", "--db", db())).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(3);
    String previous = "0".repeat(64);
    for (String line : lines) {
      JsonNode e = new ObjectMapper().readTree(line);
      String form =
          String.join(
              "\n",
              "sanctions-audit-v1",
              "sequence=" + e.get("sequence").asLong(),
              "recordedAt=" + e.get("recordedAt").asText(),
              "kind=" + e.get("kind").asText(),
              "outcome=" + e.get("outcome").asText(),
              "regimeVersion=" + e.get("regimeVersion").asText(),
              "listSnapshots=" + e.get("listSnapshots").asText(),
              "subject=" + e.get("subject").asText(),
              "decision=" + e.get("decision").asText(),
              "");
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((previous + "\n" + form).getBytes(StandardCharsets.UTF_8));
      assertThat(e.get("previousHash").asText()).isEqualTo(previous);
      assertThat(e.get("hash").asText()).isEqualTo(HexFormat.of().formatHex(digest));
      previous = e.get("hash").asText();
    }
  }

  @Test
  void auditShow_last_printsTheLatestEntriesOldestFirst() {
    appendThree();

    assertThat(run("audit", "show", "--last", "2", "--db", db())).isZero();
    assertThat(out.toString().lines().filter(l -> l.startsWith("#")).map(l -> l.split(" ")[0]))
        .containsExactly("#2", "#3");
  }

  @Test
  void auditShow_emptyLog_saysSo() {
    assertThat(run("audit", "show", "--db", db())).isZero();
    assertThat(out.toString()).isEqualTo("the audit log of " + db() + " is empty\n");
  }

  /** Issues keys for Alice, a look-alike second key of Alice's, and Bob; raises case 1. */
  private String[] keysAndACase() {
    try (Storage storage = Storage.open(DatabaseUrl.embedded(home), Clock.systemUTC())) {
      Issuer setup = Issuer.withoutKey("test setup");
      String alice = storage.apiKeys().issue("Alice", Role.REVIEWER, setup).secret();
      String aliceAgain = storage.apiKeys().issue("Alice", Role.REVIEWER, setup).secret();
      String bob = storage.apiKeys().issue("Bob", Role.REVIEWER, setup).secret();
      String screener = storage.apiKeys().issue("bot", Role.SCREENER, setup).secret();
      storage.cases().raise(new Alert("C-17", "un:KPi.033", "v1", 0.91, 0));
      return new String[] {alice, aliceAgain, bob, screener};
    }
  }

  @Test
  void cases_clearanceWithFourEyes_refusesTheSamePersonAndAcceptsAnother() {
    String[] keys = keysAndACase();
    assertThat(run("cases", "list", "--db", db())).isZero();
    assertThat(out.toString()).contains("C-17").contains("un:KPi.033").contains("open");

    assertThat(run("cases", "clear", "1", "--key", keys[0], "--reason", "born 1962", "--db", db()))
        .isZero();
    assertThat(run("cases", "confirm", "1", "--key", keys[1], "--reason", "ok", "--db", db()))
        .isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString())
        .isEqualTo(
            "sanctions: Case 1: Alice (key 1) proposed this clearance and Alice (key 2) cannot"
                + " also confirm it: that is the same person (the same key, or holder names that"
                + " differ only in case, invisible characters or look-alike letters). It needs a"
                + " second, different reviewer (four eyes). Ask another reviewer to confirm it with"
                + " their own key (`sanctions cases confirm 1 --key KEY --reason TEXT`, or POST"
                + " /api/cases/1/confirm).\n");
    assertThat(run("cases", "confirm", "1", "--key", keys[2], "--reason", "agree", "--db", db()))
        .isZero();
    assertThat(out.toString()).isEqualTo("case 1: cleared\n");

    assertThat(run("cases", "show", "1", "--db", db())).isZero();
    assertThat(out.toString())
        .startsWith("case 1: cleared\n")
        .contains(
            "clearance-proposed by Alice (key 1, issued by test setup) [audit entry 6]: born 1962")
        .contains("clearance-confirmed by Bob (key 3, issued by test setup) [audit entry 7]: agree")
        .doesNotContain("WARNING");
  }

  @Test
  void cases_trueMatch_closesAsConfirmed() {
    String[] keys = keysAndACase();

    assertThat(
            run("cases", "match", "1", "--key", keys[0], "--reason", "same passport", "--db", db()))
        .isZero();
    assertThat(run("cases", "confirm", "1", "--key", keys[2], "--reason", "agree", "--db", db()))
        .isZero();
    assertThat(out.toString()).isEqualTo("case 1: confirmed\n");
  }

  @Test
  void cases_stepWithoutKeyOrWithScreenerKey_isRefused() {
    String[] keys = keysAndACase();

    assertThat(run("cases", "clear", "1", "--reason", "born 1962", "--db", db()))
        .isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString()).startsWith("sanctions: A case step is taken with your API key");
    assertThat(run("cases", "clear", "1", "--key", keys[3], "--reason", "x", "--db", db()))
        .isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString())
        .isEqualTo(
            "sanctions: Key 4 of bot has the role screener; a case step needs a reviewer or admin"
                + " key. Nothing was recorded.\n");
    assertThat(run("cases", "clear", "1", "--reviewer", "Alice", "--reason", "x", "--db", db()))
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void auditVerify_caseClearedBySql_namesTheCaseAndExitsWith8() throws Exception {
    keysAndACase();
    try (Connection c = DriverManager.getConnection(db());
        Statement statement = c.createStatement()) {
      statement.execute("UPDATE review_case SET state = 'cleared' WHERE id = 1");
    }

    assertThat(run("audit", "verify", "--db", db())).isEqualTo(ExitCodes.CHAIN_BROKEN);
    assertThat(out.toString())
        .contains(
            "  case 1 disagrees with the audit chain: the store says state 'cleared', the chain"
                + " 'open' (audit entries 5)\n");
    assertThat(run("cases", "show", "1", "--db", db())).isZero();
    assertThat(out.toString()).contains("WARNING      the row disagrees with the audit chain");
  }

  @Test
  void casesClear_withoutReason_isAUsageError() {
    assertThat(run("cases", "clear", "1", "--key", "sek_x", "--db", db()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("Missing required option: '--reason=TEXT'");
  }

  @Test
  void auditVerify_unsupportedDatabaseUrl_explainsWhatIsAccepted() {
    assertThat(run("audit", "verify", "--db", "jdbc:mysql://localhost/x?password=secret"))
        .isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString())
        .isEqualTo(
            "sanctions: Database URL 'jdbc:mysql://localhost/x?password=***' is not supported:"
                + " expected a URL starting with jdbc:h2: (embedded) or jdbc:postgresql: (server),"
                + " e.g. jdbc:postgresql://127.0.0.1:5432/sanctions?user=NAME&password=SECRET."
                + " Leave --db out to use the embedded database under $SANCTIONS_HOME/db.\n");
  }

  @Test
  void help_everyStoreCommand_hasHelp() {
    for (String[] command :
        List.of(
            new String[] {"audit", "verify", "--help"},
            new String[] {"audit", "show", "--help"},
            new String[] {"cases", "list", "--help"},
            new String[] {"cases", "show", "--help"},
            new String[] {"cases", "escalate", "--help"},
            new String[] {"cases", "clear", "--help"},
            new String[] {"cases", "match", "--help"},
            new String[] {"cases", "confirm", "--help"})) {
      assertThat(run(command)).isZero();
      assertThat(out.toString()).startsWith("Usage: sanctions " + command[0] + " " + command[1]);
    }
  }
}
