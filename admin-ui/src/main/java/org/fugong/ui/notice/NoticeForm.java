package org.fugong.ui.notice;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import org.fugong.base.FieldProblem;
import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.base.Place;
import org.fugong.enterprise.Enterprise;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeDraft;
import org.fugong.notice.NoticeField;
import org.fugong.notice.ResponseKind;
import org.fugong.ui.base.FieldProblems;
import org.fugong.ui.base.Formats;
import org.fugong.worker.Audience;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The notice editor's form, for every type: plain-text title and body in Chinese and English, the
 * audience, the response expected, times, and the facts of the type. It knows no service: it hands
 * out a {@link NoticeDraft} in a {@link SaveEvent} and shows the problems it is given back, each on
 * the field bound to its {@link NoticeField}.
 */
class NoticeForm extends Composite<VerticalLayout> {

    private final Select<NoticeType> type = new Select<>();
    private final TextField titleZh = FormFields.text(NoticeField.TITLE_ZH, "title-zh", 80, true);
    private final TextField titleEn = FormFields.text(NoticeField.TITLE_EN, "title-en", 160, false);
    private final TextArea bodyZh = FormFields.area(NoticeField.BODY_ZH, "body-zh", 5000, true);
    private final TextArea bodyEn = FormFields.area(NoticeField.BODY_EN, "body-en", 10000, false);
    private final AudienceField audience;
    private final Select<ResponseKind> responseKind = new Select<>();
    private final DateTimePicker respondBy = FormFields.time(NoticeField.RESPOND_BY, "respond-by");
    private final DateTimePicker expiresAt = FormFields.time(NoticeField.EXPIRES_AT, "expires-at");
    private final DateTimePicker scheduledAt = FormFields.time(NoticeField.SCHEDULED_AT, "scheduled-at");
    private final JobFairFields fair;
    private final ReturnBusFields bus;
    private final PolicyFields policy = new PolicyFields();
    private final PostingFields posting;
    private final FieldProblems<NoticeField> problems = new FieldProblems<>(NoticeField::of);

    NoticeForm(List<Enterprise> enterprises, List<String> localDistricts, Place workCity) {
        Map<String, Enterprise> byId = enterprises.stream().collect(Collectors.toMap(Enterprise::id, Function.identity()));
        this.audience = new AudienceField(enterprises, localDistricts);
        this.fair = new JobFairFields(enterprises, byId);
        this.bus = new ReturnBusFields(enterprises, byId, workCity);
        this.posting = new PostingFields(enterprises, byId);
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.addClassName("notice-form");
        basics();
        root.add(problems.summary(), FormFields.section("section.basics", FormFields.form(type, responseKind, titleZh,
                titleEn, bodyZh, bodyEn, respondBy, expiresAt, scheduledAt)), FormFields.section("section.audience", audience),
                fair, bus, policy, posting, buttons());
        bind();
        typeChanged(null);
    }

    private void basics() {
        type.setLabel(FormFields.label(NoticeField.TYPE));
        type.setItems(NoticeType.values());
        type.setItemLabelGenerator(t -> getTranslation("type." + t.name()));
        type.setId("type");
        type.addValueChangeListener(e -> typeChanged(e.getValue()));
        responseKind.setLabel(FormFields.label(NoticeField.RESPONSE_KIND));
        responseKind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
        responseKind.setId("response-kind");
        scheduledAt.setHelperText(getTranslation("notice.scheduledAt.help"));
        for (var text : List.of(titleZh, titleEn)) {
            text.setValueChangeMode(ValueChangeMode.LAZY);
        }
        for (var area : List.of(bodyZh, bodyEn)) {
            area.setValueChangeMode(ValueChangeMode.LAZY);
        }
    }

    /** Every field of the form, bound to the field of the notice it edits, in the form's order. */
    private void bind() {
        problems.bind(NoticeField.TYPE, type).bind(NoticeField.RESPONSE_KIND, responseKind)
                .bind(NoticeField.TITLE_ZH, titleZh).bind(NoticeField.TITLE_EN, titleEn)
                .bind(NoticeField.BODY_ZH, bodyZh).bind(NoticeField.BODY_EN, bodyEn)
                .bind(NoticeField.RESPOND_BY, respondBy).bind(NoticeField.EXPIRES_AT, expiresAt)
                .bind(NoticeField.SCHEDULED_AT, scheduledAt)
                .bind(NoticeField.AUDIENCE, audience, getTranslation("section.audience"), audience::setError);
        fair.bind(problems);
        bus.bind(problems);
        policy.bind(problems);
        posting.bind(problems);
    }

    private HorizontalLayout buttons() {
        Button save = new Button(getTranslation("action.saveDraft"), e -> save(false));
        save.setId("save-draft");
        Button submit = new Button(getTranslation("action.saveAndSubmit"), e -> save(true));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("save-submit");
        Button cancel = new Button(getTranslation("action.cancel"), e -> fireEvent(new CancelEvent(this)));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.setId("cancel");
        HorizontalLayout buttons = new HorizontalLayout(submit, save, cancel);
        buttons.addClassName("form-buttons");
        return buttons;
    }

    private void typeChanged(NoticeType chosen) {
        fair.setVisible(chosen == NoticeType.JOB_FAIR);
        bus.setVisible(chosen == NoticeType.RETURN_BUS);
        policy.setVisible(chosen == NoticeType.POLICY);
        posting.setVisible(chosen == NoticeType.JOB_POSTING);
        if (chosen == null) {
            responseKind.setItems();
            return;
        }
        List<ResponseKind> kinds = Arrays.stream(ResponseKind.values())
                .filter(k -> ResponseKind.allowedFor(chosen).contains(k)).toList();
        ResponseKind previous = responseKind.getValue();
        responseKind.setItems(kinds);
        responseKind.setValue(previous != null && kinds.contains(previous) ? previous : ResponseKind.defaultFor(chosen));
    }

    /** Fills the form for a new notice of a type. */
    void startNew(NoticeType noticeType) {
        type.setValue(noticeType);
    }

    /** Fills the form with a notice being edited; the type cannot change any more. */
    void edit(Notice notice) {
        type.setValue(notice.type());
        type.setReadOnly(true);
        titleZh.setValue(FormFields.orEmpty(notice.title() == null ? null : notice.title().zh()));
        titleEn.setValue(FormFields.orEmpty(notice.title() == null ? null : notice.title().en()));
        bodyZh.setValue(FormFields.orEmpty(notice.body() == null ? null : notice.body().zh()));
        bodyEn.setValue(FormFields.orEmpty(notice.body() == null ? null : notice.body().en()));
        audience.setValue(notice.audience());
        responseKind.setValue(notice.responseKind());
        respondBy.setValue(Formats.local(notice.respondBy()));
        expiresAt.setValue(Formats.local(notice.expiresAt()));
        scheduledAt.setValue(Formats.local(notice.scheduledAt()));
        if (notice.jobFair() != null) {
            fair.fill(notice.jobFair());
        }
        if (notice.returnBus() != null) {
            bus.fill(notice.returnBus());
        }
        if (notice.policy() != null) {
            policy.fill(notice.policy());
        }
        if (notice.jobPosting() != null) {
            posting.fill(notice.jobPosting());
        }
    }

    /** The draft as the form holds it now. */
    NoticeDraft draft() {
        NoticeType t = type.getValue();
        return new NoticeDraft(t, title(), body(), audience.getValue(), responseKind.getValue(),
                Formats.instant(respondBy.getValue()), Formats.instant(expiresAt.getValue()),
                Formats.instant(scheduledAt.getValue()), t == NoticeType.JOB_FAIR ? fair.value() : null,
                t == NoticeType.RETURN_BUS ? bus.value() : null, t == NoticeType.POLICY ? policy.value() : null,
                t == NoticeType.JOB_POSTING ? posting.value() : null);
    }

    NoticeType type() {
        return type.getValue();
    }

    LocalizedText title() {
        return LocalizedText.of(titleZh.getValue(), titleEn.getValue());
    }

    LocalizedText body() {
        return LocalizedText.of(bodyZh.getValue(), bodyEn.getValue());
    }

    Audience audience() {
        return audience.getValue();
    }

    /** The schools students named so far, for the audience's school picker. */
    void setKnownSchools(List<String> schools) {
        audience.setKnownSchools(schools);
    }

    void showAudienceCount(Long workers, String problem) {
        audience.showCount(workers, problem);
    }

    /**
     * Marks each field with its problem, brings the first into view and lists them all at the top;
     * returns those of no field on the form.
     */
    List<FieldProblem> showProblems(List<FieldProblem> found, Function<FieldProblem, String> describe) {
        return problems.show(found, describe);
    }

    FieldProblems<NoticeField> problems() {
        return problems;
    }

    private void save(boolean submit) {
        problems.clear();
        fireEvent(new SaveEvent(this, draft(), submit));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    Registration addAudienceChangedListener(ComponentEventListener<AudienceField.AudienceChanged> listener) {
        return audience.addAudienceChangedListener(listener);
    }

    /** Calls back whenever what the push will say changes: the type, a title or a body. */
    void addPushTextListener(Runnable changed) {
        type.addValueChangeListener(e -> changed.run());
        titleZh.addValueChangeListener(e -> changed.run());
        titleEn.addValueChangeListener(e -> changed.run());
        bodyZh.addValueChangeListener(e -> changed.run());
        bodyEn.addValueChangeListener(e -> changed.run());
    }

    /** The official asked to save the draft, and maybe to submit it for approval. */
    static class SaveEvent extends ComponentEvent<NoticeForm> {
        private final NoticeDraft draft;
        private final boolean submit;

        SaveEvent(NoticeForm source, NoticeDraft draft, boolean submit) {
            super(source, false);
            this.draft = draft;
            this.submit = submit;
        }

        NoticeDraft draft() {
            return draft;
        }

        boolean submit() {
            return submit;
        }
    }

    /** The official left without saving. */
    static class CancelEvent extends ComponentEvent<NoticeForm> {
        CancelEvent(NoticeForm source) {
            super(source, false);
        }
    }
}
