package org.sanctionsengine.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanctionsengine.entity.ListSource;
import org.sanctionsengine.input.InputLimits;
import org.sanctionsengine.input.ListFormatException;
import org.sanctionsengine.input.SourceLocation;

/**
 * One import: hash the input, take the source's lock, clear a dead import's leftovers, read the
 * list into a staging directory, verify it, then publish it by two atomic renames (staging
 * directory to snapshot directory, new pointer over the old). Any failure before the pointer rename
 * leaves the previous snapshot current and removes the staging directory.
 */
final class SnapshotImport {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final int KEEP_SNAPSHOTS = 10;

  private final DirectorySnapshotStore store;
  private final Clock clock;
  private final ListFormat format;
  private final ListSource source;
  private final ImportOptions options;

  SnapshotImport(
      DirectorySnapshotStore store, Clock clock, ListFormat format, ImportOptions options) {
    this.store = store;
    this.clock = clock;
    this.format = format;
    this.source = format.source();
    this.options = options;
  }

  ImportResult run(ListInput input) {
    Optional<ListSnapshot> current = store.current(source);
    try {
      checkSize(input);
      SnapshotFiles.Hashes hashes = SnapshotFiles.hash(input.files(), options.limits());
      Files.createDirectories(store.snapshotsDir(source));
      try (FileChannel lockFile =
              FileChannel.open(
                  store.sourceDir(source).resolve(".lock"),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          FileLock lock = lockFile.tryLock()) {
        if (lock == null) {
          throw new SnapshotException(
              "Another import of the "
                  + source.title()
                  + " is running (it holds "
                  + store.sourceDir(source).resolve(".lock")
                  + "). Wait for it to finish, then try again.");
        }
        clearLeftovers();
        current = store.current(source);
        if (current.isPresent() && isSame(current.get().manifest(), hashes)) {
          return new ImportResult.Unchanged(current.get().manifest());
        }
        return new ImportResult.Imported(publish(input, hashes, current));
      }
    } catch (ListFormatException e) {
      throw new ImportRejectedException(e.getMessage() + " " + stillInUse(current), false, e);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Import of " + input.main() + " failed: " + e.getMessage() + ". " + stillInUse(current),
          e);
    }
  }

  private void checkSize(ListInput input) throws IOException {
    long size = 0;
    for (Path file : input.files()) {
      size += Files.size(file);
    }
    options
        .limits()
        .check(
            InputLimits.Limit.DOCUMENT_SIZE,
            size,
            SourceLocation.ofFile(ListInput.displayName(input.main())));
  }

  private boolean isSame(SnapshotManifest manifest, SnapshotFiles.Hashes hashes) {
    return manifest.format() == format && manifest.contentSha256().equals(hashes.content());
  }

  /** One import's target: where it writes, under which id, and what it replaces. */
  private record Plan(
      ListInput input,
      SnapshotFiles.Hashes hashes,
      Optional<ListSnapshot> current,
      String id,
      Instant loadedAt,
      Path staging) {}

  private SnapshotManifest publish(
      ListInput input, SnapshotFiles.Hashes hashes, Optional<ListSnapshot> current)
      throws IOException {
    Instant loadedAt = clock.instant();
    String id =
        source.code() + "-" + STAMP.format(loadedAt) + "-" + hashes.content().substring(0, 8);
    Path staging = store.snapshotsDir(source).resolve(DirectorySnapshotStore.STAGING_PREFIX + id);
    Plan plan = new Plan(input, hashes, current, id, loadedAt, staging);
    SnapshotFiles.deleteTree(staging);
    Files.createDirectories(staging);
    try {
      SnapshotManifest manifest = write(plan);
      SnapshotFiles.moveAtomically(staging, store.snapshotsDir(source).resolve(id));
      SnapshotFiles.writeAtomically(
          store.sourceDir(source).resolve(DirectorySnapshotStore.POINTER),
          (id + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      pruneOldSnapshots();
      return manifest;
    } finally {
      SnapshotFiles.deleteTree(staging);
    }
  }

  /** Reads the list into the staging directory, verifies it, and writes its manifest there. */
  private SnapshotManifest write(Plan plan) throws IOException {
    ReadContext context = new ReadContext(source, plan.id(), options.limits());
    SourceLocation file = SourceLocation.ofFile(ListInput.displayName(plan.input().main()));
    Optional<LocalDate> publishedOn;
    EntityFileWriter writer =
        new EntityFileWriter(plan.staging().resolve(ListSnapshot.ENTITIES_FILE), options, file);
    try (writer) {
      publishedOn = format.reader().read(plan.input(), context, writer);
    }
    checkProblems(plan.input(), context);
    if (writer.total() == 0) {
      throw new ListFormatException(
          file,
          "the file holds no entries; a " + source.title() + " always has some.",
          "Check that this is the complete list file.");
    }
    SnapshotManifest manifest = manifest(plan, publishedOn, context, writer);
    plan.current().ifPresent(previous -> checkSanity(previous.manifest(), manifest));
    Path manifestFile = plan.staging().resolve(ListSnapshot.MANIFEST_FILE);
    Files.write(manifestFile, ManifestJson.write(manifest));
    SnapshotFiles.fsync(manifestFile);
    SnapshotFiles.fsync(plan.staging());
    return manifest;
  }

  private SnapshotManifest manifest(
      Plan plan, Optional<LocalDate> publishedOn, ReadContext context, EntityFileWriter writer) {
    SnapshotManifest.Builder manifest =
        SnapshotManifest.builder()
            .snapshotId(plan.id())
            .format(format)
            .publishedOn(publishedOn)
            .contentSha256(plan.hashes().content())
            .loadedAt(plan.loadedAt())
            .files(plan.hashes().files())
            .warnings(context.warnings())
            .forced(options.force())
            .previousSnapshotId(plan.current().map(s -> s.manifest().snapshotId()));
    writer.counts().forEach(manifest::count);
    return manifest.build();
  }

  private static void checkProblems(ListInput input, ReadContext context) {
    if (context.problemCount() == 0) {
      return;
    }
    String list =
        context.problems().stream()
            .map(p -> "  - " + p.location().describe() + ": " + p.message())
            .collect(Collectors.joining("\n"));
    int more = context.problemCount() - context.problems().size();
    throw new ListFormatException(
        context.problems().getFirst().location(),
        "`"
            + ListInput.displayName(input.main())
            + "`: "
            + context.problemCount()
            + " entries cannot be read:\n"
            + list
            + (more > 0 ? "\n  ... and " + more + " more" : "")
            + "\nFix or re-download the file.");
  }

  private void checkSanity(SnapshotManifest previous, SnapshotManifest next) {
    long before = previous.total();
    long after = next.total();
    if (options.force() || before == 0 || after >= before * (1 - options.maxDrop())) {
      return;
    }
    double drop = 100.0 * (before - after) / before;
    throw new ImportRejectedException(
        String.format(
            Locale.ROOT,
            "The new %s holds %,d entries, %.1f %% fewer than the %,d of the current snapshot %s (%s);"
                + " the allowed drop is %.0f %% (`--max-drop`). This looks like a partial or wrong"
                + " file. %s If the drop is real, re-run the import with --force.",
            source.title(),
            after,
            drop,
            before,
            previous.snapshotId(),
            previous.describeDate(),
            options.maxDrop() * 100,
            stillInUse(Optional.of(previous))),
        true,
        null);
  }

  private String stillInUse(Optional<?> current) {
    return current.isPresent()
        ? "Nothing was imported; the current "
            + source.code()
            + " snapshot "
            + describe(current.get())
            + " stays in use."
        : "Nothing was imported; there is still no " + source.code() + " snapshot.";
  }

  private static String describe(Object snapshot) {
    SnapshotManifest manifest =
        snapshot instanceof ListSnapshot s ? s.manifest() : (SnapshotManifest) snapshot;
    return manifest.snapshotId() + " (" + manifest.describeDate() + ")";
  }

  /** Removes staging directories of dead imports and snapshots never made current. */
  private void clearLeftovers() throws IOException {
    Set<String> kept =
        store.history(source).stream()
            .map(SnapshotManifest::snapshotId)
            .collect(Collectors.toSet());
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(store.snapshotsDir(source))) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.startsWith(DirectorySnapshotStore.STAGING_PREFIX) || !kept.contains(name)) {
          SnapshotFiles.deleteTree(entry);
        }
      }
    }
  }

  private void pruneOldSnapshots() throws IOException {
    List<SnapshotManifest> history = store.history(source);
    for (SnapshotManifest old :
        history.subList(Math.min(KEEP_SNAPSHOTS, history.size()), history.size())) {
      SnapshotFiles.deleteTree(store.snapshotsDir(source).resolve(old.snapshotId()));
    }
  }
}
