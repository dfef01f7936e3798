package org.sanctionsengine.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One persistent HTTP/1.1 connection that sends a request and reads the whole answer
 * (Content-Length or chunked). The load test uses it instead of the JDK's HttpClient, whose
 * per-request cost on the shared two cores would be taken from the server under test.
 */
final class HttpConnection implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;

  HttpConnection(String host, int port) throws IOException {
    socket = new Socket(host, port);
    socket.setTcpNoDelay(true);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
  }

  /** A POST with a JSON body, as bytes ready to send. */
  static byte[] post(String host, int port, String path, String key, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\nHost: "
            + host
            + ":"
            + port
            + "\r\nAuthorization: Bearer "
            + key
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] request = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, request, 0, headBytes.length);
    System.arraycopy(body, 0, request, headBytes.length, body.length);
    return request;
  }

  /** Sends the request and returns the answer's status code once its body is read. */
  int exchange(byte[] request) throws IOException {
    out.write(request);
    out.flush();
    String status = line();
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    for (String header = line(); !header.isEmpty(); header = line()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).strip());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    if (chunked) {
      for (long size = Long.parseLong(line().strip(), 16); size > 0; ) {
        skip(size);
        line();
        size = Long.parseLong(line().strip(), 16);
      }
      line();
    } else if (length > 0) {
      skip(length);
    }
    return code;
  }

  private void skip(long bytes) throws IOException {
    long left = bytes;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new IOException("connection closed inside an answer");
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  private String line() throws IOException {
    ByteArrayOutputStream text = new ByteArrayOutputStream(64);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("connection closed by the server");
      }
      if (b != '\r') {
        text.write(b);
      }
    }
    return text.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
