package org.smpdocs.internal.render.mail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.smpdocs.DocumentKind;
import org.smpdocs.Samples;
import org.smpdocs.Xhtml;
import org.smpdocs.SmpDocs;
import org.smpdocs.internal.render.Resources;
import org.smpdocs.internal.render.style.StyleSheet;
import org.smpdocs.model.PatientCase;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The e-mail body: self-contained, styled inline, the same content as the sheet. */
class MailHtmlRendererTest {
    private final SmpDocs engine = Samples.engine();
    private final MailHtmlRenderer renderer = new MailHtmlRenderer(new Resources(Map.of(Resources.LOGO, new byte[] {1})),
            StyleSheet.builtIn().style());

    private Document parse(String html) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anAftercareBodyIsSelfContainedStyledInlineAndComplete() throws Exception {
        PatientCase c = engine.readCase(Samples.ROOT.resolve("cases/greek-name.json"));
        String html = renderer.render(Xhtml.of(engine, DocumentKind.AFTERCARE, c, 0));
        Document dom = parse(html);
        assertFalse(html.contains("<style") || html.contains("<link") || html.contains("<script"), "no style sheets");
        NodeList images = dom.getElementsByTagName("img");
        assertEquals(1, images.getLength());
        assertEquals("cid:clinic-logo", ((org.w3c.dom.Element) images.item(0)).getAttribute("src"));
        for (String tag : new String[] {"h1", "h2", "p", "li", "table", "td", "th"}) {
            NodeList all = dom.getElementsByTagName(tag);
            assertTrue(all.getLength() > 0, tag);
            for (int i = 0; i < all.getLength(); i++) {
                assertFalse(((org.w3c.dom.Element) all.item(i)).getAttribute("style").isBlank(), tag + " styled inline");
            }
        }
        String text = dom.getDocumentElement().getTextContent().replaceAll("\\s+", " ");
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
        org.w3c.dom.Element washRow = (org.w3c.dom.Element) ((org.w3c.dom.Element) dom.getElementsByTagName("tbody").item(1))
                .getElementsByTagName("tr").item(0);
        NodeList cells = washRow.getElementsByTagName("td");
        assertTrue(cells.item(0).getTextContent().startsWith("Do not wash your scalp."), washRow.getTextContent());
        assertEquals(day.format(c.latestSession().orElseThrow().date().plusDays(3)), cells.item(1).getTextContent());
        assertTrue(cells.item(2).getTextContent().endsWith(" from " + day.format(c.latestSession().orElseThrow().date().plusDays(4))));
        assertTrue(text.contains("Αλέξανδρος Παπαδόπουλος"));
        assertFalse(text.contains("Page"), "no page numbers in an e-mail");
        assertTrue(html.contains("max-width:600px"), "one column that reads at phone width");
        assertTrue(html.contains("name=\"viewport\""));
    }

    @Test
    void labelValuePairsAreStackedOnePairPerRowForPhoneWidth() throws Exception {
        PatientCase c = engine.readCase(Samples.ROOT.resolve("cases/greek-name.json"));
        Document dom = parse(renderer.render(Xhtml.of(engine, DocumentKind.AFTERCARE, c, 0)));
        org.w3c.dom.Element identification = (org.w3c.dom.Element) dom.getElementsByTagName("table").item(0);
        NodeList rows = identification.getElementsByTagName("tr");
        assertEquals(6, rows.getLength(), "three rows of two pairs become six rows");
        for (int i = 0; i < rows.getLength(); i++) {
            org.w3c.dom.Element row = (org.w3c.dom.Element) rows.item(i);
            assertEquals(1, row.getElementsByTagName("th").getLength());
            assertEquals(1, row.getElementsByTagName("td").getLength());
        }
        assertEquals("Patient", ((org.w3c.dom.Element) rows.item(0)).getElementsByTagName("th").item(0).getTextContent());
        assertEquals("Αλέξανδρος Παπαδόπουλος",
                ((org.w3c.dom.Element) rows.item(0)).getElementsByTagName("td").item(0).getTextContent());
        assertEquals("Patient no.", ((org.w3c.dom.Element) rows.item(1)).getElementsByTagName("th").item(0).getTextContent());
        assertEquals("P-10381", ((org.w3c.dom.Element) rows.item(1)).getElementsByTagName("td").item(0).getTextContent());
    }

    @Test
    void clinicalPartsReadAsMarksAndBlanks() throws Exception {
        PatientCase c = engine.readCase(Samples.ROOT.resolve("cases/greek-name.json"));
        String html = renderer.render(Xhtml.of(engine, DocumentKind.CONSENT, c, 0));
        String text = parse(html).getDocumentElement().getTextContent().replaceAll("\\s+", " ");
        assertTrue(text.contains("\u2610 I agree to photographs in which"), "an empty checkbox for the patient to tick");
        assertTrue(text.contains("\u2610 I agree to photographs of my scalp being kept"), "an empty checkbox for the patient to tick");
        assertFalse(text.contains("\u2612"), "no box is ticked for the patient");
        assertEquals(engine.clinic().content().drawbacks().size(), html.split("\\[____\\]", -1).length - 1);
    }
}
