package org.smpdocs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Same inputs, templates and clock: the same bytes, so a record can be regenerated and compared.
 * Every moment a file records comes from the engine's clock, never from the wall clock: the
 * tests put the clock years away from now and read those moments back.
 */
class DeterminismTest {
    /** Far from the wall clock, and on an even second (ZIP entries keep two-second steps). */
    private static final Instant LONG_AGO = Instant.parse("2003-04-05T06:07:08Z");

    private static SmpDocs engine(Clock clock) {
        return SmpDocs.builder().clinicProfile(Samples.CLINIC).clock(clock)
                .formats(EnumSet.allOf(OutputFormat.class)).build();
    }

    private static PatientCase greekName(SmpDocs engine) {
        return engine.readCase(Samples.ROOT.resolve("cases/greek-name.json"));
    }

    /** Two engines, the second built after the first has rendered: the wall clock has moved on meanwhile. */
    @Test
    void twoEnginesOnTheSameClockWriteIdenticalBytes() {
        SmpDocs first = engine(Samples.CLOCK);
        PatientCase c = greekName(first);
        List<RenderedDocument> earlier = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            earlier.add(first.render(kind, c));
        }
        SmpDocs second = engine(Samples.CLOCK);
        for (RenderedDocument a : earlier) {
            RenderedDocument b = second.render(a.kind(), c);
            for (OutputFormat format : OutputFormat.values()) {
                assertArrayEquals(a.bytes(format), b.bytes(format), a.kind() + " " + format);
            }
        }
    }

    @Test
    void theDocxRecordsTheClocksTimeNotTheWallClocks() throws IOException {
        SmpDocs engine = engine(Clock.fixed(LONG_AGO, ZoneOffset.UTC));
        byte[] docx = engine.render(DocumentKind.CONSENT, greekName(engine)).bytes(OutputFormat.DOCX);
        LocalDateTime stamped = LocalDateTime.ofInstant(LONG_AGO, ZoneOffset.UTC);
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
                assertEquals(stamped, entry.getTimeLocal(), entry.getName());
            }
        }
        assertTrue(entries.contains("word/document.xml"), "entries read: " + entries);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var core = doc.getProperties().getCoreProperties();
            assertEquals(Date.from(LONG_AGO), core.getCreated());
            assertEquals(Date.from(LONG_AGO), core.getModified());
        }
    }

    @Test
    void thePdfRecordsTheClocksTimeNotTheWallClocks() throws IOException {
        SmpDocs engine = engine(Clock.fixed(LONG_AGO, ZoneOffset.UTC));
        PatientCase c = greekName(engine);
        byte[] pdf = engine.render(DocumentKind.CONSENT, c).bytes(OutputFormat.PDF);
        byte[] again = engine(Clock.fixed(LONG_AGO, ZoneOffset.UTC)).render(DocumentKind.CONSENT, c).bytes(OutputFormat.PDF);
        byte[] aSecondLater = engine(Clock.fixed(LONG_AGO.plusSeconds(1), ZoneOffset.UTC))
                .render(DocumentKind.CONSENT, c).bytes(OutputFormat.PDF);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var info = doc.getDocumentInformation();
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertAll(
                    () -> assertEquals(LONG_AGO.toEpochMilli(), info.getCreationDate().getTimeInMillis()),
                    () -> assertEquals(LONG_AGO.toEpochMilli(), info.getModificationDate().getTimeInMillis()),
                    () -> assertTrue(xmp.contains("<xmp:CreateDate>2003-04-05T06:07:08Z</xmp:CreateDate>"), "XMP date"),
                    () -> assertEquals("2003-04-05T06:07:08Z", info.getCustomMetadataValue("smpdocs.issued-at")),
                    () -> assertTrue(Samples.text(pdf).contains("issued 2003-04-05 06:07 UTC"), "footer"),
                    () -> assertEquals(id(pdf), id(again), "the file identifier is the same on the same clock"),
                    () -> assertFalse(id(pdf).equals(id(aSecondLater)), "and follows the clock"));
        }
    }

    /** One minute later: the documents differ, and only in what records the issue time. */
    @Test
    void anotherIssueTimeChangesOnlyWhatRecordsIt() {
        SmpDocs engine = engine(Samples.CLOCK);
        PatientCase c = greekName(engine);
        RenderedDocument now = engine.render(DocumentKind.CONSENT, c);
        RenderedDocument later = engine(Clock.offset(Samples.CLOCK, Duration.ofMinutes(1))).render(DocumentKind.CONSENT, c);
        for (OutputFormat format : EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX)) {
            assertFalse(Arrays.equals(now.bytes(format), later.bytes(format)), format.name());
        }
        // the e-mail bodies leave the issue time out, so the same sheet sent later is the same message
        for (OutputFormat format : EnumSet.of(OutputFormat.EMAIL_TEXT, OutputFormat.EMAIL_HTML)) {
            assertArrayEquals(now.bytes(format), later.bytes(format), format.name());
        }
        List<String> before = List.of(PdfViews.pages(now.bytes(OutputFormat.PDF)).split("\n"));
        List<String> after = List.of(PdfViews.pages(later.bytes(OutputFormat.PDF)).split("\n"));
        assertEquals(before.size(), after.size(), "the same lines");
        int pages = (int) before.stream().filter(line -> line.startsWith("--- page ")).count();
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(before.get(i) + " -> " + after.get(i));
            }
        }
        assertEquals(pages, changed.size(), "one footer line a page: " + changed);
        assertTrue(changed.stream().allMatch(line -> line.contains("issued 2026-11-24 10:15 UTC -> ")
                && line.endsWith("issued 2026-11-24 10:16 UTC")), changed.toString());
        assertEquals(DocxBodyText.of(now.bytes(OutputFormat.DOCX)), DocxBodyText.of(later.bytes(OutputFormat.DOCX)),
                "the DOCX body does not show the issue time");
    }

    /** The first element of the trailer's /ID, as hex. */
    private static String id(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return HexFormat.of().formatHex(((COSString) doc.getDocument().getDocumentID().getObject(0)).getBytes());
        }
    }
}
