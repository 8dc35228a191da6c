package org.smpdocs.internal.archive;

import java.nio.file.Path;
import org.smpdocs.DocumentKind;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.internal.input.CaseSnapshot;
import org.smpdocs.model.PatientCase;

/** A second process for {@link ArchiveTest}: records N aftercare sheets into the archive given. */
public final class ArchiveWriter {
    private ArchiveWriter() {
    }

    public static void main(String[] args) {
        SmpDocs engine = Samples.engine();
        PatientCase c = engine.readCase(Samples.ROOT.resolve("cases/greek-name.json"));
        Archive archive = new Archive(Path.of(args[0]));
        for (int i = 0; i < Integer.parseInt(args[1]); i++) {
            archive.record(engine.render(DocumentKind.AFTERCARE, c), CaseSnapshot.json(c));
        }
    }
}
