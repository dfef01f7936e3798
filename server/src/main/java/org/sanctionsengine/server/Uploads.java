package org.sanctionsengine.server;

import io.javalin.http.Context;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.sanctionsengine.server.errors.Problem;
import org.sanctionsengine.server.errors.ProblemException;

/**
 * Request bodies too large for the JSON limit: CSV uploads, read as a stream and cut off at the
 * server's {@code maxCsvBytes}, so that an endless upload cannot fill the heap or the disk.
 */
public final class Uploads {
  private Uploads() {}

  /** The body as a stream that fails once more than {@code maxBytes} were read. */
  public static InputStream stream(Context ctx, long maxBytes) {
    try {
      return new Limited(ctx.req().getInputStream(), maxBytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the request body: " + e.getMessage(), e);
    }
  }

  /** The whole body as UTF-8 text, at most {@code maxBytes}. */
  public static String text(Context ctx, long maxBytes) {
    try (InputStream in = stream(ctx, maxBytes)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the request body: " + e.getMessage(), e);
    }
  }

  private static final class Limited extends FilterInputStream {
    private final long max;
    private long read;

    Limited(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > max) {
        throw new ProblemException(
            Problem.of(
                413,
                "upload-too-large",
                "Upload too large",
                "The upload is larger than the "
                    + max
                    + " bytes this server accepts; nothing after that point was read. Split the"
                    + " file into smaller batches."));
      }
    }
  }
}
