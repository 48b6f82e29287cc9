package org.enlace.interop;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaGuardTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)", "\t=1", "\r=1", "=" })
	void cellsThatASpreadsheetWouldRunBecomeText(String value) {
		assertThat(FormulaGuard.neutralise(value)).isEqualTo("'" + value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Instituto Guatemalteco de Migración", "1+1", "a=b", " =1", "'quoted", "#org+name" })
	void otherCellsStayAsTheyAre(String value) {
		assertThat(FormulaGuard.neutralise(value)).isEqualTo(value);
	}

	@Test
	void emptyAndMissingStayEmpty() {
		assertThat(FormulaGuard.neutralise("")).isEmpty();
		assertThat(FormulaGuard.neutralise(null)).isNull();
	}
}
