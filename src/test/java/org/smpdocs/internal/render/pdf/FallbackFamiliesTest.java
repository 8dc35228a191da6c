package org.smpdocs.internal.render.pdf;

import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A document names the fallback families of the scripts in its text, and only those. */
class FallbackFamiliesTest {
    private static Document page(String... texts) throws Exception {
        Document dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        Element body = dom.createElement("body");
        dom.appendChild(body);
        for (String text : texts) {
            Element p = dom.createElement("p");
            p.setTextContent(text);
            body.appendChild(p);
        }
        return dom;
    }

    @Test
    void latinGreekAndCyrillicNeedNotoSansAlone() throws Exception {
        FallbackFamilies f = FallbackFamilies.of(page("Siobhán Ní Dhómhnaill\n", "Ἀλέξανδρος", "Дмитрий · 2 ml – ok"));
        assertEquals(Set.of(FontFace.Family.LATIN), f.families());
        assertFalse(f.rightToLeft());
        assertEquals("* { font-family: \"Noto Sans\" !important; }\n", f.css());
        assertFalse(f.uses(FontFace.CJK));
        assertTrue(f.uses(FontFace.BOLD_ITALIC));
    }

    @Test
    void eachOtherScriptAddsItsFamilyInFallbackOrder() throws Exception {
        FallbackFamilies f = FallbackFamilies.of(page("王秀英", "Patient: अर्जुन", "ليلى"));
        assertEquals(Set.of(FontFace.Family.LATIN, FontFace.Family.ARABIC, FontFace.Family.DEVANAGARI, FontFace.Family.CJK),
                f.families());
        assertTrue(f.rightToLeft());
        assertEquals("* { font-family: \"Noto Sans\", \"Noto Sans Arabic\", \"Noto Sans Devanagari\", "
                + "\"Droid Sans Fallback\" !important; }\n", f.css());
    }

    @Test
    void hebrewRunsRightToLeftAndACharacterNoFontHasAddsNothing() throws Exception {
        FallbackFamilies f = FallbackFamilies.of(page("נועה", "\uD800\uDC00"));
        assertEquals(Set.of(FontFace.Family.LATIN, FontFace.Family.HEBREW), f.families());
        assertTrue(f.rightToLeft());
    }
}
