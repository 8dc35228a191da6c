package org.smpdocs.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.archive.Archive;
import org.smpdocs.internal.archive.ExportVerifier;
import org.smpdocs.internal.archive.Finding;
import org.smpdocs.internal.archive.Trust;
import org.smpdocs.internal.archive.Verification;
import org.smpdocs.internal.seal.SealCheck;
import org.smpdocs.internal.seal.SealReport;
import org.smpdocs.internal.seal.SealVerifier;
import org.smpdocs.internal.seal.TrustAnchors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code smp-docs verify --archive DIR} or {@code smp-docs verify FILE.zip}: recomputes every hash
 * and the audit-log chain and names every altered, missing or extra file. Exit code 0 only when
 * there are records and every one is intact; 6 when something is wrong or there are no records
 * ("empty archive: no records"); 3 when the path is not an archive or export, or an export is past
 * a reading limit.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a records archive or an export: every document, input and audit line intact.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:records checked, all intact", "3:not a records archive or an export, or an export past a limit",
            "5:the archive cannot be read", "6:altered, missing or extra records, or no records at all"})
final class VerifyCommand implements Callable<Integer> {
    /** A signed PDF whose seal is checked is read whole: at most this. */
    private static final long MAX_PDF_BYTES = 256L << 20;

    @Option(names = "--archive", paramLabel = "DIR", description = "The records archive.")
    Path archive;

    @Parameters(arity = "0..1", paramLabel = "FILE.zip|FILE.pdf",
            description = "An export to check, or a signed PDF whose seal to check (with --trust-anchors).")
    Path export;

    @Option(names = "--trust-anchors", paramLabel = "FILE.pem",
            description = "The certificates the clinic's seal must chain to: check the seals of signed records and "
                    + "the signatures of the log's checkpoints against them.")
    Path trustAnchors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if ((archive == null) == (export == null)) {
            throw new ParameterException(spec.commandLine(), "give either --archive DIR or FILE.zip");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (export != null && export.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return verifySeal(stdout);
        }
        Verification result;
        try {
            Trust trust = trustAnchors == null ? null : ClinicSealing.trust(TrustAnchors.load(trustAnchors));
            result = archive != null ? (trust == null ? Archive.open(archive).check() : Archive.open(archive).check(trust))
                    : trust == null ? ExportVerifier.check(export) : ExportVerifier.check(export, trust);
        } catch (SmpDocsException e) {
            throw withHint(e);
        }
        if (result.empty()) {
            stdout.println(archive != null ? "empty archive: no records" : "empty export: no records");
            return ExitCodes.NOT_INTACT;
        }
        List<Finding> findings = result.findings();
        findings.forEach(f -> spec.commandLine().getErr().println(Shown.text(f)));
        String what = archive != null ? result.records() + " record" + (result.records() == 1 ? "" : "s") + " checked"
                : Shown.text(export.getFileName()) + " checked";
        stdout.printf("%s; %s%n", what,
                findings.isEmpty() ? "all intact" : findings.size() + " finding" + (findings.size() == 1 ? "" : "s"));
        stdout.println(Shown.text(result.sealing().summary()));
        return result.intact() ? ExitCodes.OK : ExitCodes.NOT_INTACT;
    }

    /** The seal of one signed PDF, checked against the trust anchors. */
    private int verifySeal(PrintWriter stdout) {
        if (trustAnchors == null) {
            throw new ParameterException(spec.commandLine(), "checking a PDF's seal needs --trust-anchors FILE.pem");
        }
        byte[] pdf;
        try {
            if (!Files.isRegularFile(export) || Files.size(export) > MAX_PDF_BYTES) {
                throw new SmpDocsException(ErrorCode.INVALID_INPUT, Shown.text(export.getFileName())
                        + " is not a regular file of at most " + (MAX_PDF_BYTES >> 20) + " MiB");
            }
            pdf = Files.readAllBytes(export);
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, "cannot read " + Shown.text(export.getFileName()) + ": "
                    + e.getClass().getSimpleName());
        }
        SealReport report = new SealVerifier(TrustAnchors.load(trustAnchors)).verify(pdf);
        for (SealCheck seal : report.signatures()) {
            stdout.println(Shown.text("seal " + seal.field() + " (" + seal.level() + ") by " + seal.signer()
                    + seal.signingTime().map(t -> ", signed " + t).orElse("")
                    + seal.timestamp().map(t -> ", time-stamped " + t).orElse("")));
        }
        report.allProblems().forEach(p -> spec.commandLine().getErr().println(p.words()));
        stdout.println(Shown.text(export.getFileName()) + ": " + (report.sealedAndIntact() ? "sealed and intact"
                : "not intact"));
        return report.sealedAndIntact() ? ExitCodes.OK : ExitCodes.NOT_INTACT;
    }

    /** The library's error, with what to give instead when the path is the other kind of records. */
    private SmpDocsException withHint(SmpDocsException e) {
        String hint = archive != null && Files.isRegularFile(archive) ? "to check an export, give FILE.zip without --archive"
                : export != null && Files.isDirectory(export) ? "to check a records archive, give --archive DIR" : null;
        if (hint == null) {
            return e;
        }
        String message = e.getMessage().substring(e.code().code().length() + 2);
        return new SmpDocsException(e.code(), message + " (" + hint + ")", e);
    }
}
