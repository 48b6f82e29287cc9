package org.enlace.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every module bundle has the same keys in English, Spanish and French; every key a template asks
 * for exists; no template carries text a user would read that is not from a bundle.
 */
class I18nTests {

	static final Path MESSAGES = Path.of("src/main/resources/messages");

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final List<String> LANGUAGES = List.of("", "_es", "_fr");

	/** Attributes a user reads or hears (screen readers); they must come from bundles too. */
	static final List<String> READABLE_ATTRIBUTES = List.of("title", "placeholder", "aria-label", "alt", "value");

	@Test
	void everyBundleHasEveryKeyInEveryLanguage() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String module : modules()) {
			Set<String> all = new TreeSet<>();
			List<Set<String>> perLanguage = new ArrayList<>();
			for (String language : LANGUAGES) {
				Set<String> keys = load(module + language).stringPropertyNames();
				perLanguage.add(keys);
				all.addAll(keys);
			}
			for (int i = 0; i < LANGUAGES.size(); i++) {
				Set<String> missing = new TreeSet<>(all);
				missing.removeAll(perLanguage.get(i));
				if (!missing.isEmpty()) {
					problems.add(module + LANGUAGES.get(i) + " lacks " + missing);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void noValueIsLeftEmpty() throws IOException {
		List<String> empty = new ArrayList<>();
		for (String module : modules()) {
			for (String language : LANGUAGES) {
				Properties p = load(module + language);
				p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank())
					.forEach(k -> empty.add(module + language + ": " + k));
			}
		}
		assertThat(empty).isEmpty();
	}

	@Test
	void everyKeyTemplatesUseExists() throws IOException {
		Set<String> known = new TreeSet<>();
		for (String module : modules()) {
			known.addAll(load(module).stringPropertyNames());
		}
		// Literal keys only: #{a.b.c} and #{a.b(...)}; computed keys ('x.' + ${y}) are checked by page tests.
		Pattern literal = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher m = literal.matcher(Files.readString(template));
			while (m.find()) {
				if (!known.contains(m.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document doc = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : doc.getAllElements()) {
				boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext")
						|| element.hasAttr("th:replace") || element.hasAttr("th:insert");
				if (!replaced && !List.of("script", "style").contains(element.tagName())) {
					for (TextNode text : element.textNodes()) {
						if (readable(text.text())) {
							problems.add(TEMPLATES.relativize(template) + " <" + element.tagName() + ">: "
									+ text.text().strip());
						}
					}
				}
				for (String attribute : READABLE_ATTRIBUTES) {
					if (element.hasAttr(attribute) && readable(element.attr(attribute))
							&& !(attribute.equals("value") && !isButtonLike(element))) {
						problems.add(TEMPLATES.relativize(template) + " <" + element.tagName() + " " + attribute
								+ ">: " + element.attr(attribute));
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/** A run of two or more letters is something a person reads. */
	private static boolean readable(String text) {
		return text.codePoints().filter(Character::isLetter).count() >= 2;
	}

	private static boolean isButtonLike(Element element) {
		String type = element.attr("type");
		return element.tagName().equals("input") && (type.equals("submit") || type.equals("button"));
	}

	private static List<String> modules() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			return files.map(p -> p.getFileName().toString())
				.filter(n -> n.endsWith(".properties") && !n.contains("_"))
				.map(n -> n.substring(0, n.length() - ".properties".length()))
				.sorted()
				.toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Path file = MESSAGES.resolve(name + ".properties");
		assertThat(file).as("bundle " + file).exists();
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}
}
