package org.smpdocs.internal.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.smpdocs.internal.seal.SealKey;
import org.smpdocs.internal.seal.Sealer;
import org.smpdocs.internal.seal.ValidationData;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The clinic's seal: its keystore, the keystore's password (from an environment variable or a
 * file, never the command line), and optionally a time-stamp authority and validation data.
 */
final class SealOptions {
    @Option(names = "--seal-keystore", paramLabel = "FILE.p12",
            description = "The clinic's seal: a PKCS#12 keystore with one private key and its certificate.")
    Path keystore;

    @Option(names = "--seal-password-env", paramLabel = "VAR",
            description = "Read the keystore's password from environment variable VAR.")
    String passwordEnv;

    @Option(names = "--seal-password-file", paramLabel = "FILE",
            description = "Read the keystore's password from FILE (its first line; keep the file readable by you only).")
    Path passwordFile;

    @Option(names = "--tsa", paramLabel = "URL",
            description = "Time-stamp every seal and checkpoint at this RFC 3161 time-stamp authority.")
    URI tsa;

    @Option(names = "--validation-data", paramLabel = "DIR",
            description = "Embed the certificates (.pem, .cer, .crt), CRLs (.crl) and OCSP responses (.ocsp) in DIR "
                    + "in each seal, for long-term validation.")
    Path validationData;

    /** Whether a seal was asked for. */
    boolean given() {
        return keystore != null || passwordEnv != null || passwordFile != null || tsa != null || validationData != null;
    }

    /** The sealer these options describe. */
    Sealer sealer(CommandLine cli, Map<String, String> environment) {
        if (keystore == null) {
            throw new ParameterException(cli, "the seal needs --seal-keystore FILE.p12");
        }
        if ((passwordEnv == null) == (passwordFile == null)) {
            throw new ParameterException(cli, "give the keystore's password by --seal-password-env VAR or "
                    + "--seal-password-file FILE");
        }
        char[] password = Secrets.read(cli, passwordEnv, passwordFile, environment).toCharArray();
        Sealer sealer = Sealer.of(SealKey.load(keystore, password));
        java.util.Arrays.fill(password, '\0');
        if (tsa != null) {
            sealer = sealer.withTimestampAuthority(tsa);
        }
        if (validationData != null) {
            sealer = sealer.withValidationData(ValidationData.load(validationData));
        }
        return sealer;
    }
}
