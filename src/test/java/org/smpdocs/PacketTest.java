package org.smpdocs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The consent packet: three documents in one, numbered as one, with an outline of its parts. */
class PacketTest {
    private final SmpDocs engine = Samples.engine();

    @Test
    void onePdfWithItsOwnPageNumbersAndAnOutlineOfItsParts() throws IOException {
        PatientCase c = engine.readCase(Samples.ROOT.resolve("cases/norwood6-density.json"));
        RenderedDocument packet = engine.render(DocumentKind.PACKET, c);
        assertEquals("C-2026-0142-packet-s2.pdf", packet.fileName(OutputFormat.PDF));
        byte[] pdf = packet.bytes(OutputFormat.PDF);
        String text = Samples.text(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                assertTrue(text.contains("Page " + page + " of " + pages), "page " + page);
            }
            List<String> outline = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            for (PDOutlineItem item = doc.getDocumentCatalog().getDocumentOutline().getFirstChild(); item != null;
                    item = item.getNextSibling()) {
                outline.add(item.getTitle());
                starts.add(doc.getPages().indexOf(item.findDestinationPage(doc)));
            }
            assertEquals(List.of("Consent to scalp micropigmentation", "Drawbacks and risks of scalp micropigmentation",
                    "Aftercare after your SMP session"), outline);
            assertEquals(0, starts.get(0));
            assertTrue(starts.get(0) < starts.get(1) && starts.get(1) < starts.get(2) && starts.get(2) < pages);
            assertEquals("Consent packet", doc.getDocumentInformation().getTitle());
        }
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
        LocalDate session = c.latestSession().orElseThrow().date();
        assertTrue(text.contains(day.format(session.plusDays(3))) && text.contains(day.format(session.plusDays(4))),
                "the aftercare part has its dates");
        assertEquals("packet.ftlx+consent.ftlx+disclosure.ftlx+aftercare.ftlx", packet.provenance().template());
    }

    @Test
    void aContraindicationStopsThePacketAsItStopsTheConsent() throws IOException {
        String json = Files.readString(Samples.ROOT.resolve("cases/greek-name.json"))
                .replace("\"pregnantOrBreastfeeding\": false", "\"pregnantOrBreastfeeding\": true");
        PatientCase c = engine.readCase("case.json", json.getBytes(StandardCharsets.UTF_8));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> engine.render(DocumentKind.PACKET, c));
        assertEquals("screening.pregnantOrBreastfeeding", e.problems().get(0).path());
    }
}
