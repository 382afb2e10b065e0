package dev.contrail.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contrail.core.security.HmacTokens;
import dev.contrail.test.ApiClient;
import dev.contrail.test.RealInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@RealInfrastructure
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {CommandServiceApplication.CONFIG_NAME, "contrail.security.jwt-secret=" + AccountCommandsIT.SECRET
        })
class AccountCommandsIT {

    static final String SECRET = "test-secret-test-secret-test-secret-42";

    @LocalServerPort
    int port;

    private ApiClient api;

    static String token(String... scopes) {
        return HmacTokens.mint(SECRET, "alice", List.of(scopes), Instant.now(), Duration.ofMinutes(10));
    }

    @BeforeEach
    void client() {
        api = new ApiClient("http://127.0.0.1:" + port, token("ledger:write"));
    }

    private String open(String overdraftLimit) {
        var response = api.post(
                "/api/ledger/accounts",
                "{\"holderName\": \"Ada Lovelace\", \"email\": \"ada@example.org\", \"currency\": \"EUR\", \"overdraftLimit\": \""
                        + overdraftLimit + "\"}");
        assertThat(response.status()).isEqualTo(201);
        return response.json().get("accountId").asString();
    }

    @Test
    void opening_an_account_answers_201_with_location_etag_version_position_and_events() {
        var response = api.post("/api/ledger/accounts", "{\"holderName\": \"Ada\", \"currency\": \"EUR\"}");

        assertThat(response.status()).isEqualTo(201);
        JsonNode body = response.json();
        String id = body.get("accountId").asString();
        assertThat(response.header("Location")).isEqualTo("/api/ledger/accounts/" + id);
        assertThat(response.header("ETag")).isEqualTo("\"1\"");
        assertThat(body.get("version").asLong()).isEqualTo(1);
        assertThat(body.get("position").asLong()).isPositive();
        JsonNode event = body.get("events").get(0);
        assertThat(event.get("type").asString()).isEqualTo("contrail.ledger.account_opened.v1");
        assertThat(event.get("data").get("holder_name").asString()).isEqualTo("Ada");
        assertThat(event.get("position").asLong())
                .isEqualTo(body.get("position").asLong());
    }

    @Test
    void deposits_and_withdrawals_move_the_balance_and_an_overdraft_is_recorded_with_the_effective_balance() {
        String id = open("100.00");
        var deposit = api.post("/api/ledger/accounts/" + id + "/deposits", "{\"amount\": \"12.50\"}");
        assertThat(deposit.status()).isEqualTo(200);
        assertThat(deposit.header("ETag")).isEqualTo("\"2\"");
        // held until complete and sent in one write, not flushed in chunks
        assertThat(deposit.header("Content-Length"))
                .isEqualTo(String.valueOf(deposit.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(deposit.header("Transfer-Encoding")).isNull();
        assertThat(deposit.json()
                        .get("events")
                        .get(0)
                        .get("data")
                        .get("balance")
                        .asString())
                .isEqualTo("12.50");

        var withdrawal = api.post("/api/ledger/accounts/" + id + "/withdrawals", "{\"amount\": \"50\"}");
        assertThat(withdrawal.status()).isEqualTo(200);
        JsonNode events = withdrawal.json().get("events");
        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("type").asString()).isEqualTo("contrail.ledger.funds_withdrawn.v1");
        assertThat(events.get(1).get("type").asString()).isEqualTo("contrail.ledger.account_overdrawn.v1");
        assertThat(events.get(1).get("data").get("balance").asString()).isEqualTo("-37.50");
        assertThat(withdrawal.json().get("version").asLong()).isEqualTo(4);
        assertThat(withdrawal.json().get("position").asLong())
                .isEqualTo(events.get(1).get("position").asLong());
    }

    @Test
    void a_withdrawal_beyond_the_overdraft_limit_is_a_problem_and_records_nothing() {
        String id = open("10");
        var refused = api.post("/api/ledger/accounts/" + id + "/withdrawals", "{\"amount\": \"10.01\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).endsWith("/insufficient-funds");
        assertThat(refused.header("ETag")).isEqualTo("\"1\"");
        assertThat(api.post("/api/ledger/accounts/" + id + "/deposits", "{\"amount\": \"1\"}")
                        .json()
                        .get("version")
                        .asLong())
                .isEqualTo(2);
    }

    @Test
    void a_repeated_idempotency_key_returns_the_same_response_and_another_body_under_it_is_422() {
        String id = open("0");
        String key = "\"" + UUID.randomUUID() + "\"";
        var first =
                api.post("/api/ledger/accounts/" + id + "/deposits", "{\"amount\": \"5.00\"}", "Idempotency-Key", key);
        var again =
                api.post("/api/ledger/accounts/" + id + "/deposits", "{\"amount\": \"5.00\"}", "Idempotency-Key", key);
        assertThat(again.status()).isEqualTo(first.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));

        var other =
                api.post("/api/ledger/accounts/" + id + "/deposits", "{\"amount\": \"6.00\"}", "Idempotency-Key", key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("type").asString()).endsWith("/idempotency-key-reused");
        var next = api.post("/api/ledger/accounts/" + id + "/deposits", "{\"amount\": \"1.00\"}");
        assertThat(next.json().get("version").asLong())
                .as("the repeat appended nothing")
                .isEqualTo(3);
    }

    @Test
    void a_repeated_open_with_the_same_key_returns_the_same_account() {
        String key = UUID.randomUUID().toString();
        String body = "{\"holderName\": \"Bob\", \"currency\": \"USD\"}";
        var first = api.post("/api/ledger/accounts", body, "Idempotency-Key", key);
        var again = api.post("/api/ledger/accounts", body, "Idempotency-Key", key);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    }

    @Test
    void if_match_with_another_version_is_412_and_with_the_current_version_succeeds() {
        String id = open("0");
        var stale = api.post("/api/ledger/accounts/" + id + "/deposits", "{\"amount\": \"1\"}", "If-Match", "\"7\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("ETag")).isEqualTo("\"1\"");
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");

        var current = api.post("/api/ledger/accounts/" + id + "/deposits", "{\"amount\": \"1\"}", "If-Match", "\"1\"");
        assertThat(current.status()).isEqualTo(200);
    }

    @Test
    void bad_input_is_a_problem_never_a_500() {
        String id = open("0");
        assertProblem(api.post("/api/ledger/accounts/" + id + "/deposits", "{\"amount\": \"lots\"}"), 400);
        assertProblem(api.post("/api/ledger/accounts/" + id + "/deposits", "{not json"), 400);
        assertProblem(api.post("/api/ledger/accounts/" + id + "/deposits", "{}"), 400);
        assertProblem(api.post("/api/ledger/accounts/" + id + "/deposits", "{\"amount\": \"-3\"}"), 422);
        assertProblem(
                api.post("/api/ledger/accounts/" + id + "/deposits", "{\"amount\": \"1\"}", "If-Match", "banana"), 400);
        assertProblem(api.post("/api/ledger/accounts/not-an-id/deposits", "{\"amount\": \"1\"}"), 400);
        assertProblem(api.post("/api/ledger/accounts/" + UUID.randomUUID() + "/deposits", "{\"amount\": \"1\"}"), 404);
        assertProblem(api.post("/api/ledger/accounts", "{\"holderName\": \"X\", \"currency\": \"ZZZ\"}"), 422);
    }

    @Test
    void commands_need_a_token_with_the_ledger_scope() {
        var anonymous = new ApiClient("http://127.0.0.1:" + port, null);
        assertProblem(anonymous.post("/api/ledger/accounts", "{\"holderName\": \"X\", \"currency\": \"EUR\"}"), 401);
        var reader = new ApiClient("http://127.0.0.1:" + port, token("log:read"));
        assertProblem(reader.post("/api/ledger/accounts", "{\"holderName\": \"X\", \"currency\": \"EUR\"}"), 403);
        var forged = new ApiClient(
                "http://127.0.0.1:" + port,
                HmacTokens.mint(
                        "another-secret-another-secret-another",
                        "mallory",
                        List.of("ledger:write"),
                        Instant.now(),
                        Duration.ofMinutes(5)));
        assertProblem(forged.post("/api/ledger/accounts", "{\"holderName\": \"X\", \"currency\": \"EUR\"}"), 401);
    }

    @Test
    void closing_needs_a_zero_balance() {
        String id = open("0");
        api.post("/api/ledger/accounts/" + id + "/deposits", "{\"amount\": \"3\"}");
        assertProblem(api.post("/api/ledger/accounts/" + id + "/close", ""), 409);
        api.post("/api/ledger/accounts/" + id + "/withdrawals", "{\"amount\": \"3\"}");
        var closed = api.post("/api/ledger/accounts/" + id + "/close", "");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("events").get(0).get("type").asString())
                .isEqualTo("contrail.ledger.account_closed.v1");
    }

    @Test
    void health_metrics_and_api_docs_are_served() {
        var open = new ApiClient("http://127.0.0.1:" + port, null);
        assertThat(open.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
        assertThat(open.get("/actuator/prometheus").body()).contains("contrail_relay_published");
        assertThat(open.get("/v3/api-docs").json().get("paths").has("/api/ledger/accounts/{accountId}/deposits"))
                .isTrue();
    }

    private static void assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.body()).startsWith("application/problem+json");
    }
}
