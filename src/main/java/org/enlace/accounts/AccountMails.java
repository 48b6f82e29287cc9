package org.enlace.accounts;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Writes the accounts' e-mails in the recipient's language and sends them over SMTP. */
@Component
class AccountMails {

	private static final Logger log = LoggerFactory.getLogger(AccountMails.class);

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final EnlaceProperties properties;

	// One thread: mails that need not hold up a page go out in the background, in order.
	private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "account-mails");
		thread.setDaemon(true);
		return thread;
	});

	AccountMails(JavaMailSender sender, MessageSource messages, EnlaceProperties properties) {
		this.sender = sender;
		this.messages = messages;
		this.properties = properties;
	}

	/** Sends now; false when the mail server failed (the reason is logged). */
	boolean send(Mail mail) {
		try {
			var message = sender.createMimeMessage();
			var helper = new MimeMessageHelper(message, "UTF-8");
			Locale locale = mail.locale();
			helper.setFrom(properties.mailFrom());
			helper.setTo(mail.to());
			helper.setSubject(messages.getMessage(mail.subjectKey(), null, locale));
			helper.setText(messages.getMessage(mail.bodyKey(), mail.arguments().toArray(), locale));
			sender.send(message);
			return true;
		}
		catch (MailException | MessagingException e) {
			log.warn("Could not send '{}' mail: {}", mail.subjectKey(), e.toString());
			return false;
		}
	}

	/**
	 * Sends in the background once the current transaction has committed (so the link in it works
	 * when it arrives). The page does not wait, and cannot tell whether there was anything to send.
	 */
	void sendLater(Mail mail) {
		Runnable task = () -> background.execute(() -> send(mail));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					task.run();
				}
			});
		}
		else {
			task.run();
		}
	}

	/** A link into the platform, from the public base address. */
	String link(String pathAndQuery) {
		String base = properties.baseUrl().toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery;
	}

	@PreDestroy
	void stop() {
		background.shutdown();
	}

	/** One e-mail: message keys of the accounts bundle, rendered in the recipient's language. */
	record Mail(String to, String language, String subjectKey, String bodyKey, List<Object> arguments) {

		Locale locale() {
			return Languages.isSupported(language) ? Locale.forLanguageTag(language) : Languages.DEFAULT;
		}
	}
}
