package io.switchboard.contacts.web;

import io.switchboard.contacts.SegmentCondition;
import io.switchboard.contacts.SegmentDefinition;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The segment editor's fields: one entry per condition row in each of the parallel lists (rows are added
 * and removed in the browser, so no index is renumbered).
 */
record SegmentForm(
        @Nullable String name,
        @Nullable String match,
        @Nullable List<String> kind,
        @Nullable List<String> field,
        @Nullable List<String> operator,
        @Nullable List<String> value) {

    static SegmentForm of(String name, SegmentDefinition definition) {
        var kinds = new ArrayList<String>();
        var fields = new ArrayList<String>();
        var operators = new ArrayList<String>();
        var values = new ArrayList<String>();
        for (var c : definition.conditions()) {
            kinds.add(c.kind());
            fields.add(c.field() == null ? "" : c.field());
            operators.add(c.operator());
            values.add(c.value() == null ? "" : c.value());
        }
        return new SegmentForm(name, definition.match().code(), kinds, fields, operators, values);
    }

    static SegmentForm empty() {
        return new SegmentForm("", "all", List.of(), List.of(), List.of(), List.of());
    }

    /** @throws io.switchboard.contacts.ContactException INVALID for a match other than all or any */
    SegmentDefinition definition() {
        var conditions = new ArrayList<SegmentCondition>();
        for (var i = 0; i < rows(); i++) {
            conditions.add(new SegmentCondition(at(kind, i), at(field, i), at(operator, i), at(value, i)));
        }
        return new SegmentDefinition(SegmentDefinition.Match.parse(match), conditions);
    }

    /** The condition rows, for the page. */
    public List<SegmentCondition> conditions() {
        var out = new ArrayList<SegmentCondition>();
        for (var i = 0; i < rows(); i++) {
            out.add(new SegmentCondition(at(kind, i), at(field, i), at(operator, i), at(value, i)));
        }
        return out;
    }

    public boolean any() {
        return "any".equalsIgnoreCase(match);
    }

    private int rows() {
        return kind == null ? 0 : kind.size();
    }

    private static String at(@Nullable List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
    }
}
