package dev.contrail.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The loop accepts exactly what the firewall's regular expression accepts. */
class PrintableHeadersTest {

    private static final Pattern FIREWALL_RULE = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/json",
                "Bearer abc.def",
                "",
                "caf\u00e9 \u00fcber",
                "tab\there",
                "line\nbreak",
                "nul\u0000",
                "del\u007f",
                "c1\u0085control",
                "unassigned\u0378",
                "emoji \uD83D\uDE80",
                "lone \uD83D surrogate",
                "private \uE000 use"
            })
    void acceptsWhatTheFirewallRuleAccepts(String text) {
        assertThat(PrintableHeaders.isPrintable(text))
                .isEqualTo(FIREWALL_RULE.matcher(text).matches());
    }
}
