package org.sanctionsengine.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.SanctionsException;
import org.sanctionsengine.lists.SnapshotStore;
import org.sanctionsengine.match.LoadedIndex;
import org.sanctionsengine.match.Match;
import org.sanctionsengine.match.MatchJson;
import org.sanctionsengine.match.MatchQuery;
import org.sanctionsengine.match.NameIndex;
import org.sanctionsengine.match.PartyFields;
import org.sanctionsengine.match.Screening;
import org.sanctionsengine.names.NameNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sanctions screen}: one party, or a CSV file of parties, against the current lists. */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = {
      "Screen a party's name against every current list snapshot: fuzzy, script- and",
      "romanization-aware (Kim Jong Un / Kim Jong-un / Gim Jeong-eun / 김정은 / 金正恩), each hit",
      "explained. With --file, screen every row of a CSV file whose header names any of",
      "id,name,type,birth_date,country,imo; a bad row is reported and the batch goes on."
    })
final class ScreenCommand implements Callable<Integer> {
  static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "The name to screen.")
  @Nullable String name;

  @Option(names = "--file", paramLabel = "CSV", description = "Screen every row of this CSV file.")
  @Nullable Path file;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "person, organization, vessel or aircraft (default: any).")
  String type = "";

  @Option(
      names = "--birth-date",
      paramLabel = "DATE",
      description = "Date of birth: YYYY-MM-DD, YYYY-MM or YYYY.")
  String birthDate = "";

  @Option(names = "--country", paramLabel = "CC", description = "Nationality, e.g. KP.")
  String country = "";

  @Option(names = "--imo", paramLabel = "NUMBER", description = "IMO number of a vessel.")
  String imo = "";

  @Option(
      names = "--threshold",
      paramLabel = "SCORE",
      description = "Score from which a hit is a match, 0 to 1 (default: ${DEFAULT-VALUE}).")
  double threshold = Screening.DEFAULT_THRESHOLD;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text, json or jsonl (default: text for one party, jsonl for --file).")
  @Nullable String format;

  @Option(
      names = "--home",
      paramLabel = "DIR",
      description = "Where snapshots live (default: $SANCTIONS_HOME, else ~/.sanctions).")
  @Nullable Path home;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    checkArguments();
    NameIndex index = index();
    PrintWriter out = spec.commandLine().getOut();
    if (file != null) {
      return new BatchScreening(index, threshold, outputFormat("jsonl"))
          .run(file, out, spec.commandLine().getErr());
    }
    MatchQuery query = new PartyFields(orEmpty(name), type, birthDate, country, imo).toQuery();
    List<Match> hits = search(index, query, threshold);
    ObjectNode result = JSON.createObjectNode();
    result.put("name", orEmpty(name));
    result.put("threshold", threshold);
    result.set("hits", MatchJson.hits(hits, threshold));
    switch (outputFormat("text")) {
      case "json" -> out.println(prettyJson(result));
      case "jsonl" -> out.println(result);
      default ->
          TextReport.print(
              orEmpty(name).isEmpty() ? "IMO " + imo : orEmpty(name), hits, threshold, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  static List<Match> search(NameIndex index, MatchQuery query, double threshold) {
    return Screening.hits(index, query, threshold);
  }

  private void checkArguments() {
    if ((name == null) == (file == null)) {
      throw new ParameterException(
          spec.commandLine(),
          "Give either a NAME or --file CSV (found "
              + (name == null ? "neither" : "both")
              + "). Example: sanctions screen \"Kim Jong Un\"");
    }
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new ParameterException(
          spec.commandLine(),
          String.format(
              Locale.ROOT,
              "--threshold %s is out of range: expected a score from 0 to 1, e.g. 0.8.",
              threshold));
    }
    String wanted = outputFormat("text");
    if (!List.of("text", "json", "jsonl").contains(wanted)) {
      throw new ParameterException(
          spec.commandLine(), "Unknown --format '" + format + "': expected text, json or jsonl.");
    }
  }

  private String outputFormat(String fallback) {
    return format == null ? fallback : format.toLowerCase(Locale.ROOT);
  }

  private NameIndex index() {
    Path dir =
        home != null
            ? home
            : SnapshotStore.defaultHome(System.getenv(), Path.of(System.getProperty("user.home")));
    SnapshotStore store = SnapshotStore.open(dir, Clock.systemUTC());
    LoadedIndex.Loaded loaded = new LoadedIndex(store, NameNormalizer.create()).current();
    if (loaded.snapshotIds().isEmpty()) {
      throw new SanctionsException(
          "No list snapshots under "
              + dir
              + ": there is nothing to screen against. Import a list first with `sanctions lists"
              + " import FILE` or `sanctions lists update`.");
    }
    return loaded.index();
  }

  static String prettyJson(Object node) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }
}
