package io.switchboard.contacts.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV as RFC 4180 writes it (quoted fields with "" and line breaks inside), one record at a time,
 * so a large file is never held as rows. Accepts LF or CRLF, and ; as separator when the header has no
 * comma but a semicolon (spreadsheets in many locales save that way). A UTF-8 byte order mark is skipped.
 */
public final class CsvReader {
    private final Reader in;
    private char separator = ',';
    private int line = 1;
    private int recordLine = 1;
    private int peeked = -2;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The header; chooses the separator. Empty if the file is empty. */
    public List<String> header() {
        var first = next();
        if (first == null) {
            return List.of();
        }
        if (first.size() == 1 && first.getFirst().contains(";")) {
            separator = ';';
            first = List.of(first.getFirst().split(";", -1));
        }
        if (!first.isEmpty() && first.getFirst().startsWith("\uFEFF")) {
            var copy = new ArrayList<>(first);
            copy.set(0, first.getFirst().substring(1));
            first = copy;
        }
        return first;
    }

    /** The line number where the last record returned by {@link #next()} started (the header is line 1). */
    public int line() {
        return recordLine;
    }

    /** The next record, or {@code null} at the end; blank lines are skipped. */
    public @Nullable List<String> next() {
        while (true) {
            recordLine = line;
            var c = read();
            if (c == -1) {
                return null;
            }
            if (c == '\n') {
                line++;
                continue;
            }
            if (c == '\r') {
                continue;
            }
            unread(c);
            return record();
        }
    }

    private List<String> record() {
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        while (true) {
            var c = read();
            if (quoted) {
                if (c == -1) {
                    fields.add(field.toString());
                    return fields;
                }
                if (c == '"') {
                    var n = read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        unread(n);
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                continue;
            }
            if (c == -1 || c == '\n') {
                if (c == '\n') {
                    line++;
                }
                fields.add(wasQuoted ? field.toString() : field.toString().strip());
                return fields;
            }
            if (c == '\r') {
                continue;
            }
            if (c == separator) {
                fields.add(wasQuoted ? field.toString() : field.toString().strip());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else {
                field.append((char) c);
            }
        }
    }

    private int read() {
        if (peeked != -2) {
            var c = peeked;
            peeked = -2;
            return c;
        }
        try {
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void unread(int c) {
        peeked = c;
    }
}
