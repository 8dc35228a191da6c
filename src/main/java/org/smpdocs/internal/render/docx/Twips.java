package org.smpdocs.internal.render.docx;

import java.math.BigInteger;

/** Word's units: twentieths of a point (twips), half-points and EMUs, from millimetres and points. */
final class Twips {
    static final int PER_MM_TIMES_100 = 5669;
    static final int EMU_PER_MM = 36000;

    private Twips() {
    }

    static BigInteger mm(double mm) {
        return BigInteger.valueOf(Math.round(mm * PER_MM_TIMES_100 / 100.0));
    }

    static int emu(double mm) {
        return (int) Math.round(mm * EMU_PER_MM);
    }

    /** Font sizes are in half-points. */
    static BigInteger halfPoints(double points) {
        return BigInteger.valueOf(Math.round(points * 2));
    }
}
