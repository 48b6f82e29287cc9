package org.enlace.commitments.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.enlace.commitments.AccessLevel;
import org.enlace.commitments.Facts.DocumentLink;
import org.enlace.commitments.Facts.Editable;
import org.enlace.commitments.Facts.InstrumentFacts;
import org.enlace.commitments.InstrumentKind;
import org.enlace.shared.LocalizedText;
import org.springframework.validation.BindingResult;

/**
 * The form of an instrument. Documents are typed one per line as {@code label | address} (or just
 * the address), so the form needs no script to add rows.
 */
record InstrumentForm(@NotNull(message = "{commitments.validation.required}") InstrumentKind kind,
		@Pattern(regexp = "[A-Za-z0-9-]{0,16}", message = "{commitments.validation.bodyCode}") String bodyCode,
		@Size(max = 500, message = "{commitments.validation.tooLong}") String titleEs,
		@Size(max = 500, message = "{commitments.validation.tooLong}") String titleEn,
		@Size(max = 500, message = "{commitments.validation.tooLong}") String titleFr,
		@Size(max = 20000, message = "{commitments.validation.tooLong}") String textEs,
		@Size(max = 20000, message = "{commitments.validation.tooLong}") String textEn,
		@Size(max = 20000, message = "{commitments.validation.tooLong}") String textFr,
		@NotNull(message = "{commitments.validation.required}") @Pattern(regexp = "es|en|fr",
				message = "{commitments.validation.language}") String originalLanguage,
		@NotBlank(message = "{commitments.validation.date}") @Size(max = 10,
				message = "{commitments.validation.date}") String adoptedOn,
		@Size(max = 300, message = "{commitments.validation.tooLong}") String meeting,
		@Size(max = 5000, message = "{commitments.validation.tooLong}") String documents,
		@NotNull(message = "{commitments.validation.required}") AccessLevel accessLevel, Integer version) {

	static InstrumentForm empty() {
		return new InstrumentForm(null, null, null, null, null, null, null, null, "es", null, null, null,
				AccessLevel.PUBLIC, null);
	}

	static InstrumentForm of(Editable<InstrumentFacts> editable) {
		InstrumentFacts f = editable.facts();
		StringBuilder docs = new StringBuilder();
		for (DocumentLink d : f.documents()) {
			docs.append(d.label() == null ? "" : d.label() + " | ").append(d.url()).append('\n');
		}
		LocalizedText t = f.title();
		LocalizedText x = f.text();
		return new InstrumentForm(f.kind(), f.bodyCode(), t.es(), t.en(), t.fr(), x.es(), x.en(), x.fr(),
				f.originalLanguage(), java.util.Objects.toString(f.adoptedOn(), null), f.meeting(), docs.toString().strip(), f.accessLevel(),
				editable.version());
	}

	/** Checks what annotations cannot: a title in the original language, and well-formed document links. */
	void check(BindingResult binding) {
		LocalizedText title = LocalizedText.of(titleEs, titleEn, titleFr);
		if (originalLanguage != null && !binding.hasFieldErrors("originalLanguage")
				&& title.isFallback(java.util.Locale.forLanguageTag(originalLanguage))) {
			binding.rejectValue("title" + Character.toUpperCase(originalLanguage.charAt(0)) + originalLanguage.charAt(1),
					"commitments.validation.titleInOriginal");
		}
		if (!binding.hasFieldErrors("adoptedOn") && Typed.date(adoptedOn) == Typed.INVALID_DATE) {
			binding.rejectValue("adoptedOn", "commitments.validation.date");
		}
		if (links() == null) {
			binding.rejectValue("documents", "commitments.validation.documents");
		}
	}

	InstrumentFacts facts() {
		return new InstrumentFacts(kind, bodyCode == null || bodyCode.isBlank() ? null : bodyCode.strip().toUpperCase(),
				LocalizedText.of(titleEs, titleEn, titleFr), LocalizedText.of(textEs, textEn, textFr), originalLanguage,
				Typed.date(adoptedOn), blankToNull(meeting), links(), accessLevel);
	}

	InstrumentForm withVersion(int current) {
		return new InstrumentForm(kind, bodyCode, titleEs, titleEn, titleFr, textEs, textEn, textFr, originalLanguage,
				adoptedOn, meeting, documents, accessLevel, current);
	}

	/** The document links, or null when a line is not a web address. */
	private List<DocumentLink> links() {
		List<DocumentLink> links = new ArrayList<>();
		if (documents == null) {
			return links;
		}
		for (String line : documents.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			int bar = line.lastIndexOf('|');
			String label = bar < 0 ? null : blankToNull(line.substring(0, bar));
			String url = (bar < 0 ? line : line.substring(bar + 1)).strip();
			if (!url.matches("https?://\\S{3,990}")) {
				return null;
			}
			links.add(new DocumentLink(label, url));
		}
		return links;
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
