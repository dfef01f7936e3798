package org.sanctionsengine.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs {@link AppendingChild} in a separate JVM and kills it with SIGKILL mid-stream. */
final class RestartProbe {
  private RestartProbe() {}

  /**
   * Starts the child, lets it acknowledge at least {@code count} appends, kills it with SIGKILL
   * ({@link ProcessHandle#destroyForcibly()} on Linux) while its writers are mid-batch, and returns
   * every acknowledgement it printed: sequence number to hash.
   */
  static Map<Long, String> appendUntilKilled(DatabaseUrl url, int count)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                AppendingChild.class.getName(),
                url.jdbcUrl())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    // A watchdog so that a stuck child can never hang the build.
    CompletableFuture.delayedExecutor(90, TimeUnit.SECONDS).execute(child::destroyForcibly);
    Map<Long, String> acknowledged = new HashMap<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (acknowledged.size() < count && (line = out.readLine()) != null) {
        record(line, acknowledged);
      }
      // The handle sends SIGKILL without closing our end of the pipe (Process#destroy would).
      child.toHandle().destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
      // Lines already in the pipe were printed before the kill: those appends were acknowledged.
      while ((line = out.readLine()) != null) {
        record(line, acknowledged);
      }
    }
    return acknowledged;
  }

  private static void record(String line, Map<Long, String> acknowledged) {
    if (line.startsWith("ack ")) {
      String[] parts = line.split(" ");
      acknowledged.put(Long.parseLong(parts[1]), parts[2]);
    }
  }
}
