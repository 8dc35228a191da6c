package org.smpdocs.model;

/**
 * What an e-mail address must look like on top of Bean Validation's {@code @Email}, which also
 * takes "name@localhost" and "name@[192.0.2.1]": a domain name with at least one dot, ending in
 * a top-level domain of letters. Mail from the clinic goes to real domains only.
 */
final class Emails {
    static final String PATTERN = "[^@\\s]+@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+"
            + "\\p{L}[\\p{L}\\p{N}-]*[\\p{L}\\p{N}]";
    static final String EXPECTED = "an e-mail address such as name@example.com (a domain name with a dot, "
            + "not an IP address)";

    private Emails() {
    }
}
