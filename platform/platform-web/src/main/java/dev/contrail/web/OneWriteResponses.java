package dev.contrail.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Predicate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Responses leave in one write, with a {@code Content-Length}. Spring MVC flushes a response body
 * as soon as it is written, so Tomcat sends it chunked and then the closing chunk: two system calls
 * per response, which on this project's virtual machines took about a tenth of a command's CPU.
 * The bodies held are small or built in memory anyway; holding one until the handler returns
 * costs nothing. A response that streams (the command log) must not be held.
 */
public final class OneWriteResponses extends OncePerRequestFilter {

    private final Predicate<HttpServletRequest> held;

    /** @param held which requests' responses are held until complete */
    public OneWriteResponses(Predicate<HttpServletRequest> held) {
        this.held = held;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !held.test(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var holding = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, holding);
        } finally {
            holding.copyBodyToResponse();
        }
    }
}
