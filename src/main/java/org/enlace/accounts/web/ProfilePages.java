package org.enlace.accounts.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.enlace.accounts.Accounts;
import org.enlace.accounts.ApiTokens;
import org.enlace.accounts.web.ProfileForms.LanguageForm;
import org.enlace.accounts.web.ProfileForms.NameForm;
import org.enlace.accounts.web.ProfileForms.PasswordForm;
import org.enlace.accounts.web.ProfileForms.TokenForm;
import org.enlace.platform.web.Languages;
import org.enlace.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One's own profile: name, language, password and personal API tokens. */
@Controller
@RequestMapping("/account")
class ProfilePages {

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final LocaleResolver localeResolver;

	ProfilePages(Accounts accounts, ApiTokens tokens, LocaleResolver localeResolver) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.localeResolver = localeResolver;
	}

	@GetMapping
	String show(Actor actor, Model model, Locale locale) {
		return page(actor, model, locale);
	}

	@PostMapping("/name")
	String rename(Actor actor, @ModelAttribute("nameForm") NameForm form, BindingResult binding, Model model,
			Locale locale, RedirectAttributes redirect) {
		if (Forms.apply(binding, () -> accounts.rename(actor, form.displayName()))) {
			return saved(redirect, "accounts.profile.name.saved");
		}
		return page(actor, model, locale);
	}

	@PostMapping("/language")
	String chooseLanguage(Actor actor, @ModelAttribute("languageForm") LanguageForm form, BindingResult binding,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		if (Forms.apply(binding, () -> accounts.chooseLanguage(actor, form.language()))) {
			// Saved for the next sign-in, and used from now on in this browser too.
			localeResolver.setLocale(request, response, Locale.forLanguageTag(form.language()));
			return saved(redirect, "accounts.profile.language.saved");
		}
		return page(actor, model, locale);
	}

	@PostMapping("/password")
	String changePassword(Actor actor, @ModelAttribute("passwordForm") PasswordForm form, BindingResult binding,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (Forms.apply(binding,
				() -> accounts.changePassword(actor, form.currentPassword(), form.password(), form.confirmation()))) {
			return saved(redirect, "accounts.password.changed");
		}
		return page(actor, model, locale);
	}

	@PostMapping("/tokens")
	String createToken(Actor actor, @Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult binding,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return page(actor, model, locale);
		}
		// Shown once, on the page the redirect leads to; only its hash is kept.
		redirect.addFlashAttribute("newToken", tokens.issue(actor.username(), form.name().strip()));
		return saved(redirect, "accounts.tokens.created");
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		tokens.revoke(actor.username(), id);
		return saved(redirect, "accounts.tokens.revoked");
	}

	private String page(Actor actor, Model model, Locale locale) {
		Accounts.AccountView profile = accounts.profile(actor);
		model.addAttribute("profile", profile);
		model.addAttribute("grants", accounts.describe(actor, profile.grants(), locale));
		model.addAttribute("tokens", tokens.tokensOf(actor.username()));
		model.addAttribute("languages", Languages.SUPPORTED.stream().map(Locale::getLanguage).toList());
		addIfAbsent(model, "nameForm", new NameForm(profile.displayName()));
		addIfAbsent(model, "languageForm",
				new LanguageForm(profile.language() != null ? profile.language() : locale.getLanguage()));
		addIfAbsent(model, "passwordForm", new PasswordForm(null, null, null));
		addIfAbsent(model, "tokenForm", new TokenForm(""));
		return "accounts/profile";
	}

	private static void addIfAbsent(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

	private static String saved(RedirectAttributes redirect, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/account";
	}
}
