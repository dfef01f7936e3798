package org.sanctionsengine.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.sanctionsengine.input.InputLimits;
import org.sanctionsengine.input.SourceLocation;

/**
 * Downloads a list file with connect and read timeouts and retries with exponential backoff. A
 * response cut short of its Content-Length is a failed attempt (and retried), never a file. When
 * the host cannot be reached at all, the message says so plainly (offline) and how to import a file
 * fetched elsewhere.
 *
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for each read
 * @param attempts how many tries in all (at least 1)
 * @param backoff the wait before the second try; doubled before each further one
 */
public record ListDownloader(
    Duration connectTimeout, Duration readTimeout, int attempts, Duration backoff) {
  public ListDownloader {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
    }
  }

  /** 15 s to connect, 60 s per read, 3 tries, 2 s then 4 s between them. */
  public static ListDownloader defaults() {
    return new ListDownloader(
        Duration.ofSeconds(15), Duration.ofSeconds(60), 3, Duration.ofSeconds(2));
  }

  /** Saves {@code uri} to {@code target}; fails with an I/O error saying what to do. */
  public void download(URI uri, Path target, InputLimits limits) {
    IOException last = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      try {
        fetch(uri, target, limits);
        return;
      } catch (UnknownHostException | ConnectException | NoRouteToHostException e) {
        throw offline(uri, e);
      } catch (IOException e) {
        last = e;
        if (e instanceof HttpStatusException status && status.code < 500) {
          break;
        }
        pause(attempt);
      }
    }
    throw new UncheckedIOException(
        "Download of "
            + uri
            + " failed after "
            + attempts
            + " attempt(s): "
            + (last == null ? "" : last.getMessage())
            + ". Nothing was imported;"
            + " the current snapshot stays in use. Try again later, or download the file yourself"
            + " and run `sanctions lists import FILE`.",
        last);
  }

  private void fetch(URI uri, Path target, InputLimits limits) throws IOException {
    HttpURLConnection http = (HttpURLConnection) uri.toURL().openConnection();
    http.setConnectTimeout((int) connectTimeout.toMillis());
    http.setReadTimeout((int) readTimeout.toMillis());
    http.setRequestProperty("User-Agent", "sanctions-engine (list update)");
    try {
      int code = http.getResponseCode();
      if (code != HttpURLConnection.HTTP_OK) {
        throw new HttpStatusException(code, "the server answered HTTP " + code);
      }
      long expected = http.getContentLengthLong();
      long received = copy(http.getInputStream(), target, limits, uri);
      if (expected >= 0 && received != expected) {
        throw new IOException(
            "the download was cut off after " + received + " of " + expected + " bytes");
      }
    } catch (SocketTimeoutException e) {
      throw new IOException("no answer within the timeout (" + e.getMessage() + ")", e);
    } finally {
      http.disconnect();
    }
  }

  private static long copy(InputStream body, Path target, InputLimits limits, URI uri)
      throws IOException {
    long total = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = body;
        OutputStream out = Files.newOutputStream(target)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        limits.check(InputLimits.Limit.DOCUMENT_SIZE, total, SourceLocation.ofFile(uri.toString()));
        out.write(buffer, 0, n);
      }
    }
    return total;
  }

  private void pause(int attempt) {
    if (attempt >= attempts) {
      return;
    }
    try {
      Thread.sleep(backoff.multipliedBy(1L << (attempt - 1)).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static UncheckedIOException offline(URI uri, IOException e) {
    return new UncheckedIOException(
        "Cannot reach "
            + uri.getHost()
            + " to download "
            + uri
            + " ("
            + e.getClass().getSimpleName()
            + ": "
            + e.getMessage()
            + "); this machine seems to be"
            + " offline. Nothing was imported; the current snapshot stays in use. Download the file"
            + " on a connected machine and import it with `sanctions lists import FILE`.",
        e);
  }

  /** A non-200 answer. */
  private static final class HttpStatusException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int code;

    HttpStatusException(int code, String message) {
      super(message);
      this.code = code;
    }
  }
}
