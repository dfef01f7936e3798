package org.sanctionsengine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsengine.input.InputLimits;

/**
 * Files for the fuzz tests ({@code *FuzzTest}, docs/fuzzing.md): the readers take paths, so each
 * execution writes its bytes over the same few files in one temporary directory per JVM, removed
 * when the JVM exits.
 */
public final class FuzzFiles {
  /**
   * Limits small enough for a fuzzer's inputs (a few KB) to reach every limit check: the checks are
   * code paths too, and with the defaults no small input would ever cross one.
   */
  public static final InputLimits LIMITS =
      InputLimits.builder().maxXmlDepth(8).maxStringLength(256).maxEntries(64).build();

  /** Separates the files of a set (e.g. OFAC's sdn.csv, add.csv ...) in one fuzz input. */
  public static final byte FILE_SEPARATOR = 0x1e;

  private static final Path DIR = createDirectory();

  private FuzzFiles() {}

  /** Writes {@code bytes} to the file {@code name} (replacing it) and returns its path. */
  public static Path write(String name, byte[] bytes) {
    Path file = DIR.resolve(name);
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    file.toFile().deleteOnExit();
    return file;
  }

  /**
   * Splits one fuzz input at each {@link #FILE_SEPARATOR} into at most {@code parts} pieces (the
   * last keeps any further separators); missing pieces are empty.
   */
  public static List<byte[]> split(byte[] input, int parts) {
    List<byte[]> pieces = new ArrayList<>(parts);
    int start = 0;
    for (int i = 0; i < input.length && pieces.size() < parts - 1; i++) {
      if (input[i] == FILE_SEPARATOR) {
        pieces.add(java.util.Arrays.copyOfRange(input, start, i));
        start = i + 1;
      }
    }
    pieces.add(java.util.Arrays.copyOfRange(input, start, input.length));
    while (pieces.size() < parts) {
      pieces.add(new byte[0]);
    }
    return pieces;
  }

  private static Path createDirectory() {
    try {
      Path dir = Files.createTempDirectory("sanctions-fuzz");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
