package org.directivegraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.directivegraph.store.PackagedData;
import org.springframework.core.io.Resource;

/** The catalogue of saved queries packaged from {@code queries/*.rq}, by name (the file name without .rq). */
public final class SavedQueries {

    private final Map<String, SavedQuery> byName;

    private SavedQueries(Map<String, SavedQuery> byName) {
        this.byName = byName;
    }

    /** Loads and checks every packaged query. */
    public static SavedQueries packaged() {
        Map<String, SavedQuery> map = new LinkedHashMap<>();
        for (Resource r : PackagedData.resources("queries/*.rq")) {
            String file = String.valueOf(r.getFilename());
            String name = file.substring(0, file.length() - 3);
            try (InputStream in = r.getInputStream()) {
                map.put(name, SavedQuery.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read query " + file, e);
            }
        }
        return new SavedQueries(map);
    }

    /** All queries, in name order. */
    public List<SavedQuery> all() {
        return List.copyOf(byName.values());
    }

    /** The query of that name. */
    public Optional<SavedQuery> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
