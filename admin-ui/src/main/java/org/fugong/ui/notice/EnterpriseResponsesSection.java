package org.fugong.ui.notice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.fugong.base.Actor;
import org.fugong.base.FugongException;
import org.fugong.base.InvalidInputException;
import org.fugong.notice.AttendanceMode;
import org.fugong.notice.Notice;
import org.fugong.notice.ResponseKind;
import org.fugong.response.Response;
import org.fugong.response.EnterpriseResponses;
import org.fugong.response.ResponseActions;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.fugong.response.SubsidyService;
import org.fugong.ui.base.Badges;
import org.fugong.ui.base.Feedback;
import org.fugong.ui.base.Formats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an enterprise's HR user does with a notice on the enterprise's behalf: join a job fair, or
 * claim a policy's subsidy for its new hires within the cap (seeing what is left), and withdraw.
 */
class EnterpriseResponsesSection extends VerticalLayout {

    private final Notice notice;
    private final EnterpriseResponses responses;
    private final ResponseActions allowed;
    private final SubsidyService subsidies;
    private final Feedback feedback;
    private final Actor actor;

    EnterpriseResponsesSection(Notice notice, EnterpriseResponses responses, ResponseActions actions, SubsidyService subsidies,
                               Feedback feedback, Actor actor) {
        this.notice = notice;
        this.allowed = actions;
        this.responses = responses;
        this.subsidies = subsidies;
        this.feedback = feedback;
        this.actor = actor;
        setPadding(false);
        setId("enterprise-responses");
        render();
    }

    private void render() {
        removeAll();
        ResponseActions.OfEnterprise own = allowed.ofEnterprise(responses.ofEnterprise(notice.id(), actor));
        List<Response> mine = own.answers();
        boolean fair = notice.responseKind() == ResponseKind.RSVP;
        add(new H3(getTranslation(fair ? "ent.fair.title" : "ent.subsidy.title")));
        HorizontalLayout actions = new HorizontalLayout();
        if (fair) {
            boolean joined = own.joined();
            Button join = new Button(getTranslation(joined ? "ent.fair.joined" : "ent.fair.join"), e -> joinFair());
            join.setEnabled(!joined);
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            join.setId("enterprise-join-fair");
            actions.add(join);
        } else {
            SubsidyService.Standing standing = subsidies.standing(notice.id(), actor.enterpriseId(), actor);
            java.math.BigDecimal pending = standing.reserved().subtract(standing.granted());
            Paragraph left = new Paragraph(standing.cap() == null
                    ? getTranslation("ent.subsidy.noCap", Formats.money(pending), Formats.money(standing.granted()))
                    : getTranslation("ent.subsidy.standing", Formats.money(pending), Formats.money(standing.granted()),
                    Formats.money(standing.left()), Formats.money(standing.cap())));
            left.setId("subsidy-standing");
            add(left);
            Button claim = new Button(getTranslation("ent.subsidy.claim"), e -> openClaim());
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            claim.setEnabled(allowed.mayClaim(standing));
            claim.setId("enterprise-claim");
            actions.add(claim);
        }
        add(actions);
        if (!mine.isEmpty()) {
            Grid<Response> grid = new Grid<>();
            grid.setId("enterprise-own-responses");
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            grid.addComponentColumn(r -> Badges.response(this, r.status(), null))
                    .setHeader(getTranslation("response.status")).setAutoWidth(true);
            if (!fair) {
                grid.addColumn(r -> r.fields().getOrDefault("persons", "") + "").setHeader(getTranslation("field.persons"));
                grid.addColumn(r -> Formats.money(r.amount())).setHeader(getTranslation("response.amount"));
            }
            grid.addColumn(r -> Formats.dateTime(r.createdAt())).setHeader(getTranslation("response.createdAt"));
            grid.addComponentColumn(r -> {
                Button withdraw = new Button(getTranslation("ent.withdraw"), e -> confirmWithdraw(r));
                withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                withdraw.setVisible(own.mayWithdraw(r));
                withdraw.setId("withdraw-" + r.id());
                return withdraw;
            }).setAutoWidth(true).setKey("withdraw");
            grid.setItems(mine);
            grid.setAllRowsVisible(true);
            add(grid);
        }
    }

    private void joinFair() {
        AttendanceMode mode = notice.jobFair().mode() == AttendanceMode.HYBRID || notice.jobFair().mode() == null
                ? AttendanceMode.ONSITE : notice.jobFair().mode();
        submit(ResponseKind.RSVP, Map.of("attendanceMode", mode.name()), "ent.fair.done");
    }

    private void openClaim() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("ent.subsidy.claim"));
        dialog.setId("claim-dialog");
        IntegerField persons = new IntegerField(getTranslation("ent.subsidy.persons"));
        persons.setMin(1);
        persons.setId("claim-persons");
        persons.setHelperText(getTranslation("ent.subsidy.persons.help", Formats.money(notice.policy().amountPerPerson())));
        TextArea note = new TextArea(getTranslation("field.note"));
        note.setMaxLength(1000);
        note.setId("claim-note");
        dialog.add(new FormLayout(persons, note));
        Button send = new Button(getTranslation("ent.subsidy.send"), e -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            if (persons.getValue() != null) {
                fields.put("persons", persons.getValue());
            }
            if (!note.getValue().isBlank()) {
                fields.put("note", note.getValue());
            }
            try {
                Response claimed = responses.submitForEnterprise(notice.id(), ResponseKind.SUBSIDY_APPLICATION, fields,
                        UUID.randomUUID().toString(), actor);
                feedback.success(getTranslation("ent.subsidy.done", Formats.money(claimed.amount())));
                dialog.close();
                render();
            } catch (InvalidInputException ex) {
                feedback.showOn(ex, java.util.Map.of("fields.persons", persons, "fields.note", note));
            } catch (FugongException ex) {
                feedback.error(ex);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("claim-send");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private void submit(ResponseKind kind, Map<String, Object> fields, String doneKey) {
        try {
            responses.submitForEnterprise(notice.id(), kind, fields, UUID.randomUUID().toString(), actor);
            feedback.success(getTranslation(doneKey));
            render();
        } catch (FugongException e) {
            feedback.error(e);
        }
    }

    /** Withdrawing takes back a place or a claim: the HR user is asked first, with what it means. */
    private void confirmWithdraw(Response response) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("withdraw-confirm");
        confirm.setHeader(getTranslation("ent.withdraw.title"));
        confirm.setText(response.kind() == ResponseKind.SUBSIDY_APPLICATION
                ? getTranslation("ent.withdraw.claim", Formats.money(response.amount()))
                : getTranslation("ent.withdraw.fair"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("ent.withdraw"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> withdraw(response));
        confirm.open();
    }

    private void withdraw(Response response) {
        try {
            responses.cancelForEnterprise(response.id(), actor);
            feedback.success(getTranslation("ent.withdrawn"));
            render();
        } catch (FugongException e) {
            feedback.error(e);
        }
    }
}
