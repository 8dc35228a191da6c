package org.smpdocs.internal.xhtml;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The elements and attributes templates may emit; every renderer supports all of them. The
 * clinical parts are ordinary elements with a class that gives them meaning:
 * <ul>
 * <li>{@code <div class="signature" data-role="patient">}: the signature block of one signer
 * role (patient, guardian, practitioner, witness, interpreter);</li>
 * <li>{@code <section class="sign-off">}: what is signed (the statement) with every signer's
 * block, kept on one page in every format;</li>
 * <li>{@code <span class="field" data-field="name" data-kind="signature|date|text">}: a fill-in
 * field, blank or pre-filled with its content (a pre-filled field is printed as its text, with
 * no form field over it in a PDF);</li>
 * <li>{@code <span class="initials" data-field="name">}: a box to initial;</li>
 * <li>{@code <span class="checkbox" data-field="choice-name"></span>}: a checkbox the reader
 * ticks, named for the form field it becomes. It is always empty: a document never ticks a box
 * for the patient (a pre-ticked box is not consent), so there is no attribute to tick it;
 * a choice made earlier is printed as a recorded fact instead;</li>
 * <li>{@code <div class="page-break">}, and in a {@code header}/{@code footer},
 * {@code <span class="page-number">} and {@code <span class="page-count">}.</li>
 * </ul>
 * The only image is the clinic logo: {@code <img src="clinic-logo" alt="...">}; any other
 * {@code src} is an error rather than an image silently left out. A link's {@code href} starts
 * with one of {@link #LINK_SCHEMES}: {@code https://} (not {@code http://}: the documents do not
 * point patients at unencrypted pages), {@code mailto:} or {@code tel:}. Relative and fragment
 * links are refused too: they have no meaning in a PDF, a Word file or an e-mail alike.
 */
public final class Vocabulary {
    static final String CLASS = "class";
    private static final Set<String> COMMON = Set.of(CLASS, "id", "lang");
    private static final Set<String> CLINICAL = Set.of("data-role", "data-field", "data-kind");
    /** Attributes that were once in the vocabulary, with why they are not any more. */
    private static final Map<String, String> RETIRED = Map.of("data-checked",
            "a checkbox is always empty for the reader to tick; print a choice already made as text");

    /** Element name to the attributes it may carry besides class, id, lang and the data-* set. */
    private static final Map<String, Set<String>> ELEMENTS = Map.ofEntries(
            Map.entry("html", Set.of("xmlns")), Map.entry("head", Set.of()), Map.entry("title", Set.of()),
            Map.entry("meta", Set.of("name", "content", "charset")), Map.entry("body", Set.of()),
            Map.entry("header", Set.of()), Map.entry("footer", Set.of()), Map.entry("section", Set.of()),
            Map.entry("div", Set.of()),
            Map.entry("h1", Set.of()), Map.entry("h2", Set.of()), Map.entry("h3", Set.of()),
            Map.entry("p", Set.of()), Map.entry("ul", Set.of()), Map.entry("ol", Set.of()), Map.entry("li", Set.of()),
            Map.entry("table", Set.of()), Map.entry("thead", Set.of()), Map.entry("tbody", Set.of()),
            Map.entry("tr", Set.of()), Map.entry("th", Set.of("colspan")), Map.entry("td", Set.of("colspan")),
            Map.entry("hr", Set.of()), Map.entry("img", Set.of("src", "alt", "width", "height")),
            Map.entry("strong", Set.of()), Map.entry("em", Set.of()), Map.entry("u", Set.of()),
            Map.entry("br", Set.of()), Map.entry("span", Set.of()), Map.entry("a", Set.of("href")));

    /** The {@code src} of the clinic logo, the one image documents show. */
    public static final String LOGO = "clinic-logo";
    /** How a link's {@code href} may start. */
    public static final List<String> LINK_SCHEMES = List.of("https://", "mailto:", "tel:");

    /** Signer roles a signature block may name. */
    public static final Set<String> ROLES = Set.of("patient", "guardian", "practitioner", "witness", "interpreter");
    /** Kinds of fill-in field. */
    public static final Set<String> FIELD_KINDS = Set.of("signature", "date", "text");

    private Vocabulary() {
    }

    static boolean knows(String element) {
        return ELEMENTS.containsKey(element);
    }

    static boolean allows(String element, String attribute) {
        return COMMON.contains(attribute) || CLINICAL.contains(attribute)
                || ELEMENTS.getOrDefault(element, Set.of()).contains(attribute);
    }

    /** Why an attribute {@link #allows(String, String) not allowed} is refused. */
    static String refusal(String element, String attribute) {
        String why = RETIRED.get(attribute);
        return "attribute " + attribute + " is not allowed on <" + element + ">" + (why == null ? "" : ": " + why);
    }

    /**
     * What is wrong with an element's clinical attributes, or null when nothing is. Checked so
     * that a renderer can rely on them.
     */
    static String misuse(String name, Map<String, String> attrs) {
        String classes = " " + attrs.getOrDefault(CLASS, "") + " ";
        if (classes.contains(" signature ") && !ROLES.contains(attrs.getOrDefault("data-role", ""))) {
            return "a signature block needs data-role, one of " + ROLES;
        }
        if ((classes.contains(" field ") || classes.contains(" initials ")) && blank(attrs.get("data-field"))) {
            return "a field or initials box needs a data-field name";
        }
        if (classes.contains(" checkbox ") && blank(attrs.get("data-field"))) {
            return "a checkbox needs a data-field name";
        }
        if (classes.contains(" field ") && attrs.containsKey("data-kind") && !FIELD_KINDS.contains(attrs.get("data-kind"))) {
            return "data-kind must be one of " + FIELD_KINDS;
        }
        if (name.equals("img") && (blank(attrs.get("src")) || attrs.get("alt") == null)) {
            return "an image needs src and alt";
        }
        if (name.equals("img") && !LOGO.equals(attrs.get("src"))) {
            return "the only image is the clinic logo, src=\"" + LOGO + "\"";
        }
        if (name.equals("a") && attrs.containsKey("href") && !linkAllowed(attrs.get("href"))) {
            return "a link must start with https://, mailto: or tel: and contain no spaces";
        }
        return null;
    }

    /** What is wrong with an element's content, or null when nothing is: a checkbox holds nothing. */
    static String misuse(Element e) {
        if (e.hasClass("checkbox") && (!e.elements().isEmpty() || !e.text().isBlank())) {
            return "a checkbox is always empty: the reader ticks it";
        }
        return null;
    }

    /** Whether a link target has an allowed scheme, something after it and no white space or controls. */
    static boolean linkAllowed(String href) {
        String lower = href.toLowerCase(Locale.ROOT);
        return LINK_SCHEMES.stream().anyMatch(s -> lower.startsWith(s) && lower.length() > s.length())
                && href.chars().noneMatch(c -> c <= ' ' || Character.isWhitespace(c) || Character.isISOControl(c));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
