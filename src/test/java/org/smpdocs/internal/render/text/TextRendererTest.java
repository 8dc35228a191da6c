package org.smpdocs.internal.render.text;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.smpdocs.DocumentKind;
import org.smpdocs.Samples;
import org.smpdocs.Xhtml;
import org.smpdocs.SmpDocs;
import org.smpdocs.internal.xhtml.XhtmlParser;
import org.smpdocs.model.AftercareStep;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.TreatmentSession;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plain-text rendering: every element of the vocabulary, and a real aftercare sheet. */
class TextRendererTest {
    private final TextRenderer renderer = new TextRenderer();

    @Test
    void everyVocabularyElementReadsAsText() {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>T</title></head><body>\n"
                + "<header><span>Clinic</span></header><footer>Page <span class=\"page-number\"></span></footer>\n"
                + "<h1>Aftercare</h1>\n<h2>Steps</h2>\n<p>Do   not\n wash <strong>until</strong> <em>Fri</em>.<br/>Second line.</p>\n"
                + "<ul>\n<li>one</li>\n<li><p>two</p><p>more</p></li></ul><ol><li>first</li><li>second</li></ol>\n"
                + "<table><thead><tr><th>Item</th><th>Lot</th></tr></thead><tbody><tr><td>Pigment</td><td>L-1</td></tr></tbody></table>\n"
                + "<hr/><section><div><p><span class=\"checkbox\" data-field=\"choice-a\"></span> yes "
                + "<span class=\"checkbox\" data-field=\"choice-b\"></span> no</p></div></section>\n"
                + "<p>Initials <span class=\"initials\" data-field=\"i\"></span> signed <span class=\"field\" data-field=\"s\" "
                + "data-kind=\"signature\"></span> on <span class=\"field\" data-field=\"d\">Thu 5 Nov 2026</span></p>\n"
                + "<p>Call <a href=\"mailto:a@example.org\">a@example.org</a> or see <a href=\"https://example.org\">our site</a>"
                + "<img src=\"clinic-logo\" alt=\"logo\"/></p></body></html>";
        String text = renderer.render(new XhtmlParser().parse(xhtml, "t.ftlx"));
        assertEquals(String.join("\r\n", "Aftercare", "=========", "", "STEPS", "", "Do not wash until Fri.", "Second line.",
                "", "- one", "- two", "  more", "", "1. first", "2. second", "", "Item | Lot", "Pigment | L-1", "",
                "----------", "", "[ ] yes [ ] no", "", "Initials [____] signed ________ on Thu 5 Nov 2026", "",
                "Call a@example.org or see our site (https://example.org)") + "\r\n", text);
    }

    @Test
    void anAftercareSheetCarriesItsDatesAndLeavesOutThePageFurniture() {
        SmpDocs engine = Samples.engine();
        PatientCase c = engine.readCase(Samples.ROOT.resolve("cases/greek-name.json"));
        TreatmentSession s = c.latestSession().orElseThrow();
        String text = renderer.render(Xhtml.of(engine, DocumentKind.AFTERCARE, c, 0));
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
        AftercareStep wash = engine.clinic().content().aftercare().get(0);
        assertEquals(3, wash.days());
        assertTrue(text.contains("\r\n" + wash.instruction() + ". " + wash.detail() + " | " + day.format(s.date().plusDays(3))
                + " | " + wash.resume() + " from " + day.format(s.date().plusDays(4)) + "\r\n"), "a table row: " + text);
        assertTrue(text.contains("Patient | Αλέξανδρος Παπαδόπουλος | Patient no. | P-10381"), text);
        assertTrue(text.contains(engine.clinic().phone()));
        assertFalse(text.contains("Page"), "no page numbers in an e-mail");
        assertFalse(text.contains("<"), "no markup");
    }
}
