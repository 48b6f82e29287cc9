package org.enlace.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.enlace.support.EnlaceTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first visit of a page, with everything it loads, stays under 100 KB on the wire, compressed, and
 * loads nothing from another host.
 */
@EnlaceTest
class PageWeightTests {

	static final int BUDGET = 100 * 1024;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(strings = { "/", "/mechanisms", "/mechanisms/RCM", "/login" })
	void firstLoadStaysUnderBudget(String path) throws Exception {
		HttpResponse<byte[]> page = fetch(path);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Encoding")).as("compressed page").hasValue("gzip");
		long total = page.body().length;
		String html = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(page.body()))
			.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		for (String asset : assets(html)) {
			assertThat(asset).as("asset served by the app").startsWith("/");
			HttpResponse<byte[]> response = fetch(asset);
			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			total += response.body().length;
		}
		assertThat(total).as("bytes on the wire for " + path).isLessThan(BUDGET);
	}

	private HttpResponse<byte[]> fetch(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Encoding", "gzip")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static List<String> assets(String html) {
		List<String> found = new ArrayList<>();
		Matcher m = Pattern.compile("<(?:script|link|img)[^>]+(?:src|href)=\"([^\"]+)\"").matcher(html);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}
}
