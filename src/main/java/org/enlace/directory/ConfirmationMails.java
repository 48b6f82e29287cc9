package org.enlace.directory;

import java.util.Locale;

import jakarta.mail.MessagingException;
import org.enlace.platform.EnlaceProperties;
import org.enlace.platform.web.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Writes and sends the directory's e-mails over SMTP. */
@Component
class ConfirmationMails {

	private static final Logger log = LoggerFactory.getLogger(ConfirmationMails.class);

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final EnlaceProperties properties;

	ConfirmationMails(JavaMailSender sender, MessageSource messages, EnlaceProperties properties) {
		this.sender = sender;
		this.messages = messages;
		this.properties = properties;
	}

	/** Sends now, so the editor learns whether it went out; false when the mail server failed. */
	boolean sendConfirmationRequest(String to, String language, String name, String path) {
		Locale locale = Languages.isSupported(language) ? Locale.forLanguageTag(language) : Languages.DEFAULT;
		try {
			var message = sender.createMimeMessage();
			var helper = new MimeMessageHelper(message, "UTF-8");
			helper.setFrom(properties.mailFrom());
			helper.setTo(to);
			helper.setSubject(messages.getMessage("directory.mail.confirm.subject", null, locale));
			helper.setText(messages.getMessage("directory.mail.confirm.body", new Object[] { name, link(path) },
					locale));
			sender.send(message);
			return true;
		}
		catch (MailException | MessagingException e) {
			log.warn("Could not send a confirmation request: {}", e.toString());
			return false;
		}
	}

	private String link(String path) {
		String base = properties.baseUrl().toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}
}
