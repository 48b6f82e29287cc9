package org.enlace.accounts.web;

import jakarta.servlet.http.HttpServletResponse;
import org.enlace.accounts.LinkNotUsable;
import org.enlace.accounts.PasswordLinks;
import org.enlace.accounts.web.LinkForms.NewPasswordForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** An invitee follows the link in their invitation and chooses a password. */
@Controller
class InvitationPages {

	private final PasswordLinks links;

	InvitationPages(PasswordLinks links) {
		this.links = links;
	}

	@GetMapping("/invitations/accept")
	String acceptForm(@RequestParam String token, Model model) {
		model.addAttribute("invitee", links.invitationFor(token).orElseThrow(LinkNotUsable::new));
		model.addAttribute("passwordForm", new NewPasswordForm(token, null, null));
		return "accounts/accept";
	}

	@PostMapping("/invitations/accept")
	String accept(@ModelAttribute("passwordForm") NewPasswordForm form, BindingResult binding, Model model) {
		if (Forms.apply(binding, () -> links.accept(form.token(), form.password(), form.confirmation()))) {
			return "redirect:/login?reset";
		}
		model.addAttribute("invitee", links.invitationFor(form.token()).orElseThrow(LinkNotUsable::new));
		return "accounts/accept";
	}

	@ExceptionHandler(LinkNotUsable.class)
	String linkNotUsable(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return "accounts/link-invalid";
	}
}
