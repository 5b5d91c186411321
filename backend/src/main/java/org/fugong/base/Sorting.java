package org.fugong.base;

/**
 * How a console list is ordered: by one of the list's sort keys (an enum each list declares, so a
 * view can only ask for orders the service offers), ascending or descending. Ties are always broken
 * by id, so pages never overlap.
 */
public record Sorting<S extends Enum<S>>(S key, boolean ascending) {

    public static <S extends Enum<S>> Sorting<S> asc(S key) {
        return new Sorting<>(key, true);
    }

    public static <S extends Enum<S>> Sorting<S> desc(S key) {
        return new Sorting<>(key, false);
    }
}
