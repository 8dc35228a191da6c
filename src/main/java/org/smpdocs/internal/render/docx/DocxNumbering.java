package org.smpdocs.internal.render.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Real list numbering in the numbering part: one bullet definition and one decimal definition.
 * Bulleted lists share one instance; every numbered list gets an instance of its own that
 * restarts at 1. Not thread-safe: one per document.
 */
final class DocxNumbering {
    private final XWPFNumbering numbering;
    private final BigInteger bulletAbstract;
    private final BigInteger decimalAbstract;
    private BigInteger bullets;

    DocxNumbering(XWPFDocument doc) {
        numbering = doc.createNumbering();
        bulletAbstract = numbering.addAbstractNum(new XWPFAbstractNum(definition(0, STNumberFormat.BULLET, "\u2022")));
        decimalAbstract = numbering.addAbstractNum(new XWPFAbstractNum(definition(1, STNumberFormat.DECIMAL, "%1.")));
    }

    /** The numbering instance for a new list. */
    BigInteger list(boolean ordered) {
        if (!ordered) {
            if (bullets == null) {
                bullets = numbering.addNum(bulletAbstract);
            }
            return bullets;
        }
        BigInteger id = numbering.addNum(decimalAbstract);
        CTNum num = numbering.getNum(id).getCTNum();
        var override = num.addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.ONE);
        return id;
    }

    private static CTAbstractNum definition(int id, STNumberFormat.Enum format, String text) {
        CTAbstractNum def = CTAbstractNum.Factory.newInstance();
        def.setAbstractNumId(BigInteger.valueOf(id));
        CTLvl level = def.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
        var ind = level.addNewPPr().addNewInd();
        ind.setLeft(BigInteger.valueOf(360));
        ind.setHanging(BigInteger.valueOf(360));
        return def;
    }
}
