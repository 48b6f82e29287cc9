package org.enlace.browser;

import org.enlace.support.Browser;
import org.enlace.support.EnlaceTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The main journeys, in real Chromium. */
@EnlaceTest
class DirectoryJourneyTests {

	@LocalServerPort
	int port;

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
}
