package org.smpdocs.internal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses of a case's pages: by case id, never by anything else about the patient. */
final class CasePaths {
    /** Case ids that name pages ({@code /cases/new}, {@code /cases/import}) and so cannot be a case's. */
    static final java.util.List<String> RESERVED = java.util.List.of("new", "import");

    private CasePaths() {
    }

    /** Whether {@code caseId} is one of {@link #RESERVED}, ignoring case. */
    static boolean reserved(String caseId) {
        return RESERVED.stream().anyMatch(r -> r.equalsIgnoreCase(caseId));
    }

    /** {@code /cases/<id>}. */
    static String of(String caseId) {
        return "/cases/" + URLEncoder.encode(caseId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code /cases/<id>/<rest>}. */
    static String of(String caseId, String rest) {
        return of(caseId) + "/" + rest;
    }
}
