package dev.contrail.projection.web;

import dev.contrail.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The projection had not applied the asked position within the wait: 504, retry later. */
public final class ProjectionBehindException extends ErrorResponseException {

    public ProjectionBehindException(String subscription, long position, long waitedMillis) {
        super(
                HttpStatus.GATEWAY_TIMEOUT,
                Problems.of(
                        HttpStatus.GATEWAY_TIMEOUT,
                        "projection-behind",
                        "the " + subscription + " projection had not applied position " + position + " after "
                                + waitedMillis + " ms; retry"),
                null);
    }
}
