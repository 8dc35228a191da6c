package org.smpdocs.internal.xhtml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class XhtmlParserTest {
    private final XhtmlParser parser = new XhtmlParser();

    private static String doc(String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title> Consent </title>"
                + "<meta name=\"author\" content=\"Clinic\"/></head><body>\n" + body + "\n</body></html>";
    }

    @Test
    void readsTitleMetadataLanguageAndText() {
        XhtmlDocument d = parser.parse(doc("<h1>A <strong>b</strong></h1><p>c</p>"), "t.ftlx");
        assertEquals("Consent", d.title());
        assertEquals("Clinic", d.meta("author").orElseThrow());
        assertEquals("en", d.language());
        assertEquals("A b", d.body().find("h1").orElseThrow().text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<blink>x</blink>|element <blink> is not in the document vocabulary",
        "<p style=\"color:red\">x</p>|attribute style is not allowed on <p>",
        "<div class=\"signature\">x</div>|<div>: a signature block needs data-role",
        "<div class=\"signature\" data-role=\"notary\">x</div>|<div>: a signature block needs data-role",
        "<span class=\"initials\"></span>|<span>: a field or initials box needs a data-field name",
        "<span class=\"field\" data-field=\"f\" data-kind=\"colour\"></span>|<span>: data-kind must be one of",
        "<span class=\"checkbox\"></span>|<span>: a checkbox needs a data-field name",
        "<span class=\"checkbox\" data-field=\"choice-a\">X</span>|<span>: a checkbox is always empty",
        "<span class=\"checkbox\" data-field=\"choice-a\" data-checked=\"true\"></span>|attribute data-checked is not allowed on <span>: a checkbox is always empty",
        "<img src=\"clinic-logo\"/>|<img>: an image needs src and alt",
        "<script>alert(1)</script>|element <script> is not in the document vocabulary"})
    void rejectsMarkupOutsideTheVocabularyWithTemplateAndLine(String body, String message) {
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> parser.parse(doc(body), "consent.ftlx"));
        assertEquals(ErrorCode.TEMPLATE, e.code());
        assertEquals(true, e.getMessage().startsWith("SMP-TEMPLATE: template consent.ftlx (generated document line 2): "),
                e.getMessage());
        assertEquals(true, e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void rejectsMalformedMarkupAndDoctypes() {
        assertEquals(ErrorCode.TEMPLATE, assertThrows(SmpDocsException.class,
                () -> parser.parse(doc("<p>open"), "a.ftlx")).code());
        String withEntity = "<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + doc("<p>&x;</p>");
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> parser.parse(withEntity, "a.ftlx"));
        assertEquals(true, e.getMessage().contains("not well-formed XHTML"), e.getMessage());
    }

    @Test
    void requiresHtmlWithBody() {
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> parser.parse("<p>x</p>", "a.ftlx"));
        assertEquals(true, e.getMessage().contains("must be <html> with a <body>"), e.getMessage());
    }
}
