package org.smpdocs.internal.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smpdocs.DocumentKind;
import org.smpdocs.ErrorCode;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.SmpDocsException;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Clinic templates that try to reach Java, recurse without end, write without end or reach
 * outside their directory: each ends in one template error in plain words.
 */
class HostileTemplateTest {
    private static final String FRAME_START = "<#import \"lib/parts.ftlx\" as p><@p.document title=\"T\" subject=\"S\">\n";
    private static final String FRAME_END = "</@p.document>";
    private static final String BLOCKED = " is blocked: templates can use the data's values and the helpers made for"
            + " them (such as fmt.day), not Java methods";
    private static final String OUTSIDE = " leads outside the template directory (through a symbolic link or ..)"
            + " and is refused";

    private static final String NOT_A_FILE = " in the template directory is not a regular file";

    @TempDir
    Path templates;
    @TempDir
    Path elsewhere;

    private SmpDocs engine() {
        return SmpDocs.builder().clinicProfile(Samples.CLINIC).clock(Samples.CLOCK).templateDirectory(templates).build();
    }

    private SmpDocs engineWith(String body) throws IOException {
        Files.writeString(templates.resolve("consent.ftlx"), FRAME_START + body + FRAME_END);
        return engine();
    }

    private static PatientCase sample(SmpDocs engine) {
        return engine.readCase(Samples.cases().get(0));
    }

    private static SmpDocsException consentFails(SmpDocs engine) {
        PatientCase c = sample(engine);
        SmpDocsException e = assertThrows(SmpDocsException.class, () -> engine.xhtml(DocumentKind.CONSENT, c, 0));
        assertEquals(ErrorCode.TEMPLATE, e.code());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<p>${patient.getClass().getProtectionDomain()}</p>|getClass",
        "<p>${patient.class}</p>|class",
        "<p>${patient.hashCode()}</p>|hashCode",
        "<p>${clinic.practitioner(\"p-1\")}</p>|practitioner",
        "<p>${patient.dateOfBirth.year}</p>|year",
        "<p>${patient.hairLoss.scale.name()}</p>|name",
        "<p>${fmt.getClass()}</p>|getClass",
        "<p>${doc.provenance.templateSet().getClass()}</p>|getClass"})
    void javaMembersAreBlockedInPlainWords(String body, String member) throws IOException {
        SmpDocsException e = consentFails(engineWith(body));
        assertEquals("SMP-TEMPLATE: template consent.ftlx line 2, column 4: " + member + BLOCKED, e.getMessage());
    }

    @Test
    void theSwitchedOffBuiltInsAreNamedInPlainWords() throws IOException {
        assertEquals("SMP-TEMPLATE: template consent.ftlx line 2, column 6: ?api is switched off: templates cannot reach"
                + " Java at ${patient?api}", consentFails(engineWith("<p>${patient?api.class}</p>")).getMessage());
        assertEquals("SMP-TEMPLATE: template consent.ftlx line 2, column 4: ?new is switched off: templates cannot create"
                + " Java objects", consentFails(engineWith("<p>${\"freemarker.template.utility.Execute\"?new()(\"id\")}</p>"))
                        .getMessage());
    }

    @Test
    void typeErrorsSayWhatTheValueIsNot() throws IOException {
        assertEquals("SMP-TEMPLATE: template consent.ftlx line 2, column 6: the value is not a number at ${patient.id}",
                consentFails(engineWith("<p>${patient.id * 2}</p>")).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<p>${fmt}</p>|4|fmt is a helper, not a value to print; use it on a value, such as ${fmt.day(patient.dateOfBirth)}",
        "<p>${\"[\" + fmt + \"]\"}</p>|4|fmt is a helper, not a value to print; use it on a value, such as"
                + " ${fmt.day(patient.dateOfBirth)}",
        "<p>x${doc.provenance}</p>|5|a Provenance is a group of values, not a value to print; print one of its parts",
        "<p>${patient}</p>|4|a Patient is a group of values, not a value to print; print one of its parts",
        "<p>${patient.hairLoss?string}</p>|4|a HairLoss is a group of values, not a value to print; print one of its"
                + " parts"})
    void printingAHelperOrAGroupOfValuesIsATemplateError(String body, int column, String what) throws IOException {
        SmpDocsException e = consentFails(engineWith(body));
        assertEquals("SMP-TEMPLATE: template consent.ftlx line 2, column " + column + ": " + what, e.getMessage());
    }

    @Test
    void datesNumbersEnumsAndTextStillPrint() throws IOException {
        SmpDocs engine = engineWith("<p>${patient.dateOfBirth}|${patient.hairLoss.scale}|${patient.hairLoss.scale == "
                + "patient.hairLoss.scale}|${doc.provenance.templateSet.version}|${content.drawbacks?size}</p>");
        PatientCase c = sample(engine);
        String markup = engine.xhtml(DocumentKind.CONSENT, c, 0);
        String expected = "<p>" + c.patient().dateOfBirth() + "|" + c.patient().hairLoss().scale().name() + "|true|"
                + engine.render(DocumentKind.CONSENT, c).provenance().templateSet().version() + "|"
                + engine.clinic().content().drawbacks().size() + "</p>";
        assertTrue(markup.contains(expected), markup);
    }

    @Test
    void recordComponentsAndTheTemplateHelpersStillWork() throws IOException {
        SmpDocs engine = engineWith("<p>${patient.familyName}|${patient.familyName()}|${patient.fullName()}|"
                + "${fmt.day(patient.dateOfBirth)}|${patient.hairLoss.scale}|${doc.provenance.shortForm()?length > 0}</p>");
        PatientCase c = sample(engine);
        String markup = engine.xhtml(DocumentKind.CONSENT, c, 0);
        String expected = c.patient().familyName() + "|" + c.patient().familyName() + "|" + c.patient().fullName() + "|"
                + new DateFormats(java.util.Locale.UK).day(c.patient().dateOfBirth()) + "|"
                + c.patient().hairLoss().scale().name() + "|true";
        assertTrue(markup.contains("<p>" + expected + "</p>"), markup);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<#macro again n><@again n=n + 1/></#macro><@again n=0/>",
        "<#function deeper n><#return deeper(n + 1)></#function><p>${deeper(0)}</p>",
        "<#macro a><@b/></#macro><#macro b><@a/></#macro><@a/>"})
    void recursionWithoutEndIsATemplateError(String body) throws IOException {
        assertEquals("SMP-TEMPLATE: template consent.ftlx: macros or functions call each other too deeply; look for a"
                + " recursion that does not end", consentFails(engineWith(body)).getMessage());
    }

    @Test
    @Timeout(60)
    void outputWithoutEndStopsAtTheLimit() throws IOException {
        SmpDocsException e = consentFails(engineWith("<#list 1..2000000000 as i><p>0123456789</p></#list>"));
        assertEquals("SMP-TEMPLATE: template consent.ftlx: output exceeds 4 MB; look for a loop that does not end",
                e.getMessage());
    }

    @ParameterizedTest
    @Timeout(120)
    @CsvSource(delimiter = '|', value = {
        "<#assign all><#list 1..2000000000 as i><p>0123456789</p></#list></#assign>${all}",
        "<#attempt><#list 1..2000000000 as i><p>0123456789</p></#list><#recover>none</#attempt>"})
    void textBuiltUpWithoutEndOutsideTheOutputIsATemplateErrorToo(String body) throws IOException {
        SmpDocsException e = consentFails(engineWith(body));
        assertEquals("SMP-TEMPLATE: template consent.ftlx: ran out of memory; look for a loop that does not end",
                e.getMessage());
    }

    @Test
    void aTemplateSymlinkedOutsideTheDirectoryIsRefusedWhenTheEngineIsBuilt() throws IOException {
        Files.writeString(elsewhere.resolve("consent.ftlx"), FRAME_START + "<p>from elsewhere</p>" + FRAME_END);
        Files.createSymbolicLink(templates.resolve("consent.ftlx"), elsewhere.resolve("consent.ftlx"));
        SmpDocsException e = assertThrows(SmpDocsException.class, this::engine);
        assertEquals("SMP-TEMPLATE: template consent.ftlx" + OUTSIDE, e.getMessage());
    }

    @Test
    void aTemplateThatIsAFolderIsATemplateErrorNotTheBuiltIn() throws IOException {
        Files.createDirectory(templates.resolve("consent.ftlx"));
        SmpDocsException e = assertThrows(SmpDocsException.class, this::engine);
        assertEquals(ErrorCode.TEMPLATE, e.code());
        assertEquals("SMP-TEMPLATE: template consent.ftlx" + NOT_A_FILE, e.getMessage());
    }

    @ParameterizedTest
    @Timeout(60)
    @CsvSource({"consent.ftlx", "print.css", "lib/parts.ftlx"})
    void aTemplateThatIsAFifoIsATemplateErrorWithoutHanging(String name) throws IOException, InterruptedException {
        Files.createDirectories(templates.resolve(name).getParent());
        mkfifo(templates.resolve(name));
        SmpDocsException e = assertThrows(SmpDocsException.class, this::engine);
        assertEquals("SMP-TEMPLATE: template " + name + NOT_A_FILE, e.getMessage());
    }

    private static void mkfifo(Path fifo) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");
    }

    @Test
    void aStylesheetSymlinkedOutsideTheDirectoryIsRefused() throws IOException {
        Files.writeString(elsewhere.resolve("secret.css"), "body { color: red; }");
        Files.createSymbolicLink(templates.resolve("print.css"), elsewhere.resolve("secret.css"));
        SmpDocsException e = assertThrows(SmpDocsException.class, this::engine);
        assertEquals("SMP-TEMPLATE: template print.css" + OUTSIDE, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<#include \"linked/part.ftlx\">|linked/part.ftlx",
        "<#include \"part-link.ftlx\">|part-link.ftlx",
        "<#include \"../part.ftlx\">|../part.ftlx",
        "<#import \"lib/../../part.ftlx\" as x>|lib/../../part.ftlx"})
    void includesThatLeadOutsideTheDirectoryAreRefused(String body, String name) throws IOException {
        Files.writeString(elsewhere.resolve("part.ftlx"), "<p>from elsewhere</p>");
        Files.createSymbolicLink(templates.resolve("linked"), elsewhere);
        Files.createSymbolicLink(templates.resolve("part-link.ftlx"), elsewhere.resolve("part.ftlx"));
        SmpDocsException e = consentFails(engineWith(body));
        assertEquals("SMP-TEMPLATE: template consent.ftlx line 2, column 1: template " + name + OUTSIDE, e.getMessage());
    }

    @Test
    void aSymlinkThatStaysInsideTheDirectoryIsFollowed() throws IOException {
        Files.createDirectories(templates.resolve("parts"));
        Files.writeString(templates.resolve("parts/intro.ftlx"), "<p>our own introduction</p>");
        Files.createSymbolicLink(templates.resolve("intro.ftlx"), templates.resolve("parts/intro.ftlx"));
        SmpDocs engine = engineWith("<#include \"intro.ftlx\">");
        assertTrue(engine.xhtml(DocumentKind.CONSENT, sample(engine), 0).contains("<p>our own introduction</p>"));
    }

    @Test
    void aTemplateFileOverOneMegabyteIsRefused() throws IOException {
        Files.writeString(templates.resolve("consent.ftlx"), FRAME_START + "<p>x</p>\n".repeat(150_000) + FRAME_END);
        SmpDocsException e = assertThrows(SmpDocsException.class, this::engine);
        assertEquals("SMP-TEMPLATE: template consent.ftlx is larger than 1024 KB", e.getMessage());
    }

    @Test
    void anExpressionNestedTooDeeplyToReadIsATemplateError() throws IOException {
        Files.writeString(templates.resolve("consent.ftlx"), FRAME_START + "${" + "(".repeat(50_000) + "1"
                + ")".repeat(50_000) + "}" + FRAME_END);
        SmpDocsException e = assertThrows(SmpDocsException.class, this::engine);
        assertEquals("SMP-TEMPLATE: template consent.ftlx is nested too deeply to read", e.getMessage());
    }

    @Test
    void aMissingIncludeIsNamed() throws IOException {
        assertEquals("SMP-TEMPLATE: template consent.ftlx line 2, column 1: template nowhere.ftlx not found in the"
                + " clinic's template directory or the built-in set",
                consentFails(engineWith("<#include \"nowhere.ftlx\">")).getMessage());
    }

    @Test
    void elementsNestedWithoutEndAreATemplateError() throws IOException {
        SmpDocsException e = consentFails(engineWith(
                "<#list 1..100000 as i><span></#list><#list 1..100000 as i></span></#list>"));
        assertTrue(e.getMessage().startsWith("SMP-TEMPLATE: template consent.ftlx (generated document line "), e.getMessage());
        assertTrue(e.getMessage().endsWith("): elements are nested more than 64 deep"), e.getMessage());
    }
}
