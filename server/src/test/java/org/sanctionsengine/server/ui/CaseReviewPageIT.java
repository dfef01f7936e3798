package org.sanctionsengine.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The case queue and a clearance under four eyes, with two reviewers' keys in one browser. */
class CaseReviewPageIT {
  @RegisterExtension static final WebUi ui = new WebUi();

  @Test
  void clearance_confirmedByItsProposer_isRefused_andASecondReviewerClearsIt() {
    Browser browser = ui.openAs(ui.server().alice, "screen");
    browser.type(By.id("screen-name"), "Ri Hong Sop");
    browser.type(By.id("screen-customer"), "UI-FOUR-EYES");
    browser.click(By.id("screen-submit"));
    browser.click(By.cssSelector("#cases-raised a.case-link"));
    browser.withText(By.id("case-state-badge"), "open");

    step(browser, "case-clear", "Born 1985, the listed person in 1940: another person");
    browser.withText(By.id("case-state-badge"), "clearance-proposed");
    browser.withText(By.id("case-message"), "Clearance proposed");
    step(browser, "case-confirm", "I agree");

    WebElement refusal = browser.visible(By.cssSelector("#case-message .problem[role=alert]"));
    assertThat(refusal.getText())
        .contains("Step not allowed")
        .contains("proposed this clearance and alice (key")
        .contains("cannot also confirm it: that is the same person")
        .contains("It needs a second, different reviewer (four eyes).");
    assertThat(browser.visible(By.id("case-state-badge")).getText())
        .isEqualTo("clearance-proposed");
    browser.screenshot("case-four-eyes-refused");

    browser.switchKey(ui.server().bob);
    browser.withText(By.id("case-state-badge"), "clearance-proposed");
    step(browser, "case-confirm", "Confirmed: the dates of birth differ");

    browser.withText(By.id("case-state-badge"), "cleared");
    List<String> history =
        browser.all(By.cssSelector("#case-history li")).stream().map(WebElement::getText).toList();
    assertThat(history).hasSize(3);
    assertThat(history.get(0)).contains("opened by engine");
    assertThat(history.get(1)).contains("clearance-proposed by alice", "another person");
    assertThat(history.get(2)).contains("clearance-confirmed by bob", "dates of birth differ");
    browser.screenshot("case-cleared-by-second-reviewer");
  }

  @Test
  void queue_showsOpenCasesAndLinksToThem() {
    Browser browser = ui.openAs(ui.server().bob, "screen");
    browser.type(By.id("screen-name"), "Ri Hong Sop");
    browser.type(By.id("screen-customer"), "UI-QUEUE");
    browser.click(By.id("screen-submit"));
    browser.visible(By.cssSelector("#cases-raised a.case-link"));

    browser.go("cases");

    WebElement row =
        browser.visible(
            By.xpath("//table[@id='case-queue']//tr[td[normalize-space()='UI-QUEUE']]"));
    assertThat(row.getText()).contains("open", "un:KPi.004", "1.00", "opened by engine");
    row.findElement(By.cssSelector("a[href^='#case/']")).click();
    assertThat(browser.withText(By.id("main"), "UI-QUEUE").getText()).contains("History");
  }

  @Test
  void queue_asScreener_showsThatTheRoleIsTooLow() {
    Browser browser = ui.openAs(ui.server().screener, "cases");

    assertThat(browser.visible(By.cssSelector("#main .problem[role=alert]")).getText())
        .contains("Role too low", "needs the role reviewer or higher");
  }

  private static void step(Browser browser, String button, String reason) {
    browser.type(By.id("case-reason"), reason);
    browser.click(By.id(button));
  }
}
