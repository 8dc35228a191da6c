package org.smpdocs.internal.seal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The Document Security Store (ETSI EN 319 142-1, 5.4; ISO 32000-2, 12.8.4.3) in the catalog:
 * arrays /Certs, /CRLs and /OCSPs of streams, each the DER bytes of one certificate, CRL or OCSP
 * response, for validation long after the seal was made (PAdES B-LT).
 */
final class DssDictionary {
    static final COSName DSS = COSName.getPDFName("DSS");
    static final COSName CERTS = COSName.getPDFName("Certs");
    static final COSName CRLS = COSName.getPDFName("CRLs");
    static final COSName OCSPS = COSName.getPDFName("OCSPs");

    private DssDictionary() {
    }

    /** Puts {@code data} into the catalog's DSS, to be written with the next (incremental) save. */
    static void add(PDDocument document, ValidationData data) {
        COSDictionary dss = new COSDictionary();
        put(document, dss, CERTS, data.certificates());
        put(document, dss, CRLS, data.crls());
        put(document, dss, OCSPS, data.ocspResponses());
        dss.setNeedToBeUpdated(true);
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        catalog.setItem(DSS, dss);
        catalog.setNeedToBeUpdated(true);
    }

    private static void put(PDDocument document, COSDictionary dss, COSName key, List<byte[]> items) {
        if (items.isEmpty()) {
            return;
        }
        COSArray array = new COSArray();
        for (byte[] der : items) {
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream()) {
                out.write(der);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream.setNeedToBeUpdated(true);
            array.add(stream);
        }
        array.setNeedToBeUpdated(true);
        dss.setItem(key, array);
    }
}
