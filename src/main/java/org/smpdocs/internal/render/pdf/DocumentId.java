package org.smpdocs.internal.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.smpdocs.internal.digest.Digests;
import org.smpdocs.internal.xhtml.XhtmlDocument;

/**
 * The PDF file identifier, derived from what the document says and when it was issued rather
 * than from the clock and a random number, so the same inputs give the same bytes.
 */
final class DocumentId {
    private DocumentId() {
    }

    static COSArray of(XhtmlDocument xhtml, Instant issued) {
        MessageDigest sha = Digests.sha256();
        sha.update(xhtml.markup().getBytes(StandardCharsets.UTF_8));
        sha.update(issued.toString().getBytes(StandardCharsets.US_ASCII));
        byte[] id = Arrays.copyOf(sha.digest(), 16);
        COSArray array = new COSArray();
        array.add(new COSString(id));
        array.add(new COSString(id));
        return array;
    }
}
