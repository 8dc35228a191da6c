package org.smpdocs.internal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Marks a preview as what it is: "PREVIEW – NOT ISSUED" across every page, so that a preview
 * printed or saved from the browser's viewer cannot pass for a document the clinic issued (those
 * are printed from "Print" and recorded in the archive).
 */
final class PreviewStamp {
    static final String TEXT = "PREVIEW - NOT ISSUED";

    private PreviewStamp() {
    }

    static byte[] stamp(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
            faint.setNonStrokingAlphaConstant(0.18f);
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                float size = box.getWidth() / 11;
                float width = font.getStringWidth(TEXT) / 1000 * size;
                try (PDPageContentStream out = new PDPageContentStream(doc, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    out.setGraphicsStateParameters(faint);
                    out.setNonStrokingColor(0.7f, 0.1f, 0.1f);
                    out.beginText();
                    out.setFont(font, size);
                    double angle = Math.atan2(box.getHeight(), box.getWidth());
                    Matrix m = Matrix.getRotateInstance(angle, box.getWidth() / 2, box.getHeight() / 2);
                    m.translate(-width / 2, -size / 3);
                    out.setTextMatrix(m);
                    out.showText(TEXT);
                    out.endText();
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(pdf.length + 4096);
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a preview cannot be marked", e);
        }
    }
}
