package org.enlace.accounts.web;

import java.util.Locale;
import java.util.stream.Collectors;

import org.enlace.accounts.AccountAdministration;
import org.enlace.accounts.Accounts;
import org.enlace.accounts.Invited;
import org.enlace.accounts.RejectedInput;
import org.enlace.accounts.RequestedGrant;
import org.enlace.accounts.web.AdminForms.AccessForm;
import org.enlace.accounts.web.AdminForms.InvitationForm;
import org.enlace.platform.web.Languages;
import org.enlace.shared.Actor;
import org.enlace.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list accounts, invite people and change what an account may do. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminPages {

	private final AccountAdministration administration;

	private final Accounts accounts;

	AccountAdminPages(AccountAdministration administration, Accounts accounts) {
		this.administration = administration;
		this.accounts = accounts;
	}

	@GetMapping
	String list(Actor actor, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		var found = administration.list(actor, page);
		model.addAttribute("accounts", found);
		model.addAttribute("grants", found.items()
			.stream()
			.collect(Collectors.toMap(Accounts.AccountView::id, a -> accounts.describe(actor, a.grants(), locale))));
		return "admin/accounts/list";
	}

	@GetMapping("/new")
	String invitationForm(Model model, Locale locale) {
		model.addAttribute("invitationForm", InvitationForm.blank(locale.getLanguage()));
		return newPage(model);
	}

	@PostMapping
	String invite(Actor actor, @ModelAttribute("invitationForm") InvitationForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		try {
			Invited invited = administration.invite(actor, form.toInvitation());
			mailNotice(redirect, invited.mailSent(), "accounts.invite.sent");
			return "redirect:/admin/accounts/" + invited.id() + "/edit";
		}
		catch (RejectedInput rejected) {
			Forms.reject(binding, rejected);
			return newPage(model);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(Actor actor, @PathVariable long id, Model model, Locale locale) {
		var account = administration.account(actor, id);
		var rows = account.grants().stream().map(g -> new RequestedGrant(g.role().name(), g.scope())).toList();
		model.addAttribute("accessForm",
				new AccessForm(account.version(), account.enabled(), AdminForms.withSpareRows(rows)));
		return editPage(actor, account, model, locale);
	}

	@PostMapping("/{id}")
	String changeAccess(Actor actor, @PathVariable long id, @ModelAttribute("accessForm") AccessForm form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
		if (Forms.apply(binding, () -> administration.changeAccess(actor, id, form.toChange()))) {
			redirect.addFlashAttribute("notice", "accounts.admin.saved");
			return "redirect:/admin/accounts/" + id + "/edit";
		}
		return editPage(actor, administration.account(actor, id), model, locale);
	}

	@PostMapping("/{id}/invitation")
	String resendInvitation(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		try {
			mailNotice(redirect, administration.resendInvitation(actor, id), "accounts.invite.resent");
		}
		catch (RejectedInput alreadyAccepted) {
			redirect.addFlashAttribute("warning", "accounts.invite.alreadyAccepted");
		}
		return "redirect:/admin/accounts/" + id + "/edit";
	}

	private String newPage(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("languages", Languages.SUPPORTED.stream().map(Locale::getLanguage).toList());
		return "admin/accounts/new";
	}

	private String editPage(Actor actor, Accounts.AccountView account, Model model, Locale locale) {
		model.addAttribute("account", account);
		model.addAttribute("grants", accounts.describe(actor, account.grants(), locale));
		model.addAttribute("history", administration.history(actor, account.id()));
		model.addAttribute("roles", Role.values());
		return "admin/accounts/edit";
	}

	private static void mailNotice(RedirectAttributes redirect, boolean sent, String sentNotice) {
		if (sent) {
			redirect.addFlashAttribute("notice", sentNotice);
		}
		else {
			redirect.addFlashAttribute("warning", "accounts.invite.mailFailed");
		}
	}
}
