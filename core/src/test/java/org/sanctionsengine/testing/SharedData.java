package org.sanctionsengine.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the real data files in {@code ../shared/data} for tests and benchmarks. They are read in
 * place, never copied. A missing file fails the test with the path it looked for: a test that
 * claims to run on real data must never pass by skipping it.
 */
public final class SharedData {
  private SharedData() {}

  /** The {@code shared} directory beside the repository (system property, then relative paths). */
  public static Path sharedDir() {
    String configured = System.getProperty("sanctions.shared.dir");
    if (configured != null && Files.isDirectory(Path.of(configured))) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    for (Path candidate : new Path[] {Path.of("../shared"), Path.of("../../shared")}) {
      if (Files.isDirectory(candidate.resolve("data"))) {
        return candidate.toAbsolutePath().normalize();
      }
    }
    throw new IllegalStateException(
        "The shared data directory was not found (looked at -Dsanctions.shared.dir="
            + configured
            + ", ../shared and ../../shared). Clone the project next to its shared/ directory.");
  }

  /** A file under {@code shared/data}, e.g. {@code file("un/consolidated.xml")}. */
  public static Path file(String relativePath) {
    Path path = sharedDir().resolve("data").resolve(relativePath);
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException("Shared data file missing: " + path);
    }
    return path;
  }
}
