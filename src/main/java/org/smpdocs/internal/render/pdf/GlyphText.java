package org.smpdocs.internal.render.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.ScriptFeature;

/**
 * The text a glyph of one face stands for, where PDFBox's own text layer gets it wrong. PDFBox
 * maps each glyph to the code point the font's cmap gives it, which fails two ways:
 * <ul>
 * <li>Arabic is shaped before it reaches the font, into presentation forms (U+FB50–U+FDFF,
 * U+FE70–U+FEFF), so copy and search would give "ﻟﻴﻠﻰ" rather than the letters typed, "ليلى";
 * {@link #letters} folds them back (NFKC, which also splits the lam-alef ligature in two).</li>
 * <li>A glyph that only OpenType substitution produces (an Indic conjunct, half form or reph) has
 * no code point at all, and its letters would vanish from the text layer; {@link #substituted}
 * gives the text of the glyphs it replaces, from the font's GSUB table read backwards.</li>
 * </ul>
 * Immutable and thread-safe once built.
 */
final class GlyphText {
    /** The most substitutions a glyph is traced back through; a well-formed font needs a few. */
    private static final int MAX_DEPTH = 8;
    private static final GlyphText NONE = new GlyphText(Map.of());

    private final Map<Integer, String> substituted;

    private GlyphText(Map<Integer, String> substituted) {
        this.substituted = Map.copyOf(substituted);
    }

    /** Nothing substituted: the face is not shaped with GSUB. */
    static GlyphText none() {
        return NONE;
    }

    /** Reads the substitutions of a font whose GSUB is enabled; for other fonts, {@link #none()}. */
    static GlyphText of(TrueTypeFont font) throws IOException {
        GsubData gsub = font.getGsubData();
        if (gsub == GsubData.NO_DATA_FOUND) {
            return NONE;
        }
        Map<Integer, List<Integer>> sources = new HashMap<>();
        // features in name order, shortest inputs first, so the simplest source of a glyph wins
        // and the result does not depend on hash order
        for (String name : new TreeSet<>(gsub.getSupportedFeatures())) {
            ScriptFeature feature = gsub.getFeature(name);
            List<List<Integer>> inputs = new ArrayList<>(feature.getAllGlyphIdsForSubstitution());
            inputs.sort(Comparator.<List<Integer>>comparingInt(List::size).thenComparing(GlyphText::compare));
            for (List<Integer> input : inputs) {
                Integer output = feature.getReplacementForGlyphs(input);
                if (output != null && !input.contains(output)) {
                    sources.putIfAbsent(output, List.copyOf(input));
                }
            }
        }
        CmapLookup cmap = font.getUnicodeCmapLookup();
        Map<Integer, String> text = new HashMap<>();
        for (Integer glyph : sources.keySet()) {
            if (cmap.getCharCodes(glyph) == null) {
                trace(glyph, sources, cmap, 0).ifPresent(t -> text.put(glyph, t));
            }
        }
        return new GlyphText(text);
    }

    /** The text a glyph without a code point of its own was substituted for, if it is one. */
    Optional<String> substituted(int glyph) {
        return Optional.ofNullable(substituted.get(glyph));
    }

    /** The text as typed: Arabic presentation forms folded back to the letters they show. */
    static String letters(String mapped) {
        for (int i = 0; i < mapped.length(); i++) {
            if (isPresentationForm(mapped.charAt(i))) {
                return Normalizer.normalize(mapped, Normalizer.Form.NFKC);
            }
        }
        return mapped;
    }

    private static boolean isPresentationForm(char c) {
        return c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFF' && c != '\uFEFF';
    }

    private static Optional<String> trace(int glyph, Map<Integer, List<Integer>> sources, CmapLookup cmap, int depth) {
        List<Integer> codes = cmap.getCharCodes(glyph);
        if (codes != null && !codes.isEmpty()) {
            return Optional.of(Character.toString(codes.get(0)));
        }
        List<Integer> input = sources.get(glyph);
        if (input == null || depth >= MAX_DEPTH) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (int source : input) {
            Optional<String> part = trace(source, sources, cmap, depth + 1);
            if (part.isEmpty()) {
                return Optional.empty();
            }
            text.append(part.get());
        }
        return Optional.of(text.toString());
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
