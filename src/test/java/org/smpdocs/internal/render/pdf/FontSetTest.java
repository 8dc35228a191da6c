package org.smpdocs.internal.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A render's fonts are read and parsed when asked for, once each, with shaping only where it is needed. */
class FontSetTest {
    @Test
    void readsAFaceOnlyWhenAskedAndOnce() throws IOException {
        List<FontFace> read = new ArrayList<>();
        FontSet set = new FontSet(face -> {
            read.add(face);
            return face.bytes();
        });
        assertEquals(List.of(), read, "nothing is read before a face is asked for");
        TrueTypeFont regular = set.get(FontFace.REGULAR);
        assertSame(regular, set.get(FontFace.REGULAR));
        assertEquals(List.of(FontFace.REGULAR), read);
        assertEquals("NotoSans-Regular", regular.getName());
        assertFalse(regular.isEnableGsub(), "Latin is set without OpenType substitution");
        assertTrue(set.get(FontFace.DEVANAGARI).isEnableGsub(), "Devanagari is shaped");
        assertEquals(List.of(FontFace.REGULAR, FontFace.DEVANAGARI), read);
    }
}
