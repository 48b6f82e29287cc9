package org.enlace.browser;

import java.time.Duration;

import org.enlace.support.Browser;
import org.enlace.support.EnlaceTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracker's main journey in real Chromium: a partner registers an activity against an agreed
 * measure, records the money committed and reports progress; the mechanism's secretariat approves
 * the report; the measure's page and the funding board show the new figures.
 */
@EnlaceTest
class MeasureJourneyTests {

	static final String PASSWORD = "enlace-demo-2026";

	static final String TITLE = "Diagnóstico de la recepción de personas retornadas (recorrido)";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPartnersApprovedProgressAndMoneyReachTheMeasureAndTheFundingBoard() {
		// OCAM-2025-WP-2.1 has an estimated cost of 210,000 USD and no other activity in the demo
		long measure = jdbc.sql("select id from agreed_measure where code = 'OCAM-2025-WP-2.1'").query(Long.class).single();
		try (Browser partner = new Browser(port, "es")) {
			partner.signIn("demo.partner.iom", PASSWORD);
			partner.open("/activities/new");
			type(partner, "identifier", "XM-WALK-2026-001");
			type(partner, "titleEs", TITLE);
			type(partner, "participants", "IOM 4");
			type(partner, "countries", "GTM");
			type(partner, "budget", "120000");
			new Select(partner.find(By.id("currency"))).selectByValue("USD");
			new Select(partner.find(By.id("status"))).selectByValue("2");
			date(partner, "actualStart", "2026-03-01");
			type(partner, "measures", "OCAM-2025-WP-2.1");
			submit(partner);
			await(partner, () -> partner.path().matches("/activities/\\d+"));
			String activity = partner.path();
			assertThat(partner.text()).contains("Guardado.", TITLE);

			partner.open(activity + "/transactions/new");
			new Select(partner.find(By.id("type"))).selectByValue("2");
			date(partner, "date", "2026-03-15");
			type(partner, "value", "80000");
			new Select(partner.find(By.id("currency"))).selectByValue("USD");
			submit(partner);
			await(partner, () -> partner.path().equals(activity));

			partner.open(activity + "/reports/new");
			date(partner, "periodStart", "2026-03-01");
			date(partner, "periodEnd", "2026-06-30");
			type(partner, "narrative", "Se visitaron cuatro centros de recepción en Guatemala.");
			type(partner, "percentComplete", "40");
			submit(partner);
			await(partner, () -> partner.path().equals(activity));
			assertThat(partner.text()).contains("Informe enviado a revisión.");
		}
		try (Browser secretariat = new Browser(port, "en")) {
			secretariat.signIn("demo.secretariat.ocam", PASSWORD);
			secretariat.open("/measures/" + measure);
			// submitted, not yet approved: the money counts, the progress does not
			assertThat(secretariat.text()).contains(TITLE, "1 activity, 0% complete");

			secretariat.open("/reports");
			WebElement report = secretariat.find(By.xpath("//article[.//a[text()='" + TITLE + "']]"));
			report.findElement(By.cssSelector("form button.primary")).click();
			await(secretariat, () -> secretariat.text().contains("Report approved."));

			secretariat.open("/measures/" + measure);
			String page = secretariat.text();
			assertThat(page).contains(TITLE, "1 activity, 40% complete", "80,000 USD");

			secretariat.open("/measures/funding");
			WebElement row = secretariat.find(By.xpath("//tr[.//a[@href='/measures/" + measure + "']]"));
			// estimated 210,000; committed 80,000; gap 130,000
			assertThat(row.getText()).contains("210,000", "80,000", "130,000");
		}
	}

	private static void type(Browser browser, String id, String text) {
		WebElement field = browser.find(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Date inputs take keys in the browser's locale order; the value property is the ISO date everywhere. */
	private static void date(Browser browser, String id, String isoDate) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.find(By.id(id)), isoDate);
	}

	private static void submit(Browser browser) {
		browser.find(By.cssSelector("main form button[type=submit].primary")).click();
	}

	private static void await(Browser browser, java.util.function.BooleanSupplier condition) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
	}
}
