package org.fugong.base;

/**
 * A line of an import that was not taken, and why, in the language of whoever imported the file.
 *
 * @param line the line of the file (a CSV's header is line 1; NDJSON counts every line)
 */
public record RejectedLine(int line, String reason) {
}
