package org.enlace.platform.web;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;
import org.enlace.shared.PageOf;

/** A page of an API list, as JSON: the items and where they sit in the whole. Every paged API answers in this shape. */
@Schema(description = "One page of results; pages count from 0")
public record ApiPage<T>(List<T> items, @Schema(description = "this page, from 0") int page,
		@Schema(description = "items per page") int size,
		@Schema(description = "items in all pages") long total, @Schema(description = "number of pages") int pages) {

	public static <T> ApiPage<T> of(PageOf<T> page) {
		return new ApiPage<>(page.items(), page.page(), page.size(), page.total(), page.pages());
	}

	public static <S, T> ApiPage<T> of(PageOf<S> page, Function<S, T> map) {
		return new ApiPage<>(page.items().stream().map(map).toList(), page.page(), page.size(), page.total(),
				page.pages());
	}
}
