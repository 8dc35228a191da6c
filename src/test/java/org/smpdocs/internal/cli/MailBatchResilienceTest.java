package org.smpdocs.internal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.Samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code email --eml} keeps going like {@code render}: a repeated case id, another patient's
 * message already in the folder, a template that fails for one case and a file name full of
 * escape codes are each reported by file name, and the other cases are written.
 */
class MailBatchResilienceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARK = Samples.ROOT.resolve("cases/norwood6-density.json").toString();
    private static final String GREEK = Samples.ROOT.resolve("cases/greek-name.json").toString();
    private static final String MESSAGE = "C-2026-0142-aftercare-s2.eml";

    @TempDir
    Path dir;

    private CliRun email(Path eml, String... extra) {
        List<String> args = new ArrayList<>(List.of("email", "--clinic", Samples.CLINIC.toString(), "--eml", eml.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args);
    }

    @Test
    void aRepeatedCaseIdDoesNotReplaceTheFirstPatientsMessage() throws Exception {
        Path eml = dir.resolve("eml");
        CliRun run = email(eml, MARK, otherPatientWithMarksCaseId().toString());
        assertEquals(3, run.code(), run.err());
        assertTrue(run.err().contains("invalid: other.json: 1 problem\n  id: repeated-case-id"), run.err());
        assertEquals("mark.hollins@example.com", recipient(eml.resolve(MESSAGE)));
        assertTrue(run.out().contains("1 message written; 1 of 2 cases with problems"), run.out());
    }

    @Test
    void anotherPatientsMessageIsNotReplacedWithoutOverwrite() throws Exception {
        Path eml = dir.resolve("eml");
        assertEquals(0, email(eml, MARK).code());
        byte[] first = Files.readAllBytes(eml.resolve(MESSAGE));

        CliRun refused = email(eml, otherPatientWithMarksCaseId().toString(), GREEK);
        assertEquals(5, refused.code(), refused.err());
        assertTrue(refused.err().contains("error: other.json: SMP-OUTPUT: " + eml.resolve(MESSAGE) + " holds a message of "
                + "another case or patient"), refused.err());
        assertArrayEquals(first, Files.readAllBytes(eml.resolve(MESSAGE)));
        assertTrue(Files.exists(eml.resolve("C-2026-0153-aftercare-s1.eml")), "the next case goes on");

        assertEquals(0, email(eml, MARK).code(), "a case's own message is replaced");
        CliRun overwritten = email(eml, "--overwrite", otherPatientWithMarksCaseId().toString());
        assertEquals(0, overwritten.code(), overwritten.err());
        assertEquals("other.patient@example.org", recipient(eml.resolve(MESSAGE)));
    }

    @Test
    void aTemplateFailingForOneCaseNamesItAndTheOthersGoOn() throws IOException {
        Path templates = Files.createDirectory(dir.resolve("templates"));
        String aftercare = Files.readString(Path.of("templates/aftercare.ftlx")).replace("</@p.document>",
                "<#if patient.id == \"P-10342\"><p>${patient.nope}</p></#if>\n</@p.document>");
        Files.writeString(templates.resolve("aftercare.ftlx"), aftercare);
        Path eml = dir.resolve("eml");
        CliRun run = email(eml, "--templates", templates.toString(), MARK, GREEK);
        assertEquals(4, run.code(), run.err());
        assertTrue(run.err().startsWith("error: norwood6-density.json: SMP-TEMPLATE: template aftercare.ftlx"), run.err());
        assertFalse(Files.exists(eml.resolve(MESSAGE)));
        assertTrue(Files.exists(eml.resolve("C-2026-0153-aftercare-s1.eml")), "the next case goes on");
        assertTrue(run.out().contains("1 message written; 1 of 2 cases with problems"), run.out());
    }

    @Test
    void escapeCodesInAFileNameReachTheTerminalAsText() throws IOException {
        Path file = Files.write(dir.resolve("x\u001b[2J\u001b[H.json"), "{".getBytes());
        CliRun run = email(dir.resolve("eml"), file.toString());
        assertEquals(3, run.code(), run.err());
        assertTrue(run.err().contains("invalid: x\\u001b[2J\\u001b[H.json: 1 problem"), run.err());
        assertFalse(run.err().contains("\u001b"), run.err());
        CliRun validate = CliRun.of("validate", "--clinic", Samples.CLINIC.toString(), file.toString());
        assertFalse(validate.err().contains("\u001b"), validate.err());
    }

    private Path otherPatientWithMarksCaseId() throws IOException {
        ObjectNode c = (ObjectNode) JSON.readTree(Path.of(MARK).toFile());
        ObjectNode patient = (ObjectNode) c.get("patient");
        patient.put("id", "P-99999");
        patient.put("givenName", "Other");
        patient.put("email", "other.patient@example.org");
        return Files.write(dir.resolve("other.json"), JSON.writeValueAsBytes(c));
    }

    private static String recipient(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
            return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
        }
    }
}
