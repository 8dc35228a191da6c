package org.smpdocs.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

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

    private static void body(List<IBodyElement> elements, List<String> out) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph p) {
                out.add(p.getText());
            } else if (element instanceof XWPFTable t) {
                t.getRows().forEach(row -> row.getTableCells().forEach(cell -> body(cell.getBodyElements(), out)));
            }
        }
    }
}
