package org.fugong.push;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.google.api.client.json.JsonFactory;
import com.google.api.client.json.JsonGenerator;
import com.google.api.client.json.JsonParser;
import com.google.api.client.json.jackson2.JacksonFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;

/**
 * The JSON firebase-admin writes its requests with: Jackson, as the SDK's own default, but with
 * generators that hand their buffers back (decision 57).
 * <p>
 * google-http-client writes a request body by creating a generator, serializing and flushing it; it
 * never closes the generator, and only a closed Jackson generator returns its 8 KB output buffer and
 * 4 KB character buffer to its thread's recycler. Every message's body is written twice (once to count
 * its length), so each push left 24 KB of buffers behind: a third of what the SDK allocates per message.
 * Here a flush that finds the top-level value complete closes the Jackson generator (without closing
 * the stream under it); anything written after that goes through a new one on the same stream. Closing
 * this generator closes the stream, as the SDK's own does. Parsing is the SDK's own Jackson parser
 * (it closes what it parses).
 */
final class FcmJson extends JsonFactory {

    private final com.fasterxml.jackson.core.JsonFactory jackson = com.fasterxml.jackson.core.JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .build();
    private final JsonFactory parsers = JacksonFactory.getDefaultInstance();

    @Override
    public JsonParser createJsonParser(InputStream in) throws IOException {
        return parsers.createJsonParser(in);
    }

    @Override
    public JsonParser createJsonParser(InputStream in, Charset charset) throws IOException {
        return parsers.createJsonParser(in, charset);
    }

    @Override
    public JsonParser createJsonParser(String value) throws IOException {
        return parsers.createJsonParser(value);
    }

    @Override
    public JsonParser createJsonParser(Reader reader) throws IOException {
        return parsers.createJsonParser(reader);
    }

    /** Always UTF-8: the SDK's own Jackson factory ignores the charset it is given too. */
    @Override
    public JsonGenerator createJsonGenerator(OutputStream out, Charset charset) {
        return new Generator(this, out, () -> jackson.createGenerator(out, JsonEncoding.UTF8));
    }

    @Override
    public JsonGenerator createJsonGenerator(Writer writer) {
        return new Generator(this, writer, () -> jackson.createGenerator(writer));
    }

    @FunctionalInterface
    private interface Opener {
        com.fasterxml.jackson.core.JsonGenerator open() throws IOException;
    }

    /** google-http-client's generator over Jackson's, closed (buffers returned) at each complete top-level flush. */
    private static final class Generator extends JsonGenerator {

        private final FcmJson factory;
        private final Closeable target;
        private final Opener opener;
        private com.fasterxml.jackson.core.JsonGenerator open;
        private boolean pretty;

        Generator(FcmJson factory, Closeable target, Opener opener) {
            this.factory = factory;
            this.target = target;
            this.opener = opener;
        }

        private com.fasterxml.jackson.core.JsonGenerator out() throws IOException {
            if (open == null) {
                open = opener.open();
                if (pretty) {
                    open.useDefaultPrettyPrinter();
                }
            }
            return open;
        }

        @Override
        public JsonFactory getFactory() {
            return factory;
        }

        @Override
        public void flush() throws IOException {
            if (open == null) {
                return;
            }
            if (open.getOutputContext().inRoot()) {
                release();
            } else {
                open.flush();
            }
        }

        @Override
        public void close() throws IOException {
            try {
                if (open != null) {
                    release();
                }
            } finally {
                target.close();
            }
        }

        /**
         * Closes the Jackson generator: it writes out what it buffered, flushes the stream and returns
         * its buffers; the stream stays open (AUTO_CLOSE_TARGET is off). A later write opens a new one.
         */
        private void release() throws IOException {
            com.fasterxml.jackson.core.JsonGenerator done = open;
            open = null;
            done.close();
        }

        @Override
        public void enablePrettyPrint() throws IOException {
            pretty = true;
            if (open != null) {
                open.useDefaultPrettyPrinter();
            }
        }

        @Override
        public void writeStartArray() throws IOException {
            out().writeStartArray();
        }

        @Override
        public void writeEndArray() throws IOException {
            out().writeEndArray();
        }

        @Override
        public void writeStartObject() throws IOException {
            out().writeStartObject();
        }

        @Override
        public void writeEndObject() throws IOException {
            out().writeEndObject();
        }

        @Override
        public void writeFieldName(String name) throws IOException {
            out().writeFieldName(name);
        }

        @Override
        public void writeNull() throws IOException {
            out().writeNull();
        }

        @Override
        public void writeString(String value) throws IOException {
            out().writeString(value);
        }

        @Override
        public void writeBoolean(boolean state) throws IOException {
            out().writeBoolean(state);
        }

        @Override
        public void writeNumber(int value) throws IOException {
            out().writeNumber(value);
        }

        @Override
        public void writeNumber(long value) throws IOException {
            out().writeNumber(value);
        }

        @Override
        public void writeNumber(BigInteger value) throws IOException {
            out().writeNumber(value);
        }

        @Override
        public void writeNumber(float value) throws IOException {
            out().writeNumber(value);
        }

        @Override
        public void writeNumber(double value) throws IOException {
            out().writeNumber(value);
        }

        @Override
        public void writeNumber(BigDecimal value) throws IOException {
            out().writeNumber(value);
        }

        @Override
        public void writeNumber(String encodedValue) throws IOException {
            out().writeNumber(encodedValue);
        }
    }
}
