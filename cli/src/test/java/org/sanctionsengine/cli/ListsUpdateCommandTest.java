package org.sanctionsengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsengine.testing.SharedData;

/** {@code lists update} against a local HTTP server on 127.0.0.1 (there is no network here). */
@SuppressForbidden(
    reason = "the JDK's com.sun.net.httpserver is the dependency-free local server for this test")
class ListsUpdateCommandTest {
  @TempDir Path home;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private HttpServer server;
  private byte[] un;

  @BeforeEach
  void startServer() throws IOException {
    un = Files.readAllBytes(SharedData.file("un/consolidated.xml"));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/consolidated.xml",
        exchange -> {
          exchange.sendResponseHeaders(200, un.length);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write(un);
          }
        });
    server.createContext(
        "/cut/consolidated.xml",
        exchange -> {
          exchange.sendResponseHeaders(200, un.length);
          OutputStream body = exchange.getResponseBody();
          body.write(un, 0, un.length / 2);
          body.flush();
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private String url(String path) {
    return "un=http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private int run(String... args) {
    String[] all = new String[args.length + 6];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(
        new String[] {"--home", home.toString(), "--retries", "1", "--backoff-millis", "10"},
        0,
        all,
        args.length,
        6);
    return SanctionsCommand.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void update_fromLocalServer_importsTheDownloadedList() throws IOException {
    assertThat(run("lists", "update", "--url", url("/consolidated.xml"))).isZero();

    assertThat(out.toString())
        .startsWith("Imported UN Security Council consolidated list:")
        .contains("1,003 entries");
    try (var left = Files.list(home.resolve("downloads"))) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void update_downloadCutShort_importsNothingAndSaysSo() {
    assertThat(run("lists", "update", "--url", url("/cut/consolidated.xml")))
        .isEqualTo(ExitCodes.IO_ERROR);

    assertThat(err.toString())
        .contains(
            "sanctions: I/O error: Download of http://127.0.0.1:"
                + server.getAddress().getPort()
                + "/cut/consolidated.xml failed after 2 attempt(s): ")
        .contains(
            ". Nothing was imported; the current snapshot stays in use. Try again later, or"
                + " download the file yourself and run `sanctions lists import FILE`.");
    assertThat(home.resolve("lists/un/current")).doesNotExist();
  }

  @Test
  void update_hostUnreachable_printsTheOfflineMessage() {
    assertThat(run("lists", "update", "--url", "un=http://127.0.0.1:1/consolidated.xml"))
        .isEqualTo(ExitCodes.IO_ERROR);

    assertThat(err.toString())
        .contains(
            "sanctions: I/O error: Cannot reach 127.0.0.1 to download"
                + " http://127.0.0.1:1/consolidated.xml (ConnectException: ")
        .contains(
            "); this machine seems to be offline. Nothing was imported; the current snapshot"
                + " stays in use. Download the file on a connected machine and import it with"
                + " `sanctions lists import FILE`.");
  }
}
