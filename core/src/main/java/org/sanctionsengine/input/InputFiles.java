package org.sanctionsengine.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens list files for reading so that no reader can take in more bytes than the document-size
 * limit allows, whatever the file system says about the file's size: a device such as {@code
 * /dev/zero}, a pipe or a file that grows while it is read fails at the limit instead of running
 * forever.
 */
public final class InputFiles {
  private InputFiles() {}

  /**
   * A buffered stream over {@code path} that fails with an {@link InputLimitException} naming
   * {@code file} once more than {@link InputLimits#maxDocumentSize()} bytes have been read.
   */
  public static InputStream open(Path path, String file, InputLimits limits) {
    try {
      return new Bounded(Files.newInputStream(path), file, limits.maxDocumentSize());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** Fails as {@link #open} does once {@code total} bytes exceed the limit. */
  public static void checkSize(long total, String file, InputLimits limits) {
    if (total > limits.maxDocumentSize()) {
      throw new InputLimitException(
          SourceLocation.ofFile(file),
          InputLimits.Limit.DOCUMENT_SIZE,
          total,
          limits.maxDocumentSize());
    }
  }

  /** Counts what passes and stops at the limit; reads in blocks, so no extra buffer is needed. */
  private static final class Bounded extends FilterInputStream {
    private final String file;
    private final long maximum;
    private long count;

    Bounded(InputStream in, String file, long maximum) {
      super(new java.io.BufferedInputStream(in, 1 << 16));
      this.file = file;
      this.maximum = maximum;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      counted(skipped);
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    private void counted(long n) {
      count += n;
      if (count > maximum) {
        throw new InputLimitException(
            SourceLocation.ofFile(file), InputLimits.Limit.DOCUMENT_SIZE, count, maximum);
      }
    }
  }
}
