package org.smpdocs.internal.signing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A drawn or scanned mark made ready for its box: a PNG (transparent or on white) of at most
 * {@link #MAX_BYTES} bytes and {@link #MAX_PIXELS} pixels each way, cropped to its ink (what is
 * neither transparent nor near-white) and written again as a PNG of those pixels only (no
 * metadata, nothing appended). Ink is dark (luminance under 180) and at least half opaque; a mark
 * needs 30 such pixels spanning 10 pixels, and strokes, not a filled shape. The layout scales it
 * into the field's box keeping its aspect.
 */
public final class SignatureImage {
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_PIXELS = 4000;
    /** Ink is darker than this (luminance, 0 to 255): pale marks do not print legibly. */
    private static final int DARK = 180;
    /** Ink is at least this opaque (alpha, 0 to 255): faint strokes do not print legibly. */
    private static final int OPAQUE = 128;
    /** A mark has at least this many ink pixels and spans at least {@link #SPAN} pixels: not a dot. */
    private static final int INK_PIXELS = 30;
    private static final int SPAN = 10;
    /** Ink covering more than this share of its bounding box is a filled shape, not strokes. */
    private static final double FILLED = 0.6;

    private SignatureImage() {
    }

    /** The outcome: the prepared PNG, or why there is none (a stable rule id and what is expected). */
    public record Prepared(byte[] png, String rule, String expected) {
        boolean ok() {
            return png != null;
        }
    }

    public static Prepared prepare(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return refused("image-too-large", "a PNG of at most " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        BufferedImage image;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.hasNext() ? readers.next() : null;
            if (reader == null || !reader.getFormatName().toLowerCase(Locale.ROOT).equals("png")) {
                return notPng();
            }
            try {
                reader.setInput(in, true, true);
                if (reader.getWidth(0) > MAX_PIXELS || reader.getHeight(0) > MAX_PIXELS) {
                    return refused("image-too-large", "an image of at most " + MAX_PIXELS + " × " + MAX_PIXELS + " pixels");
                }
                image = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return notPng();
        }
        if (image == null) {
            return notPng();
        }
        int[] box = ink(image);
        if (box == null || box[4] < INK_PIXELS || Math.max(box[2] - box[0], box[3] - box[1]) + 1 < SPAN) {
            return refused("blank-image", "a mark with dark ink in it: the image is empty, white, faint or a dot");
        }
        if (box[4] > FILLED * (box[2] - box[0] + 1) * (box[3] - box[1] + 1)) {
            return refused("filled-image", "the strokes of a signature or initials, not a filled shape");
        }
        BufferedImage cropped = new BufferedImage(box[2] - box[0] + 1, box[3] - box[1] + 1, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < cropped.getHeight(); y++) {
            for (int x = 0; x < cropped.getWidth(); x++) {
                int argb = image.getRGB(box[0] + x, box[1] + y);
                cropped.setRGB(x, y, isInk(argb) ? argb : 0);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(cropped, "png", out);
        } catch (IOException e) {
            return notPng();
        }
        return new Prepared(out.toByteArray(), null, null);
    }

    /** The ink's bounding box and pixel count {minX, minY, maxX, maxY, count}, or null when there is none. */
    private static int[] ink(BufferedImage image) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (isInk(image.getRGB(x, y))) {
                    count++;
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? null : new int[] {minX, minY, maxX, maxY, count};
    }

    private static boolean isInk(int argb) {
        int a = argb >>> 24;
        int r = argb >> 16 & 0xff;
        int g = argb >> 8 & 0xff;
        int b = argb & 0xff;
        return a >= OPAQUE && (299 * r + 587 * g + 114 * b) / 1000 < DARK;
    }

    private static Prepared notPng() {
        return refused("not-a-png", "a PNG image that decodes whole");
    }

    private static Prepared refused(String rule, String expected) {
        return new Prepared(null, rule, expected);
    }
}
