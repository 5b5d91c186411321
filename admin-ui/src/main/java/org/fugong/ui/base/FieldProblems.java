package org.fugong.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.fugong.base.FieldProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Puts the service's problems on the fields of a form. The form binds each component to the field it
 * edits ({@code F}: a typed key such as {@code NoticeField}, resolved from the path the service
 * reports), where it builds them. {@link #show} marks every field with its message, brings the first
 * into view and gives it the focus, and lists every problem in words — the field's label, never a
 * path — in the summary; what belongs to no field on the form is listed there too, by message alone.
 *
 * @param <F> the form's field keys
 */
public final class FieldProblems<F> {

    private record Binding(Component component, String label, Consumer<String> showError) {
    }

    private final Function<String, Optional<F>> resolve;
    private final Map<F, Binding> bindings = new LinkedHashMap<>();
    private final Div summary = new Div();

    /** @param resolve the field a reported path is about, if the form has it */
    public FieldProblems(Function<String, Optional<F>> resolve) {
        this.resolve = resolve;
        summary.addClassName("form-problems");
        summary.setId("form-problems");
        summary.setVisible(false);
        summary.getElement().setAttribute("role", "alert");
    }

    /** Fields keyed by the path itself, list positions dropped ({@code pickupPoints[2]} is {@code pickupPoints}). */
    public static FieldProblems<String> byPath() {
        return new FieldProblems<>(path -> Optional.ofNullable(path).map(p -> p.replaceAll("\\[\\d+]", "")));
    }

    /** Binds a field component; its label names it in the summary. */
    public <C extends Component & HasValidation> FieldProblems<F> bind(F field, C component) {
        String label = component instanceof HasLabel labelled ? labelled.getLabel() : null;
        return bind(field, component, label, message -> {
            component.setErrorMessage(message);
            component.setInvalid(message != null);
        });
    }

    /** Binds a composite field that shows its error its own way. */
    public FieldProblems<F> bind(F field, Component component, String label, Consumer<String> showError) {
        bindings.put(field, new Binding(component, label, showError));
        return this;
    }

    public boolean isBound(F field) {
        return bindings.containsKey(field);
    }

    /** The summary box, to be placed at the top of the form. */
    public Div summary() {
        return summary;
    }

    public void clear() {
        bindings.values().forEach(b -> b.showError().accept(null));
        summary.removeAll();
        summary.setVisible(false);
    }

    /**
     * Shows the problems; returns those that belong to no visible field of the form (the caller may
     * still tell them some other way).
     *
     * @param describe a problem's message in the reader's language
     */
    public List<FieldProblem> show(List<FieldProblem> problems, Function<FieldProblem, String> describe) {
        clear();
        Map<F, List<String>> onFields = new LinkedHashMap<>();
        List<FieldProblem> elsewhere = new ArrayList<>();
        for (FieldProblem problem : problems) {
            Optional<F> field = resolve.apply(problem.field()).filter(this::isShown);
            if (field.isPresent()) {
                onFields.computeIfAbsent(field.get(), f -> new ArrayList<>()).add(describe.apply(problem));
            } else {
                elsewhere.add(problem);
            }
        }
        UnorderedList list = new UnorderedList();
        F first = null;
        for (Map.Entry<F, Binding> entry : bindings.entrySet()) {
            List<String> messages = onFields.get(entry.getKey());
            if (messages == null) {
                continue;
            }
            String message = String.join(" ", messages);
            entry.getValue().showError().accept(message);
            first = first == null ? entry.getKey() : first;
            list.add(new ListItem(entry.getValue().label() == null ? message
                    : summary.getTranslation("form.problem", entry.getValue().label(), message)));
        }
        elsewhere.forEach(p -> list.add(new ListItem(describe.apply(p))));
        summary.add(new Paragraph(summary.getTranslation("form.problems", onFields.size() + elsewhere.size())), list);
        summary.setVisible(true);
        if (first != null) {
            bring(bindings.get(first).component());
        } else {
            summary.scrollIntoView();
        }
        return elsewhere;
    }

    private boolean isShown(F field) {
        Binding binding = bindings.get(field);
        if (binding == null) {
            return false;
        }
        for (Component c = binding.component(); c != null; c = c.getParent().orElse(null)) {
            if (!c.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void bring(Component component) {
        component.scrollIntoView();
        if (component instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
