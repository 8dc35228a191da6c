package org.smpdocs.internal.xhtml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smpdocs.DocumentKind;
import org.smpdocs.ErrorCode;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.SmpDocsException;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Images are the clinic logo only; links go to https, mailto and tel only. */
class LinkAndImageTest {
    private static final String WHERE = "SMP-TEMPLATE: template consent.ftlx (generated document line 2): ";
    private static final String BAD_LINK = "<a>: a link must start with https://, mailto: or tel: and contain no spaces";
    private static final String BAD_IMAGE = "<img>: the only image is the clinic logo, src=\"clinic-logo\"";
    private final XhtmlParser parser = new XhtmlParser();

    private static String doc(String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>T</title></head><body>\n"
                + body + "\n</body></html>";
    }

    private SmpDocsException fails(String body) {
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> parser.parse(doc(body), "consent.ftlx"));
        assertEquals(ErrorCode.TEMPLATE, e.code());
        return e;
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
        "file:///etc/passwd", "http://deansgatescalp.example.com", "data:text/html,hi", "//example.org/x", "#part-consent",
        "consent.pdf", "", "https://", "mailto:", "https://example.org/a b", "tel:+44\n161"})
    void linkTargetsOtherThanHttpsMailtoAndTelAreRefused(String href) {
        String escaped = href.replace("\t", "&#9;").replace("\n", "&#10;");
        assertEquals(WHERE + BAD_LINK, fails("<p><a href=\"" + escaped + "\">x</a></p>").getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://deansgatescalp.example.com/aftercare", "HTTPS://EXAMPLE.ORG", "mailto:desk@example.org",
        "tel:+441612000000"})
    void httpsMailtoAndTelLinksAreKept(String href) {
        XhtmlDocument d = parser.parse(doc("<p><a href=\"" + href + "\">x</a></p>"), "consent.ftlx");
        assertEquals(href, d.body().find("a").orElseThrow().attr("href"));
    }

    @Test
    void aLinkWithoutTargetIsPlainText() {
        assertEquals("x", parser.parse(doc("<p><a>x</a></p>"), "consent.ftlx").body().find("a").orElseThrow().text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"photo.png", "file:///etc/passwd", "https://tracker.example/pixel.gif", "data:image/png;base64,AA",
        "Clinic-Logo", "clinic-logo "})
    void imagesOtherThanTheClinicLogoAreRefused(String src) {
        assertEquals(WHERE + BAD_IMAGE, fails("<p><img src=\"" + src + "\" alt=\"x\"/></p>").getMessage());
    }

    @Test
    void theClinicLogoIsAnImage() {
        XhtmlDocument d = parser.parse(doc("<header><img src=\"clinic-logo\" alt=\"Logo\"/></header>"), "consent.ftlx");
        assertEquals("clinic-logo", d.body().find("img").orElseThrow().attr("src"));
    }

    @Test
    void aClinicTemplateWithAScriptLinkFailsNamingTemplateAndLine(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve("consent.ftlx"), "<#import \"lib/parts.ftlx\" as p>"
                + "<@p.document title=\"T\" subject=\"S\">\n<p>Read <a href=\"javascript:alert(1)\">this</a>.</p></@p.document>");
        SmpDocs engine = SmpDocs.builder().clinicProfile(Samples.CLINIC).templateDirectory(templates).build();
        PatientCase c = engine.readCase(Samples.cases().get(0));
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> engine.render(DocumentKind.CONSENT, c));
        assertEquals(ErrorCode.TEMPLATE, e.code());
        assertEquals(true, e.getMessage().matches("SMP-TEMPLATE: template consent\\.ftlx \\(generated document line \\d+\\): "
                + java.util.regex.Pattern.quote(BAD_LINK)), e.getMessage());
    }
}
