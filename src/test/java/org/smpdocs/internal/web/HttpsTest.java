package org.smpdocs.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front desk over HTTPS with the clinic's certificate, and never plain HTTP off this computer. */
class HttpsTest {
    @TempDir
    Path dir;

    @Test
    void servesOverHttpsWithTheClinicsCertificate() throws Exception {
        Path keystore = dir.resolve("front-desk.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "front-desk", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "30",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "test-only")
                .redirectErrorStream(true).start();
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, "keytool made a key");

        try (FrontDeskServer server = FrontDeskServer.start(new FrontDeskServer.Options(dir.resolve("data"), null,
                null, null, "127.0.0.1", 0, keystore, "test-only".toCharArray(), FrontDeskUnderTest.SAMPLE_CLINIC,
                Duration.ofMinutes(15)))) {
            assertTrue(server.url().startsWith("https://127.0.0.1:"), server.url());
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            try (InputStream in = java.nio.file.Files.newInputStream(keystore)) {
                trusted.load(in, "test-only".toCharArray());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, tmf.getTrustManagers(), null);
            HttpClient client = HttpClient.newBuilder().sslContext(tls).build();
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(server.url() + "login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode());
            assertTrue(login.body().contains("Log in"));
            assertTrue(login.headers().firstValue("Strict-Transport-Security").isPresent());

            HttpClient plain = HttpClient.newHttpClient();
            assertThrows(java.io.IOException.class, () -> plain.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()), "no plain HTTP on the HTTPS port");
        }
    }

    @Test
    void refusesAnotherAddressWithoutTls() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FrontDeskServer.start(
                new FrontDeskServer.Options(dir.resolve("data"), null, null, null, "0.0.0.0", 0, null, null,
                        FrontDeskUnderTest.SAMPLE_CLINIC, Duration.ofMinutes(15))));
        assertTrue(e.getMessage().contains("only over HTTPS"));
    }
}
