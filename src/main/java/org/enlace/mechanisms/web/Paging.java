package org.enlace.mechanisms.web;

/** The {@code page} and {@code size} an API list was asked for, checked. */
record Paging(int page, int size) {

	static final int MAX_SIZE = 100;

	static final int DEFAULT_SIZE = 20;

	/** Refuses a negative page or a size outside 1–100 with {@link IllegalArgumentException} (400). */
	static Paging of(Integer page, Integer size) {
		int p = page == null ? 0 : page;
		int s = size == null ? DEFAULT_SIZE : size;
		if (p < 0) {
			throw new IllegalArgumentException("page must be 0 or more");
		}
		if (s < 1 || s > MAX_SIZE) {
			throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
		}
		return new Paging(p, s);
	}
}
