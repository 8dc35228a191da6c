package org.smpdocs.internal.mail;

/**
 * What became of one message at the mail server. {@code reply} is the server's reply code with
 * its enhanced status code when it gave one ("250 2.0.0", "550 5.1.1"); the reply text is left out
 * because servers quote addresses in it.
 */
public record Delivery(Status status, String reply, int attempts) {
    public enum Status {
        /** Accepted by the server. */
        SENT,
        /** Refused for good (a 5xx reply): sending it again will not help. */
        REJECTED,
        /** Refused for now (a 4xx reply) on every attempt: it may go through later. */
        DEFERRED
    }

    public boolean sent() {
        return status == Status.SENT;
    }
}
