package org.sanctionsengine.input;

/**
 * The limits that keep hostile or broken input harmless, in one immutable object with safe
 * defaults, shaped after Jackson's {@code StreamReadConstraints}. Every list reader checks them.
 * DTDs and entity expansion are not a limit but always off: no official list uses them.
 *
 * <p>Defaults are far above what official lists need (the largest, OFAC's SDN_ADVANCED.xml, is
 * about 100 MB and nests 10 levels deep) and far below what would hurt the machine.
 */
public final class InputLimits {
  /** Each limit, with the words and the setting its messages use. */
  public enum Limit {
    DOCUMENT_SIZE(
        "document size in bytes",
        "--max-document-size",
        "Official lists are at most a few hundred MB; check that this is the right file, or raise"
            + " the limit."),
    XML_DEPTH(
        "XML nesting depth",
        "--max-xml-depth",
        "Official lists nest only a handful of levels deep; this file is probably not a sanctions"
            + " list."),
    ENTRY_COUNT(
        "entry count",
        "--max-entries",
        "Official lists hold tens of thousands of entries; check the file, or raise the limit."),
    STRING_LENGTH(
        "text length in characters",
        "--max-string-length",
        "No name or remark of an official list is that long; the file is probably broken or"
            + " hostile.");

    private final String description;
    private final String setting;
    private final String hint;

    Limit(String description, String setting, String hint) {
      this.description = description;
      this.setting = setting;
      this.hint = hint;
    }

    public String description() {
      return description;
    }

    /** The command-line option (and builder method) that changes this limit. */
    public String setting() {
      return setting;
    }

    public String hint() {
      return hint;
    }
  }

  private static final InputLimits DEFAULTS = builder().build();

  private final long maxDocumentSize;
  private final int maxXmlDepth;
  private final long maxEntries;
  private final int maxStringLength;

  private InputLimits(Builder builder) {
    this.maxDocumentSize = builder.maxDocumentSize;
    this.maxXmlDepth = builder.maxXmlDepth;
    this.maxEntries = builder.maxEntries;
    this.maxStringLength = builder.maxStringLength;
  }

  /** The defaults: 1 GiB, depth 64, 5 million entries, 100,000 characters. */
  public static InputLimits defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.maxDocumentSize = maxDocumentSize;
    builder.maxXmlDepth = maxXmlDepth;
    builder.maxEntries = maxEntries;
    builder.maxStringLength = maxStringLength;
    return builder;
  }

  /** Largest input in bytes (all files of a set together). */
  public long maxDocumentSize() {
    return maxDocumentSize;
  }

  /** Deepest XML element nesting. */
  public int maxXmlDepth() {
    return maxXmlDepth;
  }

  /** Most entries one list may hold. */
  public long maxEntries() {
    return maxEntries;
  }

  /** Longest text of one element, cell or JSON string, in characters. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** Fails when {@code actual} is over the given limit. */
  public void check(Limit limit, long actual, SourceLocation location) {
    long maximum =
        switch (limit) {
          case DOCUMENT_SIZE -> maxDocumentSize;
          case XML_DEPTH -> maxXmlDepth;
          case ENTRY_COUNT -> maxEntries;
          case STRING_LENGTH -> maxStringLength;
        };
    if (actual > maximum) {
      throw new InputLimitException(location, limit, actual, maximum);
    }
  }

  @Override
  public String toString() {
    return "InputLimits[maxDocumentSize="
        + maxDocumentSize
        + ", maxXmlDepth="
        + maxXmlDepth
        + ", maxEntries="
        + maxEntries
        + ", maxStringLength="
        + maxStringLength
        + "]";
  }

  /** Sets limits one by one; each at most once; {@link #build()} checks them. */
  public static final class Builder {
    private static final long UNSET = -1;
    private long maxDocumentSize = 1L << 30;
    private int maxXmlDepth = 64;
    private long maxEntries = 5_000_000;
    private int maxStringLength = 100_000;
    private final java.util.Set<Limit> set = java.util.EnumSet.noneOf(Limit.class);

    private Builder() {}

    public Builder maxDocumentSize(long bytes) {
      once(Limit.DOCUMENT_SIZE, maxDocumentSize);
      maxDocumentSize = positive(Limit.DOCUMENT_SIZE, bytes);
      return this;
    }

    public Builder maxXmlDepth(int depth) {
      once(Limit.XML_DEPTH, maxXmlDepth);
      maxXmlDepth = (int) positive(Limit.XML_DEPTH, depth);
      return this;
    }

    public Builder maxEntries(long entries) {
      once(Limit.ENTRY_COUNT, maxEntries);
      maxEntries = positive(Limit.ENTRY_COUNT, entries);
      return this;
    }

    public Builder maxStringLength(int characters) {
      once(Limit.STRING_LENGTH, maxStringLength);
      maxStringLength = (int) positive(Limit.STRING_LENGTH, characters);
      return this;
    }

    private void once(Limit limit, long current) {
      if (!set.add(limit)) {
        throw new IllegalStateException(limit.setting() + " was already set to " + current);
      }
    }

    private static long positive(Limit limit, long value) {
      if (value <= 0 || value == UNSET) {
        throw new InvalidInputException(
            "The limit `"
                + limit.setting()
                + "` must be a positive number; found "
                + value
                + ". Give a number above 0 or leave the option out to keep the default.");
      }
      return value;
    }

    public InputLimits build() {
      return new InputLimits(this);
    }
  }
}
