package org.sanctionsengine.cli;

import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.input.InputLimits;
import org.sanctionsengine.lists.ImportOptions;
import picocli.CommandLine.Option;

/** The check options shared by {@code lists import} and {@code lists update}. */
final class ImportChecks {
  @Option(
      names = "--force",
      description =
          "Accept a list that fails the sanity check (entry count dropped by more than"
              + " --max-drop). Never overrides format checks.")
  boolean force;

  @Option(
      names = "--max-drop",
      paramLabel = "SHARE",
      defaultValue = "0.10",
      description =
          "Largest allowed fall in entry count against the current snapshot, as a"
              + " share (default: ${DEFAULT-VALUE}, i.e. 10 %%).")
  double maxDrop = ImportOptions.DEFAULT_MAX_DROP;

  @Option(
      names = "--max-document-size",
      paramLabel = "BYTES",
      description = "Largest input in bytes (default: 1 GiB).")
  @Nullable Long maxDocumentSize;

  @Option(
      names = "--max-xml-depth",
      paramLabel = "N",
      description = "Deepest XML nesting (default: 64).")
  @Nullable Integer maxXmlDepth;

  @Option(
      names = "--max-entries",
      paramLabel = "N",
      description = "Most entries in one list (default: 5,000,000).")
  @Nullable Long maxEntries;

  @Option(
      names = "--max-string-length",
      paramLabel = "N",
      description = "Longest text of one element, cell or string (default: 100,000).")
  @Nullable Integer maxStringLength;

  ImportOptions options(LongConsumer progress) {
    InputLimits.Builder limits = InputLimits.builder();
    if (maxDocumentSize != null) {
      limits.maxDocumentSize(maxDocumentSize);
    }
    if (maxXmlDepth != null) {
      limits.maxXmlDepth(maxXmlDepth);
    }
    if (maxEntries != null) {
      limits.maxEntries(maxEntries);
    }
    if (maxStringLength != null) {
      limits.maxStringLength(maxStringLength);
    }
    return new ImportOptions(limits.build(), maxDrop, force, progress);
  }
}
