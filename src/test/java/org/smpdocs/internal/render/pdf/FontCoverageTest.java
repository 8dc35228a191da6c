package org.smpdocs.internal.render.pdf;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled fonts cover the names of the scripts they were chosen for, and nothing else is claimed. */
class FontCoverageTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "Siobhán Ní Dhómhnaill", "Łukasz Wąsowski-Żółć", "Ἀλέξανδρος Παπαδόπουλος", "Дмитрий Соколов",
        "ليلى الأحمد", "پریا رضایی", "نوید گلزار", "נועה כהן", "王秀英", "佐藤 さくら", "サクラ", "김지민",
        "अर्जुन शर्मा", "সৌমিত্র দত্ত", "ਹਰਪ੍ਰੀਤ ਸਿੰਘ", "O'Brien-Smith, Jr.", "Line one\nline two\ttab"})
    void coversTheNamesOfEveryBundledScript(String name) {
        assertEquals(OptionalInt.empty(), FontCoverage.firstUncovered(name), name);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x10000 /* Linear B syllable A */, 0x13000 /* Egyptian hieroglyph A001 */,
        0xE000 /* private use */, 0xF8FF /* private use */, 0x1F600 /* emoji */, 0x20000 /* CJK extension B */,
        0x0E01 /* Thai */, 0x0B95 /* Tamil */, 0x0000, 0x0007, -1, 0x110000})
    void doesNotCoverWhatNoBundledFontHas(int codePoint) {
        assertFalse(FontCoverage.covers(codePoint), Integer.toHexString(codePoint));
    }

    @Test
    void reportsTheFirstUncoveredCodePoint() {
        assertEquals(OptionalInt.of(0x10000), FontCoverage.firstUncovered("Ana \uD800\uDC00 \uE000"));
        assertEquals(OptionalInt.of(0x13000), FontCoverage.firstUncovered(new StringBuilder("王 ").appendCodePoint(0x13000)));
    }

    @Test
    void anArabicLetterCountsOnlyWithAllItsJoinedForms() {
        assertTrue(FontCoverage.covers('ب'));
        assertTrue(FontCoverage.covers(0xFE91), "initial beh, which the layout shapes beh into");
    }

    @Test
    void theShortcutForNotoSansGivesTheAnswerOfEveryFace() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (FontCoverage.covers(c) != FontCoverage.coveredReadingEveryFace(c)) {
                assertEquals(FontCoverage.coveredReadingEveryFace(c), FontCoverage.covers(c), Integer.toHexString(c));
            }
        }
    }
}
