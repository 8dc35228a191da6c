package org.smpdocs.internal.input;

/**
 * What the reader accepts at most. Each limit is far above what a real clinic profile or case
 * holds (the samples' longest text is a few hundred characters, their longest list a dozen
 * items) and low enough that a careless or hostile file cannot exhaust memory or time: a value
 * beyond one is a problem with its path, like any other.
 */
final class Limits {
    /** A clinic profile or case file: 1 MiB. Read no further than this, so /dev/zero ends too. */
    static final int FILE_BYTES = 1 << 20;
    /** One text value (a name, a note, a paragraph of content): 4,000 characters. */
    static final int TEXT_CHARS = 4_000;
    /** One list (sessions, photos, drawbacks, signers…): 200 items. */
    static final int LIST_ITEMS = 200;
    /** Objects and lists nested in each other: 20 levels (the model needs 5). */
    static final int NESTING_DEPTH = 20;
    /** Digits in one number: 20. */
    static final int NUMBER_DIGITS = 20;
    /** The clinic logo file: 2 MiB. */
    static final int LOGO_BYTES = 2 << 20;
    /** A signature or initials image of a signing record: what a signature pad sends, many times over. */
    static final int SIGNATURE_BYTES = 2 << 20;
    /** Entries in a signing record: a consent has a few dozen fields. */
    static final int SIGNING_ENTRIES = 200;
    /** The clinic logo's width and height, each: 4,000 pixels, read from the header before decoding. */
    static final int LOGO_PIXELS = 4_000;
    /** Problems listed for one file: 100, and one more that counts the rest. */
    static final int PROBLEMS_LISTED = 100;
    /** How much of a field name a problem shows: 40 characters. */
    static final int KEY_CHARS = 40;

    private Limits() {
    }
}
