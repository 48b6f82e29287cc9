package org.enlace.directory.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** Handing a seat to someone from a date. */
record HolderForm(@NotNull(message = "{directory.validation.required}") Long contactId,
		@NotNull(message = "{directory.validation.date}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from) {
}
