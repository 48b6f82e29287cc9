package org.enlace.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A search parameter no form of ours sends is a bad request, answered with the translated page. */
@ControllerAdvice(assignableTypes = SearchPage.class)
class SearchErrors {

	@ExceptionHandler({ SearchParameters.BadSearch.class, org.springframework.validation.BindException.class })
	String badSearch(HttpServletResponse response) {
		response.setStatus(400);
		return "error/400";
	}
}
