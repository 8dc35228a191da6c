package org.smpdocs.internal.seal;

import java.io.IOException;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * The signature-time-stamp (RFC 3161, ETSI EN 319 122-1 5.3): a token over the signature value,
 * kept as the signer's unsigned attribute id-aa-signatureTimeStampToken (PAdES B-T).
 */
final class SignatureTimestamp {
    private SignatureTimestamp() {
    }

    /** {@code signed} with its one signer's value time-stamped by {@code authority}. */
    static CMSSignedData add(CMSSignedData signed, TimestampAuthority authority) {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        TimeStampToken token = authority.stamp(signer.getSignature());
        try {
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(ASN1Primitive.fromByteArray(token.getEncoded()))));
            SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(attributes));
            return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the timestamp token", e);
        }
    }
}
