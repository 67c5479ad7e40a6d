package vn.chinhdon.conduct.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chinhdon.conduct.CatalogueView;
import vn.chinhdon.conduct.DegradationCatalogue;
import vn.chinhdon.conduct.EntryStatus;

/**
 * The conduct pages: the catalogue of the 27 expressions with its versions; a unit's expressions identified across
 * its subtree with counts per code and unit, and its remedy plans, with the forms to identify one and record a plan;
 * a cell's commitments of a year, who has signed and who has not, with the forms to record and check one (their
 * POSTs: {@link ConductFormController}).
 */
@Controller
class ConductPageController {

    private final DegradationCatalogue catalogue;
    private final ConductPages pages;

    ConductPageController(DegradationCatalogue catalogue, ConductPages pages) {
        this.catalogue = catalogue;
        this.pages = pages;
    }

    @GetMapping("/conduct/catalogue")
    String catalogue(@RequestParam(required = false) String version, @RequestParam(required = false) String unitCode,
            Model model) {
        String v = version != null && version.trim().matches("\\d{1,3}") ? version.trim() : null;
        CatalogueView shown = v == null ? catalogue.current() : catalogue.version(Integer.parseInt(v));
        model.addAttribute("catalogue", shown);
        model.addAttribute("versions", catalogue.versions());
        model.addAttribute("statuses", EntryStatus.values());
        model.addAttribute("unitCode", unitCode == null || unitCode.isBlank() ? null : unitCode.trim());
        return "conduct/catalogue";
    }

    @GetMapping("/conduct/expressions")
    String expressions(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String year,
            Model model) {
        String unit = unitCode == null || unitCode.isBlank() ? pages.topUnit() : unitCode.trim();
        if (unit == null) {
            model.addAttribute("unitCode", null);
            return "conduct/expressions";
        }
        pages.expressions(unit, year, null, null, null, model);
        return "conduct/expressions";
    }

    @GetMapping("/conduct/commitments")
    String commitments(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String year,
            Model model) {
        String unit = unitCode == null || unitCode.isBlank() ? pages.topUnit() : unitCode.trim();
        if (unit == null) {
            model.addAttribute("unitCode", null);
            return "conduct/commitments";
        }
        pages.commitments(unit, year, null, null, null, model);
        return "conduct/commitments";
    }
}
