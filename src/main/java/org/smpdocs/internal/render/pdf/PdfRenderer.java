package org.smpdocs.internal.render.pdf;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.smpdocs.PaperSize;
import org.smpdocs.internal.render.RenderFailure;
import org.smpdocs.internal.render.Resources;
import org.smpdocs.internal.xhtml.XhtmlDocument;
import org.w3c.dom.Document;

/**
 * Lays out an {@link XhtmlDocument} as PDF/A-2a and PDF/UA-1 (tagged, with an sRGB output intent)
 * with openhtmltopdf on PDFBox: the print stylesheet, the bundled fonts (embedded, subset), the
 * page size, and Info and XMP metadata taken from the document's {@code <title>} and
 * {@code <meta>} (author, subject, keywords, provenance). Names in Arabic, Hebrew, Devanagari,
 * Bengali, Gurmukhi, Chinese, Japanese and Korean take their glyphs from bundled fallback fonts:
 * right-to-left runs are reordered and Arabic joined (ICU), Devanagari, Bengali and Gurmukhi shaped
 * (PDFBox's GSUB; Gurmukhi's pre-base vowel sign moved first, {@link PreBaseMatras}), and the text
 * layer gives back the letters typed ({@link TextLayer}, {@link ActualTextSpans}). A character no
 * bundled font has still prints as "#"; input validation reports it first ({@link FontCoverage}).
 * Fonts, stylesheet and images are loaded once; build one and share it. Thread-safe.
 */
public final class PdfRenderer {
    private static final String SCHEME = "smpdocs";
    private static final String PRODUCER = "smp-docs (openhtmltopdf, Apache PDFBox)";

    /** The output intent PDF/A asks for: the sRGB profile every Java platform ships. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private final FontPool fonts = new FontPool();
    /** Font metrics openhtmltopdf would otherwise read from the fonts for every document. */
    private final FSDefaultCacheStore metrics = new FSDefaultCacheStore();
    private final DomConverter dom;
    private final Resources resources;
    private final PaperSize paper;

    /**
     * @param stylesheet the print stylesheet (CSS) every document is laid out with, its custom
     *        properties resolved ({@link org.smpdocs.internal.render.style.StyleSheet#css()}): no {@code var()}
     * @param resources the images documents may name
     */
    public PdfRenderer(String stylesheet, Resources resources, PaperSize paper) {
        this.dom = new DomConverter(stylesheet + pageSize(paper));
        this.resources = resources;
        this.paper = paper;
    }

    /**
     * What the renderer adds after the stylesheet: the page size. Each document then gets the
     * bundled font families its text needs ({@link FallbackFamilies}): a PDF/A document may only
     * use embedded fonts, so a family a clinic's stylesheet names (which would otherwise fail the
     * layout) has no effect; sizes, weights, styles and colours do.
     */
    private static String pageSize(PaperSize paper) {
        return "\n@page { size: " + paper.widthMm() + "mm " + paper.heightMm() + "mm; }\n";
    }

    /** The PDF bytes; layout warnings are added to {@code warnings}. */
    public byte[] render(XhtmlDocument xhtml, Instant generatedAt, List<String> warnings) {
        return render(xhtml, generatedAt, warnings, resources);
    }

    /**
     * The PDF bytes of a document that names images of its own besides the engine's (the marks of
     * a signed document).
     *
     * @param images every image the document may name, the engine's included
     */
    public byte[] render(XhtmlDocument xhtml, Instant generatedAt, List<String> warnings, Resources images) {
        FontSet set = fonts.borrow();
        try (PDDocument document = new PDDocument()) {
            DomConverter.Converted converted = dom.convert(xhtml);
            FallbackFamilies families = FallbackFamilies.of(converted.dom());
            DomConverter.addStyle(converted.dom(), families.css());
            if (families.uses(FontFace.GURMUKHI)) {
                // the body only: the head's title is metadata, not drawn
                var body = converted.dom().getElementsByTagNameNS("*", "body").item(0);
                PreBaseMatras.reorder(body != null ? body : converted.dom().getDocumentElement());
            }
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A)
                    .usePdfUaAccessibility(true)
                    .useColorProfile(SRGB)
                    .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics)
                    .usePDDocument(document)
                    .useDefaultPageSize(paper.widthMm(), paper.heightMm(), PageSizeUnits.MM)
                    .withProducer(PRODUCER)
                    .useUriResolver((base, uri) -> images.has(uri) ? SCHEME + ":" + uri : null)
                    .useProtocolsStreamImplementation(url -> new ImageStream(url, images), SCHEME)
                    .withDiagnosticConsumer(d -> collect(d, warnings))
                    .withW3cDocument(converted.dom(), SCHEME + ":/");
            if (families.rightToLeft()) {
                // right-to-left runs (Arabic, Hebrew) laid out in visual order, Arabic letters in
                // their joined forms; the text layer keeps the logical order
                builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory())
                        .useUnicodeBidiReorderer(new ICUBidiReorderer());
            }
            Map<FontFace, LazyFont> faces = new EnumMap<>(FontFace.class);
            for (FontFace face : FontFace.values()) {
                if (!families.uses(face)) {
                    continue;
                }
                faces.put(face, new LazyFont(document, () -> set.get(face)));
                builder.useFont(faces.get(face), face.family().css(), face.weight(), face.style(), true);
            }
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                spanShapedWords(document, set, faces, converted.dom());
                if (!converted.fields().isEmpty()) {
                    addFields(document, renderer, converted.fields(), faces.get(FontFace.REGULAR).supply());
                }
            }
            describe(document.getDocumentInformation(), xhtml, generatedAt);
            PDMetadata xmp = new PDMetadata(document);
            xmp.importXMPMetadata(XmpPacket.of(xhtml, generatedAt, PRODUCER));
            document.getDocumentCatalog().setMetadata(xmp);
            document.getDocument().getTrailer().setItem(COSName.ID, DocumentId.of(xhtml, generatedAt));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            if (correctTextLayer(faces, set)) {
                out.reset();
                document.save(out);
            }
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw RenderFailure.of("PDF layout", xhtml.source(), e);
        } finally {
            fonts.release(set);
        }
    }

    /** Gives the words of shaped faces the text typed (see {@link ActualTextSpans}). */
    private static void spanShapedWords(PDDocument document, FontSet set,
            Map<FontFace, LazyFont> faces, Document dom) throws IOException {
        Map<FontFace, PDFont> used = new EnumMap<>(FontFace.class);
        faces.forEach((face, font) -> font.loaded().ifPresent(f -> used.put(face, f)));
        ActualTextSpans spans = new ActualTextSpans(set, used, dom);
        if (!spans.isEmpty()) {
            spans.addTo(document);
        }
    }

    /**
     * Corrects the text layer of the other scripts' faces the document uses (see {@link TextLayer});
     * a Latin, Greek or Cyrillic document has none and is saved once.
     */
    private boolean correctTextLayer(Map<FontFace, LazyFont> faces, FontSet set) throws IOException {
        boolean changed = false;
        for (Map.Entry<FontFace, LazyFont> e : faces.entrySet()) {
            if (e.getKey().family() != FontFace.Family.LATIN && e.getValue().loaded().isPresent()) {
                changed |= TextLayer.correct(e.getValue().loaded().get(), fonts.text(e.getKey(), set.get(e.getKey())));
            }
        }
        return changed;
    }

    /** Form fields over the boxes the layout placed, in document order. */
    private static void addFields(PDDocument document, PdfBoxRenderer renderer, List<DomConverter.Field> fields,
            PDFont font) throws IOException {
        var positions = new ArrayList<>(renderer.findPagePositionsByID(
                Pattern.compile("^" + DomConverter.FIELD_ID + "\\d+$")));
        positions.sort(Comparator.comparingInt(p -> Integer.parseInt(p.getId().substring(DomConverter.FIELD_ID.length()))));
        FormFields form = new FormFields(document, font);
        var css = renderer.getSharedContext().newLayoutContextInstance();
        for (var position : positions) {
            DomConverter.Field field = fields.get(Integer.parseInt(position.getId().substring(DomConverter.FIELD_ID.length())));
            form.add(position, css, field.name(), field.kind());
        }
    }

    private static void collect(Diagnostic d, List<String> warnings) {
        if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add("PDF layout: " + d.getLogMessageId().getEnum().name());
        }
    }

    private static void describe(PDDocumentInformation info, XhtmlDocument xhtml, Instant generatedAt) {
        info.setTitle(xhtml.title());
        xhtml.meta("author").ifPresent(info::setAuthor);
        xhtml.meta("subject").ifPresent(info::setSubject);
        xhtml.meta("keywords").ifPresent(info::setKeywords);
        info.setCreator("smp-docs");
        xhtml.provenance().forEach(info::setCustomMetadataValue);
        info.setProducer(PRODUCER);
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.setTimeInMillis(generatedAt.toEpochMilli());
        info.setCreationDate(when);
        info.setModificationDate(when);
    }

    /** Serves a named resource to openhtmltopdf. */
    private static final class ImageStream implements com.openhtmltopdf.extend.FSStream {
        private final String name;
        private final Resources images;

        ImageStream(String url, Resources images) {
            this.name = url.substring(SCHEME.length() + 1);
            this.images = images;
        }

        @Override
        public InputStream getStream() {
            return images.image(name).map(ByteArrayInputStream::new).orElse(null);
        }

        @Override
        public Reader getReader() {
            return null;
        }
    }
}
