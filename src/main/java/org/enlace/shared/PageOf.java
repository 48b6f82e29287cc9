package org.enlace.shared;

import java.util.List;

/** One page of results, with what a pager needs. Pages count from 0. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

	public int pages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}
}
