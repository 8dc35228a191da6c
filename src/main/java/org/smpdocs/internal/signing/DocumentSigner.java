package org.smpdocs.internal.signing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;
import org.smpdocs.SignatureEvidence;
import org.smpdocs.Signing;
import org.smpdocs.internal.digest.Sha256;
import org.smpdocs.internal.render.Resources;
import org.smpdocs.internal.render.pdf.PdfRenderer;
import org.smpdocs.internal.template.DateFormats;
import org.smpdocs.internal.xhtml.Element;
import org.smpdocs.internal.xhtml.XhtmlDocument;

/**
 * Fills an issued document with a signing and renders the signed PDF: the completeness gate
 * first (nothing is made unless every field is filled), then the marks made ready, the fields
 * filled, the evidence page appended and the whole laid out like any document (tagged, PDF/A).
 * Immutable and thread-safe.
 */
public final class DocumentSigner {
    private final PdfRenderer pdf;
    private final Resources resources;
    private final String clinic;
    private final DateFormats dates;
    private final Clock clock;

    public DocumentSigner(PdfRenderer pdf, Resources resources, String clinic, DateFormats dates, Clock clock) {
        this.pdf = pdf;
        this.resources = resources;
        this.clinic = clinic;
        this.dates = dates;
        this.clock = clock;
    }

    /** The issued document as signed; what the facade hands out. */
    public record Signed(byte[] pdf, List<SignatureEvidence> evidence, byte[] evidenceJson, String issuedSha256,
            Instant signedAt, List<String> warnings) {
    }

    /** What is known of the issued document besides its XHTML and PDF. */
    public record Issued(XhtmlDocument xhtml, byte[] pdf, String kind, String caseId, String patientId, int session) {
    }

    /**
     * @throws InvalidInputException with one problem per unfilled or wrongly filled field, by name
     */
    public Signed sign(Issued issued, Signing signing) {
        DocumentFields fields = DocumentFields.of(issued.xhtml());
        List<Problem> problems = new ArrayList<>(CompletenessGate.problems(fields, signing));
        Map<String, byte[]> prepared = new LinkedHashMap<>();
        for (FormField f : fields.all()) {
            Signing.Entry entry = signing.fields().get(f.name());
            if (f.isMark() && entry != null && entry.hasImage() && !prepared.containsKey(f.name())) {
                SignatureImage.Prepared p = SignatureImage.prepare(entry.image());
                if (p.png() == null) {
                    problems.add(new Problem(CompletenessGate.path(f.name()), p.rule(), p.expected()));
                } else {
                    prepared.put(f.name(), p.png());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("signing of " + issued.kind() + " " + issued.caseId(), problems);
        }
        Instant now = clock.instant();
        String issuedSha256 = Sha256.of(issued.pdf()).hex();
        List<SignatureEvidence> evidence = evidence(fields, signing, now, issuedSha256);
        String date = dates.day(LocalDate.ofInstant(now, clock.getZone()));
        FilledDocument.Filled filled = FilledDocument.of(issued.xhtml(), fields, signing, prepared, date);
        String title = title(issued.xhtml());
        XhtmlDocument page = EvidencePage.of(title, clinic, issued.caseId(), issued.patientId(), issuedSha256, now,
                signing.witness(), evidence);
        XhtmlDocument whole = filled.document().withParts(Map.of("signing-evidence", page));
        List<String> warnings = new ArrayList<>();
        byte[] bytes = pdf.render(whole, now, warnings, resources.with(filled.images()));
        byte[] json = EvidenceJson.of(issued.kind(), title, issued.caseId(), issued.patientId(), issued.session(),
                issuedSha256, now, signing.witness(), evidence);
        return new Signed(bytes, evidence, json, issuedSha256, now, warnings);
    }

    /** One entry per field a person filled (dates are the signing time's), in document order. */
    private static List<SignatureEvidence> evidence(DocumentFields fields, Signing signing, Instant now, String issued) {
        List<SignatureEvidence> evidence = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (FormField f : fields.all()) {
            if (f.kind().equals("date") || !seen.add(f.name())) {
                continue;
            }
            Signing.Entry e = signing.fields().get(f.name());
            Optional<String> device = Optional.ofNullable(e.device()).or(signing::device);
            evidence.add(new SignatureEvidence(f.name(), f.what(), f.role(), f.signer(), now,
                    Optional.ofNullable(e.method()), Optional.ofNullable(e.ticked()), device, signing.witness(), issued));
        }
        return List.copyOf(evidence);
    }

    private static String title(XhtmlDocument xhtml) {
        return xhtml.root().find("title").map(Element::text).map(String::strip).orElse("");
    }
}
