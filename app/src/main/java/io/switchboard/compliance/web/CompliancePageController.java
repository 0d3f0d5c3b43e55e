package io.switchboard.compliance.web;

import io.switchboard.compliance.ComplianceException;
import io.switchboard.compliance.ConsentChange;
import io.switchboard.compliance.ConsentManagement;
import io.switchboard.compliance.ConsentPurpose;
import io.switchboard.compliance.ConsentSource;
import io.switchboard.compliance.ConsentState;
import io.switchboard.compliance.KeywordManagement;
import io.switchboard.contacts.ContactException;
import io.switchboard.contacts.ContactId;
import io.switchboard.workspace.Member;
import io.switchboard.workspace.SwitchboardPrincipal;
import io.switchboard.workspace.UserManagement;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consent fragment of the contact page (contacts embeds it with {@code hx-get}) with a form for an
 * agent to record consent, and the keywords page for owners and admins.
 */
@Controller
@RequestMapping("/compliance")
class CompliancePageController {
    private final ConsentManagement consent;
    private final KeywordManagement keywords;
    private final UserManagement users;

    CompliancePageController(ConsentManagement consent, KeywordManagement keywords, UserManagement users) {
        this.consent = consent;
        this.keywords = keywords;
        this.users = users;
    }

    @GetMapping("/contacts/{contactId}/consent")
    String consent(@AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID contactId, Model model) {
        model.addAttribute("overview", consent.overview(me.workspaceId(), new ContactId(contactId)));
        // Rows name the actor as stored ("user:<id>"); the page shows members by name.
        model.addAttribute(
                "actorNames",
                users.members(me.workspaceId()).stream()
                        .collect(Collectors.toMap(m -> "user:" + m.userId().value(), Member::displayName)));
        return "compliance/consent :: consent";
    }

    /** An agent records what the contact said; the fragment comes back with the new row or the problem. */
    @PostMapping("/contacts/{contactId}/consent")
    String record(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @PathVariable UUID contactId,
            @RequestParam ConsentPurpose purpose,
            @RequestParam ConsentState state,
            @RequestParam(defaultValue = "") String proof,
            Model model) {
        var contact = new ContactId(contactId);
        try {
            consent.record(
                    me.workspaceId(),
                    new ConsentChange(
                            contact, null, purpose, state, ConsentSource.AGENT, proof, Actors.of(me), null, null));
            model.addAttribute("notice", "recorded");
        } catch (ComplianceException e) {
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("typedProof", proof);
            model.addAttribute("typedPurpose", purpose);
            model.addAttribute("typedState", state);
        }
        return consent(me, contactId, model);
    }

    @GetMapping("/keywords")
    String keywords(@AuthenticationPrincipal SwitchboardPrincipal me, Model model) {
        KeywordApiController.requireManager(me);
        model.addAttribute("form", KeywordForm.of(keywords.keywords(me.workspaceId())));
        return "compliance/keywords";
    }

    @PostMapping("/keywords")
    String saveKeywords(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @ModelAttribute KeywordForm form,
            Model model,
            RedirectAttributes redirect) {
        KeywordApiController.requireManager(me);
        try {
            keywords.update(me.workspaceId(), form.sets());
        } catch (ComplianceException e) {
            model.addAttribute("form", form);
            model.addAttribute("problem", e.getMessage());
            return "compliance/keywords";
        }
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/compliance/keywords";
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String on(ContactException ex, Model model) {
        model.addAttribute("problem", ex.getMessage());
        return "compliance/consent :: missing";
    }
}
