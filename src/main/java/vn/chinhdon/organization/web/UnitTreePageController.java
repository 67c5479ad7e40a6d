package vn.chinhdon.organization.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chinhdon.organization.OrganizationManagement;

/**
 * The organization tree as of a date: the caller's top units, each opened on demand (htmx loads the
 * children), and a search over the caller's whole scope.
 */
@Controller
class UnitTreePageController {

    private final OrganizationManagement organization;

    UnitTreePageController(OrganizationManagement organization) {
        this.organization = organization;
    }

    @GetMapping("/units")
    String tree(@RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at, Model model) {
        LocalDate date = at == null ? organization.today() : at;
        String query = q == null || q.isBlank() ? null : q.trim();
        model.addAttribute("units", organization.list(null, query, date));
        model.addAttribute("q", query);
        model.addAttribute("at", date);
        model.addAttribute("searching", query != null);
        return "units/tree";
    }

    /** The tree area alone (search as you type, another date); the whole page without htmx. */
    @GetMapping("/units/tree")
    String treeArea(@RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        String page = tree(q, at, model);
        return htmx == null ? page : page + " :: tree";
    }

    /** The children of one node, as list items to put under it. */
    @GetMapping("/units/children")
    String children(@RequestParam String parent,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at, Model model) {
        LocalDate date = at == null ? organization.today() : at;
        model.addAttribute("units", organization.list(parent, null, date));
        model.addAttribute("at", date);
        model.addAttribute("searching", false);
        return "units/tree :: nodes";
    }
}
