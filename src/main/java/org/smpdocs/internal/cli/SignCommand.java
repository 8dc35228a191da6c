package org.smpdocs.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.smpdocs.SignedDocument;
import org.smpdocs.internal.archive.Archive;
import org.smpdocs.internal.archive.AuditEntry;
import org.smpdocs.internal.input.InputReader;
import org.smpdocs.internal.input.SigningRecord;
import org.smpdocs.internal.output.DirectoryOutput;
import org.smpdocs.internal.output.DocumentOwner;
import org.smpdocs.internal.render.pdf.FontCoverage;
import org.smpdocs.internal.seal.Sealer;
import org.smpdocs.internal.signing.RecordSigning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sign}: an archived document filled in with a signing record, gated, sealed with the
 * clinic's key and recorded in the archive as the signed record that completes the issued one.
 * The issued document is regenerated from the archive and must be byte for byte the one issued,
 * so what is signed is provably what the signers were given.
 */
@Command(name = "sign", mixinStandardHelpOptions = true, description = "Fill an archived document with a signing record, seal it and record it.")
final class SignCommand implements Callable<Integer> {
    @Mixin
    AsIssuedOptions asIssued;

    @Option(names = "--record", required = true, paramLabel = "ID",
            description = "The issued document: its audit-log sequence number or its SHA-256 (8+ characters).")
    String record;

    @Option(names = "--signing-record", required = true, paramLabel = "FILE.json",
            description = "What each field was filled with, by whom, witnessed by whom (see the README).")
    Path signingRecord;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write the sealed PDF here, as <case id>-<kind>-signed.pdf, for printing.")
    Path out;

    @Mixin
    SealOptions seal;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;

    SignCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Sealer sealer = seal.sealer(spec.commandLine(), environment);
        Archive records = Archive.open(asIssued.archive);
        records.checkAppendable();
        AuditEntry entry = records.entry(record).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "no single archived document has the id " + Shown.text(record)));
        if (!RecordSigning.signable(entry)) {
            throw new ParameterException(spec.commandLine(), "record " + entry.sequence() + " is "
                    + (entry.document().isSigned() ? "a signed record" : "a " + entry.document().kind().id())
                    + ": sign an issued consent or disclosure");
        }
        SigningRecord signing = new InputReader(FontCoverage::covers).readSigningRecord(signingRecord);
        requireSameDocument(signing, entry);
        RecordSigning.Regenerated issued = RecordSigning.regenerate(records, entry, asIssued.engine());
        RecordSigning.Signed done = RecordSigning.sign(records, issued, asIssued.engine().build(), signing.signing(), sealer);
        SignedDocument signed = done.document();
        AuditEntry recorded = done.recorded();
        byte[] sealed = records.document(recorded);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "record %d: %s of case %s signed (%d entr%s, witnessed) and sealed by %s; "
                + "it completes record %d%n  %s%n", recorded.sequence(), entry.document().kind().id(),
                entry.document().caseId(), signed.evidence().size(), signed.evidence().size() == 1 ? "y" : "ies",
                Shown.text(sealer.key().signerName()),
                entry.sequence(), asIssued.archive.resolve(recorded.documentPath()));
        ClinicSealing.checkpoint(records, sealer, stdout);
        if (out != null) {
            DirectoryOutput output = new DirectoryOutput(out);
            DocumentOwner owner = new DocumentOwner(entry.document().caseId(), entry.document().patientId());
            if (output.wouldReplaceForeign(signed.fileName(), owner)) {
                spec.commandLine().getErr().println("not written to " + Shown.text(out) + ": " + signed.fileName()
                        + " there holds another case's or patient's document (the signed record is in the archive)");
                return ExitCodes.RENDER_OR_OUTPUT;
            }
            stdout.println("written to " + output.write(signed.fileName(), sealed));
        }
        return ExitCodes.OK;
    }

    /** The signing record must name the document being signed: a record filled for another is refused. */
    private void requireSameDocument(SigningRecord signing, AuditEntry entry) {
        boolean same = signing.record() > 0 ? signing.record() == entry.sequence()
                : entry.document().sha256().hex().equals(signing.sha256());
        if (!same) {
            throw new ParameterException(spec.commandLine(), "the signing record is for "
                    + (signing.record() > 0 ? "record " + signing.record() : "the document " + signing.sha256().substring(0, 12))
                    + ", not for record " + entry.sequence());
        }
    }
}
