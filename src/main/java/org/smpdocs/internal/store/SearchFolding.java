package org.smpdocs.internal.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How names and ids are folded for search, the same for what is stored and what is typed: accents
 * and other marks dropped (decomposed, NFKD), letters that do not decompose spelled in Latin as
 * people type them without the key (ø o, ł l, đ and ð d, þ th, ß ss, æ ae, œ oe, ı i, ħ h), lower
 * case, Greek final sigma as sigma; and every run of other characters (spaces, hyphens,
 * apostrophes) a word break. So "Seán Ó Súilleabháin" is the words {@code sean}, {@code o},
 * {@code suilleabhain}; a search for "sean", "SEAN", "o suil", "suill" or "osuil" finds it. Scripts
 * other than Latin fold by the same rules (Greek loses its tonos; Cyrillic й and ё fold to и and е,
 * as Russian search usually does).
 */
final class SearchFolding {
    /** Past every character: the end of a prefix range. */
    static final String AFTER_ALL = new String(Character.toChars(Character.MAX_CODE_POINT));

    private SearchFolding() {
    }

    /** The folded words of a name or a query, in order. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        decomposed.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
                return;
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(spelled(c));
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * What a case is found by in its names: each word of the given and family names, and each name
     * of several words written together ("osuilleabhain", "obrien"), without repeats.
     */
    static Set<String> nameWords(String givenName, String familyName) {
        Set<String> all = new LinkedHashSet<>();
        for (String name : List.of(givenName, familyName)) {
            List<String> words = words(name);
            all.addAll(words);
            if (words.size() > 1) {
                all.add(String.join("", words));
            }
        }
        return all;
    }

    /** An id folded for a prefix search: trimmed, lower case. */
    static String id(String id) {
        return id.strip().toLowerCase(Locale.ROOT);
    }

    /** The order lists are shown in: family name, then given name, folded. */
    static String sortKey(String givenName, String familyName) {
        return String.join(" ", words(familyName)) + " / " + String.join(" ", words(givenName));
    }

    private static String spelled(int c) {
        return switch (c) {
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'þ' -> "th";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ı' -> "i";
            case 'ħ' -> "h";
            case 'ς' -> "σ";
            default -> Character.toString(c);
        };
    }
}
