package org.smpdocs.internal.render.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDAppearanceContentStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * The two looks of a check box's widget: "Off" draws nothing (the page draws the empty box) and
 * "Yes" draws a cross inside the box's border with vector lines, so no font is needed and a
 * ticked box prints. PDF/A-2 wants a button's normal appearance to be a subdictionary of states
 * and no other appearance than the normal one; that is what this builds.
 */
final class CheckBoxLook {
    /** The state of an unticked box. */
    static final COSName OFF = COSName.Off;
    /** The state of a ticked box. */
    static final COSName ON = COSName.getPDFName("Yes");
    /** The drawn box's border (0.3 mm in the print stylesheet) and a little air, in points. */
    private static final float INSET = 1.6f;
    private static final float LINE = 0.9f;

    private CheckBoxLook() {
    }

    /** The appearance of a check box whose widget covers {@code rect}. */
    static PDAppearanceDictionary of(PDDocument document, PDRectangle rect) throws IOException {
        COSDictionary states = new COSDictionary();
        // written inside the appearance dictionary: poppler (22.12) ignores a state dictionary
        // that is an object of its own, and draws no state at all
        states.setDirect(true);
        states.setItem(ON, cross(document, rect).getCOSObject());
        states.setItem(OFF, stream(document, rect).getCOSObject());
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(new PDAppearanceEntry(states));
        return appearance;
    }

    private static PDAppearanceStream stream(PDDocument document, PDRectangle rect) {
        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
        stream.setResources(new PDResources());
        return stream;
    }

    private static PDAppearanceStream cross(PDDocument document, PDRectangle rect) throws IOException {
        PDAppearanceStream stream = stream(document, rect);
        float w = rect.getWidth();
        float h = rect.getHeight();
        try (PDAppearanceContentStream content = new PDAppearanceContentStream(stream)) {
            content.setStrokingColor(0x1f / 255f, 0x2a / 255f, 0x30 / 255f);
            content.setLineWidth(LINE);
            content.moveTo(INSET, INSET);
            content.lineTo(w - INSET, h - INSET);
            content.moveTo(INSET, h - INSET);
            content.lineTo(w - INSET, INSET);
            content.stroke();
        }
        return stream;
    }
}
