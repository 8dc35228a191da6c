package org.smpdocs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
import org.smpdocs.internal.render.mail.MailHtmlRenderer;
import org.smpdocs.internal.render.pdf.PdfRenderer;
import org.smpdocs.internal.render.style.Style;
import org.smpdocs.internal.render.text.TextRenderer;
import org.smpdocs.internal.signing.DocumentSigner;
import org.smpdocs.internal.template.DateFormats;
import org.smpdocs.internal.template.TemplateEngine;
import org.smpdocs.internal.template.TemplateRoot;
import org.smpdocs.internal.template.TemplateRoots;
import org.smpdocs.internal.xhtml.XhtmlDocument;
import org.smpdocs.internal.xhtml.XhtmlParser;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.TreatmentSession;

/**
 * The smp-docs engine, the library's entry point: reads and checks a patient case, and turns it
 * into the clinic's documents (PDF, DOCX) and the bodies of the e-mail that carries an aftercare
 * sheet (plain text, HTML). Built once per clinic with {@link #builder()} (fonts, templates and
 * stylesheet are loaded at build time, so a broken template fails there), then immutable and safe
 * to share between threads.
 *
 * <pre>{@code
 * SmpDocs docs = SmpDocs.builder().clinicProfile(Path.of("samples/clinic.json")).build();
 * PatientCase c = docs.readCase(Path.of("samples/cases/norwood6-density.json"));
 * RenderedDocument consent = docs.render(DocumentKind.CONSENT, c);
 * Files.write(Path.of(consent.fileName(OutputFormat.PDF)), consent.bytes(OutputFormat.PDF));
 * }</pre>
 *
 * <p>Failures are {@link SmpDocsException}s with a stable {@link ErrorCode}; a case with problems is
 * an {@link InvalidInputException} that lists every one of them.
 */
public final class SmpDocs {
    private final Clinic clinic;
    private final InputReader input;
    private final TemplateEngine templates;
    private final TemplateRoots roots;
    private final XhtmlParser parser = new XhtmlParser();
    private final PdfRenderer pdf;
    private final DocxRenderer docx;
    private final TextRenderer text = new TextRenderer();
    private final MailHtmlRenderer html;
    private final Resources resources;
    private final Set<OutputFormat> formats;
    private final Clock clock;
    private final TemplateSet templateSet;
    private final DocumentSigner signer;

    SmpDocs(SmpDocsBuilder b, InputReader input, TemplateEngine templates, PdfRenderer pdf, DocxRenderer docx,
            Resources resources, Style style) {
        this.resources = resources;
        this.html = new MailHtmlRenderer(resources, style);
        this.clinic = b.clinic();
        this.input = input;
        this.templates = templates;
        this.pdf = pdf;
        this.docx = docx;
        this.formats = EnumSet.copyOf(b.formats());
        this.clock = b.clock();
        this.roots = new TemplateRoots(clinic, b.locale(), b.paper() == PaperSize.LETTER ? "Letter" : "A4", clock.getZone());
        this.templateSet = templates.templateSet();
        this.signer = new DocumentSigner(pdf, resources, clinic.name(), new DateFormats(b.locale()), clock);
    }

    /** {@code base} rendering {@code formats}: everything loaded is shared. */
    private SmpDocs(SmpDocs base, Set<OutputFormat> formats) {
        this.clinic = base.clinic;
        this.input = base.input;
        this.templates = base.templates;
        this.roots = base.roots;
        this.pdf = base.pdf;
        this.docx = base.docx;
        this.html = base.html;
        this.resources = base.resources;
        this.formats = EnumSet.copyOf(formats);
        this.clock = base.clock;
        this.templateSet = base.templateSet;
        this.signer = base.signer;
    }

    /** A builder; see {@link SmpDocsBuilder}. */
    public static SmpDocsBuilder builder() {
        return new SmpDocsBuilder();
    }

    /** The clinic, as validated at build. */
    public Clinic clinic() {
        return clinic;
    }

    /** The formats each {@link #render} produces; cannot be changed. */
    public Set<OutputFormat> formats() {
        return Collections.unmodifiableSet(formats);
    }

    /**
     * This engine rendering other formats, sharing everything it loaded (fonts, templates,
     * stylesheet), so it is cheap to make: {@code docs.withFormats(EnumSet.of(OutputFormat.PDF,
     * OutputFormat.EMAIL_TEXT, OutputFormat.EMAIL_HTML))} for the aftercare e-mail.
     *
     * @throws IllegalArgumentException if {@code formats} is empty
     */
    public SmpDocs withFormats(Set<OutputFormat> formats) {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("at least one output format");
        }
        return new SmpDocs(this, formats);
    }

    /**
     * A non-template file of the template set as text, the clinic's copy where it has one: for
     * example {@code mail.properties}, the e-mail subjects in each language
     * ({@code subject.<language>}, with {@code {date}} for the session's date).
     *
     * @throws SmpDocsException with {@link ErrorCode#TEMPLATE} if the set has no such file
     */
    public String templateSetText(String name) {
        return templates.text(name);
    }

    /**
     * Reads a case file and checks it against this clinic's rules.
     *
     * @throws InvalidInputException listing every problem of the file (field path, rule, what is
     *         expected; never a value from the file), or that it cannot be read
     */
    public PatientCase readCase(Path file) {
        return input.readCase(file, clinic);
    }

    /**
     * Reads a case from the bytes of a JSON file and checks it against this clinic's rules;
     * {@code name} names it in the exception.
     *
     * @throws InvalidInputException listing every problem of the content
     */
    public PatientCase readCase(String name, byte[] content) {
        return input.readCase(name, content, clinic);
    }

    /**
     * Every problem of a case against this clinic's rules, those that stop a consent form (a
     * screening answer that rules the procedure out) included. Empty when every document may be
     * issued; a case built in code is checked here as a case file is when read.
     */
    public List<Problem> problems(PatientCase c) {
        return input.allProblems(c, clinic);
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
        List<InlineImage> images = List.of();
        for (OutputFormat format : formats) {
            outputs.put(format, switch (format) {
                case PDF -> pdf.render(xhtml, now, warnings);
                case DOCX -> docx.render(xhtml, now, warnings);
                case EMAIL_TEXT -> text.render(xhtml).getBytes(StandardCharsets.UTF_8);
                case EMAIL_HTML -> {
                    String body = html.render(xhtml);
                    images = inlineImages(body);
                    yield body.getBytes(StandardCharsets.UTF_8);
                }
            });
        }
        return new RenderedDocument(kind, c.id(), chosen == null ? 0 : chosen.number(), outputs, warnings, provenance,
                images, xhtml);
    }

    /**
     * The issued document filled in by the people who signed it: each mark in its box, each date
     * the signing date (this engine's clock), each choice ticked or not, no form fields left, and
     * an evidence page appended (who, when, how, on which device, witnessed by whom, and the
     * SHA-256 of the issued PDF). The completeness gate comes first: unless every field the
     * document has is filled, nothing is made. The result is ready for the clinic's seal.
     *
     * @param issued the document as it was issued, rendered as PDF by an engine with this one's
     *        templates and clinic (for an archived record: as {@code reissue} regenerates it)
     * @throws InvalidInputException naming every unfilled or wrongly filled field
     *         ({@code fields.<name>}), a field the document does not have, an image that is not
     *         a usable PNG, or a missing witness; never a value
     * @throws IllegalArgumentException if {@code issued} was not rendered as PDF, or is not a
     *         consent or a disclosure ({@link DocumentKind#signed()})
     */
    public SignedDocument sign(RenderedDocument issued, Signing signing) {
        if (!issued.formats().contains(OutputFormat.PDF) || issued.document() == null) {
            throw new IllegalArgumentException("signing needs the issued document rendered as PDF");
        }
        if (!issued.kind().signed()) {
            throw new IllegalArgumentException("only a consent or a disclosure is signed, not a " + issued.kind().id());
        }
        Provenance p = issued.provenance();
        DocumentSigner.Signed signed = signer.sign(new DocumentSigner.Issued(issued.document(),
                issued.bytes(OutputFormat.PDF), issued.kind().id(), issued.caseId(), p.patientId(), issued.session()),
                signing);
        return new SignedDocument(issued, signed.pdf(), signed.evidence(), signed.evidenceJson(), signed.issuedSha256(),
                signed.signedAt());
    }

    /**
     * The signed document sealed with the clinic's seal at its signing time: a PAdES signature
     * in the evidence page's seal field that covers the whole file and allows no further change,
     * so any change after sealing shows when the seal is checked (in a PDF reader, with
     * {@code pdfsig}, or by {@code verify}).
     *
     * @throws SmpDocsException with {@link ErrorCode#INVALID_INPUT} when the seal's certificate is
     *         not valid at the signing time, or {@link ErrorCode#RENDER} when the time-stamp
     *         authority fails
     */
    public byte[] seal(SignedDocument signed, ClinicSeal seal) {
        return seal.seal(signed.pdf(), signed.signedAt());
    }

    /** The images an HTML e-mail body shows, in name order. */
    private List<InlineImage> inlineImages(String body) {
        return resources.names().stream().filter(name -> MailHtmlRenderer.refersTo(body, name))
                .map(name -> new InlineImage(name, resources.mediaType(name), resources.image(name).orElseThrow())).toList();
    }

    /**
     * The XHTML the templates write for this document, as they wrote it: what every format is
     * rendered from (for a packet: the packet's own, then each part's). For a clinic checking its
     * own templates.
     *
     * @throws InvalidInputException as {@link #render(DocumentKind, PatientCase, int)} does
     */
    public String xhtml(DocumentKind kind, PatientCase c, int session) {
        return document(kind, c, session).markup();
    }

    /** The XHTML document every renderer reads, with its provenance stamped (for tests, through their package). */
    XhtmlDocument document(DocumentKind kind, PatientCase c, int session) {
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
