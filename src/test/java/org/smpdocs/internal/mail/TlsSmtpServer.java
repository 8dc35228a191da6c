package org.smpdocs.internal.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A real SMTP server in the test JVM (SubEthaSMTP) that requires STARTTLS, with a certificate for
 * localhost, optionally requires a login, and refuses messages as scripted: a queue of replies
 * that the next recipients or data meet before anything is accepted.
 */
public final class TlsSmtpServer implements AutoCloseable {
    public static final String USER = "frontdesk@deansgatescalp.example.com";
    public static final String PASSWORD = "correct horse ∑ battery";
    private static final String STORE_PASSWORD = "test-only";

    /** A scripted refusal: {@code code} with {@code text}, at RCPT for {@code recipient} (null: at DATA). */
    public record Refusal(int code, String text, String recipient) {
    }

    /** What arrived: the bytes, the login the session used (null: none) and the envelope recipients. */
    public record Received(byte[] data, String login, List<String> recipients) {
        public MimeMessage message() throws Exception {
            return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(data));
        }
    }

    private final SMTPServer server;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    public final Queue<Refusal> refusals = new ConcurrentLinkedQueue<>();

    public TlsSmtpServer(boolean requireLogin) {
        SMTPServer.Builder builder = SMTPServer.port(0).hostName("localhost").requireTLS().enableTLS()
                .startTlsSocketFactory(serverTls()).messageHandlerFactory(Handler::new);
        if (requireLogin) {
            builder.requireAuth().authenticationHandlerFactory(new EasyAuthenticationHandlerFactory(
                    (user, password, context) -> {
                        if (!USER.equals(user) || !PASSWORD.equals(password)) {
                            throw new LoginFailedException();
                        }
                    }));
        }
        server = builder.build();
        server.start();
    }

    public int port() {
        return server.getPortAllocated();
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The certificate this server presents, for the client to trust. */
    public static Path certificate() {
        try {
            return Path.of(TlsSmtpServer.class.getResource("tls/localhost.pem").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SSLContext serverTls() {
        try (InputStream in = TlsSmtpServer.class.getResourceAsStream("tls/localhost.p12")) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, STORE_PASSWORD.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, STORE_PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the test server's key store", e);
        }
    }

    private final class Handler implements MessageHandler {
        private final MessageContext context;
        private final List<String> recipients = new ArrayList<>();

        Handler(MessageContext context) {
            this.context = context;
        }

        @Override
        public void from(String from) {
        }

        @Override
        public void recipient(String recipient) throws RejectException {
            Refusal next = refusals.peek();
            if (next != null && recipient.equals(next.recipient()) && refusals.remove(next)) {
                throw new RejectException(next.code(), next.text());
            }
            recipients.add(recipient);
        }

        @Override
        public String data(InputStream data) throws RejectException, IOException {
            byte[] bytes = data.readAllBytes();
            Refusal next = refusals.peek();
            if (next != null && next.recipient() == null && refusals.remove(next)) {
                throw new RejectException(next.code(), next.text());
            }
            received.add(new Received(bytes, context.getAuthenticationHandler().map(h -> (String) h.getIdentity())
                    .orElse(null), List.copyOf(recipients)));
            return null;
        }

        @Override
        public void done() {
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
