package org.enlace.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A previous run killed without shutting down (kill -9, power loss) can leave its PostgreSQL
 * running on the data folder, which would refuse a new server. Stops such a server, if any.
 */
final class StalePostmaster {

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

	private StalePostmaster() {
	}

	static void stopIfRunning(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		try {
			List<String> lines = Files.readAllLines(pidFile);
			if (lines.isEmpty()) {
				return;
			}
			long pid = Long.parseLong(lines.get(0).strip());
			ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
				.ifPresent(p -> {
					log.warn("Stopping PostgreSQL (pid {}) left running on {} by an earlier run", pid, dataDirectory);
					p.destroy();
					try {
						p.onExit().get(30, TimeUnit.SECONDS);
					}
					catch (Exception e) {
						p.destroyForcibly();
					}
				});
		}
		catch (IOException | NumberFormatException e) {
			log.debug("Unreadable {}; leaving it to PostgreSQL", pidFile, e);
		}
	}
}
