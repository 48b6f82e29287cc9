package org.enlace.directory.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.enlace.directory.EntryConfirmations;
import org.enlace.directory.EntryConfirmations.LinkExpired;
import org.enlace.shared.Actor;
import org.enlace.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The signed link a holder follows to confirm their entry. Following it changes nothing (mail
 * scanners open links); the confirm button does.
 */
@Controller
class VerificationPages {

	private static final Set<String> TYPES = Set.of("organization", "contact", "position");

	private final EntryConfirmations confirmations;

	VerificationPages(EntryConfirmations confirmations) {
		this.confirmations = confirmations;
	}

	@GetMapping("/verify/{type}/{id}")
	String confirming(@PathVariable String type, @PathVariable long id, @RequestParam long expires,
			@RequestParam String sig, Model model) {
		model.addAttribute("name", confirmations.check(known(type), id, expires, sig));
		model.addAttribute("type", type);
		model.addAttribute("id", id);
		model.addAttribute("expires", expires);
		model.addAttribute("sig", sig);
		return "directory/verify";
	}

	@PostMapping("/verify/{type}/{id}")
	String confirm(@PathVariable String type, @PathVariable long id, @RequestParam long expires,
			@RequestParam String sig, Actor actor, Model model) {
		confirmations.confirm(actor, known(type), id, expires, sig);
		model.addAttribute("type", type);
		model.addAttribute("id", id);
		return "directory/verified";
	}

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	String invalid(HttpServletResponse response, Model model) {
		response.setStatus(404);
		model.addAttribute("reason", "directory.link.invalid");
		return "directory/link-invalid";
	}

	@ExceptionHandler({ LinkExpired.class, MissingServletRequestParameterException.class })
	String expired(HttpServletResponse response, Model model) {
		response.setStatus(400);
		model.addAttribute("reason", "directory.link.expired");
		return "directory/link-invalid";
	}

	private static String known(String type) {
		if (!TYPES.contains(type)) {
			throw new NotFoundException(type);
		}
		return type;
	}
}
