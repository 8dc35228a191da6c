package org.smpdocs.internal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smpdocs.internal.archive.Finding;
import org.smpdocs.internal.archive.Verification;

/**
 * A verification as the auditor's page shows it: how many records were checked, whether all are
 * intact, how far checkpoints seal them, and each finding in plain words (what is wrong, where,
 * in what way). Paths in an archive or export are hashes and sequence numbers, never patient data.
 */
final class FindingWords {
    private FindingWords() {
    }

    static Map<String, Object> of(String what, Verification v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("what", what);
        m.put("records", v.records());
        m.put("intact", v.intact());
        m.put("empty", v.empty());
        m.put("sealing", v.sealing().summary());
        m.put("findings", findings(v.findings()));
        return m;
    }

    private static List<Map<String, String>> findings(List<Finding> findings) {
        return findings.stream().map(f -> Map.of("problem", words(f.problem()), "path", f.path(),
                "detail", f.detail())).toList();
    }

    /** The kind of finding, as a heading an auditor reads. */
    static String words(Finding.Problem p) {
        return switch (p) {
            case ALTERED -> "Changed since it was recorded";
            case MISSING -> "Missing";
            case EXTRA -> "Should not be there";
            case BROKEN_CHAIN -> "The audit log's chain is broken";
            case TORN_LINE -> "An audit line was cut off";
            case BAD_SIGNATURE -> "A signature does not verify";
            case REWRITTEN -> "The log was rewritten after it was sealed";
            case CUT -> "The end of the log was cut off";
        };
    }
}
