package dev.contrail.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.contrail.command.CommandServiceApplication;
import dev.contrail.core.security.HmacTokens;
import dev.contrail.test.ApiClient;
import dev.contrail.test.RealInfrastructure;
import dev.contrail.test.RunningService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Real HTTP, real PostgreSQL (a log database and a read-model database), real Kafka, both services. */
// Closed after the class: its Kafka consumers must leave their groups before another context joins them.
@DirtiesContext
@RealInfrastructure
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            ProjectionServiceApplication.CONFIG_NAME,
            "contrail.security.jwt-secret=" + LedgerEndToEndIT.SECRET,
            "contrail.min-position-wait=2s"
        })
class LedgerEndToEndIT {

    static final String SECRET = "end-to-end-secret-end-to-end-secret-42";
    private static final RunningService COMMAND_SERVICE = RunningService.start(
            CommandServiceApplication.class, "command-service", SECRET, "--contrail.relay.fallback-poll=1s");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate readModel;

    private ApiClient commands;
    private ApiClient queries;

    @DynamicPropertySource
    static void commandService(DynamicPropertyRegistry registry) {
        registry.add("contrail.command-service", COMMAND_SERVICE::url);
    }

    @AfterAll
    static void stopCommandService() {
        COMMAND_SERVICE.close();
    }

    private static String token(String... scopes) {
        return HmacTokens.mint(SECRET, "e2e", List.of(scopes), Instant.now(), Duration.ofMinutes(10));
    }

    @BeforeEach
    void clients() {
        commands = new ApiClient(COMMAND_SERVICE.url(), token("ledger:write"));
        queries = new ApiClient("http://127.0.0.1:" + port, null);
    }

    private String openAccount(String holder) {
        var opened = commands.post(
                "/api/ledger/accounts",
                "{\"holderName\": \"" + holder + "\", \"currency\": \"EUR\", \"overdraftLimit\": \"50\"}");
        assertThat(opened.status()).isEqualTo(201);
        return opened.json().get("accountId").asString();
    }

    private long move(String accountId, String kind, String amount) {
        var response =
                commands.post("/api/ledger/accounts/" + accountId + "/" + kind, "{\"amount\": \"" + amount + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("position").asLong();
    }

    @Test
    void a_query_with_the_position_of_the_last_write_sees_it_on_the_first_try() {
        String id = openAccount("Grace Hopper");
        move(id, "deposits", "100.00");
        long last = move(id, "withdrawals", "130.25");

        var account = queries.get("/api/ledger/accounts/" + id, "Contrail-Min-Position", Long.toString(last));

        assertThat(account.status()).as(account.body()).isEqualTo(200);
        assertThat(account.json().get("balance").asString()).isEqualTo("-30.25");
        assertThat(account.json().get("holderName").asString()).isEqualTo("Grace Hopper");
        assertThat(account.json().get("currency").asString()).isEqualTo("EUR");
        assertThat(account.json().get("version").asLong()).isEqualTo(4);
        assertThat(account.json().get("status").asString()).isEqualTo("OPEN");
        // held until complete and sent in one write, not flushed in chunks
        assertThat(account.header("Content-Length"))
                .isEqualTo(String.valueOf(account.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(account.header("Transfer-Encoding")).isNull();
    }

    @Test
    void a_position_the_projection_does_not_reach_in_time_is_a_504_problem() {
        var response = queries.get("/api/ledger/accounts/whatever", "Contrail-Min-Position", "999999999");
        assertThat(response.status()).isEqualTo(504);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(queries.get("/api/ledger/accounts/whatever", "Contrail-Min-Position", "soon")
                        .status())
                .isEqualTo(400);
        assertThat(queries.get("/api/ledger/accounts/no-such-account").status()).isEqualTo(404);
    }

    @Test
    void a_projection_rebuilt_from_position_zero_equals_the_live_one_and_keeps_up_afterwards() {
        long last = 0;
        for (int i = 0; i < 6; i++) {
            String id = openAccount("Holder " + i);
            move(id, "deposits", (10 + i) + ".00");
            last = move(id, "withdrawals", (i * 7) + ".50");
        }
        assertThat(queries.get("/api/ledger/accounts/any", "Contrail-Min-Position", Long.toString(last))
                        .status())
                .isEqualTo(404);
        var log = COMMAND_SERVICE.bean(JdbcTemplate.class);
        long ledgerEvents =
                log.queryForObject("select count(*) from events where type like 'contrail.ledger.%'", Long.class);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> readModel.queryForObject(
                                "select count(*) from subscriber_positions where subscriber = 'ledger-account-summaries'",
                                Long.class)
                        == ledgerEvents);
        List<Map<String, Object>> live = readModel.queryForList("select * from account_summaries order by account_id");

        var admin = new ApiClient("http://127.0.0.1:" + port, token("admin"));
        assertThat(new ApiClient("http://127.0.0.1:" + port, null)
                        .post("/api/admin/projections/ledger-account-summaries/rebuild", "")
                        .status())
                .isEqualTo(401);
        var started = admin.post("/api/admin/projections/ledger-account-summaries/rebuild", "");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> admin.get("/api/admin/projections/ledger-account-summaries")
                        .json()
                        .get("status")
                        .asString()
                        .equals("DONE"));

        var progress =
                admin.get("/api/admin/projections/ledger-account-summaries").json();
        assertThat(progress.get("applied").asLong()).isEqualTo(ledgerEvents);
        assertThat(readModel.queryForList("select * from account_summaries order by account_id"))
                .isEqualTo(live);

        String after = openAccount("After the rebuild");
        long position = move(after, "deposits", "1.00");
        var account = queries.get("/api/ledger/accounts/" + after, "Contrail-Min-Position", Long.toString(position));
        assertThat(account.json().get("balance").asString()).isEqualTo("1.00");
    }
}
