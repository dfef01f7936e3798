package org.sanctionsengine.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** A built-in scenario explained, and its diff on a generated portfolio with Chart.js charts. */
class ScenarioDiffPageIT {
  @RegisterExtension static final WebUi ui = new WebUi();

  /** True once Chart.js drew on the canvas: a chart is attached and some pixel is not blank. */
  private static final String PAINTED =
      "const c = document.getElementById(arguments[0]);"
          + " if (!c || !window.Chart || !Chart.getChart(c) || c.width === 0) { return false; }"
          + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
          + " for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) { return true; } }"
          + " return false;";

  @Test
  void diff_generatedPortfolio_drawsTheChartsAndListsTheFlips() {
    Browser browser = ui.openAs(ui.server().screener, "scenarios/dprk-2021-demand");
    browser.withText(By.id("scenario-title"), "DPRK August 2021 demand");
    assertThat(browser.visible(By.id("scenario-changes")).getText())
        .contains("S/RES/2397 (2017) OP5", "lift from 2021-08-03");

    browser.type(By.id("diff-size"), "2000");
    browser.type(By.id("diff-seed"), "7");
    browser.click(By.id("diff-run"));

    browser.visible(By.id("flips"));
    for (String chart : List.of("chart-chapter", "chart-measure", "chart-authority")) {
      browser.until(PAINTED, chart);
    }
    browser.until(PAINTED, "chart-outcomes");
    assertThat(browser.visible(By.id("diff-totals")).getText()).contains("2,000", "Trades judged");
    assertThat(Integer.parseInt(browser.visible(By.id("diff-flip-count")).getText())).isPositive();
    assertThat(browser.all(By.cssSelector("#flips tbody tr"))).isNotEmpty();
    assertThat(browser.visible(By.id("flips")).getText())
        .contains("cap limited → review", "un-2397-op5-refined-petroleum-cap");
    browser.screenshot("scenario-diff-dprk-2021-demand");
  }

  @Test
  void explain_phasedScenario_showsPhasesAndSnapBack() {
    Browser browser = ui.openAs(ui.server().screener, "scenarios/action-for-action");

    browser.withText(By.id("scenario-title"), "Action for action");
    assertThat(browser.visible(By.id("scenario-explanation")).getText())
        .contains("Phases", "Reported violations (snap-back)", "snapped back on 2022-03-24");
  }

  @Test
  void diff_tooLargeAPortfolio_showsTheProblemDetail() {
    Browser browser = ui.openAs(ui.server().screener, "scenarios/dprk-2021-demand");
    browser.type(By.id("diff-size"), "2000000");
    browser.click(By.id("diff-run"));

    assertThat(browser.visible(By.cssSelector("#diff-result .problem[role=alert]")).getText())
        .contains("generate=2000000 is not acceptable: expected a number of trades from 1 to");
  }
}
