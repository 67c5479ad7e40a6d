package vn.chinhdon.conduct.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.chinhdon.conduct.CatalogueVersionLine;
import vn.chinhdon.conduct.CatalogueView;
import vn.chinhdon.conduct.DegradationCatalogue;
import vn.chinhdon.conduct.NewCatalogueVersion;

/**
 * The catalogue of the 27 expressions of degradation (Nghị quyết 04-NQ/TW): the version in force, every version, and
 * loading a new one (administrators), all or nothing.
 */
@RestController
@RequestMapping("/api/v1/degradation-catalogue")
@Tag(name = "Degradation catalogue")
class CatalogueApiController {

    private final DegradationCatalogue catalogue;

    CatalogueApiController(DegradationCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "The version in force on a date (default today): 27 entries G1.1 … G3.9 in 3 groups of 9, each "
            + "with its wording, a short label, its status (VERBATIM, SUMMARY, LABEL) and its source")
    CatalogueView inForce(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate on) {
        return catalogue.inForce(on);
    }

    @GetMapping("/versions")
    @Operation(summary = "Every version of the catalogue, the latest loaded first, with the count of entries per status "
            + "and which one is in force today")
    List<CatalogueVersionLine> versions() {
        return catalogue.versions();
    }

    @GetMapping("/versions/{number}")
    @Operation(summary = "One version by its number (1: the wording assembled from public quotations, seeded)")
    CatalogueView version(@PathVariable int number) {
        return catalogue.version(number);
    }

    @PostMapping("/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Load a new version (administrators): name (unique), document (e.g. 04-NQ/TW, 21-KL/TW), "
            + "effectiveFrom, note, and exactly the 27 entries {code, text, label, status, source}; all or nothing, 422 "
            + "listing every bad entry by row (missing code, code outside G1.1–G3.9, duplicate, empty text, unknown "
            + "status) and every missing code. Earlier versions stay readable.")
    CatalogueView load(@RequestBody NewCatalogueVersion request) {
        return catalogue.load(request);
    }
}
