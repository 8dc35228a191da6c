package org.smpdocs.internal.seal;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.digest.Digests;

/**
 * An RFC 3161 time-stamp authority reached by HTTP POST ({@code application/timestamp-query}):
 * asks for a token over a SHA-256 imprint with a fresh nonce and the authority's certificate, and
 * accepts it only when the response grants it, answers this request (imprint, nonce) and its
 * signature verifies with the certificate it carries. A failure is an {@link SmpDocsException}
 * ({@link ErrorCode#RENDER}) naming the authority and what went wrong. Thread-safe.
 */
final class TimestampAuthority {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    private static final SecureRandom NONCES = new SecureRandom();

    private final URI url;
    private final HttpClient client;

    TimestampAuthority(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, "the timestamp authority " + url
                    + " is not an http:// or https:// URL");
        }
        this.url = url;
        this.client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    URI url() {
        return url;
    }

    /** A verified token whose imprint is the SHA-256 of {@code data}. */
    TimeStampToken stamp(byte[] data) {
        byte[] imprint = Digests.sha256().digest(data);
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, imprint, new BigInteger(63, NONCES));
        byte[] answer = post(request);
        TimeStampResponse response;
        try {
            response = new TimeStampResponse(answer);
        } catch (TSPException | IOException e) {
            throw failed("answered with something that is not a timestamp response", e);
        }
        try {
            response.validate(request);
        } catch (TSPException e) {
            throw failed("answered with a timestamp that does not fit the request: " + e.getMessage(), e);
        }
        TimeStampToken token = response.getTimeStampToken();
        if (token == null) {
            String status = response.getStatusString();
            throw failed("refused the request (status " + response.getStatus()
                    + (status == null ? "" : ", \"" + status + "\"") + ")", null);
        }
        verify(token);
        return token;
    }

    private byte[] post(TimeStampRequest request) {
        HttpResponse<byte[]> response;
        try {
            HttpRequest post = HttpRequest.newBuilder(url).timeout(ANSWER_TIMEOUT)
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build();
            response = client.send(post, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw failed("did not answer in time", e);
        } catch (IOException e) {
            throw failed("could not be reached: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("was not waited for: the thread was interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw failed("answered HTTP " + response.statusCode(), null);
        }
        return response.body();
    }

    /** The token's signature, with the authority's certificate that the token carries. */
    private void verify(TimeStampToken token) {
        X509CertificateHolder certificate = SignerCertificate.in(token.getCertificates(), token.getSID())
                .orElseThrow(() -> failed("answered with a timestamp without the authority's certificate", null));
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (TSPException | OperatorCreationException | java.security.cert.CertificateException e) {
            throw failed("answered with a timestamp whose signature does not verify: " + e.getMessage(), e);
        }
    }

    private SmpDocsException failed(String what, Exception cause) {
        return new SmpDocsException(ErrorCode.RENDER, "the timestamp authority " + url + " " + what, cause);
    }
}
