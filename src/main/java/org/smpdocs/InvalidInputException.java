package org.smpdocs;

import java.util.List;

/** The input could not be used; carries every problem found, not just the first. */
public final class InvalidInputException extends SmpDocsException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final transient List<Problem> problems;

    /**
     * @param source what was read, as the user named it (a file name), for the message
     * @param problems all problems found, at least one
     */
    public InvalidInputException(String source, List<Problem> problems) {
        super(ErrorCode.INVALID_INPUT, summary(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(String source, List<Problem> problems) {
        StringBuilder b = new StringBuilder(source).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        for (Problem p : problems) {
            b.append(System.lineSeparator()).append("  ").append(p);
        }
        return b.toString();
    }
}
