package org.smpdocs.internal.store;

/**
 * The administrator's settings the database keeps, each under a stable key. Secrets are not among
 * them: for the SMTP password, only the file it is read from.
 */
public enum Setting {
    /** The clinic's template directory in use; none: the built-in templates. */
    TEMPLATE_DIRECTORY("templates.directory"),
    /** The SMTP server's host name. */
    SMTP_HOST("smtp.host"),
    /** The SMTP server's port, 1 to 65535. */
    SMTP_PORT("smtp.port"),
    /** Whether STARTTLS is required: {@code true} or {@code false}. */
    SMTP_STARTTLS("smtp.starttls"),
    /** The SMTP login's user name. */
    SMTP_USER("smtp.user"),
    /** The file the SMTP password is read from (never the password). */
    SMTP_PASSWORD_FILE("smtp.password-file");

    private final String key;

    Setting(String key) {
        this.key = key;
    }

    /** The key it is stored under. */
    public String key() {
        return key;
    }

    /** Why {@code value} cannot be this setting's, or null when it can. */
    String problem(String value) {
        if (value.isBlank() || value.length() > 1000 || value.codePoints().anyMatch(Character::isISOControl)) {
            return "1 to 1000 characters without control characters";
        }
        return switch (this) {
            case SMTP_PORT -> value.matches("[0-9]{1,5}") && Integer.parseInt(value) >= 1
                    && Integer.parseInt(value) <= 65535 ? null : "a port number, 1 to 65535";
            case SMTP_STARTTLS -> value.equals("true") || value.equals("false") ? null : "true or false";
            default -> null;
        };
    }
}
