package org.smpdocs.internal.render;

import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;

/** How a renderer reports a failure: our own exceptions pass, anything else becomes a render error. */
public final class RenderFailure {
    private RenderFailure() {
    }

    /**
     * @param what the step that failed, e.g. "PDF layout"
     * @param source the template the document came from
     */
    public static SmpDocsException of(String what, String source, Exception e) {
        if (e instanceof SmpDocsException s) {
            return s;
        }
        return new SmpDocsException(ErrorCode.RENDER, what + " of " + source + " failed: " + e.getClass().getSimpleName(), e);
    }
}
