package org.enlace.activities;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.enlace.activities.ActivityRefused.Problem;
import org.enlace.activities.ActivityViews.RateView;
import org.enlace.audit.AuditTrail;
import org.enlace.shared.Actor;
import org.enlace.shared.ForbiddenException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dated exchange-rate table administrators keep, and conversion to US dollars through it: an
 * amount on a date uses the rate of the latest date on or before it. Nothing is fetched from the
 * network, so figures only change when someone records a rate.
 */
@Service
public class ExchangeRates {

	static final String ENTITY_TYPE = "exchange_rate";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ExchangeRates(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The ISO 4217 codes amounts may be given in. */
	public List<String> currencies() {
		return Currencies.all();
	}

	@Transactional(readOnly = true)
	public List<RateView> all(Actor actor) {
		requireAdmin(actor);
		return jdbc.sql("select id, currency, valid_from, usd from exchange_rate order by currency, valid_from desc")
			.query((rs, i) -> new RateView(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getBigDecimal(4)))
			.list();
	}

	/** Records a rate: {@code usd} US dollars for one unit of {@code currency} from {@code validFrom} on. */
	@Transactional
	public void add(Actor actor, String currency, LocalDate validFrom, BigDecimal usd) {
		requireAdmin(actor);
		List<Problem> problems = new ArrayList<>();
		String code = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
		if (!Currencies.isKnown(code)) {
			problems.add(new Problem("currency", "activities.validation.currency", List.of()));
		}
		if (validFrom == null) {
			problems.add(new Problem("validFrom", "activities.validation.required", List.of()));
		}
		if (usd == null) {
			problems.add(new Problem("usd", "activities.validation.required", List.of()));
		}
		else if (usd.signum() <= 0) {
			problems.add(new Problem("usd", "activities.validation.positive", List.of()));
		}
		if (problems.isEmpty() && jdbc.sql("select count(*) from exchange_rate where currency = ? and valid_from = ?")
			.params(code, validFrom)
			.query(Long.class)
			.single() > 0) {
			problems.add(new Problem("validFrom", "activities.validation.rateExists", List.of()));
		}
		if (!problems.isEmpty()) {
			throw new ActivityRefused(problems);
		}
		jdbc.sql("insert into exchange_rate (currency, valid_from, usd) values (?, ?, ?)")
			.params(code, validFrom, usd)
			.update();
		Map<String, String> after = new LinkedHashMap<>();
		after.put("usd", usd.toPlainString());
		audit.record(actor, ENTITY_TYPE, code + "@" + validFrom, "CREATED", null, after);
	}

	/** The amount in US dollars on that date, or empty when no rate applies yet. */
	@Transactional(readOnly = true)
	public Optional<BigDecimal> inUsd(BigDecimal amount, String currency, LocalDate on) {
		if (amount == null || currency == null) {
			return Optional.empty();
		}
		if (Currencies.USD.equalsIgnoreCase(currency)) {
			return Optional.of(amount.setScale(2, RoundingMode.HALF_UP));
		}
		return jdbc.sql("""
				select usd from exchange_rate where currency = ? and valid_from <= ?
				order by valid_from desc limit 1""")
			.params(currency.toUpperCase(Locale.ROOT), on)
			.query(BigDecimal.class)
			.optional()
			.map(rate -> amount.multiply(rate).setScale(2, RoundingMode.HALF_UP));
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("exchange rates");
		}
	}
}
