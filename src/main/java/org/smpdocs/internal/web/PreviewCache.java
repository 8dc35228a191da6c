package org.smpdocs.internal.web;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.smpdocs.SmpDocs;

/**
 * Previews already made, so that a document looked at again (by the next person at the desk, or
 * after a reload) is not laid out again: rendering is deterministic, so the same case version,
 * document, session, engine and day give the same PDF. The least recently used go first once the
 * cache holds {@value #MAX_ENTRIES} previews or {@value #MAX_BYTES} bytes. Only previews are kept:
 * what is printed is always rendered afresh and archived.
 */
final class PreviewCache {
    static final int MAX_ENTRIES = 200;
    static final long MAX_BYTES = 48L * 1024 * 1024;

    /** What a preview depends on. The engine is compared by identity: a reloaded engine is another. */
    record Key(String caseId, int version, String kind, String session, SmpDocs engine, LocalDate day) {
        Key {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(engine, "engine");
            Objects.requireNonNull(day, "day");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && caseId.equals(k.caseId) && version == k.version && kind.equals(k.kind)
                    && Objects.equals(session, k.session) && engine == k.engine && day.equals(k.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, version, kind, session, System.identityHashCode(engine), day);
        }
    }

    /** A preview: the PDF and the file name it is offered under. */
    record Preview(byte[] pdf, String fileName) {
        Preview {
            Objects.requireNonNull(pdf, "pdf");
            Objects.requireNonNull(fileName, "fileName");
        }
    }

    private final LinkedHashMap<Key, Preview> previews = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    synchronized Optional<Preview> get(Key key) {
        return Optional.ofNullable(previews.get(key));
    }

    synchronized void put(Key key, Preview preview) {
        if (preview.pdf().length > MAX_BYTES / 4) {
            return;
        }
        Preview old = previews.put(key, preview);
        bytes += preview.pdf().length - (old == null ? 0 : old.pdf().length);
        Iterator<Map.Entry<Key, Preview>> eldest = previews.entrySet().iterator();
        while ((previews.size() > MAX_ENTRIES || bytes > MAX_BYTES) && eldest.hasNext()) {
            bytes -= eldest.next().getValue().pdf().length;
            eldest.remove();
        }
    }

    synchronized int size() {
        return previews.size();
    }
}
