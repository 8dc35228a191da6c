package org.smpdocs;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/** Test marks: scribbles drawn as a signature pad would send them, and the fields of an issued PDF. */
public final class Marks {
    private Marks() {
    }

    /** A stroke across a transparent {@code width} × {@code height} PNG, with margins around it. */
    public static byte[] scribble(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(12, 24, 90));
        g.setStroke(new BasicStroke(Math.max(2, height / 50f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Random random = new Random(seed);
        int x = width / 10;
        int y = height / 2;
        for (int i = 0; i < 10; i++) {
            int nx = x + width * 8 / 100;
            int ny = height / 4 + random.nextInt(height / 2);
            g.drawLine(x, y, nx, ny);
            x = nx;
            y = ny;
        }
        g.dispose();
        return png(image);
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The names of the issued PDF's form fields, in the AcroForm's order. */
    public static List<String> fields(byte[] pdf, Class<? extends PDField> type) {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> names = new ArrayList<>();
            var form = d.getDocumentCatalog().getAcroForm();
            if (form != null) {
                for (PDField f : form.getFieldTree()) {
                    if (type.isInstance(f)) {
                        names.add(f.getFullyQualifiedName());
                    }
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A signing that fills every field of the issued PDF: signatures drawn, initials drawn and
     * (every third) typed, choices ticked and not ticked in turn; dates left to the signing time.
     */
    public static Signing.Builder everyField(byte[] issuedPdf) {
        Signing.Builder b = Signing.builder().witness("Sam Taylor, front desk").device("clinic tablet 2");
        int n = 0;
        for (String name : fields(issuedPdf, PDField.class)) {
            n++;
            if (name.startsWith("date-")) {
                continue;
            }
            if (name.startsWith("choice-")) {
                b.choice(name, n % 2 == 0);
            } else if (name.startsWith("signature-")) {
                b.drawn(name, scribble(600, 200, name.hashCode()));
            } else if (n % 3 == 0) {
                b.typed(name, "SÓ");
            } else {
                b.drawn(name, scribble(300, 150, name.hashCode()));
            }
        }
        return b;
    }
}
