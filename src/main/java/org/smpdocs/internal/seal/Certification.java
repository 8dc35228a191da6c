package org.smpdocs.internal.seal;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * A certification (DocMDP) signature: the signature's reference to the DocMDP transform with its
 * permissions, and the catalog's /Perms /DocMDP pointing at the signature (ISO 32000-1, 12.8.2.2),
 * as PDFBox's CertifyDocument example does. The reference has no DigestMethod, which PDF/A-2
 * forbids there.
 */
final class Certification {
    /** Permission 1: no changes to the document at all. */
    static final int NO_CHANGES = 1;
    static final COSName TRANSFORM_PARAMS = COSName.getPDFName("TransformParams");
    static final COSName TRANSFORM_METHOD = COSName.getPDFName("TransformMethod");
    static final COSName REFERENCE = COSName.getPDFName("Reference");

    private Certification() {
    }

    /** Makes {@code signature} the document's certification signature with {@code permissions}. */
    static void certify(PDDocument document, PDSignature signature, int permissions) {
        COSDictionary params = new COSDictionary();
        params.setItem(COSName.TYPE, TRANSFORM_PARAMS);
        params.setInt(COSName.P, permissions);
        params.setName(COSName.V, "1.2");
        params.setNeedToBeUpdated(true);

        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
        reference.setItem(TRANSFORM_METHOD, COSName.DOCMDP);
        reference.setItem(TRANSFORM_PARAMS, params);
        reference.setNeedToBeUpdated(true);

        COSArray references = new COSArray();
        references.add(reference);
        references.setNeedToBeUpdated(true);
        signature.getCOSObject().setItem(REFERENCE, references);

        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        COSDictionary perms = new COSDictionary();
        perms.setItem(COSName.DOCMDP, signature);
        perms.setNeedToBeUpdated(true);
        catalog.setItem(COSName.PERMS, perms);
        catalog.setNeedToBeUpdated(true);
    }

    /**
     * The DocMDP permissions {@code signature} sets when the catalog's /Perms /DocMDP is this
     * signature; 0 when it is not the certification signature or names none.
     */
    static int permissions(PDDocument document, PDSignature signature) {
        COSDictionary perms = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
        if (perms == null || perms.getCOSDictionary(COSName.DOCMDP) != signature.getCOSObject()) {
            return 0;
        }
        COSArray references = signature.getCOSObject().getCOSArray(REFERENCE);
        if (references == null) {
            return 0;
        }
        for (COSBase item : references) {
            COSBase object = item instanceof org.apache.pdfbox.cos.COSObject o ? o.getObject() : item;
            if (object instanceof COSDictionary reference
                    && COSName.DOCMDP.equals(reference.getCOSName(TRANSFORM_METHOD))) {
                COSDictionary params = reference.getCOSDictionary(TRANSFORM_PARAMS);
                // P is optional and 2 by default (ISO 32000-1, table 254)
                return params == null ? 2 : params.getInt(COSName.P, 2);
            }
        }
        return 0;
    }
}
