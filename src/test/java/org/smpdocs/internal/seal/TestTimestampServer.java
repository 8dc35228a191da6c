package org.smpdocs.internal.seal;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 time-stamp authority in the test JVM: BouncyCastle's response generator behind the
 * JDK's HTTP server on 127.0.0.1 (a free port), stamping with a fixed time and a certificate of
 * the test authority. It counts the requests it answers.
 */
final class TestTimestampServer implements AutoCloseable {
    static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1.1");
    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final X509Certificate certificate;

    TestTimestampServer(TestAuthority authority, Instant time) throws Exception {
        KeyPair keys = TestAuthority.rsa();
        certificate = authority.issueTimestamping("C=GB,O=smp-docs samples,CN=smp-docs TEST timestamp authority",
                keys.getPublic());
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", keys.getPrivate(), certificate),
                new JcaDigestCalculatorProviderBuilder().build().get(
                        new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                POLICY);
        tokens.addCertificates(new JcaCertStore(List.of(certificate, authority.certificate())));
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tsa", exchange -> {
            try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                TimeStampRequest request = new TimeStampRequest(in.readAllBytes());
                TimeStampResponse response = responses.generate(request,
                        BigInteger.valueOf(requests.incrementAndGet()), Date.from(time));
                byte[] body = response.getEncoded();
                exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, body.length);
                out.write(body);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
                throw new IOException(e);
            }
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
    }

    X509Certificate certificate() {
        return certificate;
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
