package org.sanctionsengine.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanctionsengine.server.TestServer;

/**
 * Issue 11: every answer — data, errors, unknown paths, the web UI's files — says nosniff, is not
 * to be stored, and carries a Content-Security-Policy that forbids framing; a key in the query
 * string is accepted by the reconciliation routes only.
 */
class SecurityHeadersTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestServer.UN);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/me",
        "/api/keys",
        "/api/cases",
        "/api/audit/verify",
        "/api/lists",
        "/health",
        "/openapi.json",
        "/reconcile",
        "/api/cases/99999",
        "/api/no-such-route"
      })
  void get_anyApiAnswerOrError_isNosniffNoStoreAndNeverFramed(String path) {
    TestServer.Response r = server.get(path, server.admin);

    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    assertThat(r.header("Content-Security-Policy"))
        .isEqualTo("default-src 'none'; frame-ancestors 'none'");
    assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
  }

  @Test
  void screen_refusedWithoutKeyAndAnswered_bothCarryTheHeaders() {
    TestServer.Response refused = server.postJson("/api/screen", "", "{\"name\": \"Kim\"}");
    TestServer.Response answered =
        server.postJson("/api/screen", server.screener, "{\"name\": \"Kim\"}");
    TestServer.Response malformed = server.postJson("/api/screen", server.screener, "{");

    for (TestServer.Response r : new TestServer.Response[] {refused, answered, malformed}) {
      assertThat(r.header("Cache-Control")).isEqualTo("no-store");
      assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(r.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }
  }

  @Test
  void checkBatch_streamedCsv_carriesTheHeaders() {
    TestServer.Response r =
        server.post(
            "/api/check/batch",
            server.screener,
            "text/csv",
            "id,date,from,to,origin,hs,description,quantity,unit,value,currency\n"
                + "T1,2026-01-15,KP,CN,KP,7403,copper,10,t,90000,USD\n");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/ui/app.js", "/ui/app.css", "/ui/vendor/chart.umd.min.js"})
  void webUi_files_mayBeRevalidatedAndGetThePagePolicy(String path) {
    TestServer.Response r = server.get(path, "");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Cache-Control")).isEqualTo("no-cache");
    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(r.header("Content-Security-Policy")).isEqualTo(SecurityHeaders.UI_POLICY);
  }

  @Test
  void webUi_headerPolicy_isThePagesOwnMetaPolicyPlusNoFraming() throws Exception {
    String page =
        Files.readString(
            Path.of("src/main/resources/web/index.html"), java.nio.charset.StandardCharsets.UTF_8);
    Matcher meta =
        Pattern.compile("http-equiv=\"Content-Security-Policy\"\\s+content=\"([^\"]+)\"")
            .matcher(page);

    assertThat(meta.find()).isTrue();
    assertThat(SecurityHeaders.UI_POLICY).isEqualTo(meta.group(1) + "; frame-ancestors 'none'");
  }

  @Test
  void webUi_assets_needNothingThePolicyForbids() throws Exception {
    // The policy allows no inline script or style, no eval and no other host: the page and its
    // modules must not need them. (The browser tests, *PageIT, run the page under the policy.)
    try (var files = Files.list(Path.of("src/main/resources/web"))) {
      for (Path file : files.toList()) {
        String text = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text)
            .as(file.toString())
            .doesNotContain("eval(")
            .doesNotContain("new Function(")
            .doesNotContainPattern(
                "<script>|<style|\\son[a-z]+=\"|style=\"|https?://(?!www\\.w3\\.org)");
      }
    }
  }

  @Test
  void reconcilePreview_mayBeFramedByOpenRefineButRunsNothing() {
    TestServer.Response r = server.get("/reconcile/preview?id=un:KPi.004", server.screener);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Security-Policy"))
        .isEqualTo(SecurityHeaders.PREVIEW_POLICY)
        .doesNotContain("script-src");
    assertThat(r.header("X-Frame-Options")).isEmpty();
    assertThat(r.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void adminRoute_keyInQueryString_isRefusedSayingToUseTheHeader() {
    TestServer.Response r = server.get("/api/keys?api_key=" + server.admin, "");

    assertThat(r.status()).isEqualTo(401);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.json().get("title").asText()).isEqualTo("API key in the query string");
    assertThat(r.json().get("detail").asText())
        .isEqualTo(
            "GET /api/keys does not take the API key as the query parameter 'api_key': only the"
                + " Reconciliation API (/reconcile...) does, for OpenRefine. Send the key as"
                + " 'Authorization: Bearer KEY' (or 'X-API-Key: KEY'). The key has been in a URL,"
                + " which servers and proxies log: consider it exposed, and ask an administrator"
                + " for a new one.");
  }

  @Test
  void adminRoute_keyInQueryStringBesideAValidHeader_isStillRefused() {
    assertThat(server.get("/api/keys?api_key=" + server.admin, server.admin).status())
        .isEqualTo(401);
    assertThat(server.get("/api/audit/verify?api_key=x", server.admin).status()).isEqualTo(401);
  }

  @Test
  void reconcile_keyInQueryString_stillWorks() {
    TestServer.Response manifest = server.get("/reconcile?api_key=" + server.screener, "");
    TestServer.Response suggest =
        server.get("/reconcile/suggest/entity?prefix=Ri&api_key=" + server.screener, "");
    TestServer.Response query =
        server.send(
            HttpRequest.newBuilder(
                    URI.create(
                        server.base()
                            + "/reconcile?api_key="
                            + server.screener
                            + "&queries=%7B%22q0%22%3A%7B%22query%22%3A%22Ri%20Hong%20Sop%22%7D%7D"))
                .GET()
                .build());

    assertThat(manifest.status()).isEqualTo(200);
    assertThat(manifest.json().has("identifierSpace")).isTrue();
    assertThat(suggest.status()).isEqualTo(200);
    assertThat(query.status()).as(query.body()).isEqualTo(200);
    assertThat(query.json().get("q0").get("result").get(0).get("id").asText())
        .isEqualTo("un:KPi.004");
  }
}
