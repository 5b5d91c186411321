package org.fugong.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words a page shows, as a browserless test can read them: every text node, the labels, helpers,
 * placeholders, errors, titles and accessible names of components, the menu, the grids' headers and
 * first rows (rendered as the browser would), the options of selects, and the text of server-drawn
 * charts. What is marked as written in Chinese ({@code lang="zh-CN"}: a notice's Chinese text beside
 * its English one, the push as a Chinese phone shows it) is content, not the console's words, and is
 * left out.
 */
public final class PageTexts {

    private static final Pattern TAGS = Pattern.compile("<[^>]+>");
    private static final List<String> PROPERTIES = List.of("label", "placeholder", "helperText", "errorMessage", "title",
            "aria-label", "message", "header", "confirmText", "cancelText");
    private static final int ROWS = 5;

    private PageTexts() {
    }

    public static List<String> of(UI ui) {
        List<String> texts = new ArrayList<>();
        collect(ui, texts);
        return texts.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
    }

    private static void collect(Component component, List<String> texts) {
        Element element = component.getElement();
        if ("zh-CN".equals(element.getAttribute("lang"))) {
            return;
        }
        texts.add(element.getText());
        for (String name : PROPERTIES) {
            texts.add(element.getProperty(name));
            texts.add(element.getAttribute(name));
        }
        if (component instanceof HasLabel labelled) {
            texts.add(labelled.getLabel());
        }
        if (component instanceof SideNavItem item) {
            texts.add(item.getLabel());
        }
        if (component instanceof Html html) {
            texts.add(TAGS.matcher(html.getInnerHtml()).replaceAll(" "));
        }
        if (component instanceof Select<?> select) {
            options(select, texts);
        }
        if (component instanceof RadioButtonGroup<?> group) {
            radio(group, texts);
        }
        if (component instanceof Grid<?> grid) {
            grid(grid, texts);
        }
        component.getChildren().forEach(child -> collect(child, texts));
    }

    private static <T> void options(Select<T> select, List<String> texts) {
        select.getListDataView().getItems().forEach(item -> texts.add(select.getItemLabelGenerator().apply(item)));
        texts.add(select.getEmptySelectionCaption());
    }

    private static <T> void radio(RadioButtonGroup<T> group, List<String> texts) {
        group.getListDataView().getItems().forEach(item -> texts.add(group.getItemLabelGenerator().apply(item)));
    }

    private static <T> void grid(Grid<T> grid, List<String> texts) {
        texts.add(grid.getEmptyStateText());
        grid.getColumns().forEach(column -> texts.add(column.getHeaderText()));
        int rows = Math.min(ROWS, GridKt._size(grid));
        for (int row = 0; row < rows; row++) {
            for (Grid.Column<T> column : grid.getColumns()) {
                if (column.getKey() == null) {
                    continue;
                }
                Component cell = componentAt(grid, row, column.getKey());
                if (cell != null) {
                    collect(cell, texts);
                } else {
                    texts.add(GridKt._getFormatted(grid, row, column.getKey()));
                }
            }
        }
    }

    private static <T> Component componentAt(Grid<T> grid, int row, String key) {
        try {
            return GridKt._getCellComponent(grid, row, key);
        } catch (IllegalArgumentException | IllegalStateException | AssertionError notAComponentColumn) {
            return null;
        }
    }
}
