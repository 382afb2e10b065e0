package dev.contrail.command.web;

import dev.contrail.eventstore.IdempotencyKey;
import dev.contrail.eventstore.aggregate.CommandContext;
import dev.contrail.web.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;

/** Reads the command headers: {@code Idempotency-Key}, {@code If-Match}, and the principal. */
public final class CommandHeaders {

    private static final Pattern VERSION_TAG = Pattern.compile("(?:W/)?\"?([0-9]{1,18})\"?");

    private CommandHeaders() {}

    /**
     * The context of a command.
     *
     * @param route the operation, part of the key's scope (the same key on two routes is two keys)
     * @param request the parsed request; its value is hashed to recognise a different body under the same key
     */
    public static CommandContext context(
            Authentication principal, String idempotencyKey, String ifMatch, String route, Object request) {
        String actor = principal == null ? "anonymous" : principal.getName();
        IdempotencyKey key = idempotencyKey == null ? null : idempotencyKey(actor, route, idempotencyKey, request);
        return new CommandContext(actor, key == null ? null : key.key(), null, key, expectedVersion(ifMatch));
    }

    static IdempotencyKey idempotencyKey(String actor, String route, String header, Object request) {
        String key = header.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > 200) {
            throw new BadRequestException("invalid-idempotency-key", "Idempotency-Key must have 1 to 200 characters");
        }
        return new IdempotencyKey(actor + " " + route + " " + key, sha256(String.valueOf(request)));
    }

    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        var matcher = VERSION_TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new BadRequestException(
                    "invalid-if-match", "If-Match must be a stream version like \"3\", got " + ifMatch);
        }
        return Long.parseLong(matcher.group(1));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
