package org.smpdocs.internal.seal;

/**
 * What can be wrong with a seal, each in plain words that name no document content.
 */
public enum SealProblem {
    /** The bytes are not a PDF that can be read. */
    NOT_A_PDF("not a readable PDF"),
    /** The document carries no signature at all. */
    NOT_SEALED("not sealed: the document has no signature"),
    /** The byte range leaves out more than the signature value, or does not start at 0. */
    RANGE_INCOMPLETE("the seal does not cover the whole file but its own signature value"),
    /** Bytes follow the sealed revision. */
    CHANGED_AFTER_SEALING("changed after sealing: an incremental update was appended"),
    /** The signed bytes' digest is not the one the seal signed. */
    BYTES_DO_NOT_MATCH("the document's bytes do not match the seal"),
    /** The signature value is not CMS signed data of one signer that carries its certificate. */
    UNREADABLE_SIGNATURE("the seal's signature value cannot be read (CMS signed data of one signer with its certificate)"),
    /** The CMS signature does not verify with the signer's certificate. */
    SIGNATURE_INVALID("the seal's signature does not verify with its certificate"),
    /** Not ETSI.CAdES.detached, or a CMS signing-time attribute PAdES forbids. */
    NOT_PADES("not a PAdES baseline signature (ETSI.CAdES.detached, without a CMS signing time)"),
    /** signing-certificate-v2 is missing or names another certificate. */
    SIGNING_CERTIFICATE_MISMATCH("the seal does not name the certificate it was made with (signing-certificate-v2)"),
    /** The certificate does not chain to a trust anchor. */
    NOT_VOUCHED_FOR("sealed by a certificate the clinic's trust anchors do not vouch for"),
    /** The certificate was expired or not yet valid at the sealing time. */
    CERTIFICATE_NOT_VALID("the seal's certificate was not valid at the sealing time"),
    /** The embedded revocation data revoke the certificate. */
    CERTIFICATE_REVOKED("the seal's certificate is revoked by the revocation data in the file"),
    /** The embedded revocation data do not cover the certificate's chain. */
    REVOCATION_UNKNOWN("the revocation data in the file do not cover the seal's certificate"),
    /** Not the document's certification signature, or it allows changes. */
    NOT_CERTIFYING("not a certification signature that allows no changes (DocMDP, P=1)"),
    /** The time-stamp's imprint is not the digest of the signature value. */
    TIMESTAMP_NOT_FOR_THIS_SEAL("the timestamp does not cover the seal's signature value"),
    /** The time-stamp token cannot be read or its signature does not verify. */
    TIMESTAMP_INVALID("the timestamp's signature does not verify"),
    TIMESTAMP_NOT_TRUSTED("the timestamp authority's certificate does not chain to the trust anchors: its time is not used"),
    TIMESTAMP_BEFORE_SEAL("the timestamp is earlier than the seal says it was made");

    private final String words;

    SealProblem(String words) {
        this.words = words;
    }

    /** The problem in plain words. */
    public String words() {
        return words;
    }

    @Override
    public String toString() {
        return words;
    }
}
