package org.smpdocs.internal.render.docx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.smpdocs.internal.render.Resources;

/**
 * The named images a document may show, with their proportions read once, placed as inline
 * pictures at a given height. Thread-safe after construction.
 */
final class Images {
    private final Resources resources;
    private final Map<String, Double> aspect = new HashMap<>();

    Images(Resources resources, Iterable<String> names) {
        this.resources = resources;
        for (String name : names) {
            resources.image(name).ifPresent(bytes -> aspect.put(name, aspectOf(bytes)));
        }
    }

    boolean has(String name) {
        return aspect.containsKey(name);
    }

    /** Adds the image to the run, {@code heightMm} high. */
    void place(XWPFRun run, String name, String alt, double heightMm) {
        byte[] bytes = resources.image(name).orElseThrow();
        PictureType type = resources.mediaType(name).equals("image/jpeg") ? PictureType.JPEG : PictureType.PNG;
        try {
            run.addPicture(new ByteArrayInputStream(bytes), type, alt, Twips.emu(heightMm * aspect.get(name)),
                    Twips.emu(heightMm));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("image " + name, e);
        }
    }

    private static double aspectOf(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            return image == null ? 1.0 : (double) image.getWidth() / image.getHeight();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
