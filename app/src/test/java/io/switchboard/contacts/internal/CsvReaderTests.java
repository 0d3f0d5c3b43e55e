package io.switchboard.contacts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 records, line numbers for the report, and the semicolon files spreadsheets write. */
class CsvReaderTests {
    @Test
    void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() {
        var csv = new CsvReader(new StringReader(
                "\uFEFFName,Note\r\n\"Hopper, Grace\",\"said \"\"hi\"\"\nthen left\"\r\n\r\nAda , x\n"));
        assertThat(csv.header()).containsExactly("Name", "Note");
        assertThat(csv.next()).containsExactly("Hopper, Grace", "said \"hi\"\nthen left");
        assertThat(csv.line()).isEqualTo(2);
        assertThat(csv.next()).containsExactly("Ada", "x");
        assertThat(csv.line()).as("after a quoted line break and a blank line").isEqualTo(5);
        assertThat(csv.next()).isNull();
    }

    @Test
    void detectsSemicolonsAndKeepsEmptyTrailingFields() {
        var csv = new CsvReader(new StringReader("A;B;C\n1;;\n"));
        assertThat(csv.header()).containsExactly("A", "B", "C");
        assertThat(csv.next()).isEqualTo(List.of("1", "", ""));
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThat(new CsvReader(new StringReader("")).header()).isEmpty();
    }
}
