package dev.contrail.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.contrail.test.TestPostgres;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

class CopyRowsTest {

    private static final JdbcTemplate JDBC =
            new JdbcTemplate(TestPostgres.newDatabase("CopyRowsTest").dataSource());

    @BeforeAll
    static void table() {
        JDBC.execute("create table copied (id bigint primary key, name text, at timestamptz, ratio double precision,"
                + " flag boolean, n integer)");
    }

    @Test
    void values_arrive_as_they_were_including_the_formats_special_characters_and_nulls() {
        Instant at = Instant.parse("2026-12-01T12:34:56.789012Z");
        var rows = new CopyRows()
                .value(1L)
                .value("tab\there, new\nline, back\\slash, \\N, cr\r")
                .value(at)
                .value(-0.000012345)
                .value(true)
                .value(null)
                .endRow()
                .value(2L)
                .value(null)
                .value(null)
                .value(51.5)
                .value(false)
                .value(7)
                .endRow();

        assertThat(rows.copyInto(JDBC, "copied (id, name, at, ratio, flag, n)")).isEqualTo(2);

        List<Map<String, Object>> copied = JDBC.queryForList("select * from copied order by id");
        assertThat(copied.get(0))
                .containsEntry("name", "tab\there, new\nline, back\\slash, \\N, cr\r")
                .containsEntry("ratio", -0.000012345)
                .containsEntry("flag", true)
                .containsEntry("n", null);
        assertThat(JDBC.queryForObject("select at from copied where id = 1", java.sql.Timestamp.class)
                        .toInstant())
                .isEqualTo(at);
        assertThat(copied.get(1))
                .containsEntry("name", null)
                .containsEntry("at", null)
                .containsEntry("n", 7);
    }

    @Test
    void a_duplicate_key_fails_the_copy() {
        new CopyRows().value(10L).endRow().copyInto(JDBC, "copied (id)");

        assertThatThrownBy(() ->
                        new CopyRows().value(11L).endRow().value(10L).endRow().copyInto(JDBC, "copied (id)"))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(JDBC.queryForObject("select count(*) from copied where id in (10, 11)", Long.class))
                .isEqualTo(1);
    }

    @Test
    void no_rows_copy_nothing() {
        assertThat(new CopyRows().isEmpty()).isTrue();
        assertThat(new CopyRows().copyInto(JDBC, "copied (id)")).isZero();
    }
}
