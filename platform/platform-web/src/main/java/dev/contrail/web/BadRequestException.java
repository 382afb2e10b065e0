package dev.contrail.web;

/** A request the service cannot read: a malformed header, a missing field. Answered with 400. */
public final class BadRequestException extends RuntimeException {

    private final String code;

    public BadRequestException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
