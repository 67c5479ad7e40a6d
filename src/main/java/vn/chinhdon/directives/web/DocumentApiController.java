package vn.chinhdon.directives.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.chinhdon.directives.DocumentHit;
import vn.chinhdon.directives.DocumentReference;
import vn.chinhdon.directives.DocumentRegister;
import vn.chinhdon.directives.DocumentView;
import vn.chinhdon.directives.ImplementationNode;
import vn.chinhdon.directives.NewDocument;
import vn.chinhdon.shared.PageResult;

/** The register of Party documents. */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents")
class DocumentApiController {

    private final DocumentRegister register;
    private final DocumentReference reference;

    DocumentApiController(DocumentRegister register, DocumentReference reference) {
        this.register = register;
        this.reference = reference;
    }

    @GetMapping("/parse-number")
    @Operation(summary = "Parse a Party document number (196-KH/TU); 422 with the reason for anything else")
    DocumentRegister.ParsedNumber parse(@RequestParam String value) {
        return register.parseNumber(value);
    }


    /** {@code implements}: ids of the documents this one implements (cụ thể hóa). */
    record DocumentRequest(String number, String issuerUnitCode, LocalDate issuedOn, String title, String signer,
            String body, Boolean confidential,
            @com.fasterxml.jackson.annotation.JsonProperty("implements") List<Long> implementsIds) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a document; numbers restart per issuer, type and committee term")
    DocumentView register(@RequestBody DocumentRequest r) {
        return register.register(new NewDocument(r.number(), r.issuerUnitCode(), r.issuedOn(), r.title(), r.signer(),
                r.body(), Boolean.TRUE.equals(r.confidential()), r.implementsIds()));
    }

    @GetMapping
    @Operation(summary = "Full-text search (insensitive to diacritics and case), ranked, within the caller's grants")
    PageResult<DocumentHit> search(@RequestParam(required = false) String q, @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return register.search(q, unitCode, page, size);
    }

    @GetMapping("/{id}")
    DocumentView document(@PathVariable long id) {
        return register.document(id);
    }

    record RelationRequest(long toId, String kind) {
    }

    @PostMapping("/{id}/relations")
    @Operation(summary = "Relate this document to another: IMPLEMENTS, REPLACES, AMENDS, REFERS_TO")
    DocumentView relate(@PathVariable long id, @RequestBody RelationRequest request) {
        return register.relate(id, request.toId(), request.kind());
    }

    @GetMapping("/{id}/implementation-tree")
    @Operation(summary = "The documents implementing this one, level by level")
    ImplementationNode tree(@PathVariable long id) {
        return register.implementationTree(id);
    }

    @GetMapping("/{id}/chain")
    @Operation(summary = "From a plan up to the central document it implements")
    List<DocumentView> chain(@PathVariable long id) {
        return register.chainUp(id);
    }

    @PostMapping(value = "/{id}/attachments", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a file; the text of a DOCX/PDF becomes the document's searchable text")
    DocumentView attach(@PathVariable long id,
            @org.springframework.web.bind.annotation.RequestPart("file") org.springframework.web.multipart.MultipartFile file)
            throws java.io.IOException {
        return register.attach(id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    org.springframework.http.ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        java.util.Map<String, Object> a = register.attachment(id, attachmentId);
        return vn.chinhdon.platform.Downloads.attachment((String) a.get("filename"), (String) a.get("content_type"),
                (byte[]) a.get("content"));
    }

    @GetMapping("/reference")
    @Operation(summary = "Abbreviations of document types and issuers (reference data)")
    List<DocumentReference.Entry> referenceData() {
        return reference.entries();
    }

    record ReferenceRequest(String kind, String code, String name, boolean active, Long version) {
    }

    @PutMapping("/reference")
    @Operation(summary = "Add or edit an abbreviation (administrators)")
    DocumentReference.Entry saveReference(@RequestBody ReferenceRequest request) {
        return reference.save(request.kind(), request.code(), request.name(), request.active(), request.version());
    }
}
