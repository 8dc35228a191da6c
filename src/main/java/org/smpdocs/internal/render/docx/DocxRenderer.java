package org.smpdocs.internal.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.smpdocs.PaperSize;
import org.smpdocs.internal.render.RenderFailure;
import org.smpdocs.internal.render.Resources;
import org.smpdocs.internal.render.pdf.NotoSans;
import org.smpdocs.internal.render.style.Style;
import org.smpdocs.internal.xhtml.XhtmlDocument;

/**
 * Writes an {@link XhtmlDocument} as a Word document (DOCX) with Apache POI: the same content as
 * the PDF, in Word's own structures, on the same page size and margins, in the same
 * {@link Style} (the stylesheet's colours and type sizes), set in the PDF's typeface (Noto Sans,
 * embedded: {@link EmbeddedFonts}); core properties from the document's {@code <title>} and
 * {@code <meta>} (author, subject, keywords), custom properties from its
 * {@link XhtmlDocument#provenance() provenance}. Thread-safe: every render builds its own document.
 */
public final class DocxRenderer {
    private final Images images;
    private final PaperSize paper;
    private final Style style;

    /** @param style the style of the template set's stylesheet, which the PDF follows too */
    public DocxRenderer(Resources resources, PaperSize paper, Style style) {
        this.images = new Images(resources, List.of(Resources.LOGO));
        this.paper = paper;
        this.style = style;
    }

    /** The DOCX bytes. */
    public byte[] render(XhtmlDocument xhtml, Instant generatedAt, List<String> warnings) {
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxStyles.install(doc, style);
            CTSectPr sect = DocxPage.apply(doc, paper, style.margins());
            InitialsBoxes boxes = new InitialsBoxes(style.colours());
            double width = style.margins().textWidthMm(paper);
            new HeaderFooterWriter(images, boxes, xhtml.source(), width, style).write(doc, xhtml, sect);
            new BlockWriter(new DocxNumbering(doc), images, boxes, xhtml.source(), width, style)
                    .write(Container.body(doc), xhtml.body().children());
            EmbeddedFonts.embed(doc, faces(xhtml), xhtml.root().text());
            describe(doc.getProperties(), xhtml, generatedAt);
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            doc.write(out);
            return StableZip.stamp(out.toByteArray(), generatedAt);
        } catch (IOException | RuntimeException e) {
            throw RenderFailure.of("DOCX", xhtml.source(), e);
        }
    }

    /** The faces the text is set in: regular and bold always (headings), the italics where there is emphasis. */
    private static Set<NotoSans> faces(XhtmlDocument xhtml) {
        return xhtml.root().find("em").isPresent() ? EnumSet.allOf(NotoSans.class) : EnumSet.of(NotoSans.REGULAR, NotoSans.BOLD);
    }

    private static void describe(POIXMLProperties properties, XhtmlDocument xhtml, Instant generatedAt) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(xhtml.title());
        xhtml.meta("author").ifPresent(core::setCreator);
        xhtml.meta("author").ifPresent(core::setLastModifiedByUser);
        xhtml.meta("subject").ifPresent(core::setSubjectProperty);
        xhtml.meta("keywords").ifPresent(core::setKeywords);
        core.setCreated(Optional.of(Date.from(generatedAt)));
        core.setModified(Optional.of(Date.from(generatedAt)));
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        xhtml.provenance().forEach(custom::addProperty);
    }
}
