package org.smpdocs.internal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without a screen for the front desk's tests: keeps its cookies itself (the JDK's
 * cookie store does not send Secure cookies over plain HTTP, which a browser does for 127.0.0.1),
 * follows no redirects, and posts forms with the CSRF token of the last page it read.
 */
final class WebClient {
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    WebClient(String base) {
        this.base = base;
    }

    /** A response: status, headers, body; {@link #page()} parses an HTML body. */
    record Response(int status, HttpResponse<byte[]> raw) {
        String body() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        byte[] bytes() {
            return raw.body();
        }

        Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        List<String> headers(String name) {
            return raw.headers().allValues(name);
        }

        Document page() {
            return Jsoup.parse(body());
        }

        /** The problem shown for form field {@code name}, if any. */
        Optional<String> problemFor(String name) {
            Element p = page().selectFirst(".problem[data-field=\"" + name + "\"]");
            return Optional.ofNullable(p).map(Element::text);
        }

        /** Where a redirect points. */
        String location() {
            return header("Location").orElseThrow(() -> new AssertionError("no redirect, status " + status));
        }
    }

    /** Logs in through the login page; fails unless the server accepts. */
    void logIn(String username, String password) {
        get("/login");
        Response r = post("/login", Map.of("username", username, "password", password));
        if (r.status() != 303) {
            throw new AssertionError("login refused: " + r.status());
        }
        get("/");
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts {@code form} with the CSRF token of the last page read. */
    Response post(String path, Map<String, String> form) {
        Map<String, String> all = new LinkedHashMap<>(form);
        if (csrf != null) {
            all.putIfAbsent(Guard.CSRF_FIELD, csrf);
        }
        return postRaw(path, all);
    }

    /** Posts {@code form} exactly as given: no CSRF token unless it holds one. */
    Response postRaw(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a multipart form with one file, and the CSRF token of the last page read. */
    Response postFile(String path, Map<String, String> form, String fileField, String fileName, byte[] content) {
        String boundary = "----smp" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(form);
        if (csrf != null) {
            all.putIfAbsent(Guard.CSRF_FIELD, csrf);
        }
        try {
            for (Map.Entry<String, String> e : all.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey()
                        + "\"\r\n\r\n" + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /** The session cookie's value (to replay it after logout). */
    String sessionCookie() {
        return cookies.get(Cookies.SESSION);
    }

    /** Sets a cookie as if the browser had it. */
    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private Response send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<byte[]> raw = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            for (String set : raw.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                if (value.isEmpty() || set.contains("Expires=Thu, 01 Jan 1970")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            Response r = new Response(raw.statusCode(), raw);
            if (raw.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                Element token = r.page().selectFirst("input[name=" + Guard.CSRF_FIELD + "]");
                if (token != null && !token.attr("value").isEmpty()) {
                    csrf = token.attr("value");
                }
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Posts form fields that may repeat (check boxes), in order, with the CSRF token of the last page read. */
    Response postPairs(String path, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new java.util.ArrayList<>(fields);
        if (csrf != null && all.stream().noneMatch(e -> e.getKey().equals(Guard.CSRF_FIELD))) {
            all.add(Map.entry(Guard.CSRF_FIELD, csrf));
        }
        String body = all.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts {@code body} as a form, exactly as given. */
    Response postBody(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts {@code form} as a page's script does: the token in header {@code X-CSRF-Token} (none when null). */
    Response postWithToken(String path, Map<String, String> form, String token) {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header(Guard.CSRF_HEADER, token);
        }
        return send(request);
    }

    /** A cookie's value as the server last set it, or null. */
    String cookie(String name) {
        return cookies.get(name);
    }
}
