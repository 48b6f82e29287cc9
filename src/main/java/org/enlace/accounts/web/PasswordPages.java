package org.enlace.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.enlace.accounts.LinkNotUsable;
import org.enlace.accounts.PasswordLinks;
import org.enlace.accounts.web.LinkForms.ForgotForm;
import org.enlace.accounts.web.LinkForms.NewPasswordForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A forgotten password: ask for a link, then set a new password with it. Asking answers the same
 * whether or not the account exists, so the page cannot be used to find out who has an account.
 */
@Controller
class PasswordPages {

	private final PasswordLinks links;

	PasswordPages(PasswordLinks links) {
		this.links = links;
	}

	@GetMapping("/password/forgot")
	String forgot(Model model) {
		model.addAttribute("forgotForm", new ForgotForm(""));
		return "accounts/forgot";
	}

	@PostMapping("/password/forgot")
	String requestLink(@Valid @ModelAttribute("forgotForm") ForgotForm form, BindingResult binding) {
		if (binding.hasErrors()) {
			return "accounts/forgot";
		}
		links.requestReset(form.identifier());
		return "redirect:/password/forgot?sent";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam String token, Model model) {
		model.addAttribute("username", links.resetFor(token).orElseThrow(LinkNotUsable::new));
		model.addAttribute("passwordForm", new NewPasswordForm(token, null, null));
		return "accounts/reset";
	}

	@PostMapping("/password/reset")
	String reset(@ModelAttribute("passwordForm") NewPasswordForm form, BindingResult binding, Model model) {
		if (Forms.apply(binding, () -> links.reset(form.token(), form.password(), form.confirmation()))) {
			return "redirect:/login?reset";
		}
		model.addAttribute("username", links.resetFor(form.token()).orElseThrow(LinkNotUsable::new));
		return "accounts/reset";
	}

	@ExceptionHandler(LinkNotUsable.class)
	String linkNotUsable(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return "accounts/link-invalid";
	}
}
