package org.fugong.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Files uploaded for import (workers, enterprises), read as text. At most {@link #MAX_BYTES} bytes
 * and {@link #MAX_LINES} lines, so one upload cannot tie up a node's memory: past that the answer is
 * a 413. The encoding is found rather than trusted to a header: a UTF-8 byte-order mark or valid
 * UTF-8 is UTF-8; anything else is read as GB18030, which is what Excel on a Chinese Windows saves
 * as "CSV (逗号分隔)" (GBK is a subset of it).
 */
public final class Uploads {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_LINES = 50_000;
    static final Charset GB18030 = Charset.forName("GB18030");

    private Uploads() {
    }

    /** The whole upload as text, without a byte-order mark; 413 past {@link #MAX_BYTES}. */
    public static String text(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(content).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, start, bytes.length - start, GB18030);
        }
    }

    /** Throws a 413 when an upload holds more than {@link #MAX_LINES} lines (records). */
    public static void checkLines(long lines) {
        if (lines > MAX_LINES) {
            throw tooLarge();
        }
    }

    private static TooLargeException tooLarge() {
        return new TooLargeException("error.upload-too-large", MAX_BYTES / (1024 * 1024), MAX_LINES);
    }
}
