package org.smpdocs.internal.xhtml;

import org.junit.jupiter.api.Test;
import org.smpdocs.SmpDocsException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The limits that keep the renderers' work bounded: nesting depth and element count. */
class DocumentLimitsTest {
    private final XhtmlParser parser = new XhtmlParser();

    private static String doc(String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>T</title></head><body>\n" + body
                + "\n</body></html>";
    }

    private static String nested(int depth) {
        return "<span>".repeat(depth) + "x" + "</span>".repeat(depth);
    }

    @Test
    void elementsMayNestUpToTheLimit() {
        // html and body are two levels
        XhtmlDocument d = parser.parse(doc(nested(XhtmlParser.MAX_DEPTH - 2)), "consent.ftlx");
        assertEquals("x", d.body().text().strip());
    }

    @Test
    void deeperNestingIsATemplateError() {
        SmpDocsException e = assertThrows(SmpDocsException.class,
                () -> parser.parse(doc(nested(100_000)), "consent.ftlx"));
        assertEquals("SMP-TEMPLATE: template consent.ftlx (generated document line 2): elements are nested more than 64 deep",
                e.getMessage());
    }

    @Test
    void moreElementsThanTheLimitAreATemplateError() {
        SmpDocsException e = assertThrows(SmpDocsException.class,
                () -> parser.parse(doc("<br/>\n".repeat(XhtmlParser.MAX_ELEMENTS)), "consent.ftlx"));
        assertEquals("SMP-TEMPLATE: template consent.ftlx (generated document line 49998): the document has more than"
                + " 50000 elements", e.getMessage());
    }
}
