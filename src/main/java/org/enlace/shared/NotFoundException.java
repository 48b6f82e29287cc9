package org.enlace.shared;

/** Something does not exist, or the actor may not know it exists: answered with 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what);
	}
}
