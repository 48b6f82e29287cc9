package org.enlace.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Commitment numbers and measure codes sort as people read them. */
class NaturalOrderTests {

	@ParameterizedTest
	@CsvSource({ "2, 10", "3.2, 3.10", "3.9, 3.10.1", "RCM-2019-SP-3.2, RCM-2019-SP-3.10",
			"RCM-2019-SP-9.1, RCM-2019-SP-10.1", "OCAM-2025-WP-1.1, RCM-2019-SP-1.1", "1, 1.1", "a, B", "007, 8" })
	void theFirstComesBeforeTheSecond(String first, String second) {
		assertThat(Commitments.naturally(first, second)).isNegative();
		assertThat(Commitments.naturally(second, first)).isPositive();
		assertThat(Commitments.naturally(first, first)).isZero();
	}

	static Stream<Long> seeds() {
		return Stream.of(1L, 2L, 3L, 4L, 5L);
	}

	/** Dotted numbers sort like the lists of integers they are. */
	@ParameterizedTest
	@MethodSource("seeds")
	void dottedNumbersSortLikeTheirParts(long seed) {
		Random random = new Random(seed);
		List<List<Integer>> numbers = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			List<Integer> parts = new ArrayList<>();
			int length = 1 + random.nextInt(3);
			for (int k = 0; k < length; k++) {
				parts.add(random.nextInt(120));
			}
			numbers.add(parts);
		}
		Comparator<List<Integer>> byParts = (x, y) -> {
			for (int k = 0; k < Math.min(x.size(), y.size()); k++) {
				int c = Integer.compare(x.get(k), y.get(k));
				if (c != 0) {
					return c;
				}
			}
			return Integer.compare(x.size(), y.size());
		};
		List<String> expected = numbers.stream().sorted(byParts).map(NaturalOrderTests::dotted).toList();
		List<String> actual = numbers.stream().map(NaturalOrderTests::dotted).sorted(Commitments::naturally).toList();
		assertThat(actual).isEqualTo(expected);
	}

	private static String dotted(List<Integer> parts) {
		return String.join(".", parts.stream().map(String::valueOf).toList());
	}
}
