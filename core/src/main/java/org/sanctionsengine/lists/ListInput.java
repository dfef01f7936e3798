package org.sanctionsengine.lists;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The files of one list: a single file for most formats, the set of files for OFAC's legacy CSV
 * (e.g. {@code sdn.csv}, {@code add.csv}, {@code alt.csv}, {@code sdn_comments.csv}).
 *
 * @param files the files, the main one first
 */
public record ListInput(List<Path> files) {
  public ListInput {
    files = List.copyOf(files);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("A list input needs at least one file");
    }
  }

  /** An input of one file. */
  public static ListInput of(Path file) {
    return new ListInput(List.of(file));
  }

  /** The main file. */
  public Path main() {
    return files.getFirst();
  }

  /** The file with this name (case-insensitive), if the set has it. */
  public Optional<Path> file(String fileName) {
    return files.stream()
        .filter(f -> displayName(f).toLowerCase(Locale.ROOT).equals(fileName))
        .findFirst();
  }

  /** The name used for a file in messages: its file name. */
  public static String displayName(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }
}
