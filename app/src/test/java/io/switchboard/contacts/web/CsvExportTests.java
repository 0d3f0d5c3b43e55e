package io.switchboard.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV fields: RFC 4180 quoting, and no formulas for spreadsheets (CSV injection) while numbers stay numbers. */
class CsvExportTests {
    @Test
    void quotesAndDefusesFormulas() {
        assertThat(CsvExport.field(null)).isEmpty();
        assertThat(CsvExport.field("plain")).isEqualTo("plain");
        assertThat(CsvExport.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvExport.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvExport.field("=1+2")).isEqualTo("'=1+2");
        assertThat(CsvExport.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.field("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(CsvExport.field("+16505551234")).isEqualTo("+16505551234");
        assertThat(CsvExport.field("-12.5")).isEqualTo("-12.5");
    }
}
