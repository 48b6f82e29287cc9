package org.enlace.support;

import java.io.File;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, driven through chromedriver, against the test server. */
public final class Browser implements AutoCloseable {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private final ChromeDriver driver;

	private final String base;

	public Browser(int port, String language) {
		if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
			throw new IllegalStateException("browser tests need Debian's chromium and chromium-driver "
					+ "(apt-get install chromium chromium-driver)");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1000", "--lang=" + language);
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		this.base = "http://localhost:" + port;
	}

	public Browser open(String path) {
		driver.get(base + path);
		return this;
	}

	public WebElement find(By by) {
		return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
	}

	/** Waits past a page being replaced while it is read (StaleElementReferenceException). */
	public String language() {
		return settled().until(d -> d.findElement(By.tagName("html")).getAttribute("lang"));
	}

	public String text() {
		return settled().until(d -> d.findElement(By.tagName("body")).getText());
	}

	private WebDriverWait settled() {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	public String path() {
		return driver.getCurrentUrl().substring(base.length());
	}

	public void signIn(String username, String password) {
		open("/login");
		find(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
	}

	public void switchLanguage(String language) {
		driver.findElement(By.cssSelector("form.langs button[value=" + language + "]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> language.equals(language()));
	}

	public WebDriver driver() {
		return driver;
	}

	@Override
	public void close() {
		driver.quit();
	}
}
