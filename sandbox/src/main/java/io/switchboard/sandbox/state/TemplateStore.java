package io.switchboard.sandbox.state;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Templates by id; deleted templates are removed, so their names can be reused at once. */
public final class TemplateStore {
    private final Map<String, Template> byId = new ConcurrentHashMap<>();

    public void add(Template template) {
        byId.put(template.id(), template);
    }

    public Optional<Template> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Template> find(String wabaId, String name, String language) {
        return byId.values().stream()
                .filter(t -> t.wabaId().equals(wabaId)
                        && t.name().equals(name)
                        && t.language().equals(language))
                .findFirst();
    }

    /** The WABA's templates, oldest first (stable for cursor paging). */
    public List<Template> ofWaba(String wabaId) {
        return byId.values().stream()
                .filter(t -> t.wabaId().equals(wabaId))
                .sorted(Comparator.comparing(Template::createdAt).thenComparing(Template::id))
                .toList();
    }

    public void remove(Template template) {
        byId.remove(template.id());
    }

    public void clear() {
        byId.clear();
    }
}
