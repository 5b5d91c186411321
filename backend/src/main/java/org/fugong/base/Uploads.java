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
 * a 413. The encoding is UTF-8 (with or without a byte-order mark) unless the upload declares
 * GB18030 (or GBK, GB2312: {@code text/csv; charset=GBK}), or is not UTF-8 and reads as GB18030
 * without doubt: every multi-byte character made of bytes from 0x80 up, which is what Excel on a
 * Chinese Windows saves as "CSV (逗号分隔)"; a Latin-1 "é" before a letter would also pass as a
 * Chinese character otherwise. Bytes that are none of these are refused with their line: a file read
 * in the wrong encoding would import garbled names without anyone noticing.
 */
public final class Uploads {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_LINES = 50_000;
    static final Charset GB18030 = Charset.forName("GB18030");

    private Uploads() {
    }

    /** An upload as text, and the encoding it was read in (said back to the importer). */
    public record Text(String content, String encoding) {
    }

    /** The whole upload as text, without a byte-order mark; 413 past {@link #MAX_BYTES}. */
    public static String text(InputStream in) {
        return decode(in, null).content();
    }

    /**
     * Reads an upload in the encoding it declares (or UTF-8, or GB18030 without doubt).
     *
     * @param declared the charset the request declares, or null
     */
    public static Text decode(InputStream in, String declared) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        int start = bom ? 3 : 0;
        Charset charset = declared == null || declared.isBlank() ? null : charsetOf(declared.strip());
        if (charset == null && !bom) {
            charset = strictly(bytes, start, StandardCharsets.UTF_8) != null ? StandardCharsets.UTF_8
                    : isPlainGb18030(bytes, start) ? GB18030 : StandardCharsets.UTF_8;
        }
        if (bom) {
            charset = StandardCharsets.UTF_8;
        }
        String text = strictly(bytes, start, charset);
        if (text == null) {
            throw InvalidInputException.of("file", "error.upload-encoding", firstBadLine(bytes, start, charset));
        }
        String name = charset.equals(StandardCharsets.UTF_8) ? (bom ? "UTF-8 (BOM)" : "UTF-8") : "GB18030";
        return new Text(text, name);
    }

    private static Charset charsetOf(String declared) {
        String upper = declared.toUpperCase(java.util.Locale.ROOT);
        if (upper.equals("UTF-8") || upper.equals("UTF8")) {
            return StandardCharsets.UTF_8;
        }
        if (upper.equals("GB18030") || upper.equals("GBK") || upper.equals("GB2312") || upper.equals("CP936")) {
            return GB18030;
        }
        throw InvalidInputException.of("file", "error.upload-charset", declared);
    }

    private static String strictly(byte[] bytes, int start, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Every non-ASCII byte starts or continues a GB18030 character made of bytes from 0x80 up only. */
    private static boolean isPlainGb18030(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                continue;
            }
            if (b == 0x80 || b == 0xFF || i + 1 >= bytes.length || (bytes[i + 1] & 0xFF) < 0x80 || (bytes[i + 1] & 0xFF) == 0xFF) {
                return false;
            }
            i++;
        }
        return strictly(bytes, start, GB18030) != null;
    }

    /** The line (from 1) where the bytes stop making sense in the charset. */
    private static int firstBadLine(byte[] bytes, int start, Charset charset) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                if (strictly(java.util.Arrays.copyOfRange(bytes, lineStart, i), 0, charset) == null) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return line;
    }

    /**
     * The charset a request's {@code Content-Type} header declares, or null. (Not the servlet's
     * character encoding: a filter sets that to UTF-8 for every request that does not say.)
     */
    public static String declaredCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                return pair[1].strip().replace("\"", "");
            }
        }
        return null;
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
