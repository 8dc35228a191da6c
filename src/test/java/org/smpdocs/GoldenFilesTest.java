package org.smpdocs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden files: every sample case and document kind, rendered on the fixed clock of
 * {@link Samples#CLOCK}, must read exactly as its files under {@code src/test/resources/golden/<case>/}
 * say — the XHTML the template wrote ({@code consent.xhtml}), the plain-text e-mail body
 * ({@code consent.txt}, LF line ends), the HTML e-mail body ({@code consent.mail.html}), the PDF's
 * text page by page ({@code consent.pdf.txt}), the PDF's metadata, pages and form fields
 * ({@code consent.pdf-info.txt}) and the text of the DOCX's {@code word/document.xml}
 * ({@code consent.docx.txt}). Per-session kinds are the case's latest session.
 *
 * <p>When a change of wording or layout is meant, rewrite the files and review their diff:
 *
 * <pre>
 * mvn -B test -Dtest=GoldenFilesTest -Dgolden.update=true
 * git diff src/test/resources/golden
 * </pre>
 *
 * The update run passes and prints each file it wrote or deleted. The SHA-256 of the template
 * set, which changes with any edit of any template, is written as {@code {template-set-sha256}}
 * (and its eight-character short form as {@code {template-set}}), so that a diff shows only the
 * documents that changed; {@link ProvenanceTest} checks the real value.
 */
class GoldenFilesTest {
    private static final List<String> VIEWS = List.of("xhtml", "txt", "mail.html", "pdf.txt", "pdf-info.txt", "docx.txt");
    private static SmpDocs engine;

    /** One engine with every format, on the fixed clock. */
    private static synchronized SmpDocs engine() {
        if (engine == null) {
            engine = SmpDocs.builder().clinicProfile(Samples.CLINIC).clock(Samples.CLOCK)
                    .formats(EnumSet.allOf(OutputFormat.class)).build();
        }
        return engine;
    }

    /** Each sample case with each kind it has: per-session kinds only where the case has a session. */
    static Stream<Document> documents() {
        List<Document> documents = new ArrayList<>();
        for (Path file : Samples.cases()) {
            PatientCase c = engine().readCase(file);
            for (DocumentKind kind : DocumentKind.values()) {
                if (!kind.perSession() || c.latestSession().isPresent()) {
                    documents.add(new Document(file, c, kind));
                }
            }
        }
        return documents.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void documentReadsAsItsGoldenFiles(Document document) {
        RenderedDocument rendered = engine().render(document.kind(), document.patientCase());
        String templateSet = rendered.provenance().templateSet().sha256();
        EmailBodies email = emailBodies(rendered);
        Map<String, String> views = Map.of(
                "xhtml", engine().xhtml(document.kind(), document.patientCase(), 0),
                "txt", email.text().replace("\r\n", "\n"),
                "mail.html", email.html(),
                "pdf.txt", PdfViews.pages(rendered.bytes(OutputFormat.PDF)),
                "pdf-info.txt", PdfViews.info(rendered.bytes(OutputFormat.PDF)),
                "docx.txt", DocxBodyText.of(rendered.bytes(OutputFormat.DOCX)));
        assertAll(new TreeSet<>(views.keySet()).stream().map(what -> () -> GoldenFile.check(
                document.fileName(what), masked(views.get(what), templateSet))));
    }

    @Test
    void everyGoldenFileBelongsToADocument() {
        List<String> expected = documents().flatMap(d -> VIEWS.stream().map(d::fileName)).sorted().toList();
        List<String> stale = GoldenFile.all().stream().filter(f -> !expected.contains(f)).toList();
        if (GoldenFile.updating()) {
            stale.forEach(GoldenFile::delete);
        } else {
            assertEquals(List.of(), stale, "golden files of no document; delete them with: " + GoldenFile.UPDATE_COMMAND);
        }
    }

    /** The template set's digest in its full and short forms replaced by placeholders. */
    private static String masked(String text, String templateSet) {
        return text.replace(templateSet, "{template-set-sha256}")
                .replace("set " + templateSet.substring(0, 8), "set {template-set}");
    }

    /** The plain-text and HTML e-mail bodies of a document, as the aftercare e-mail sends them. */
    private static EmailBodies emailBodies(RenderedDocument rendered) {
        return new EmailBodies(new String(rendered.bytes(OutputFormat.EMAIL_TEXT), StandardCharsets.UTF_8),
                new String(rendered.bytes(OutputFormat.EMAIL_HTML), StandardCharsets.UTF_8));
    }

    private record EmailBodies(String text, String html) {
    }

    /** One document of a sample case; its golden files are {@code <case file's name>/<kind>.<view>}. */
    record Document(Path file, PatientCase patientCase, DocumentKind kind) {
        String fileName(String view) {
            String name = file.getFileName().toString();
            return name.substring(0, name.length() - ".json".length()) + "/" + kind.id() + "." + view;
        }

        @Override
        public String toString() {
            return kind.id() + " of " + file.getFileName();
        }
    }
}
