package io.switchboard.billing.web;

import io.switchboard.billing.BillingException;
import io.switchboard.billing.Budgets;
import io.switchboard.billing.CostGrouping;
import io.switchboard.billing.CostLine;
import io.switchboard.billing.CostReports;
import io.switchboard.billing.RateCards;
import io.switchboard.billing.RateImport;
import io.switchboard.billing.RateScope;
import io.switchboard.workspace.SwitchboardPrincipal;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The billing page for owners and admins: the rate card in force, overrides, CSV import, the cap, costs. */
@Controller
@RequestMapping("/billing")
class BillingPageController {
    private final RateCards rates;
    private final CostReports reports;
    private final Budgets budgets;
    private final Clock clock;

    BillingPageController(RateCards rates, CostReports reports, Budgets budgets, Clock clock) {
        this.rates = rates;
        this.reports = reports;
        this.budgets = budgets;
        this.clock = clock;
    }

    @GetMapping
    String page(@AuthenticationPrincipal SwitchboardPrincipal me, Model model) {
        return render(me, model, RateForm.empty(), null, null, null);
    }

    @PostMapping("/budget")
    String budget(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @RequestParam(required = false) @Nullable String amount,
            @RequestParam(required = false) @Nullable String currency,
            Model model,
            RedirectAttributes redirect) {
        requireManager(me);
        try {
            if (amount == null || amount.isBlank()) {
                budgets.clear(me);
                redirect.addFlashAttribute("notice", "budgetCleared");
                return "redirect:/billing";
            }
            BigDecimal cap;
            try {
                cap = new BigDecimal(amount.strip());
            } catch (NumberFormatException e) {
                throw BillingException.invalid("amount", "The cap is a number, like 250.00.");
            }
            budgets.set(me, cap, currency == null || currency.isBlank() ? "USD" : currency);
        } catch (BillingException e) {
            return render(me, model, RateForm.empty(), null, e.getMessage(), amount);
        }
        redirect.addFlashAttribute("notice", "budgetSaved");
        return "redirect:/billing";
    }

    @PostMapping("/rates")
    String rate(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @ModelAttribute RateForm form,
            Model model,
            RedirectAttributes redirect) {
        requireManager(me);
        try {
            rates.put(me, form.rateScope(), form.toNewRate());
        } catch (BillingException e) {
            return render(me, model, form, null, e.getMessage(), null);
        }
        redirect.addFlashAttribute("notice", "rateSaved");
        return "redirect:/billing";
    }

    @PostMapping("/rates/{id}/delete")
    String delete(
            @AuthenticationPrincipal SwitchboardPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
        requireManager(me);
        try {
            rates.delete(me, id);
            redirect.addFlashAttribute("notice", "rateDeleted");
        } catch (BillingException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/billing";
    }

    /** A CSV file, or CSV text pasted into the form; the report lists each rejected row with its reason. */
    @PostMapping("/rates/import")
    String importCsv(
            @AuthenticationPrincipal SwitchboardPrincipal me,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String csv,
            @RequestParam(required = false) @Nullable String scope,
            Model model)
            throws IOException {
        requireManager(me);
        var text = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : csv;
        if (text == null || text.isBlank()) {
            return render(me, model, RateForm.empty(), null, "Choose a CSV file or paste its rows.", null);
        }
        try {
            var report = rates.importCsv(me, "GLOBAL".equals(scope) ? RateScope.GLOBAL : RateScope.WORKSPACE, text);
            return render(me, model, RateForm.empty(), report, null, null);
        } catch (BillingException e) {
            return render(me, model, RateForm.empty(), null, e.getMessage(), null);
        }
    }

    private String render(
            SwitchboardPrincipal me,
            Model model,
            RateForm form,
            @Nullable RateImport report,
            @Nullable String problem,
            @Nullable String typedCap) {
        requireManager(me);
        var now = clock.instant();
        var today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        var from = today.withDayOfMonth(1);
        var budget = budgets.get(me.workspaceId());
        model.addAttribute("budget", budget);
        model.addAttribute(
                "capValue",
                typedCap != null
                        ? typedCap
                        : budget.cap() == null ? "" : budget.cap().toPlainString());
        model.addAttribute("inForce", rates.inForce(me.workspaceId(), now));
        model.addAttribute(
                "overrides",
                rates.list(me.workspaceId()).stream().filter(r -> !r.global()).toList());
        var costs = new LinkedHashMap<String, List<CostLine>>();
        for (var grouping : CostGrouping.values()) {
            costs.put(
                    grouping.name().toLowerCase(Locale.ROOT),
                    reports.costs(me.workspaceId(), from, from.plusMonths(1), grouping));
        }
        model.addAttribute("costs", costs);
        model.addAttribute("today", today);
        model.addAttribute("form", form);
        model.addAttribute("report", report);
        model.addAttribute("instanceAdmin", me.instanceAdmin());
        if (problem != null) {
            model.addAttribute("problem", problem);
        }
        return "billing/billing";
    }

    private static void requireManager(SwitchboardPrincipal me) {
        if (!me.canManage()) {
            throw new AccessDeniedException("Only owners and admins may see billing.");
        }
    }
}
