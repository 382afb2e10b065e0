package dev.contrail.command.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Command responses leave in one write, with a {@code Content-Length}. Spring MVC flushes a
 * response body as soon as it is written, so Tomcat sends it chunked and then the closing chunk:
 * two system calls per command, which on this project's virtual machines took about a tenth of a
 * command's CPU. Command bodies are small; holding one until the handler returns costs nothing.
 * Only POSTs: the log endpoint streams and must not be held.
 */
@Component
public final class OneWriteResponses extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var held = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, held);
        } finally {
            held.copyBodyToResponse();
        }
    }
}
