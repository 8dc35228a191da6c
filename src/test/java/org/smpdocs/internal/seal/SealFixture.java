package org.smpdocs.internal.seal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.smpdocs.DocumentKind;
import org.smpdocs.OutputFormat;
import org.smpdocs.Samples;

/**
 * What the seal tests share, made once per test JVM: a consent rendered by the engine from a
 * sample case, a test authority with a seal key and certificate in a PKCS#12 keystore, and that
 * consent sealed (B-B) in its practitioner's signature field.
 */
final class SealFixture {
    /** The field the tests seal (the clinic-seal field comes with the signed document). */
    static final String FIELD = "signature-practitioner";
    static final Instant TIME = Instant.parse("2026-11-24T10:20:00Z");
    static final char[] PASSWORD = "test-only".toCharArray();

    private static SealFixture shared;

    final byte[] consent;
    final TestAuthority authority;
    final KeyPair keys;
    final X509Certificate certificate;
    final Path folder;
    final Path keystore;
    final SealKey key;
    final byte[] sealed;

    private SealFixture() throws IOException {
        consent = render("greek-name.json");
        authority = TestAuthority.create();
        keys = TestAuthority.rsa();
        certificate = authority.issueSeal(TestAuthority.SEAL_NAME, keys.getPublic(), TestAuthority.FROM, TestAuthority.TO);
        folder = Files.createTempDirectory("smp-seal-");
        folder.toFile().deleteOnExit();
        keystore = authority.keystore(folder.resolve("clinic-seal.p12"), PASSWORD, keys.getPrivate(), certificate);
        keystore.toFile().deleteOnExit();
        key = SealKey.load(keystore, PASSWORD);
        sealed = Sealer.of(key).seal(consent, FIELD, TIME);
    }

    static synchronized SealFixture get() {
        if (shared == null) {
            try {
                shared = new SealFixture();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    static byte[] render(String caseFile) {
        return Samples.engine().render(DocumentKind.CONSENT, Samples.engine().readCase(Samples.ROOT.resolve("cases").resolve(caseFile)))
                .bytes(OutputFormat.PDF);
    }

    TrustAnchors anchors() {
        return TrustAnchors.of(java.util.List.of(authority.certificate()));
    }

    /** A temporary file the JVM deletes on exit. */
    Path file(String name) {
        Path file = folder.resolve(name);
        file.toFile().deleteOnExit();
        return file;
    }
}
