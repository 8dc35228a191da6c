package org.smpdocs.internal.template;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.smpdocs.model.CaseFact;
import org.smpdocs.model.HealthQuestion;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.PersonalNote;
import org.smpdocs.model.ProcedureContent;
import org.smpdocs.model.YesMeans;

/**
 * What the clinic's content says about one case: the answers to its health questions, the
 * precautions among them, the "what this means for you" notes whose condition holds, and the
 * consent choices with any recorded answer. Stateless.
 */
final class CaseReading {
    private CaseReading() {
    }

    static List<HealthAnswer> answers(ProcedureContent content, PatientCase c) {
        return content.healthQuestions().stream().map(q -> new HealthAnswer(q, c.screening().yes(q.id()))).toList();
    }

    static List<HealthQuestion> precautions(ProcedureContent content, PatientCase c) {
        return content.healthQuestions().stream()
                .filter(q -> q.ifYes() == YesMeans.PRECAUTION && c.screening().yes(q.id())).toList();
    }

    static List<String> forYou(ProcedureContent content, PatientCase c, boolean minor) {
        return content.forYou().stream().filter(n -> holds(n, c, minor)).map(PersonalNote::text).toList();
    }

    static List<ChoiceLine> choices(ProcedureContent content, PatientCase c) {
        return content.choices().stream()
                .map(choice -> new ChoiceLine(choice, c.consent().choice(choice.id()).orElse(null))).toList();
    }

    private static boolean holds(PersonalNote note, PatientCase c, boolean minor) {
        return c.screening().yes(note.when()) || Arrays.stream(CaseFact.values())
                .filter(f -> Objects.equals(f.spelling(), note.when())).anyMatch(f -> f.holds(c, minor));
    }
}
