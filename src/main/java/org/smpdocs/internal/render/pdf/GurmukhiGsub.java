package org.smpdocs.internal.render.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Lets PDFBox apply Noto Sans Gurmukhi's OpenType substitutions (GSUB), which it otherwise leaves
 * alone: PDFBox 3.0 picks its shaper by the GSUB script tag and has none for Gurmukhi ('gur2',
 * 'guru'), so a subjoined letter (ਪ੍ਰ, pa virama ra) prints as letter, visible virama, letter.
 *
 * <p>This renames two tags in the font's GSUB table, in the font data as it is read from the jar
 * (the bundled file is the one Noto publishes):
 * <ul>
 * <li>the script 'gur2' becomes 'dev2', so that PDFBox shapes Gurmukhi with its Devanagari shaper,
 * which applies the font's substitution features in the order Gurmukhi needs them too (nukt,
 * blwf, abvs, blws, haln). Its Devanagari-only steps (reph, vowel sign i) look for
 * Devanagari letters, which this font does not map (they come out as glyph 0, which PDFBox never
 * passes it), so they do nothing; the pre-base vowel sign ਿ is moved in the text instead
 * ({@link PreBaseMatras}).</li>
 * <li>the feature 'pstf' (the post-base yakash form of ya after virama), which that shaper does
 * not know, becomes 'cjct' (conjunct forms), which the font does not have and the shaper applies
 * after the below-base and half forms, where Gurmukhi applies 'pstf'.</li>
 * </ul>
 * The table's checksum is left as it was (PDFBox does not check it), and no reader of the PDF sees
 * the table: the embedded subset carries no GSUB. Only the substitutions PDFBox reads are applied
 * (single, ligature, multiple, alternate); contextual ones (the font's 'calt') and
 * glyph positioning (GPOS) are not. Stateless.
 */
final class GurmukhiGsub {
    private GurmukhiGsub() {
    }

    /**
     * The font data with the tags renamed; unchanged if it has no GSUB table or the tags are
     * missing (another version of the font).
     */
    static byte[] patch(byte[] font) {
        byte[] patched = font.clone();
        ByteBuffer data = ByteBuffer.wrap(patched);
        int gsub = tableOffset(data, "GSUB");
        if (gsub < 0) {
            return patched;
        }
        rename(data, gsub + (data.getShort(gsub + 4) & 0xFFFF), "gur2", "dev2");
        rename(data, gsub + (data.getShort(gsub + 6) & 0xFFFF), "pstf", "cjct");
        return patched;
    }

    /** Where a table starts, from the font's table directory; -1 if there is none. */
    private static int tableOffset(ByteBuffer data, String tag) {
        int tables = data.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (tag(data, record).equals(tag)) {
                return data.getInt(record + 8);
            }
        }
        return -1;
    }

    /**
     * Renames the records of a GSUB ScriptList or FeatureList (a count, then records of a
     * four-byte tag and a two-byte offset) that carry one tag, unless the new tag is already there.
     */
    private static void rename(ByteBuffer data, int list, String from, String to) {
        int count = data.getShort(list) & 0xFFFF;
        for (int i = 0; i < count; i++) {
            if (tag(data, list + 2 + 6 * i).equals(to)) {
                return;
            }
        }
        for (int i = 0; i < count; i++) {
            if (tag(data, list + 2 + 6 * i).equals(from)) {
                data.put(list + 2 + 6 * i, to.getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    private static String tag(ByteBuffer data, int at) {
        byte[] tag = new byte[4];
        data.get(at, tag);
        return new String(tag, StandardCharsets.US_ASCII);
    }
}
