package org.smpdocs.internal.render.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.smpdocs.DocumentKind;
import org.smpdocs.OutputFormat;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A surname longer than its cell wraps inside the cell of the identification table. */
class LongNameTest {
    /** 80 letters, no space to break at. */
    private static final String SURNAME = "Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaftschaferswesse";

    /** A run of text on the first page and where it sits. */
    private record Run(String text, float left, float right) {
    }

    private static List<Run> firstPage(byte[] pdf) throws IOException {
        List<Run> runs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                TextPosition last = positions.get(positions.size() - 1);
                runs.add(new Run(text, positions.get(0).getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj()));
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.writeText(document, new StringWriter());
        }
        return runs;
    }

    /** The runs, in the order the PDF has them, that spell the name from its first word on. */
    private static List<Run> nameRuns(List<Run> runs, String name) {
        List<Run> found = new ArrayList<>();
        String spelled = "";
        for (Run r : runs) {
            String next = spelled + r.text().replaceAll("\\s+", "");
            if (!found.isEmpty() && (!name.startsWith(next) || spelled.equals(name))) {
                break;
            }
            if (name.startsWith(next) && (!found.isEmpty() || r.text().startsWith("Mark"))) {
                found.add(r);
                spelled = next;
            }
        }
        return found;
    }

    @Test
    void aLongSurnameWrapsWithinItsCell() throws IOException {
        SmpDocs engine = Samples.engine();
        String json = Files.readString(Samples.ROOT.resolve("cases/norwood6-density.json"))
                .replace("\"familyName\": \"Hollins\"", "\"familyName\": \"" + SURNAME + "\"");
        PatientCase c = engine.readCase("case.json", json.getBytes(StandardCharsets.UTF_8));
        assertEquals(80, c.patient().familyName().length());
        byte[] pdf = engine.render(DocumentKind.CONSENT, c).bytes(OutputFormat.PDF);

        List<Run> runs = firstPage(pdf);
        float nextColumn = runs.stream().filter(r -> r.text().startsWith("Patient no.")).findFirst().orElseThrow().left();
        List<Run> name = nameRuns(runs, "Mark" + SURNAME);
        assertTrue(name.size() > 1, "the name wraps onto more than one line: " + name);
        assertEquals("Mark" + SURNAME, String.join("", name.stream().map(Run::text).toList()).replaceAll("\\s+", ""),
                "the whole name is there, in order");
        for (Run r : name) {
            assertFalse(r.right() > nextColumn, r + " runs into the next column, which starts at " + nextColumn);
        }
    }
}
