package org.enlace.browser;

import java.time.Duration;

import org.enlace.support.Browser;
import org.enlace.support.EnlaceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The main journeys, in real Chromium. */
@EnlaceTest
class DirectoryJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	long honduran;

	@BeforeEach
	void findAHonduranOrganisation() {
		honduran = jdbc.sql("select min(id) from organization where country_iso3 = 'HND' and merged_into_id is null")
			.query(Long.class).single();
	}

	@Test
	void aFocalPointSignsInAndSwitchesLanguage() {
		try (Browser browser = new Browser(port, "es")) {
			browser.open("/");
			assertThat(browser.language()).isEqualTo("es");
			browser.signIn("demo.focal.gt", "enlace-demo-2026");
			assertThat(browser.text()).contains("demo.focal.gt");

			browser.open("/mechanisms/RCM");
			assertThat(browser.text()).contains("Troika de la presidencia");
			browser.switchLanguage("en");
			assertThat(browser.path()).isEqualTo("/mechanisms/RCM");
			assertThat(browser.text()).contains("Presidency troika");

			browser.find(By.cssSelector("header form button.linklike")).click();
			browser.open("/");
			assertThat(browser.text()).doesNotContain("demo.focal.gt");
		}
	}

	@Test
	void aFocalPointFindsAndEditsTheirCountrysInstitutionButNotAnotherCountrys() {
		try (Browser browser = new Browser(port, "es")) {
			browser.signIn("demo.focal.gt", "enlace-demo-2026");
			browser.open("/directory");
			browser.find(By.id("q")).sendKeys("migracion guatemala");
			browser.find(By.cssSelector("form[role=search] button[type=submit]")).click();
			browser.find(By.linkText("Instituto Guatemalteco de Migración")).click();
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.path().startsWith("/organizations/"));
			String organization = browser.path();

			browser.find(By.linkText("Editar")).click();
			WebElement website = browser.find(By.id("website"));
			website.clear();
			website.sendKeys("https://igm.gob.gt/recorrido");
			browser.find(By.cssSelector("main form button[type=submit]")).click();
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.path().equals(organization));
			assertThat(browser.text()).contains("https://igm.gob.gt/recorrido").contains("Guardado.");

			browser.open("/organizations/" + honduran + "/edit");
			assertThat(browser.text()).contains("No permitido");
		}
	}
}
