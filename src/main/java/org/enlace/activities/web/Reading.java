package org.enlace.activities.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.enlace.activities.ActivityRefused;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/**
 * Reads the text fields of a form into values, putting a translated error next to each field that
 * does not parse. Forms keep text so that what a person typed comes back to them unchanged.
 */
final class Reading {

	private final BindingResult binding;

	Reading(BindingResult binding) {
		this.binding = binding;
	}

	LocalDate date(String field, String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			binding.rejectValue(field, "activities.validation.date");
			return null;
		}
	}

	BigDecimal number(String field, String value) {
		if (blank(value)) {
			return null;
		}
		BigDecimal n = decimal(value);
		if (n == null) {
			binding.rejectValue(field, "activities.validation.number");
		}
		return n;
	}

	Integer whole(String field, String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			binding.rejectValue(field, "activities.validation.number");
			return null;
		}
	}

	/** The non-blank lines of a text area. */
	static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		if (text != null) {
			for (String line : text.split("\\R")) {
				if (!line.isBlank()) {
					lines.add(line.strip());
				}
			}
		}
		return lines;
	}

	/** Reports a line that does not have the expected shape, by its number. */
	void badLine(String field, int line) {
		binding.rejectValue(field, "activities.validation.line", new Object[] { line }, null);
	}

	/** A number as people write it, with a decimal point or comma; null when it is not one. */
	static BigDecimal decimal(String value) {
		try {
			return new BigDecimal(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/** Shows each broken rule next to its field (or above the form when it has none). */
	static void show(ActivityRefused refused, BindingResult binding) {
		for (ActivityRefused.Problem problem : refused.problems()) {
			try {
				binding.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
			}
			catch (NotReadablePropertyException e) {
				binding.reject(problem.messageKey(), problem.arguments(), null);
			}
		}
	}
}
