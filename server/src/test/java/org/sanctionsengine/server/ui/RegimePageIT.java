package org.sanctionsengine.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The DPRK regime timeline and the measures in force on a chosen date. */
class RegimePageIT {
  @RegisterExtension static final WebUi ui = new WebUi();

  @Test
  void timeline_chosenDate_listsTheMeasuresInForceWithTheirCitations() {
    Browser browser = ui.openAs(ui.server().screener, "regime/2018-01-15");

    browser.visible(By.id("regime-timeline"));
    assertThat(browser.all(By.cssSelector("#regime-timeline a.instrument-marker")))
        .hasSizeGreaterThan(20);
    browser.withText(By.id("in-force-title"), "measures in force on 2018-01-15");
    assertThat(browser.visible(By.cssSelector("details[data-instrument='un-2397']")).getText())
        .contains("S/RES/2397 (2017) OP5", "Refined petroleum");
    browser.screenshot("regime-2018-01-15");
  }

  @Test
  void timeline_instrumentChosen_showsTheMeasuresOnItsDateOfAdoption() {
    Browser browser = ui.openAs(ui.server().screener, "regime/2018-01-15");

    browser.click(By.cssSelector("#regime-timeline a[data-instrument='un-2270'] circle"));

    browser.withText(By.id("in-force-title"), "in force on 2016-03-02");
    assertThat(browser.visible(By.id("measures-in-force")).getText())
        .contains("S/RES/2270 (2016)")
        .doesNotContain("S/RES/2397 (2017)");
  }
}
