package org.sanctionsengine.input;

/**
 * Where in an input file something was found: file name, line and column (1-based; 0 when not
 * known) and, for XML, the element path such as {@code /CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL}.
 *
 * @param file the file name as the user gave it (or a URL for downloads)
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param path the element path (XML) or field (CSV, JSON), empty when not meaningful
 */
public record SourceLocation(String file, long line, long column, String path)
    implements java.io.Serializable {
  public SourceLocation {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("Negative line or column: " + line + ":" + column);
    }
  }

  /** A location naming only the file. */
  public static SourceLocation ofFile(String file) {
    return new SourceLocation(file, 0, 0, "");
  }

  /** A location at a line of a file. */
  public static SourceLocation ofLine(String file, long line) {
    return new SourceLocation(file, line, 0, "");
  }

  /** The same place with another path (element path or field). */
  public SourceLocation withPath(String newPath) {
    return new SourceLocation(file, line, column, newPath);
  }

  /** "`un.xml`, line 8812, column 3 (at /A/B)": the form used in every message. */
  public String describe() {
    StringBuilder text = new StringBuilder("`").append(file).append('`');
    if (line > 0) {
      text.append(", line ").append(line);
    }
    if (column > 0) {
      text.append(", column ").append(column);
    }
    if (!path.isEmpty()) {
      text.append(" (at ").append(path).append(')');
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
