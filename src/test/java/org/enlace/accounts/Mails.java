package org.enlace.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads what the test mail server received. */
final class Mails {

	private Mails() {
	}

	/** Waits for the mails, then the one sent to this address. */
	static MimeMessage to(GreenMailExtension mail, String address, int expected) throws Exception {
		assertThat(mail.waitForIncomingEmail(10_000, expected)).as("mail arrived").isTrue();
		List<MimeMessage> found = Arrays.stream(mail.getReceivedMessages())
			.filter(m -> recipients(m).contains(address))
			.toList();
		assertThat(found).as("mails to " + address).hasSize(1);
		return found.get(0);
	}

	static String body(MimeMessage message) throws Exception {
		return message.getContent().toString();
	}

	/** The path and query of the link to the platform in the mail, e.g. /password/reset?token=… */
	static String link(MimeMessage message, String path) throws Exception {
		Matcher m = Pattern.compile("http://localhost:8080(" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+)")
			.matcher(body(message));
		assertThat(m.find()).as("a link to " + path + " in:\n" + body(message)).isTrue();
		return m.group(1);
	}

	static String token(String link) {
		return link.substring(link.indexOf("token=") + "token=".length());
	}

	private static String recipients(MimeMessage message) {
		try {
			return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
