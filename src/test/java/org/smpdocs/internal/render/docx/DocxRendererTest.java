package org.smpdocs.internal.render.docx;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smpdocs.ErrorCode;
import org.smpdocs.PaperSize;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.render.Resources;
import org.smpdocs.internal.render.style.StyleSheet;
import org.smpdocs.internal.xhtml.XhtmlParser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the DOCX renderer cannot place is a template error naming element and template. */
class DocxRendererTest {
    private final DocxRenderer renderer = new DocxRenderer(Resources.none(), PaperSize.A4, StyleSheet.builtIn().style());

    private byte[] render(String body) {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>T</title></head><body>\n" + body
                + "\n</body></html>";
        return renderer.render(new XhtmlParser().parse(xhtml, "consent.ftlx"), Instant.EPOCH, new ArrayList<>());
    }

    @Test
    void aBlockInsideAParagraphIsATemplateErrorNotDropped() {
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> render("<p>Before <ul><li>x</li></ul></p>"));
        assertEquals(ErrorCode.TEMPLATE, e.code());
        assertEquals("SMP-TEMPLATE: template consent.ftlx (generated document line 2): <ul> cannot stand inside "
                + "a paragraph in a Word document", e.getMessage());
    }

    @Test
    void aListItemOutsideAListIsATemplateError() {
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> render("<li>stray</li>"));
        assertEquals(ErrorCode.TEMPLATE, e.code());
    }

    @Test
    void everyVocabularyElementIsWritten() {
        byte[] docx = render("<h1>Title</h1><h2>Heading</h2><h3>Sub</h3><p>A <strong>b</strong> <em>c</em> <u>d</u>"
                + "<br/>e <a href=\"https://example.org\">link</a> <span>f</span></p><hr/><section><div>g</div></section>"
                + "<div class=\"page-break\"></div><ul><li>h</li></ul><ol><li>i</li></ol><table><thead><tr><th>j</th>"
                + "<th>k</th></tr></thead><tbody><tr><td colspan=\"2\">l <span class=\"checkbox\" data-field=\"choice-c\">"
                + "</span> <span class=\"initials\" data-field=\"x\"></span> <span class=\"field\" data-field=\"y\">"
                + "m</span></td></tr></tbody></table><div class=\"signature\" data-role=\"patient\"><p>n "
                + "<span class=\"field\" data-field=\"s\" data-kind=\"signature\"></span></p></div>");
        assertEquals(List.of("Title", "Heading", "Sub", "A b c d e link f", "g", "h", "i", "j", "k", "l \u2610 m", "n"),
                DocxText.paragraphs(docx));
    }

    @Test
    void aPageBreakIsAWordPageBreakAndFormattingIsKept() throws IOException {
        byte[] docx = render("<p>one <strong>bold</strong> <em>it</em> <u>under</u></p><div class=\"page-break\"></div><p>two</p>");
        try (var doc = DocxText.open(docx)) {
            String xml = doc.getDocument().xmlText();
            assertEquals(1, xml.split("<w:br w:type=\"page\"/>", -1).length - 1, xml);
            var runs = doc.getParagraphs().get(0).getRuns();
            assertEquals(List.of(true, true), List.of(runs.stream().anyMatch(r -> r.isBold() && r.text().contains("bold")),
                    runs.stream().anyMatch(r -> r.isItalic() && r.text().contains("it"))));
            assertEquals(true, runs.stream().anyMatch(r -> r.getUnderline() == org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE
                    && r.text().contains("under")));
        }
    }
}
