package org.sanctionsengine.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The screening form, its explained hits, the entity page, and the server's refusals shown. */
class ScreeningPageIT {
  @RegisterExtension static final WebUi ui = new WebUi();

  private static Browser screen(String name, String birthDate, String customerId) {
    Browser browser = ui.openAs(ui.server().screener, "screen");
    browser.type(By.id("screen-name"), name);
    browser.type(By.id("screen-birth-date"), birthDate);
    browser.type(By.id("screen-customer"), customerId);
    browser.click(By.id("screen-submit"));
    return browser;
  }

  @Test
  void screen_listedName_showsTheUnHitWithItsExplanation() {
    Browser browser = screen("Ri Hong Sop", "", "UI-SCREEN-1");

    WebElement hit = browser.visible(By.cssSelector("#hits tr[data-entity-id='un:KPi.004']"));
    assertThat(browser.visible(By.id("result-title")).getText()).contains("match");
    assertThat(hit.getText())
        .contains("un:KPi.004", "UN list", "RI HONG-SOP", "1.00")
        .contains("name 1.00: ri = ri (exact), hong = hong (exact), sop = sop (exact)");
    assertThat(browser.visible(By.id("cases-raised")).getText())
        .contains("for un:KPi.004: opened", "open");
    browser.screenshot("screening-ri-hong-sop");
  }

  @Test
  void entityLink_ofAHit_opensTheEntityPage() {
    Browser browser = screen("Ri Hong Sop", "1940", "UI-SCREEN-2");

    browser.click(By.cssSelector("#hits tr[data-entity-id='un:KPi.004'] a.entity-link"));

    assertThat(browser.withText(By.id("entity-name"), "RI HONG-SOP").getText())
        .isEqualTo("RI HONG-SOP");
    assertThat(browser.visible(By.id("main")).getText())
        .contains("un:KPi.004", "person", "2009-07-16", "Birth dates\n1940-02-26", "Yongbyon");
    browser.screenshot("entity-un-kpi-004");
  }

  @Test
  void screen_unreadableBirthDate_showsTheProblemDetail() {
    Browser browser = screen("Ri Hong Sop", "8 Jan 1940", "UI-SCREEN-3");

    WebElement problem = browser.visible(By.cssSelector("#screen-results .problem[role=alert]"));
    assertThat(problem.getText())
        .contains("Invalid input")
        .contains("Birth date '8 Jan 1940' cannot be read: expected YYYY-MM-DD, YYYY-MM or YYYY.");
  }

  @Test
  void screen_nameWithMarkup_showsItAsText() {
    String name = "<img src=x onerror=alert(1)> Kim";
    Browser browser = screen(name, "", "<b>UI-SCREEN-4</b>");

    assertThat(browser.withText(By.id("screen-results"), "Name screened").getText())
        .contains(name, "<b>UI-SCREEN-4</b>");
    assertThat(browser.all(By.cssSelector("#screen-results img, #screen-results b"))).isEmpty();
  }

  @Test
  void signIn_unknownKey_isRefusedWithTheReason() {
    Browser browser = ui.openAs(ui.server().screener, "screen");
    browser.click(By.id("switch-key"));
    browser.visible(By.id("sign-in"));
    browser.type(By.id("api-key"), "sek_not-a-key");
    browser.click(By.id("sign-in-button"));

    WebElement problem = browser.visible(By.cssSelector("#sign-in-problem .problem"));
    assertThat(problem.getText())
        .contains("Unknown API key", "The API key is not known to this server");
    assertThat(browser.visible(By.id("api-key")).isDisplayed()).isTrue();
  }
}
