package org.smpdocs;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smpdocs.Provenance;
import org.smpdocs.TemplateSet;
import org.smpdocs.internal.input.CaseSnapshot;
import org.smpdocs.internal.input.InputReader;
import org.smpdocs.internal.render.Resources;
import org.smpdocs.internal.render.docx.DocxRenderer;
import org.smpdocs.internal.render.pdf.FontCoverage;
import org.smpdocs.internal.render.pdf.PdfRenderer;
import org.smpdocs.internal.render.style.Style;
import org.smpdocs.internal.template.TemplateEngine;
import org.smpdocs.internal.template.TemplateRoot;
import org.smpdocs.internal.template.TemplateRoots;
import org.smpdocs.internal.xhtml.XhtmlDocument;
import org.smpdocs.internal.xhtml.XhtmlParser;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.TreatmentSession;

/**
 * The smp-docs engine: turns a patient case into the clinic's documents. Built once per clinic
 * (fonts, templates and stylesheet are loaded at build time, so a broken template fails there),
 * then immutable and safe to share between threads.
 *
 * <pre>{@code
 * SmpDocs docs = SmpDocs.builder().clinicProfile(Path.of("samples/clinic.json")).build();
 * PatientCase c = docs.input().readCase(Path.of("samples/cases/norwood6-density.json"), docs.clinic());
 * RenderedDocument consent = docs.render(DocumentKind.CONSENT, c);
 * Files.write(Path.of(consent.fileName(OutputFormat.PDF)), consent.bytes(OutputFormat.PDF));
 * }</pre>
 */
public final class SmpDocs {
    private final Clinic clinic;
    private final InputReader input;
    private final TemplateEngine templates;
    private final TemplateRoots roots;
    private final XhtmlParser parser = new XhtmlParser();
    private final PdfRenderer pdf;
    private final DocxRenderer docx;
    private final Resources resources;
    private final Set<OutputFormat> formats;
    private final Clock clock;
    private final TemplateSet templateSet;
    private final Style style;

    SmpDocs(SmpDocsBuilder b, InputReader input, TemplateEngine templates, PdfRenderer pdf, DocxRenderer docx,
            Resources resources, Style style) {
        this.resources = resources;
        this.style = style;
        this.clinic = b.clinic();
        this.input = input;
        this.templates = templates;
        this.pdf = pdf;
        this.docx = docx;
        this.formats = EnumSet.copyOf(b.formats());
        this.clock = b.clock();
        this.roots = new TemplateRoots(clinic, b.locale(), b.paper() == PaperSize.LETTER ? "Letter" : "A4", clock.getZone());
        this.templateSet = templates.templateSet();
    }

    /**
     * A reader of clinic profiles and case files for the documents this library prints: besides
     * every other rule, text holding a character that no bundled font can print is a problem at
     * its field ({@code unprintable-character}), so it is never printed as a blank or a "#".
     * Thread-safe; the engine's {@link #input()} is one.
     */
    public static InputReader reader() {
        return new InputReader(FontCoverage::covers);
    }

    /** A builder; see {@link SmpDocsBuilder}. */
    public static SmpDocsBuilder builder() {
        return new SmpDocsBuilder();
    }

    public Clinic clinic() {
        return clinic;
    }

    /** The images documents may show (the clinic logo). */
    public Resources resources() {
        return resources;
    }

    /** The style every format follows, from the template set's stylesheet (the e-mail's HTML takes it). */
    public Style style() {
        return style;
    }

    /** A non-template file of the template set (the clinic's copy where it has one), as text. */
    public String templateSetText(String name) {
        return templates.text(name);
    }

    /** The reader that validates case files against this clinic. */
    public InputReader input() {
        return input;
    }

    /** Renders a case-level document, or a per-session one for the latest session. */
    public RenderedDocument render(DocumentKind kind, PatientCase c) {
        return render(kind, c, 0);
    }

    /**
     * Renders one document. {@code session} picks the session of an aftercare sheet or report
     * (0: the latest); it is ignored for case-level documents.
     *
     * @throws InvalidInputException if the case is invalid, has no such session, or (for a
     *         consent) a screening answer rules the procedure out
     */
    public RenderedDocument render(DocumentKind kind, PatientCase c, int session) {
        List<String> warnings = new ArrayList<>();
        TreatmentSession chosen = kind.perSession() ? session(c, session) : null;
        Instant now = clock.instant();
        Provenance provenance = provenance(kind, c, chosen, now);
        XhtmlDocument xhtml = xhtml(kind, c, chosen, provenance, warnings);
        Map<OutputFormat, byte[]> outputs = new EnumMap<>(OutputFormat.class);
        for (OutputFormat format : formats) {
            outputs.put(format, switch (format) {
                case PDF -> pdf.render(xhtml, now, warnings);
                case DOCX -> docx.render(xhtml, now, warnings);
            });
        }
        return new RenderedDocument(kind, c.id(), chosen == null ? 0 : chosen.number(), outputs, warnings, provenance, xhtml);
    }

    /** The XHTML a template writes for this document: what every renderer reads. */
    public XhtmlDocument xhtml(DocumentKind kind, PatientCase c, int session) {
        TreatmentSession chosen = kind.perSession() ? session(c, session) : null;
        return xhtml(kind, c, chosen, provenance(kind, c, chosen, clock.instant()), new ArrayList<>());
    }

    private Provenance provenance(DocumentKind kind, PatientCase c, TreatmentSession s, Instant issuedAt) {
        String template = kind != DocumentKind.PACKET ? kind.id() + ".ftlx" : "packet.ftlx+"
                + String.join("+", DocumentKind.PACKET_PARTS.stream().map(k -> k.id() + ".ftlx").toList());
        return new Provenance(kind.id(), template, templateSet, CaseSnapshot.sha256(c), clinic.name(), c.id(),
                c.patient().id(), s == null ? 0 : s.number(), clinic.content().version(), issuedAt);
    }

    private XhtmlDocument xhtml(DocumentKind kind, PatientCase c, TreatmentSession s, Provenance provenance,
            List<String> warnings) {
        check(kind, c);
        if (s != null && !s.aftercareVersion().equals(clinic.content().version())) {
            warnings.add("session " + s.number() + " records aftercare version " + s.aftercareVersion()
                    + "; the clinic's content is version " + clinic.content().version());
        }
        if (kind == DocumentKind.PACKET) {
            Map<String, XhtmlDocument> parts = new LinkedHashMap<>();
            for (DocumentKind part : DocumentKind.PACKET_PARTS) {
                parts.put("part-" + part.id(), template(part, c, part.perSession() ? s : null, provenance));
            }
            return template(kind, c, s, provenance).withParts(parts).withMetadata(provenance.asMetadata());
        }
        return template(kind, c, s, provenance).withMetadata(provenance.asMetadata());
    }

    /** One template run on the case, with the provenance of the document it is (part of). */
    private XhtmlDocument template(DocumentKind kind, PatientCase c, TreatmentSession s, Provenance provenance) {
        String name = kind.id() + ".ftlx";
        TemplateRoot root = s == null ? roots.forCase(kind.id(), c, provenance)
                : roots.forSession(kind.id(), c, s, provenance);
        return parser.parse(templates.process(name, root), name);
    }

    private void check(DocumentKind kind, PatientCase c) {
        List<Problem> problems = kind == DocumentKind.CONSENT || kind == DocumentKind.PACKET ? input.allProblems(c, clinic)
                : input.caseProblems(c, clinic);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("case " + c.id(), problems);
        }
    }

    private static TreatmentSession session(PatientCase c, int number) {
        var found = number == 0 ? c.latestSession() : c.session(number);
        return found.orElseThrow(() -> new InvalidInputException("case " + c.id(), List.of(new Problem("sessions",
                "session-recorded", number == 0 ? "at least one recorded session"
                        : "a recorded session number " + number))));
    }
}
