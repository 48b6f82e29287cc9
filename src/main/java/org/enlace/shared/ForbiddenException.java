package org.enlace.shared;

/** The actor may see something but not change it: answered with 403, nothing changed. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String what) {
		super(what);
	}
}
