package org.smpdocs.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The floor a layout engine can approach: plain PDFBox drawing the same lines of text with the
 * same font (Noto Sans, parsed once, GSUB off, subset on save), no layout at all. One instance per
 * thread: a parsed font is not safe to share between threads.
 */
final class PdfBoxBaseline {
    private static final float MARGIN = 50;
    private static final float LEADING = 13;
    private final TrueTypeFont font;
    private final List<String> lines;

    PdfBoxBaseline(List<String> lines) throws IOException {
        this.lines = List.copyOf(lines);
        try (InputStream in = PdfBoxBaseline.class.getResourceAsStream("/org/smpdocs/internal/render/pdf/fonts/NotoSans-Regular.ttf")) {
            font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
        font.setEnableGsub(false);
    }

    /** Wraps text into lines of at most {@code width} characters. */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width && line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        out.add(line.toString());
        return out;
    }

    int render() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font pdFont = PDType0Font.load(doc, font, true);
            int i = 0;
            while (i < lines.size()) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(pdFont, 9.5f);
                    content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                    for (float y = PDRectangle.A4.getHeight() - MARGIN; y > MARGIN && i < lines.size(); y -= LEADING) {
                        content.showText(lines.get(i++));
                        content.newLineAtOffset(0, -LEADING);
                    }
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.size();
        }
    }
}
