package org.smpdocs.internal.seal;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link SealVerifier} found about a PDF: a check per signature, and problems of the file as
 * a whole (not a PDF, not sealed). Immutable.
 *
 * @param signatures one check per signature, in the document's field order
 * @param problems problems of the whole file
 */
public record SealReport(List<SealCheck> signatures, List<SealProblem> problems) {
    public SealReport {
        signatures = List.copyOf(signatures);
        problems = List.copyOf(problems);
    }

    /** True when the file is sealed and every signature in it is intact. */
    public boolean sealedAndIntact() {
        return problems.isEmpty() && !signatures.isEmpty() && signatures.stream().allMatch(SealCheck::intact);
    }

    /** Every problem found, of the file and of each signature, in order, without repeats. */
    public List<SealProblem> allProblems() {
        List<SealProblem> all = new ArrayList<>(problems);
        for (SealCheck check : signatures) {
            for (SealProblem p : check.problems()) {
                if (!all.contains(p)) {
                    all.add(p);
                }
            }
        }
        return List.copyOf(all);
    }

    /** "sealed and intact", or the problems in plain words, one a line. */
    @Override
    public String toString() {
        if (sealedAndIntact()) {
            return "sealed and intact";
        }
        return String.join("\n", allProblems().stream().map(SealProblem::words).toList());
    }
}
