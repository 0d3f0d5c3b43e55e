package io.switchboard.compliance.web;

import io.switchboard.compliance.KeywordSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The keywords page's form: one row per language, keywords one per line (or separated by commas), and an
 * empty row to add a language. A row without a language is ignored.
 */
class KeywordForm {
    /** One language's row as typed. */
    public static class Row {
        private String language = "";
        private String optOut = "";
        private String optIn = "";
        private String optOutReply = "";
        private String optInReply = "";

        public String getLanguage() {
            return language;
        }

        public void setLanguage(@Nullable String language) {
            this.language = language == null ? "" : language;
        }

        public String getOptOut() {
            return optOut;
        }

        public void setOptOut(@Nullable String optOut) {
            this.optOut = optOut == null ? "" : optOut;
        }

        public String getOptIn() {
            return optIn;
        }

        public void setOptIn(@Nullable String optIn) {
            this.optIn = optIn == null ? "" : optIn;
        }

        public String getOptOutReply() {
            return optOutReply;
        }

        public void setOptOutReply(@Nullable String optOutReply) {
            this.optOutReply = optOutReply == null ? "" : optOutReply;
        }

        public String getOptInReply() {
            return optInReply;
        }

        public void setOptInReply(@Nullable String optInReply) {
            this.optInReply = optInReply == null ? "" : optInReply;
        }
    }

    private List<Row> rows = new ArrayList<>();

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    static KeywordForm of(List<KeywordSet> sets) {
        var form = new KeywordForm();
        for (var set : sets) {
            var row = new Row();
            row.setLanguage(set.language());
            row.setOptOut(String.join("\n", set.optOut()));
            row.setOptIn(String.join("\n", set.optIn()));
            row.setOptOutReply(set.optOutReply());
            row.setOptInReply(set.optInReply());
            form.rows.add(row);
        }
        form.rows.add(new Row());
        return form;
    }

    List<KeywordSet> sets() {
        return rows.stream()
                .filter(r -> !r.getLanguage().isBlank())
                .map(r -> new KeywordSet(
                        r.getLanguage(),
                        words(r.getOptOut()),
                        words(r.getOptIn()),
                        r.getOptOutReply(),
                        r.getOptInReply()))
                .toList();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[,\\n]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
