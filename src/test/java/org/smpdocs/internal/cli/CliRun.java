package org.smpdocs.internal.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** One in-process run of the command line: its exit code and what it printed on each stream. */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
        return new CliRun(code, o.toString(), e.toString());
    }

    /** A run with {@code environment} as the process's environment variables. */
    static CliRun with(Map<String, String> environment, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), environment, args);
        return new CliRun(code, o.toString(), e.toString());
    }

    static CliRun of(List<String> args) {
        return of(args.toArray(String[]::new));
    }
}
