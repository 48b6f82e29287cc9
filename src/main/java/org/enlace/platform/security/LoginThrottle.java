package org.enlace.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after too many failures for one user name, or from one address, further
 * attempts are refused for a while. Unknown user names are counted like known ones, so the answer
 * never tells whether an account exists.
 */
@Component
public class LoginThrottle {

	static final int MAX_FAILURES_PER_USER = 5;

	static final int MAX_FAILURES_PER_ADDRESS = 30;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	public LoginThrottle() {
		this(Clock.systemUTC());
	}

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	public boolean isBlocked(String username, String address) {
		return count(userKey(username)) >= MAX_FAILURES_PER_USER
				|| count(addressKey(address)) >= MAX_FAILURES_PER_ADDRESS;
	}

	public void failed(String username, String address) {
		Instant now = clock.instant();
		record(userKey(username), now);
		record(addressKey(address), now);
	}

	public void succeeded(String username) {
		failures.remove(userKey(username));
	}

	@Scheduled(fixedDelay = 300_000)
	void forgetOld() {
		failures.values().forEach(this::prune);
		failures.values().removeIf(Deque::isEmpty);
	}

	private int count(String key) {
		Deque<Instant> times = failures.get(key);
		if (times == null) {
			return 0;
		}
		synchronized (times) {
			prune(times);
			return times.size();
		}
	}

	private void record(String key, Instant now) {
		Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (times) {
			prune(times);
			times.addLast(now);
		}
	}

	private void prune(Deque<Instant> times) {
		Instant cutoff = clock.instant().minus(WINDOW);
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
				times.removeFirst();
			}
		}
	}

	private static String userKey(String username) {
		return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String address) {
		return "a:" + address;
	}
}
