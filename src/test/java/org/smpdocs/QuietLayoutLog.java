package org.smpdocs;

import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRSimpleLogFormatter;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Keeps openhtmltopdf's step-by-step console log out of the test output, as the command line
 * does: the library leaves the process's logging alone, so the test run (an application of it)
 * chooses. Layout diagnostics still reach the renderer.
 */
public final class QuietLayoutLog implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        XRLog.setLoggerImpl(new JDKXRLogger(false, Level.OFF, new ConsoleHandler(), new XRSimpleLogFormatter()));
    }
}
