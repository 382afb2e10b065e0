package dev.contrail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The resolver answers as Spring's default one does, header by header. */
class HeaderBearerTokenResolverTest {

    private final HeaderBearerTokenResolver resolver = new HeaderBearerTokenResolver();
    private final DefaultBearerTokenResolver reference = new DefaultBearerTokenResolver();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl",
                "bearer abc",
                "BEARER a-b.c_d~e+f/g==",
                "Bearer abc=",
                "Bearer ==",
                "Bearer ",
                "Bearer",
                "Bearerabc",
                "Bearer  abc",
                "Bearer abc def",
                "Bearer abc=d",
                "Bearer ab\u00e9",
                "Bearer abc ",
                "Basic dXNlcjpwYXNz",
                "",
                "bear abc"
            })
    void answersLikeTheDefaultResolver(String header) {
        var request = new MockHttpServletRequest("POST", "/api/ledger/accounts");
        request.addHeader("Authorization", header);

        assertThat(outcome(() -> resolver.resolve(request))).isEqualTo(outcome(() -> reference.resolve(request)));
    }

    @org.junit.jupiter.api.Test
    void noHeaderIsNoToken() {
        var request = new MockHttpServletRequest("GET", "/api/log/events");

        assertThat(resolver.resolve(request)).isNull();
    }

    /** The token, or the OAuth error code and description of the refusal. */
    private static String outcome(Supplier<String> resolve) {
        Throwable refused = catchThrowable(resolve::get);
        if (refused == null) {
            return "token " + resolve.get();
        }
        assertThat(refused).isInstanceOf(OAuth2AuthenticationException.class);
        var error = ((OAuth2AuthenticationException) refused).getError();
        return "refused " + error.getErrorCode() + ": " + error.getDescription();
    }
}
