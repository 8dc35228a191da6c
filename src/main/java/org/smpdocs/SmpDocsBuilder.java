package org.smpdocs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.smpdocs.internal.input.ClinicProfile;
import org.smpdocs.internal.input.InputReader;
import org.smpdocs.internal.render.Resources;
import org.smpdocs.internal.render.docx.DocxRenderer;
import org.smpdocs.internal.render.pdf.FontCoverage;
import org.smpdocs.internal.render.pdf.PdfRenderer;
import org.smpdocs.internal.render.style.StyleSheet;
import org.smpdocs.internal.template.TemplateEngine;
import org.smpdocs.model.Clinic;

/**
 * Configures and builds a {@link SmpDocs} engine. Not thread-safe; the engine it builds is.
 * Give the clinic either as a profile file ({@link #clinicProfile}, which also loads the logo it
 * names) or as a record with {@link #clinic} and {@link #logo}.
 */
public final class SmpDocsBuilder {
    private static final String STYLESHEET = "print.css";
    private InputReader input;
    private Clinic clinic;
    private byte[] logo;
    private Path templateDirectory;
    private PaperSize paper = PaperSize.A4;
    private Clock clock = Clock.systemDefaultZone();
    private Set<OutputFormat> formats = EnumSet.of(OutputFormat.PDF);

    SmpDocsBuilder() {
    }

    /**
     * Reads and validates a clinic profile, and the logo it names (inside the profile's folder).
     *
     * @throws InvalidInputException with every problem of the profile and its logo
     */
    public SmpDocsBuilder clinicProfile(Path file) {
        input = input == null ? reader() : input;
        ClinicProfile profile = input.readProfile(file);
        clinic = profile.clinic();
        logo = profile.logo().orElse(null);
        return this;
    }

    /** The clinic, already validated by the caller (it is validated again at build). */
    public SmpDocsBuilder clinic(Clinic clinic) {
        this.clinic = Objects.requireNonNull(clinic);
        return this;
    }

    /** The clinic logo, PNG or JPEG; none by default. */
    public SmpDocsBuilder logo(byte[] image) {
        this.logo = image == null ? null : image.clone();
        return this;
    }

    /** A clinic's own templates; a file there shadows the built-in one of the same name. */
    public SmpDocsBuilder templateDirectory(Path directory) {
        this.templateDirectory = directory;
        return this;
    }

    public SmpDocsBuilder paper(PaperSize paper) {
        this.paper = Objects.requireNonNull(paper);
        return this;
    }

    /** The clock for issue dates and metadata; fix it for reproducible output. */
    public SmpDocsBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        return this;
    }

    /** The formats each render produces; PDF by default. */
    public SmpDocsBuilder formats(Set<OutputFormat> formats) {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("at least one output format");
        }
        this.formats = EnumSet.copyOf(formats);
        return this;
    }

    /**
     * Builds the engine: loads fonts, parses every template and the stylesheet now, and reads
     * the style every format follows from the stylesheet's {@code :root} properties.
     *
     * @throws SmpDocsException with {@link ErrorCode#TEMPLATE} if a template is missing or broken,
     *         or the stylesheet names an unknown property in a {@code var()} or gives one a value
     *         that cannot be used
     */
    public SmpDocs build() {
        if (clinic == null) {
            throw new IllegalStateException("no clinic: call clinicProfile(...) or clinic(...)");
        }
        if (templateDirectory != null && !Files.isDirectory(templateDirectory)) {
            throw new SmpDocsException(ErrorCode.TEMPLATE, "template directory " + templateDirectory
                    + (Files.exists(templateDirectory) ? " is not a directory" : " does not exist"));
        }
        input = input == null ? reader() : input;
        input.readClinicRecord(clinic);
        TemplateEngine templates = new TemplateEngine(templateDirectory, locale());
        for (DocumentKind kind : DocumentKind.values()) {
            templates.preload(kind.id() + ".ftlx");
        }
        Resources resources = logo == null ? Resources.none() : new Resources(Map.of(Resources.LOGO, logo));
        StyleSheet sheet = StyleSheet.read(STYLESHEET, templates.text(STYLESHEET));
        PdfRenderer pdf = new PdfRenderer(sheet.css(), resources, paper);
        return new SmpDocs(this, input, templates, pdf, new DocxRenderer(resources, paper, sheet.style()), resources,
                sheet.style());
    }

    /**
     * A reader for the documents this library prints: besides every other rule, text holding a
     * character that no bundled font can print is a problem at its field
     * ({@code unprintable-character}), so it is never printed as a blank or a "#".
     */
    private static InputReader reader() {
        return new InputReader(FontCoverage::covers);
    }

    Clinic clinic() {
        return clinic;
    }

    PaperSize paper() {
        return paper;
    }

    Clock clock() {
        return clock;
    }

    Set<OutputFormat> formats() {
        return formats;
    }

    Locale locale() {
        return Locale.forLanguageTag(clinic.documentLanguage());
    }
}
