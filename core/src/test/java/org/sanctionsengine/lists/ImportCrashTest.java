package org.sanctionsengine.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsengine.entity.ListSource;
import org.sanctionsengine.testing.SharedData;
import org.sanctionsengine.testing.TestClock;

/**
 * A process killed with SIGKILL in the middle of an import leaves the previous snapshot current and
 * readable; the next import clears the dead import's staging directory.
 */
class ImportCrashTest {
  private static final String GOOD = "un-20260301T100000Z-66b392a4";

  @TempDir Path home;

  @Test
  void importList_processKilledMidImport_previousSnapshotStaysCurrentAndLeftoversAreCleared()
      throws Exception {
    TestClock clock = TestClock.standard();
    SnapshotStore store = SnapshotStore.open(home, clock);
    store.importList(
        ListFormat.UN_XML,
        ListInput.of(SharedData.file("un/consolidated.xml")),
        ImportOptions.defaults());
    Path changed = home.resolve("consolidated.xml");
    Files.writeString(
        changed,
        Files.readString(SharedData.file("un/consolidated.xml"), StandardCharsets.UTF_8) + "\n",
        StandardCharsets.UTF_8);

    Path marker = home.resolve("paused");
    Process child = startChild(changed, marker);
    try {
      awaitMarker(child, marker);
      assertThat(snapshotDirs()).anyMatch(name -> name.startsWith(".staging-"));
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }

    assertThat(store.current(ListSource.UN).orElseThrow().manifest().snapshotId()).isEqualTo(GOOD);
    assertThat(store.current(ListSource.UN).orElseThrow().entities()).hasSize(1003);
    assertThat(store.history(ListSource.UN)).hasSize(1);

    clock.advance(Duration.ofHours(1));
    ImportResult next =
        store.importList(ListFormat.UN_XML, ListInput.of(changed), ImportOptions.defaults());
    assertThat(snapshotDirs()).containsExactlyInAnyOrder(GOOD, next.manifest().snapshotId());
  }

  private Process startChild(Path file, Path marker) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "-Dsanctions.test.pauseAfterEntries=500",
                "-Dsanctions.test.pauseMarker=" + marker,
                ImportChild.class.getName(),
                home.toString(),
                file.toString()))
        .redirectErrorStream(true)
        .redirectOutput(home.resolve("child.log").toFile())
        .start();
  }

  private void awaitMarker(Process child, Path marker) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(marker)) {
      if (!child.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError(
            "The child import did not pause: " + Files.readString(home.resolve("child.log")));
      }
      Thread.sleep(20);
    }
  }

  private List<String> snapshotDirs() throws IOException {
    try (Stream<Path> dirs = Files.list(home.resolve("lists/un/snapshots"))) {
      return dirs.map(p -> p.getFileName().toString()).toList();
    }
  }
}
