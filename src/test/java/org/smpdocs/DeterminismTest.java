package org.smpdocs;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Same inputs, templates and clock: the same bytes, so a record can be regenerated and compared. */
class DeterminismTest {
    private static SmpDocs engine(Clock clock) {
        return SmpDocs.builder().clinicProfile(Samples.CLINIC).clock(clock)
                .formats(EnumSet.allOf(OutputFormat.class)).build();
    }

    @Test
    void twoEnginesOnTheSameClockWriteIdenticalBytes() throws InterruptedException {
        SmpDocs first = engine(Samples.CLOCK);
        SmpDocs second = engine(Samples.CLOCK);
        PatientCase c = first.readCase(Samples.ROOT.resolve("cases/greek-name.json"));
        for (DocumentKind kind : DocumentKind.values()) {
            RenderedDocument a = first.render(kind, c);
            Thread.sleep(1100); // zip entries and PDF ids must not follow the wall clock
            RenderedDocument b = second.render(kind, c);
            for (OutputFormat format : OutputFormat.values()) {
                assertArrayEquals(a.bytes(format), b.bytes(format), kind + " " + format);
            }
        }
    }

    @Test
    void anotherIssueTimeGivesAnotherDocument() {
        PatientCase c = engine(Samples.CLOCK).readCase(Samples.ROOT.resolve("cases/greek-name.json"));
        RenderedDocument now = engine(Samples.CLOCK).render(DocumentKind.CONSENT, c);
        RenderedDocument later = engine(Clock.offset(Samples.CLOCK, Duration.ofMinutes(1))).render(DocumentKind.CONSENT, c);
        for (OutputFormat format : EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX)) {
            assertFalse(Arrays.equals(now.bytes(format), later.bytes(format)), format.name());
        }
        // the e-mail bodies leave the issue time out, so the same sheet sent later is the same message
        for (OutputFormat format : EnumSet.of(OutputFormat.EMAIL_TEXT, OutputFormat.EMAIL_HTML)) {
            assertArrayEquals(now.bytes(format), later.bytes(format), format.name());
        }
    }
}
