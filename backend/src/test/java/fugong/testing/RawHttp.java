package fugong.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 written byte by byte on a socket, for what a well-behaved client library refuses to send:
 * encoded slashes and NULs in a path, raw non-ASCII bytes in a header, a declared length far larger
 * than what is sent.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** What came back: the status, the content type and the body (as JSON when it is JSON). */
    public record Answer(int status, String contentType, String body) {
        public JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    /**
     * Sends the request head (lines without the final blank line, which is added) and then
     * {@code body}, and reads the answer until the server closes the connection.
     */
    public static Answer send(int port, byte[] head, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            out.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (IOException serverStoppedReading) {
                // the server answered and closed before taking the whole body: read its answer
            }
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Answer send(int port, String head) {
        return send(port, head.getBytes(StandardCharsets.ISO_8859_1), new byte[0]);
    }

    /** Reads until the answer is complete (its length, its last chunk) or the server closes. */
    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; !complete(all) && (n = in.read(buffer)) > 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // a reset after the answer: keep what came
        }
        return all.toByteArray();
    }

    private static boolean complete(ByteArrayOutputStream received) {
        String text = received.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = text.substring(0, end).toLowerCase(Locale.ROOT);
        int length = head.indexOf("content-length:");
        if (length >= 0) {
            int lineEnd = head.indexOf("\r\n", length);
            long declared = Long.parseLong(head.substring(length + 15, lineEnd < 0 ? head.length() : lineEnd).strip());
            return received.size() - (end + 4) >= declared;
        }
        return head.contains("chunked") && text.endsWith("0\r\n\r\n");
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new AssertionError("no HTTP answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String type = "";
        boolean chunked = false;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                type = line.substring(13).strip();
            }
            chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
        }
        String body = text.substring(end + 4);
        return new Answer(status, type, chunked ? unchunk(body) : body);
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, lineEnd + 2, Math.min(body.length(), lineEnd + 2 + size));
            at = lineEnd + 2 + size + 2;
        }
        return out.toString();
    }
}
