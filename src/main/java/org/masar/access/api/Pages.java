package org.masar.access.api;

import java.util.List;
import org.masar.shared.PageJson;

/** Pages a short list that the face returns whole (roles, offices, organisations). */
final class Pages {

    private Pages() {}

    static <T> PageJson<T> of(List<T> all, int page, int size) {
        int pageSize = PageJson.clampSize(size);
        int pageNumber = Math.max(0, page);
        long from = Math.min((long) pageNumber * pageSize, all.size());
        long to = Math.min(from + pageSize, all.size());
        return new PageJson<>(all.subList((int) from, (int) to), pageNumber, pageSize, all.size());
    }
}
