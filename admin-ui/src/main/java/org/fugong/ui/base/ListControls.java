package org.fugong.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import org.fugong.base.ListRequest;
import org.fugong.base.Sorting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * What every console list has: a search box, columns that sort through the service, filters and the
 * order kept in the address ({@code ?q=…&sort=…&dir=…&status=…}, so they survive going to a row and
 * back, a reload and a shared link), a row opened by click or by Enter on the focused row, and an
 * empty state that says what to do. Rows are fetched a slice at a time ({@link ListRequest}); the
 * grid never holds a whole collection.
 *
 * @param <T> the row
 * @param <S> the service's sort keys for this list
 */
public final class ListControls<T, S extends Enum<S>> {

    private static final String SEARCH = "q";
    private static final String SORT = "sort";
    private static final String DIRECTION = "dir";
    /** The keys that open the focused row (evaluated in the browser; public for tests that press it). */
    public static final String ENTER = "event.key === 'Enter' && !event.defaultPrevented";

    private final Grid<T> grid;
    private final Class<S> sortKeys;
    private final Sorting<S> defaultOrder;
    private final TextField search = new TextField();
    private final Map<S, Grid.Column<T>> sortable = new LinkedHashMap<>();
    private final Map<String, Filter<?>> filters = new LinkedHashMap<>();
    private String emptyText = "";
    private String noMatchText = "";
    private boolean restoring;
    private T focused;

    private record Filter<V>(HasValue<?, V> field, Function<V, String> write, Function<String, V> read) {
    }

    public ListControls(Grid<T> grid, Class<S> sortKeys, Sorting<S> defaultOrder) {
        this.grid = grid;
        this.sortKeys = sortKeys;
        this.defaultOrder = defaultOrder;
        grid.setMultiSort(false);
        search.setPlaceholder(grid.getTranslation("list.search"));
        search.setAriaLabel(grid.getTranslation("list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(ListRequest.MAX_SEARCH);
        search.addClassName("list-search");
        search.addValueChangeListener(e -> changed());
        grid.addSortListener(e -> {
            if (!restoring) {
                remember();
            }
        });
    }

    /** Makes a column sortable by one of the service's keys. */
    public Grid.Column<T> sortable(Grid.Column<T> column, S key) {
        column.setSortable(true);
        column.setSortProperty(key.name());
        sortable.put(key, column);
        return column;
    }

    /** Adds a filter kept in the address under {@code param}. */
    public <V> ListControls<T, S> filter(String param, HasValue<?, V> field, Function<V, String> write,
                                         Function<String, V> read) {
        filters.put(param, new Filter<>(field, write, read));
        field.addValueChangeListener(e -> changed());
        return this;
    }

    /** Adds a filter by one value of an enum (a status, a type), written lower case in the address. */
    public <E extends Enum<E>> ListControls<T, S> filter(String param, HasValue<?, E> field, Class<E> values) {
        return filter(param, field, v -> v.name().toLowerCase(java.util.Locale.ROOT), text -> {
            for (E value : values.getEnumConstants()) {
                if (value.name().equalsIgnoreCase(text)) {
                    return value;
                }
            }
            return null;
        });
    }

    /** Rows from the service, a slice at a time; the count of all rows the search and filters select. */
    public ListControls<T, S> items(Function<ListRequest<S>, List<T>> fetch, ToLongFunction<String> count) {
        grid.setItems(query -> fetch.apply(new ListRequest<>(searchText(), sorting(query.getSortOrders()),
                        query.getOffset(), query.getLimit())).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, count.applyAsLong(searchText())));
        return this;
    }

    /** Tells rows apart by an id (so a selection survives a refresh of the rows). */
    public ListControls<T, S> identifiedBy(com.vaadin.flow.function.ValueProvider<T, Object> id) {
        grid.getLazyDataView().setIdentifierProvider(id::apply);
        return this;
    }

    /** Opens a row on a click, or on Enter while a row has the keyboard focus. */
    public ListControls<T, S> onOpen(Consumer<T> open) {
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        grid.getElement().addEventListener("keydown", e -> {
            if (focused != null) {
                open.accept(focused);
            }
        }).setFilter(ENTER);
        return this;
    }

    /**
     * What the empty list says: what to do when there is nothing yet, and (when a search or filter is
     * on) that nothing matches and how to widen it.
     */
    public ListControls<T, S> emptyState(String whatToDo) {
        this.emptyText = whatToDo;
        this.noMatchText = grid.getTranslation("list.noMatch");
        updateEmptyState();
        return this;
    }

    /** The search box and the filters, in a row that wraps on narrow screens, followed by {@code more}. */
    public HorizontalLayout toolbar(Component... more) {
        HorizontalLayout bar = new HorizontalLayout(search);
        filters.values().forEach(f -> bar.add((Component) f.field()));
        bar.add(more);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("list-toolbar");
        bar.setWidthFull();
        return bar;
    }

    public TextField searchField() {
        return search;
    }

    /** Sets the search, filters and order the address holds (call from {@code beforeEnter}). */
    public void restore(QueryParameters parameters) {
        restoring = true;
        try {
            Map<String, List<String>> values = parameters.getParameters();
            search.setValue(first(values, SEARCH, ""));
            filters.forEach((param, filter) -> restore(filter, first(values, param, null)));
            S key = parse(first(values, SORT, null));
            if (key != null && sortable.containsKey(key)) {
                boolean ascending = !"desc".equals(first(values, DIRECTION, "asc"));
                grid.sort(List.of(new GridSortOrder<>(sortable.get(key),
                        ascending ? SortDirection.ASCENDING : SortDirection.DESCENDING)));
            } else {
                grid.sort(List.of());
            }
        } finally {
            restoring = false;
        }
        updateEmptyState();
        grid.getDataProvider().refreshAll();
    }

    private <V> void restore(Filter<V> filter, String value) {
        V read = value == null ? null : filter.read().apply(value);
        if (read == null) {
            filter.field().clear();
        } else {
            filter.field().setValue(read);
        }
    }

    public void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void changed() {
        if (restoring) {
            return;
        }
        updateEmptyState();
        grid.getDataProvider().refreshAll();
        remember();
    }

    private void updateEmptyState() {
        boolean narrowed = !search.isEmpty() || filters.values().stream().anyMatch(f -> !f.field().isEmpty());
        grid.setEmptyStateText(narrowed ? noMatchText : emptyText);
    }

    /** Writes the search, filters and order into the address, replacing the current entry. */
    private void remember() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (!search.isEmpty()) {
            params.put(SEARCH, List.of(search.getValue().strip()));
        }
        filters.forEach((param, filter) -> write(params, param, filter));
        if (!grid.getSortOrder().isEmpty()) {
            GridSortOrder<T> order = grid.getSortOrder().get(0);
            sortable.forEach((key, column) -> {
                if (column == order.getSorted()) {
                    params.put(SORT, List.of(key.name().toLowerCase(java.util.Locale.ROOT)));
                    params.put(DIRECTION, List.of(order.getDirection() == SortDirection.ASCENDING ? "asc" : "desc"));
                }
            });
        }
        String path = ui.getInternals().getActiveViewLocation().getPath();
        ui.getPage().getHistory().replaceState(null, new Location(path, new QueryParameters(params)));
    }

    private static <V> void write(Map<String, List<String>> params, String param, Filter<V> filter) {
        V value = filter.field().getValue();
        if (!filter.field().isEmpty() && value != null) {
            params.put(param, List.of(filter.write().apply(value)));
        }
    }

    private String searchText() {
        return search.getValue();
    }

    private Sorting<S> sorting(List<QuerySortOrder> orders) {
        for (QuerySortOrder order : orders) {
            S key = parse(order.getSorted());
            if (key != null) {
                return new Sorting<>(key, order.getDirection() == SortDirection.ASCENDING);
            }
        }
        return defaultOrder;
    }

    private S parse(String name) {
        if (name == null) {
            return null;
        }
        for (S key : sortKeys.getEnumConstants()) {
            if (key.name().equalsIgnoreCase(name)) {
                return key;
            }
        }
        return null;
    }

    private static String first(Map<String, List<String>> values, String name, String fallback) {
        List<String> list = values.getOrDefault(name, new ArrayList<>());
        return list.isEmpty() ? fallback : list.get(0);
    }
}
