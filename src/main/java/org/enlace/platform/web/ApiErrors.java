package org.enlace.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.enlace.shared.ForbiddenException;
import org.enlace.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** API failures as RFC 9457 problem details, never a stack trace. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	ProblemDetail notFound() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "not found");
	}

	/** Refused: 401 with a Bearer challenge when no one signed in (a token may help), else 403. */
	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<ProblemDetail> forbidden(HttpServletRequest request) {
		if (request.getUserPrincipal() == null) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "sign in or send a Bearer token"));
		}
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "forbidden"));
	}

	@ExceptionHandler({ ObjectOptimisticLockingFailureException.class,
			org.springframework.dao.DataIntegrityViolationException.class })
	ProblemDetail conflict() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "changed by someone else; reload and retry");
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
	}
}
