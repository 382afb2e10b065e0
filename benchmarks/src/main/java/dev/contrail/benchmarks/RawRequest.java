package dev.contrail.benchmarks;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 requests as bytes ready to send, built once so a driver spends nothing on them per request. */
final class RawRequest {

    private RawRequest() {}

    static byte[] post(String baseUrl, String path, String bearerToken, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return (head("POST", baseUrl, path) + "Authorization: Bearer " + bearerToken
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n" + json)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A GET with one extra header. */
    static byte[] get(String baseUrl, String path, String header, String value) {
        return (head("GET", baseUrl, path) + header + ": " + value + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String head(String method, String baseUrl, String path) {
        var uri = URI.create(baseUrl);
        return method + " " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\n";
    }
}
