package org.smpdocs.internal.render.pdf;

import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The Gurmukhi vowel sign i (ਿ) moves in front of its consonant cluster, and only there. */
class PreBaseMatrasTest {
    @Test
    void sihariGoesBeforeItsConsonant() {
        assertEquals("\u0A3F\u0A38\u0A70\u0A18", PreBaseMatras.visual("ਸਿੰਘ"));
    }

    @Test
    void sihariGoesBeforeAConsonantWithASubjoinedLetter() {
        // Pritpal: pa virama ra sihari ta pa aa la; the sihari goes before pa, not before ra
        assertEquals("\u0A3F\u0A2A\u0A4D\u0A30\u0A24\u0A2A\u0A3E\u0A32", PreBaseMatras.visual("ਪ੍ਰਿਤਪਾਲ"));
    }

    @Test
    void sihariGoesBeforeAConsonantWithNukta() {
        assertEquals("\u0A3F\u0A1C\u0A3C", PreBaseMatras.visual("\u0A1C\u0A3C\u0A3F"));
    }

    @Test
    void aVisibleViramaEndsTheCluster() {
        // ka virama ka: the second ka is not subjoined, so it is the consonant the sign belongs to
        assertEquals("\u0A15\u0A4D\u0A3F\u0A15", PreBaseMatras.visual("\u0A15\u0A4D\u0A15\u0A3F"));
    }

    @Test
    void everySihariOfAWordMoves() {
        // penicillin: pa ai na sihari sa sihari la sihari na
        assertEquals("ਪੈ\u0A3F\u0A28\u0A3F\u0A38\u0A3F\u0A32\u0A28", PreBaseMatras.visual("ਪੈਨਿਸਿਲਿਨ"));
    }

    @Test
    void aSihariWithoutConsonantAndOtherTextStayAsTheyAre() {
        String latin = "Harpreet Singh";
        assertSame(latin, PreBaseMatras.visual(latin));
        assertEquals(" \u0A3F\u0A38", PreBaseMatras.visual(" \u0A3F\u0A38"));
        assertEquals("ਹਰਪ੍ਰੀਤ", PreBaseMatras.visual("ਹਰਪ੍ਰੀਤ"));
    }

    @Test
    void aReorderedTextNodeKeepsItsTypedText() throws Exception {
        Document dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        Element p = dom.createElement("p");
        dom.appendChild(p);
        p.appendChild(dom.createTextNode("ਸਿੰਘ"));
        p.appendChild(dom.createTextNode("Singh"));
        PreBaseMatras.reorder(p);
        assertEquals("\u0A3F\u0A38\u0A70\u0A18", p.getFirstChild().getNodeValue());
        assertEquals("ਸਿੰਘ", PreBaseMatras.typed(p.getFirstChild()));
        assertEquals("Singh", PreBaseMatras.typed(p.getLastChild()));
    }
}
