package org.sanctionsengine.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;
import org.sanctionsengine.server.TestServer;

/**
 * One real server (over the real UN list, with the keys of {@link TestServer}) and one headless
 * Chromium for a test class: {@code @RegisterExtension static final WebUi ui = new WebUi();}. The
 * browser starts first, so that a machine without one skips (or, under CI, fails) at once: each
 * test is reported skipped with the hint, which is also printed once. After each test the page must
 * have logged no script error and no Content-Security-Policy refusal.
 */
final class WebUi
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {
  private Browser browser;
  private TestServer server;
  private String skipped = "";

  @Override
  public void beforeAll(ExtensionContext context) {
    try {
      browser = Browser.start();
    } catch (TestAbortedException e) {
      // Skipping the class in beforeAll would report no test at all, and the hint nowhere.
      skipped = e.getMessage();
      System.err.println(context.getDisplayName() + " skipped: " + skipped);
      return;
    }
    server = TestServer.start(TestServer.UN);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Assumptions.assumeTrue(skipped.isEmpty(), skipped);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (browser == null) {
      return;
    }
    List<String> errors = browser.scriptErrors();
    assertThat(errors).as("script errors in the page").isEmpty();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  Browser browser() {
    return browser;
  }

  TestServer server() {
    return server;
  }

  /** Loads the page at {@code #hash}, signed in with {@code key}. */
  Browser openAs(String key, String hash) {
    browser.openAs(server.base(), hash, key);
    return browser;
  }
}
