package org.fugong.ui.enterprise;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.Actor;
import org.fugong.base.FugongException;
import org.fugong.base.NotFoundException;
import org.fugong.enterprise.EnterpriseRequest;
import org.fugong.enterprise.EnterpriseRequestService;
import org.fugong.enterprise.RequestMessage;
import org.fugong.enterprise.RequestAction;
import org.fugong.enterprise.RequestActions;
import org.fugong.security.UserListing;
import org.fugong.ui.base.Badges;
import org.fugong.ui.base.ConsolePage;
import java.util.Map;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Feedback;
import org.fugong.ui.base.Formats;
import org.fugong.ui.base.TermList;

import java.util.Set;
import java.util.function.Supplier;

/**
 * One request as a thread between the enterprise's HR and its task force: what is needed, the
 * messages, and the way to a resolution — taken up, resolved with how and the effect, or reopened.
 */
@Route("requests/:id")
@RolesAllowed({"ADMIN", "OFFICIAL", "REVIEWER", "HR"})
class RequestView extends VerticalLayout implements BeforeEnterObserver, ConsolePage {

    private final EnterpriseRequestService requests;
    private final UserListing users;
    private final Feedback feedback;
    private final RequestActions actions;
    private EnterpriseRequest request;

    RequestView(EnterpriseRequestService requests, RequestActions actions, UserListing users, Feedback feedback) {
        this.requests = requests;
        this.actions = actions;
        this.users = users;
        this.feedback = feedback;
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            request = requests.get(event.getRouteParameters().get("id").orElse(""), CurrentUser.actor());
            render();
        } catch (NotFoundException e) {
            request = null;
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void render() {
        removeAll();
        Actor actor = CurrentUser.actor();
        H2 title = new H2(getTranslation("rq.category." + request.category().name()) + " · " + request.enterpriseName());
        title.setId("request-title");
        HorizontalLayout heading = new HorizontalLayout(title, Badges.request(this, request.status()));
        heading.setWrap(true);
        if (request.urgent()) {
            heading.add(Badges.key(this, "rq.urgent"));
        }
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        Span link = new Span(getTranslation("rq.toEnterprise"));
        link.addClassName("link");
        link.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EnterpriseView.class,
                new RouteParameters("id", request.enterpriseId()))));
        DescriptionList facts = new DescriptionList();
        fact(facts, "rq.text", request.text());
        if (request.headcount() != null) {
            fact(facts, "rq.headcount", String.valueOf(request.headcount()));
        }
        if (request.skills() != null && !request.skills().isEmpty()) {
            fact(facts, "rq.skills", String.join(getTranslation("list.separator"), TermList.SKILLS.names(request.skills())));
        }
        Map<String, String> names = users.displayNames(people());
        fact(facts, "rq.raisedBy", names.getOrDefault(request.raisedBy(), request.raisedBy()) + " · "
                + Formats.dateTime(request.createdAt()));
        if (request.resolution() != null) {
            fact(facts, "rq.solution", request.resolution().solution());
            fact(facts, "rq.effect", request.resolution().effect());
            fact(facts, "rq.resolvedBy", names.getOrDefault(request.resolution().resolvedBy(), request.resolution().resolvedBy())
                    + " · " + Formats.dateTime(request.resolution().resolvedAt()));
        }
        facts.addClassName("notice-facts");
        add(heading, link, facts, actions(actor), thread(), replyBox());
    }

    /** Usernames the request names (who raised and resolved it), for their display names. */
    private java.util.List<String> people() {
        java.util.List<String> people = new java.util.ArrayList<>();
        people.add(request.raisedBy());
        if (request.resolution() != null) {
            people.add(request.resolution().resolvedBy());
        }
        request.messages().forEach(m -> people.add(m.author()));
        return people;
    }

    private HorizontalLayout actions(Actor actor) {
        HorizontalLayout bar = new HorizontalLayout();
        Set<RequestAction> allowed = actions.of(request, actor);
        if (allowed.contains(RequestAction.TAKE_UP)) {
            Button takeUp = new Button(getTranslation("rq.takeUp"), e -> act(() -> requests.takeUp(request.id(), CurrentUser.actor()),
                    "rq.done.takenUp"));
            takeUp.setId("request-take-up");
            bar.add(takeUp);
        }
        if (allowed.contains(RequestAction.RESOLVE)) {
            Button resolve = new Button(getTranslation("rq.resolve"), e -> openResolve());
            resolve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            resolve.setId("request-resolve");
            bar.add(resolve);
        }
        if (allowed.contains(RequestAction.REOPEN)) {
            Button reopen = new Button(getTranslation("rq.reopen"), e -> act(() -> requests.reopen(request.id(), null,
                    CurrentUser.actor()), "rq.done.reopened"));
            reopen.setId("request-reopen");
            bar.add(reopen);
        }
        return bar;
    }

    private Div thread() {
        Div thread = new Div();
        thread.setId("request-thread");
        thread.addClassName("thread");
        for (RequestMessage message : request.messages()) {
            Paragraph meta = new Paragraph((message.authorName() == null ? message.author() : message.authorName()) + " · "
                    + getTranslation("rq.role." + message.role().name()) + " · " + Formats.dateTime(message.at()));
            meta.addClassName("secondary");
            Paragraph text = new Paragraph(message.text());
            text.addClassName("thread-text");
            Div bubble = new Div(meta, text);
            bubble.addClassNames("thread-message", message.role().name().equals("HR") ? "from-enterprise" : "from-bureau");
            thread.add(bubble);
        }
        if (request.messages().isEmpty()) {
            thread.add(new Paragraph(getTranslation("rq.thread.empty")));
        }
        return thread;
    }

    private VerticalLayout replyBox() {
        TextArea reply = new TextArea(getTranslation("rq.reply"));
        reply.setWidthFull();
        reply.setMaxLength(2000);
        reply.setId("request-reply");
        Button send = new Button(getTranslation("rq.reply.send"), e -> act(() -> requests.reply(request.id(), reply.getValue(),
                CurrentUser.actor()), "rq.done.replied", Map.of("text", reply)));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("request-reply-send");
        VerticalLayout box = new VerticalLayout(reply, send);
        box.setPadding(false);
        return box;
    }

    private void openResolve() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("rq.resolve"));
        dialog.setId("resolve-dialog");
        TextArea solution = new TextArea(getTranslation("rq.solution"));
        solution.setId("resolve-solution");
        solution.setMaxLength(2000);
        TextArea effect = new TextArea(getTranslation("rq.effect"));
        effect.setId("resolve-effect");
        effect.setMaxLength(2000);
        FormLayout form = new FormLayout(solution, effect);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(new Paragraph(getTranslation("rq.resolve.help")), form);
        Button save = new Button(getTranslation("rq.resolve"), e -> {
            if (act(() -> requests.resolve(request.id(), solution.getValue(), effect.getValue(), CurrentUser.actor()),
                    "rq.done.resolved", Map.of("solution", solution, "effect", effect))) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("resolve-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("36em");
        dialog.open();
    }

    private boolean act(Supplier<EnterpriseRequest> action, String doneKey) {
        return act(action, doneKey, Map.of());
    }

    /** Runs an action on the request; problems with the given fields land on them. */
    private boolean act(Supplier<EnterpriseRequest> action, String doneKey,
                        Map<String, ? extends com.vaadin.flow.component.HasValidation> fields) {
        try {
            request = action.get();
            feedback.success(getTranslation(doneKey));
            render();
            return true;
        } catch (org.fugong.base.InvalidInputException e) {
            feedback.showOn(e, fields);
            return false;
        } catch (FugongException e) {
            feedback.error(e);
            return false;
        }
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String heading() {
        return request == null ? getTranslation("nav.requests")
                : getTranslation("rq.category." + request.category().name()) + " · " + request.enterpriseName();
    }
}
