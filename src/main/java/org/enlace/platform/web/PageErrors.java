package org.enlace.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.enlace.shared.ForbiddenException;
import org.enlace.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Typed failures of the pages, answered with a translated page and the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class,
			NoResourceFoundException.class })
	String notFound(HttpServletResponse response) {
		response.setStatus(404);
		return "error/404";
	}

	@ExceptionHandler(ForbiddenException.class)
	String forbidden(HttpServletResponse response) {
		response.setStatus(403);
		return "error/403";
	}

	/** Two people saving at once can still collide on a unique rule; the later one is told. */
	@ExceptionHandler({ ObjectOptimisticLockingFailureException.class,
			org.springframework.dao.DataIntegrityViolationException.class })
	String conflict(HttpServletResponse response) {
		response.setStatus(409);
		return "error/409";
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	String badRequest(HttpServletResponse response) {
		response.setStatus(400);
		return "error/400";
	}
}
