package org.smpdocs.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The patient's answers to the clinic's health questions ({@link ProcedureContent#healthQuestions()}),
 * keyed by question id: in a case file {@code "screening": {"diabetes": false, ...}}. Every question
 * of the clinic is answered true or false ({@link EveryQuestionAnswered}) and no other key is given
 * ({@link KnownQuestions}); a yes to a contraindication stops the consent
 * ({@link NoContraindication}).
 */
@EveryQuestionAnswered
@KnownQuestions
@NoContraindication(groups = ConsentChecks.class)
public record Screening(Map<String, Boolean> answers) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Screening {
        answers = answers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** The answer to the question with this id: empty when it was not given (or given as null). */
    public Optional<Boolean> answer(String questionId) {
        return Optional.ofNullable(answers.get(questionId));
    }

    /** Whether the patient answered yes to the question with this id. */
    public boolean yes(String questionId) {
        return Boolean.TRUE.equals(answers.get(questionId));
    }

    @JsonValue
    Map<String, Boolean> json() {
        return answers;
    }
}
