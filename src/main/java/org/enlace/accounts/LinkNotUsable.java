package org.enlace.accounts;

import org.enlace.shared.NotFoundException;

/** An e-mailed link that is unknown, expired or already used. Nothing was changed. */
public class LinkNotUsable extends NotFoundException {

	public LinkNotUsable() {
		super("link");
	}
}
