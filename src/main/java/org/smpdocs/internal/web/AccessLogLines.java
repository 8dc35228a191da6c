package org.smpdocs.internal.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.smpdocs.internal.archive.Export;
import org.smpdocs.internal.store.AccessEvent;

/**
 * The access log of a period as the auditor's export carries it ({@link Export#ACCESS_LOG}): one
 * JSON object a line, oldest first, with the event's number, time, staff account (id and user
 * name), action and case id (absent when the event concerns no case). Ids and actions only.
 */
final class AccessLogLines implements Export.Supplement {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<AccessEvent> events;

    AccessLogLines(List<AccessEvent> events) {
        this.events = List.copyOf(events);
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        for (AccessEvent e : events) {
            try (JsonGenerator g = JSON.getFactory().createGenerator(out)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                g.writeStartObject();
                g.writeNumberField("id", e.id());
                g.writeStringField("at", e.at().toString());
                if (e.accountId() != null) {
                    g.writeNumberField("accountId", e.accountId());
                }
                g.writeStringField("username", e.username());
                g.writeStringField("action", e.action().name());
                if (e.caseId() != null) {
                    g.writeStringField("caseId", e.caseId());
                }
                g.writeEndObject();
            }
            out.write('\n');
        }
    }
}
