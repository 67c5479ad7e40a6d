package vn.chinhdon.organization.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.chinhdon.organization.OrgUnitView;
import vn.chinhdon.organization.OrganizationManagement;

/** The home page: the caller's top units with their counts. */
@Controller
class HomePageController {

    private final OrganizationManagement organization;

    HomePageController(OrganizationManagement organization) {
        this.organization = organization;
    }

    @GetMapping("/")
    String home(Model model) {
        List<OrgUnitView> top = organization.list(null, null, null);
        model.addAttribute("cards", top.stream().map(u -> new UnitCard(u, organization.summary(u.code(), null))).toList());
        // one top unit (the Central Committee for an administrator, a province for its board): its subunits too
        model.addAttribute("subunits", top.size() == 1 ? organization.list(top.get(0).code(), null, null) : List.of());
        model.addAttribute("today", organization.today());
        return "home";
    }
}
