package org.smpdocs.internal.xhtml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlTextTest {
    @Test
    void writesTheFourMarkupCharactersAsEntitiesAndLeavesTheRest() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; 'd' Ωμέγα", XmlText.escape("a <b> & \"c\" 'd' Ωμέγα"));
        assertEquals("&gt;&gt;", XmlText.escape(">>"));
        assertEquals("", XmlText.escape(""));
    }
}
