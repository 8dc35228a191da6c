package org.smpdocs.internal.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtRun;

/** Reads a DOCX back with POI: the text of every paragraph of the body and its tables, in order. */
final class DocxText {
    private DocxText() {
    }

    static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> paragraphs(byte[] docx) {
        try (XWPFDocument doc = open(docx)) {
            List<String> out = new ArrayList<>();
            body(doc.getBodyElements(), out);
            return out.stream().map(XhtmlBlocks::normalise).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A paragraph's text without the placeholders of blank content controls (a line to write on). */
    static String text(XWPFParagraph p) {
        String text = p.getText();
        for (CTSdtRun sdt : p.getCTP().getSdtArray()) {
            if (sdt.getSdtPr().isSetShowingPlcHdr()) {
                StringBuilder placeholder = new StringBuilder();
                for (CTR run : sdt.getSdtContent().getRArray()) {
                    for (var t : run.getTArray()) {
                        placeholder.append(t.getStringValue());
                    }
                }
                text = text.replace(placeholder, "");
            }
        }
        return text;
    }

    private static void body(List<IBodyElement> elements, List<String> out) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph p) {
                out.add(text(p));
            } else if (element instanceof XWPFTable t) {
                t.getRows().forEach(row -> row.getTableCells().forEach(cell -> body(cell.getBodyElements(), out)));
            }
        }
    }
}
