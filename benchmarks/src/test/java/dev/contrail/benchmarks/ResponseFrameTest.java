package dev.contrail.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResponseFrameTest {

    @Test
    void frames_a_response_by_its_content_length_whatever_the_header_case() throws IOException {
        byte[] bytes =
                bytes("HTTP/1.1 201 \r\nContent-Type: application/json\r\ncontent-LENGTH: 11\r\n\r\n{\"a\": \"bc\"}");

        ResponseFrame frame = ResponseFrame.find(bytes, 0, bytes.length);

        assertThat(frame.status()).isEqualTo(201);
        assertThat(frame.body(bytes)).isEqualTo("{\"a\": \"bc\"}");
        assertThat(frame.end()).isEqualTo(bytes.length);
        assertThat(frame.closing()).isFalse();
    }

    @Test
    void is_not_there_until_the_header_section_and_the_whole_body_have_arrived() throws IOException {
        byte[] bytes = bytes("HTTP/1.1 200 \r\nContent-Length: 2\r\n\r\n{}");

        for (int arrived = 0; arrived < bytes.length; arrived++) {
            assertThat(ResponseFrame.find(bytes, 0, arrived))
                    .as("%d bytes", arrived)
                    .isNull();
        }
        assertThat(ResponseFrame.find(bytes, 0, bytes.length)).isNotNull();
    }

    @Test
    void finds_a_response_after_an_earlier_one_in_the_same_buffer() throws IOException {
        byte[] bytes = bytes(
                "HTTP/1.1 200 \r\nContent-Length: 1\r\n\r\nxHTTP/1.1 422 \r\nConnection: close\r\nContent-Length: 5\r\n\r\nwrong");
        ResponseFrame first = ResponseFrame.find(bytes, 0, bytes.length);

        ResponseFrame second = ResponseFrame.find(bytes, first.end(), bytes.length);

        assertThat(first.body(bytes)).isEqualTo("x");
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.body(bytes)).isEqualTo("wrong");
        assertThat(second.closing()).isTrue();
    }

    @Test
    void refuses_responses_it_cannot_frame() {
        byte[] chunked = bytes("HTTP/1.1 200 \r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
        byte[] unframed = bytes("HTTP/1.1 200 \r\nContent-Type: text/plain\r\n\r\nuntil the end");

        assertThatThrownBy(() -> ResponseFrame.find(chunked, 0, chunked.length))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("chunked");
        assertThatThrownBy(() -> ResponseFrame.find(unframed, 0, unframed.length))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("without a length");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
