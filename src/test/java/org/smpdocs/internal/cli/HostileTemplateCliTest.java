package org.smpdocs.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smpdocs.Samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A hostile clinic template through the command line: one line on stderr, exit code 4, no
 * stack trace and no document written.
 */
class HostileTemplateCliTest {
    private static final String FRAME_START = "<#import \"lib/parts.ftlx\" as p><@p.document title=\"T\" subject=\"S\">\n";

    @TempDir
    Path templates;
    @TempDir
    Path out;

    private String stderr;

    private int render() {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), "render", "--clinic", Samples.CLINIC.toString(),
                "--kind", "consent", "--out", out.toString(), "--templates", templates.toString(),
                Samples.ROOT.resolve("cases/norwood6-density.json").toString());
        stderr = e.toString();
        return code;
    }

    private List<String> written() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<#macro again><@again/></#macro><@again/>|template consent.ftlx: macros or functions call each other too deeply;"
                + " look for a recursion that does not end",
        "<#list 1..2000000000 as i><p>0123456789</p></#list>|template consent.ftlx: output exceeds 4 MB; look for a loop"
                + " that does not end",
        "<#assign all><#list 1..2000000000 as i><p>0123456789</p></#list></#assign>${all}|template consent.ftlx: ran out"
                + " of memory; look for a loop that does not end",
        "<p>${patient.getClass().getProtectionDomain()}</p>|template consent.ftlx line 2, column 4: getClass is blocked:"
                + " templates can use the data's values and the helpers made for them (such as fmt.day), not Java methods",
        "<p><a href=\"file:///etc/passwd\">x</a></p>|template consent.ftlx (generated document line N): <a>: a link must"
                + " start with https://, mailto: or tel: and contain no spaces"})
    void aHostileTemplateEndsInOneLineAndExitCode4(String body, String message) throws IOException {
        Files.writeString(templates.resolve("consent.ftlx"), FRAME_START + body + "</@p.document>");
        assertEquals(4, render(), stderr);
        // the line of the generated document depends on the built-in page frame
        assertEquals(List.of("error: norwood6-density.json: SMP-TEMPLATE: " + message),
                stderr.lines().map(l -> l.replaceAll("generated document line \\d+", "generated document line N")).toList());
        assertEquals(List.of(), written());
    }

    @Test
    void aTemplateSymlinkedOutsideItsDirectoryEndsInOneLineAndExitCode4(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("consent.ftlx"), FRAME_START + "<p>x</p></@p.document>");
        Files.createSymbolicLink(templates.resolve("consent.ftlx"), elsewhere.resolve("consent.ftlx"));
        assertEquals(4, render(), stderr);
        assertEquals(List.of("error: SMP-TEMPLATE: template consent.ftlx leads outside the template directory (through a"
                + " symbolic link or ..) and is refused"), stderr.lines().toList());
        assertEquals(List.of(), written());
    }
}
