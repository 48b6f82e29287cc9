package org.enlace.commitments;

import java.util.Locale;

import jakarta.mail.MessagingException;
import org.enlace.accounts.Accounts;
import org.enlace.accounts.Accounts.AccountView;
import org.enlace.platform.EnlaceProperties;
import org.enlace.platform.web.Languages;
import org.enlace.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the secretariat of the mechanism that adopted a measure, by e-mail in each person's
 * language, that a funder expressed an interest in it. Sent once the interest is saved; a mail
 * server that fails is logged and changes nothing (the interest is on the secretariat's list anyway).
 */
@Component
class InterestMails {

	private static final Logger log = LoggerFactory.getLogger(InterestMails.class);

	private final Accounts accounts;

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final EnlaceProperties properties;

	InterestMails(Accounts accounts, JavaMailSender sender, MessageSource messages, EnlaceProperties properties) {
		this.accounts = accounts;
		this.sender = sender;
		this.messages = messages;
		this.properties = properties;
	}

	/** What a new expression of interest tells its readers; the message stays off the mail. */
	record InterestExpressed(long measureId, String measureCode, String mechanismCode, String organization) {
	}

	@TransactionalEventListener
	void tell(InterestExpressed interest) {
		for (AccountView person : accounts.holdersOf(Role.SECRETARIAT, interest.mechanismCode())) {
			if (person.email() == null || person.email().isBlank()) {
				continue;
			}
			Locale locale = Languages.isSupported(person.language()) ? Locale.forLanguageTag(person.language())
					: Languages.DEFAULT;
			try {
				var message = sender.createMimeMessage();
				var helper = new MimeMessageHelper(message, "UTF-8");
				helper.setFrom(properties.mailFrom());
				helper.setTo(person.email());
				helper.setSubject(messages.getMessage("commitments.mail.interest.subject",
						new Object[] { interest.measureCode() }, locale));
				helper.setText(messages.getMessage("commitments.mail.interest.body",
						new Object[] { person.displayName(), interest.organization(), interest.measureCode(),
								link("/measures/" + interest.measureId()), link("/measures/interests") },
						locale));
				sender.send(message);
			}
			catch (MailException | MessagingException e) {
				log.warn("Could not tell {} about an interest in {}: {}", person.username(), interest.measureCode(),
						e.toString());
			}
		}
	}

	private String link(String path) {
		String base = properties.baseUrl().toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}
}
