package org.smpdocs.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.smpdocs.DocumentKind;
import org.smpdocs.SmpDocs;
import org.smpdocs.internal.signing.DocumentFields;
import org.smpdocs.internal.signing.FormField;
import org.smpdocs.internal.xhtml.XhtmlDocument;
import org.smpdocs.internal.xhtml.XhtmlParser;

/**
 * The consent as the tablet shows it: every field the document asks for has its control (a pad
 * per initials and signature, a tick box per choice, unticked, labelled with the choice's text),
 * the text is the document's, nothing but the allowed elements and no running footer, and an
 * accepted mark is shown again in its pad.
 */
class DocumentScreenTest {
    private static final SmpDocs ENGINE = SmpDocs.builder().clinicProfile(Path.of("samples/clinic.json")).build();

    private static XhtmlDocument consent() {
        var c = ENGINE.readCase(TabletSigningTest.CASE);
        return new XhtmlParser().parse(ENGINE.xhtml(DocumentKind.CONSENT, c, 0), "consent");
    }

    @Test
    void everyFieldHasItsControlAndTheTextIsTheDocuments() {
        XhtmlDocument doc = consent();
        List<FormField> fields = DocumentFields.of(doc).all();
        Document screen = Jsoup.parseBodyFragment(DocumentScreen.html(doc, fields, Map.of()));
        for (FormField f : fields) {
            switch (f.kind()) {
                case "initials", "signature" -> assertNotNull(screen.selectFirst(".pad.pad-" + f.kind() + "[data-field=" + f.name()
                        + "] canvas[aria-label]"), f.name());
                case "checkbox" -> {
                    var tick = screen.selectFirst("input[type=checkbox][data-choice=" + f.name() + "]");
                    assertNotNull(tick, f.name());
                    assertFalse(tick.hasAttr("checked"));
                    assertTrue(tick.attr("aria-label").length() > 20, tick.attr("aria-label"));
                }
                default -> assertEquals("date", f.kind());
            }
        }
        assertEquals(fields.stream().filter(f -> f.kind().equals("date")).count(), screen.select(".date-note").size());
        String text = screen.text();
        assertTrue(text.contains("Consent to scalp micropigmentation"));
        assertTrue(text.contains(doc.body().elements().stream().filter(e -> e.name().equals("h1")).findFirst()
                .orElseThrow().text().strip()));
        assertFalse(text.contains("Page  of") || text.contains(" · Page"), "no running footer: " + text.substring(0, 300));
        assertTrue(screen.select("img, script, style, a, iframe, [style], [onclick]").isEmpty());
    }

    @Test
    void anAcceptedMarkIsShownAgainInItsPad() {
        XhtmlDocument doc = consent();
        List<FormField> fields = DocumentFields.of(doc).all();
        FormField initials = fields.stream().filter(f -> f.kind().equals("initials")).findFirst().orElseThrow();
        FormField typed = fields.stream().filter(f -> f.kind().equals("initials")).skip(1).findFirst().orElseThrow();
        String url = "data:image/png;base64,iVBORw0KGgo=";
        Document screen = Jsoup.parseBodyFragment(DocumentScreen.html(doc, fields, Map.of(
                initials.name(), new TabletMark(url, new byte[] {1}, "[{\"points\":[]}]", null),
                typed.name(), new TabletMark(null, null, "", "A<B"))));
        var pad = screen.selectFirst(".pad[data-field=" + initials.name() + "]");
        assertTrue(pad.hasClass("filled"));
        assertEquals(url, pad.attr("data-png"));
        assertEquals("[{\"points\":[]}]", pad.attr("data-strokes"));
        var typedPad = screen.selectFirst(".pad[data-field=" + typed.name() + "]");
        assertTrue(typedPad.hasClass("filled"));
        assertEquals("A<B", typedPad.selectFirst("input.typed-initials").attr("value"));
        assertTrue(typedPad.selectFirst("input.adopt-initials").hasAttr("checked"));
    }
}
