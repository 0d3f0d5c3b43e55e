package io.switchboard.contacts.internal;

import io.switchboard.contacts.ContactException;
import io.switchboard.contacts.ContactViolation;
import io.switchboard.contacts.SegmentDefinition;
import io.switchboard.contacts.spi.InvalidCondition;
import io.switchboard.contacts.spi.SegmentCriteria;
import io.switchboard.workspace.WorkspaceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks a definition and turns it into one SQL condition, asking each condition's kind of the module that
 * contributes it (contacts itself, messaging, compliance, campaigns).
 */
@Component
public class SegmentCompiler {
    private final Map<String, SegmentCriteria> byKind = new LinkedHashMap<>();
    private final List<SegmentCriteria.Kind> kinds = new ArrayList<>();

    SegmentCompiler(List<SegmentCriteria> criteria) {
        for (var c : criteria) {
            for (var kind : c.kinds()) {
                if (byKind.putIfAbsent(kind.name(), c) != null) {
                    throw new IllegalStateException("Two modules contribute the segment condition " + kind.name());
                }
                kinds.add(kind);
            }
        }
    }

    /** Every kind a condition may have, contacts' own first. */
    public List<SegmentCriteria.Kind> kinds() {
        return List.copyOf(kinds);
    }

    /** @throws ContactException INVALID listing each condition at fault as {@code conditions[i].<part>} */
    public SegmentQueries.Compiled compile(WorkspaceId workspace, SegmentDefinition definition) {
        if (definition.conditions().size() > SegmentDefinition.MAX_CONDITIONS) {
            throw ContactException.invalid(
                    "conditions", "A segment has at most " + SegmentDefinition.MAX_CONDITIONS + " conditions.");
        }
        var violations = new ArrayList<ContactViolation>();
        var parts = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        for (var i = 0; i < definition.conditions().size(); i++) {
            var condition = definition.conditions().get(i);
            var criteria = byKind.get(condition.kind());
            if (criteria == null) {
                violations.add(new ContactViolation(
                        "conditions[" + i + "].kind",
                        "Unknown condition '" + condition.kind() + "'; use one of " + String.join(", ", byKind.keySet())
                                + "."));
                continue;
            }
            var kind = kinds.stream()
                    .filter(k -> k.name().equals(condition.kind()))
                    .findFirst()
                    .orElseThrow();
            if (!kind.operators().contains(condition.operator())) {
                violations.add(new ContactViolation(
                        "conditions[" + i + "].operator",
                        "A " + kind.name() + " condition takes one of " + String.join(", ", kind.operators()) + "."));
                continue;
            }
            var prefix = "s" + i + "_";
            try {
                var predicate = criteria.predicate(workspace, condition, prefix);
                for (var name : predicate.params().keySet()) {
                    if (!name.startsWith(prefix)) {
                        throw new IllegalStateException(kind.name() + " names a parameter outside its prefix: " + name);
                    }
                }
                parts.add("(" + predicate.sql() + ")");
                params.putAll(predicate.params());
            } catch (InvalidCondition e) {
                violations.add(new ContactViolation("conditions[" + i + "]." + e.part(), e.getMessage()));
            }
        }
        if (!violations.isEmpty()) {
            throw ContactException.invalid(violations);
        }
        var joiner = definition.match() == SegmentDefinition.Match.ALL ? " and " : " or ";
        var where = parts.isEmpty() ? "1 = 1" : String.join(joiner, parts);
        return new SegmentQueries.Compiled(where, params);
    }
}
