package org.enlace.mechanisms;

import java.util.List;

import org.enlace.support.EnlaceTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The membership matrix on /mechanisms, read the way a screen reader pairs cells with headers. */
@EnlaceTest
class MembershipMatrixTests {

	@Autowired
	MockMvc mvc;

	Document page;

	@BeforeEach
	void load() throws Exception {
		page = Jsoup.parse(mvc.perform(get("/mechanisms").header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void showsTheShippedMemberships() {
		assertThat(cell(page, "MEX", "OCAM")).isEqualTo("Observer");
		assertThat(cell(page, "MEX", "RCM")).isEqualTo("Member");
		assertThat(cell(page, "USA", "LAD")).isEqualTo("Signatory");
		assertThat(cell(page, "USA", "RCM")).isEqualTo("Member");
		assertThat(cell(page, "DOM", "LAD")).isEqualTo("Takes no part");
		assertThat(cell(page, "DOM", "OCAM")).isEqualTo("Member");
		assertThat(cell(page, "ARG", "RCM")).isEqualTo("Observer");
	}

	@Test
	void isATableWithACaptionAndHeadersForEveryRowAndColumn() {
		Element table = page.selectFirst("table.matrix");
		assertThat(table.selectFirst("caption").text()).isEqualTo("Membership matrix");
		assertThat(table.select("thead th")).isNotEmpty().allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
		assertThat(table.select("tbody tr")).isNotEmpty()
			.allSatisfy(tr -> assertThat(tr.child(0).tagName() + " " + tr.child(0).attr("scope")).isEqualTo("th row"));
		assertThat(table.attr("aria-describedby")).isEqualTo("matrix-help");
		assertThat(page.getElementById("matrix-help")).isNotNull();
	}

	/**
	 * The text a screen reader gives for one country and one mechanism: the cell in the row headed by
	 * the country and the column headed by the mechanism, without what is hidden from it.
	 */
	static String cell(Document page, String iso3, String mechanism) {
		Element table = page.selectFirst("table.matrix");
		List<String> columns = table.select("thead th").stream().map(th -> {
			Element link = th.selectFirst("a");
			return link == null ? "" : link.attr("href");
		}).toList();
		int column = columns.indexOf("/mechanisms/" + mechanism);
		assertThat(column).as("column of " + mechanism).isPositive();
		Element row = table.selectFirst("tbody th[scope=row]:has(a[href=/countries/" + iso3 + "])").parent();
		Element cell = row.child(column).clone();
		cell.select("[aria-hidden=true]").remove();
		return cell.text();
	}
}
