package org.fugong.enterprise;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which requests a list shows; an empty or {@code null} field does not constrain.
 *
 * @param statuses     any of these statuses
 * @param category     this category only
 * @param enterpriseId this enterprise only
 */
public record RequestFilter(Set<RequestStatus> statuses, RequestCategory category, String enterpriseId) {

    public RequestFilter {
        statuses = statuses == null ? Set.of() : statuses.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    public static RequestFilter all() {
        return new RequestFilter(Set.of(), null, null);
    }
}
