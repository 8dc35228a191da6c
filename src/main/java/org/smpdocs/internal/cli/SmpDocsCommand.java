package org.smpdocs.internal.cli;

import org.smpdocs.SmpDocs;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level command; its subcommands do the work. */
@Command(name = "smp-docs", mixinStandardHelpOptions = true, versionProvider = SmpDocsCommand.Version.class,
        subcommands = {RenderCommand.class, ValidateCommand.class, EmailCommand.class, ExportCommand.class,
            VerifyCommand.class, ReissueCommand.class, SignCommand.class, ServeCommand.class},
        description = "Consent forms, drawback disclosures, aftercare sheets and treatment reports "
                + "for Scalp Micropigmentation clinics.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all documents written / all inputs valid", "1:unexpected error", "2:usage error",
            "3:invalid input (problems are listed), or a path that is not an archive or export", "4:template error", "5:render or output error",
            "6:verify found altered, missing or extra records, or no records at all; reissue gave other bytes"})
final class SmpDocsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required: render, validate, email, export, verify, reissue, sign or serve");
    }

    /** The version from the jar manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SmpDocs.class.getPackage().getImplementationVersion();
            return new String[] {"smp-docs " + (v == null ? "(development build)" : v)};
        }
    }
}
