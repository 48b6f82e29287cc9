package org.enlace.directory;

/**
 * A change the directory refuses because of what was sent (not who sent it): shown next to
 * {@code field} with the message {@code messageKey} of the directory bundle.
 */
public class EntryRefused extends RuntimeException {

	private final String field;

	private final String messageKey;

	EntryRefused(String field, String messageKey) {
		super(messageKey, null, false, false);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}
