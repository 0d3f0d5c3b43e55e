package io.switchboard.contacts.spi;

import io.switchboard.contacts.SegmentCondition;
import io.switchboard.workspace.WorkspaceId;
import java.util.List;

/**
 * Condition kinds over one module's tables, for segments. Implemented by contacts itself and by modules
 * above it (messaging, compliance, campaigns), which cannot be called from contacts directly.
 *
 * <p>Each condition becomes an SQL predicate over the contact row {@code c} (columns {@code c.id} and
 * {@code c.workspace_id}), typically {@code exists (select 1 from <own table> x where x.workspace_id =
 * c.workspace_id and x.contact_id = c.id and …)}. The engine wraps it in parentheses, joins the conditions
 * with {@code and} or {@code or}, and runs one statement per count or page, so a segment of any size is
 * evaluated by the database with its indexes and never loaded as a list of ids. The predicate's text is
 * fixed by code; every value goes in a named parameter whose name starts with the given prefix.
 */
public interface SegmentCriteria {

    /** The kinds this contributes, with their operators; names are unique across all implementations. */
    List<Kind> kinds();

    /**
     * The predicate for {@code condition} (one of {@link #kinds()}), with values checked against their
     * type and the workspace's data (an unknown tag, property or campaign is invalid).
     *
     * @param prefix starts the names of all parameters of the result (e.g. {@code c3_})
     * @throws InvalidCondition naming the part of the condition at fault
     */
    SegmentPredicate predicate(WorkspaceId workspace, SegmentCondition condition, String prefix);

    /**
     * A condition kind.
     *
     * @param field whether the kind needs {@link SegmentCondition#field()} (a property key, a purpose)
     * @param operators what the kind can test, in the order an editor offers them
     */
    record Kind(String name, boolean field, List<String> operators) {}
}
