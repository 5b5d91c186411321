package org.fugong.push;

import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.google.api.client.http.json.JsonHttpContent;
import com.google.api.client.json.GenericJson;
import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.JsonGenerator;
import com.google.api.client.json.jackson2.JacksonFactory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FcmJsonTest {

    /** A message as firebase-admin hands it to google-http-client: nested maps, lists, numbers, text in two languages. */
    private static GenericJson message() {
        Map<String, Object> android = new LinkedHashMap<>();
        android.put("collapse_key", "notice-42");
        android.put("ttl", "86400.000000000s");
        android.put("priority", "high");
        android.put("notification", Map.of("channel_id", "jobs"));
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("token", "token-1");
        message.put("data", new LinkedHashMap<>(Map.of("noticeId", "n1", "type", "JOB_FAIR")));
        message.put("notification", Map.of("title", "春风行动招聘会 \"东区\"", "body", "Job fair\nSaturday 9:00 — 15:00"));
        message.put("android", android);
        message.put("weights", List.of(1, 2.5, new BigDecimal("3.25"), Long.MAX_VALUE));
        message.put("validate_only", false);
        GenericJson json = new GenericJson();
        json.put("message", message);
        return json;
    }

    @Test
    void writesWhatTheSdksOwnFactoryWrites() throws IOException {
        JsonFactory sdk = JacksonFactory.getDefaultInstance();
        FcmJson ours = new FcmJson();

        assertThat(ours.toString(message())).isEqualTo(sdk.toString(message()));
        assertThat(ours.toPrettyString(message())).isEqualTo(sdk.toPrettyString(message()));
        assertThat(ours.fromString(ours.toString(message()), GenericJson.class).toString())
                .isEqualTo(sdk.fromString(sdk.toString(message()), GenericJson.class).toString());
    }

    @Test
    void aRequestBodyIsWrittenWholeAndLeavesItsStreamOpen() throws IOException {
        Closing out = new Closing();
        new JsonHttpContent(new FcmJson(), message()).writeTo(out);
        out.write(' ');
        new JsonHttpContent(new FcmJson(), message()).writeTo(out);

        String one = JacksonFactory.getDefaultInstance().toString(message());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(one + " " + one);
        assertThat(out.closed).isFalse();
        // the length the SDK counts before sending is the length it then writes
        assertThat(new JsonHttpContent(new FcmJson(), message()).getLength()).isEqualTo(one.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aFlushInsideAValueKeepsWritingIt() throws IOException {
        StringWriter out = new StringWriter();
        JsonGenerator generator = new FcmJson().createJsonGenerator(out);
        generator.writeStartObject();
        generator.writeFieldName("a");
        generator.flush();
        generator.writeNumber(1);
        generator.writeFieldName("b");
        generator.writeStartArray();
        generator.flush();
        generator.writeString("x");
        generator.writeEndArray();
        generator.writeEndObject();
        generator.flush();

        assertThat(out).hasToString("{\"a\":1,\"b\":[\"x\"]}");
    }

    @Test
    void closingClosesTheStreamAsTheSdksGeneratorDoes() throws IOException {
        Closing out = new Closing();
        JsonGenerator generator = new FcmJson().createJsonGenerator(out, StandardCharsets.UTF_8);
        generator.writeStartObject();
        generator.writeEndObject();
        generator.close();

        assertThat(out.closed).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{}");
    }

    /**
     * The point of it: a written body hands its output buffer back to the thread's recycler, so the
     * next body reuses it. With the SDK's own factory the buffer is never handed back, and every body
     * takes a new one.
     */
    @Test
    void theNextBodyReusesTheBufferOfTheLast() throws IOException {
        assertThat(reusesItsBuffer(new FcmJson())).isTrue();
        assertThat(reusesItsBuffer(JacksonFactory.getDefaultInstance())).isFalse();
    }

    private static boolean reusesItsBuffer(JsonFactory factory) throws IOException {
        BufferRecycler recycler = JsonRecyclerPools.threadLocalPool().acquirePooled();
        new JsonHttpContent(factory, message()).writeTo(new ByteArrayOutputStream());
        // take what the last body left, give it back, and see whether the next body returns the same array
        byte[] left = recycler.allocByteBuffer(BufferRecycler.BYTE_WRITE_ENCODING_BUFFER);
        recycler.releaseByteBuffer(BufferRecycler.BYTE_WRITE_ENCODING_BUFFER, left);
        new JsonHttpContent(factory, message()).writeTo(new ByteArrayOutputStream());
        byte[] after = recycler.allocByteBuffer(BufferRecycler.BYTE_WRITE_ENCODING_BUFFER);
        recycler.releaseByteBuffer(BufferRecycler.BYTE_WRITE_ENCODING_BUFFER, after);
        return after == left;
    }

    private static final class Closing extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
