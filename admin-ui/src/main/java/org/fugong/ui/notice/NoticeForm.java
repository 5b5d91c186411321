package org.fugong.ui.notice;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.fugong.base.FieldProblem;
import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.base.Place;
import org.fugong.base.Regions;
import org.fugong.enterprise.Enterprise;
import org.fugong.notice.Applicant;
import org.fugong.notice.AttendanceMode;
import org.fugong.notice.Benefit;
import org.fugong.notice.JobFair;
import org.fugong.notice.JobPosting;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeDraft;
import org.fugong.notice.Policy;
import org.fugong.notice.ResponseKind;
import org.fugong.notice.ReturnBus;
import org.fugong.ui.base.Formats;
import org.fugong.worker.Audience;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The notice editor's form, for every type: plain-text title and body in Chinese and English, the
 * audience, the response expected, times, and the facts of the type. It knows no service: it hands
 * out a {@link NoticeDraft} in a {@link SaveEvent} and shows the problems it is given back.
 */
class NoticeForm extends Composite<VerticalLayout> {

    private final Select<NoticeType> type = new Select<>();
    private final TextField titleZh = new TextField();
    private final TextField titleEn = new TextField();
    private final TextArea bodyZh = new TextArea();
    private final TextArea bodyEn = new TextArea();
    private final AudienceField audience;
    private final Select<ResponseKind> responseKind = new Select<>();
    private final DateTimePicker respondBy = new DateTimePicker();
    private final DateTimePicker expiresAt = new DateTimePicker();
    private final DateTimePicker scheduledAt = new DateTimePicker();

    private final DateTimePicker fairStartsAt = new DateTimePicker();
    private final DateTimePicker fairEndsAt = new DateTimePicker();
    private final Select<AttendanceMode> fairMode = new Select<>();
    private final TextField fairVenue = new TextField();
    private final TextField fairUrl = new TextField();
    private final MultiSelectComboBox<Enterprise> fairEnterprises = new MultiSelectComboBox<>();
    private final IntegerField fairPositions = new IntegerField();
    private final IntegerField fairCapacity = new IntegerField();

    private final ComboBox<String> originProvince = new ComboBox<>();
    private final ComboBox<String> originCity = new ComboBox<>();
    private final ComboBox<String> destinationProvince = new ComboBox<>();
    private final ComboBox<String> destinationCity = new ComboBox<>();
    private final DateTimePicker departsAt = new DateTimePicker();
    private final IntegerField seats = new IntegerField();
    private final TextArea pickupPoints = new TextArea();
    private final TextArea healthRequirement = new TextArea();
    private final ComboBox<Enterprise> receivingEnterprise = new ComboBox<>();

    private final Select<Benefit> benefit = new Select<>();
    private final BigDecimalField amountPerPerson = new BigDecimalField();
    private final BigDecimalField capPerEnterprise = new BigDecimalField();
    private final DateTimePicker deadline = new DateTimePicker();
    private final TextArea eligibility = new TextArea();
    private final Select<Applicant> applicant = new Select<>();
    private final Checkbox tellWorkers = new Checkbox();

    private final ComboBox<Enterprise> postingEnterprise = new ComboBox<>();
    private final TextField postingTitle = new TextField();
    private final Checkbox internship = new Checkbox();
    private final IntegerField headcount = new IntegerField();
    private final IntegerField salaryMin = new IntegerField();
    private final IntegerField salaryMax = new IntegerField();
    private final TextArea requirements = new TextArea();

    private final Map<NoticeType, Div> sections = new HashMap<>();
    private final Map<String, HasValidation> fieldsByPath = new HashMap<>();
    private final Div problems = new Div();
    private final Map<String, Enterprise> enterprisesById;

    NoticeForm(List<Enterprise> enterprises, List<String> localDistricts, Place workCity) {
        this.enterprisesById = enterprises.stream().collect(Collectors.toMap(Enterprise::id, Function.identity()));
        this.audience = new AudienceField(enterprises, localDistricts);
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.addClassName("notice-form");
        problems.addClassName("form-problems");
        problems.setVisible(false);
        problems.setId("form-problems");

        type.setLabel(getTranslation("notice.type"));
        type.setItems(NoticeType.values());
        type.setItemLabelGenerator(t -> getTranslation("type." + t.name()));
        type.setId("type");
        type.addValueChangeListener(e -> typeChanged(e.getValue()));
        text(titleZh, "title-zh", "notice.title.zh", 80, true);
        text(titleEn, "title-en", "notice.title.en", 160, false);
        area(bodyZh, "body-zh", "notice.body.zh", 5000, true);
        area(bodyEn, "body-en", "notice.body.en", 10000, false);
        responseKind.setLabel(getTranslation("notice.responseKind"));
        responseKind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
        responseKind.setId("response-kind");
        picker(respondBy, "respond-by", "notice.respondBy");
        picker(expiresAt, "expires-at", "notice.expiresAt");
        picker(scheduledAt, "scheduled-at", "notice.scheduledAt");
        scheduledAt.setHelperText(getTranslation("notice.scheduledAt.help"));

        FormLayout basics = form(type, responseKind, titleZh, titleEn, bodyZh, bodyEn, respondBy, expiresAt, scheduledAt);

        // job fair
        picker(fairStartsAt, "fair-starts-at", "fair.startsAt");
        picker(fairEndsAt, "fair-ends-at", "fair.endsAt");
        fairMode.setLabel(getTranslation("fair.mode"));
        fairMode.setItems(AttendanceMode.values());
        fairMode.setItemLabelGenerator(m -> getTranslation("mode." + m.name()));
        fairMode.setId("fair-mode");
        text(fairVenue, "fair-venue", "fair.venue", 200, false);
        text(fairUrl, "fair-url", "fair.url", 500, false);
        fairEnterprises.setLabel(getTranslation("fair.enterprises"));
        fairEnterprises.setItems(enterprises);
        fairEnterprises.setItemLabelGenerator(Enterprise::name);
        fairEnterprises.setId("fair-enterprises");
        integer(fairPositions, "fair-positions", "fair.positions", 0);
        integer(fairCapacity, "fair-capacity", "fair.capacity", 1);
        fairCapacity.setHelperText(getTranslation("fair.capacity.help"));
        sections.put(NoticeType.JOB_FAIR, section("section.jobFair",
                form(fairStartsAt, fairEndsAt, fairMode, fairVenue, fairUrl, fairPositions, fairCapacity, fairEnterprises)));

        // return bus
        originProvince.setLabel(getTranslation("bus.origin.province"));
        originProvince.setItems(Regions.china().provinces());
        originProvince.setId("bus-origin-province");
        originCity.setLabel(getTranslation("bus.origin.city"));
        originCity.setId("bus-origin-city");
        originProvince.addValueChangeListener(e -> originCity.setItems(Regions.china().citiesOf(e.getValue())));
        destinationProvince.setLabel(getTranslation("bus.destination.province"));
        destinationProvince.setItems(Regions.china().provinces());
        destinationProvince.setId("bus-destination-province");
        destinationCity.setLabel(getTranslation("bus.destination.city"));
        destinationCity.setId("bus-destination-city");
        destinationProvince.addValueChangeListener(e -> destinationCity.setItems(Regions.china().citiesOf(e.getValue())));
        picker(departsAt, "bus-departs-at", "bus.departsAt");
        integer(seats, "bus-seats", "bus.seats", 1);
        seats.setMax(100);
        area(pickupPoints, "bus-pickup-points", "bus.pickupPoints", 2100, false);
        pickupPoints.setHelperText(getTranslation("bus.pickupPoints.help"));
        area(healthRequirement, "bus-health", "bus.healthRequirement", 500, false);
        receivingEnterprise.setLabel(getTranslation("bus.receivingEnterprise"));
        receivingEnterprise.setItems(enterprises);
        receivingEnterprise.setItemLabelGenerator(Enterprise::name);
        receivingEnterprise.setId("bus-receiving-enterprise");
        receivingEnterprise.setClearButtonVisible(true);
        sections.put(NoticeType.RETURN_BUS, section("section.returnBus", form(originProvince, originCity,
                destinationProvince, destinationCity, departsAt, seats, pickupPoints, healthRequirement, receivingEnterprise)));
        if (workCity != null) {
            destinationProvince.setValue(workCity.province());
            destinationCity.setValue(workCity.city());
        }

        // policy
        benefit.setLabel(getTranslation("policy.benefit"));
        benefit.setItems(Benefit.values());
        benefit.setItemLabelGenerator(b -> getTranslation("benefit." + b.name()));
        benefit.setId("policy-benefit");
        money(amountPerPerson, "policy-amount", "policy.amountPerPerson");
        money(capPerEnterprise, "policy-cap", "policy.capPerEnterprise");
        picker(deadline, "policy-deadline", "policy.deadline");
        area(eligibility, "policy-eligibility", "policy.eligibility", 2000, false);
        applicant.setLabel(getTranslation("policy.applicant"));
        applicant.setItems(Applicant.values());
        applicant.setItemLabelGenerator(a -> getTranslation("applicant." + a.name()));
        applicant.setValue(Applicant.ENTERPRISE);
        applicant.setId("policy-applicant");
        tellWorkers.setLabel(getTranslation("policy.tellWorkers"));
        tellWorkers.setTooltipText(getTranslation("policy.tellWorkers.help"));
        tellWorkers.setId("policy-tell-workers");
        applicant.addValueChangeListener(e -> tellWorkers.setVisible(e.getValue() == Applicant.ENTERPRISE));
        sections.put(NoticeType.POLICY, section("section.policy",
                form(benefit, applicant, tellWorkers, amountPerPerson, capPerEnterprise, deadline, eligibility)));

        // job posting
        postingEnterprise.setLabel(getTranslation("posting.enterprise"));
        postingEnterprise.setItems(enterprises);
        postingEnterprise.setItemLabelGenerator(e -> e.key() ? e.name() + " ★" : e.name());
        postingEnterprise.setId("posting-enterprise");
        text(postingTitle, "posting-title", "posting.title", 80, true);
        integer(headcount, "posting-headcount", "posting.headcount", 1);
        integer(salaryMin, "posting-salary-min", "posting.salaryMin", 0);
        integer(salaryMax, "posting-salary-max", "posting.salaryMax", 0);
        area(requirements, "posting-requirements", "posting.requirements", 2000, false);
        internship.setLabel(getTranslation("posting.internship"));
        internship.setHelperText(getTranslation("posting.internship.help"));
        internship.setId("posting-internship");
        sections.put(NoticeType.JOB_POSTING, section("section.jobPosting",
                form(postingEnterprise, postingTitle, headcount, salaryMin, salaryMax, requirements, internship)));

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

        root.add(problems, section("section.basics", basics), section("section.audience", audience));
        sections.values().forEach(root::add);
        root.add(buttons);

        register();
        typeChanged(null);
    }

    private void register() {
        fieldsByPath.put("type", type);
        fieldsByPath.put("title.zh-CN", titleZh);
        fieldsByPath.put("title.en", titleEn);
        fieldsByPath.put("body.zh-CN", bodyZh);
        fieldsByPath.put("body.en", bodyEn);
        fieldsByPath.put("responseKind", responseKind);
        fieldsByPath.put("respondBy", respondBy);
        fieldsByPath.put("expiresAt", expiresAt);
        fieldsByPath.put("scheduledAt", scheduledAt);
        fieldsByPath.put("jobFair.startsAt", fairStartsAt);
        fieldsByPath.put("jobFair.endsAt", fairEndsAt);
        fieldsByPath.put("jobFair.mode", fairMode);
        fieldsByPath.put("jobFair.venue", fairVenue);
        fieldsByPath.put("jobFair.url", fairUrl);
        fieldsByPath.put("jobFair.positions", fairPositions);
        fieldsByPath.put("jobFair.capacity", fairCapacity);
        fieldsByPath.put("returnBus.origin", originProvince);
        fieldsByPath.put("returnBus.origin.province", originProvince);
        fieldsByPath.put("returnBus.origin.city", originCity);
        fieldsByPath.put("returnBus.destination", destinationProvince);
        fieldsByPath.put("returnBus.destination.province", destinationProvince);
        fieldsByPath.put("returnBus.destination.city", destinationCity);
        fieldsByPath.put("returnBus.departsAt", departsAt);
        fieldsByPath.put("returnBus.seats", seats);
        fieldsByPath.put("returnBus.pickupPoints", pickupPoints);
        fieldsByPath.put("returnBus.healthRequirement", healthRequirement);
        fieldsByPath.put("returnBus.receivingEnterpriseId", receivingEnterprise);
        fieldsByPath.put("policy.benefit", benefit);
        fieldsByPath.put("policy.amountPerPerson", amountPerPerson);
        fieldsByPath.put("policy.capPerEnterprise", capPerEnterprise);
        fieldsByPath.put("policy.eligibility", eligibility);
        fieldsByPath.put("jobPosting.enterpriseId", postingEnterprise);
        fieldsByPath.put("jobPosting.title", postingTitle);
        fieldsByPath.put("jobPosting.headcount", headcount);
        fieldsByPath.put("jobPosting.salaryMin", salaryMin);
        fieldsByPath.put("jobPosting.salaryMax", salaryMax);
        fieldsByPath.put("jobPosting.requirements", requirements);
    }

    private void typeChanged(NoticeType chosen) {
        sections.forEach((t, section) -> section.setVisible(t == chosen));
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
        titleZh.setValue(orEmpty(notice.title() == null ? null : notice.title().zh()));
        titleEn.setValue(orEmpty(notice.title() == null ? null : notice.title().en()));
        bodyZh.setValue(orEmpty(notice.body() == null ? null : notice.body().zh()));
        bodyEn.setValue(orEmpty(notice.body() == null ? null : notice.body().en()));
        audience.setValue(notice.audience());
        responseKind.setValue(notice.responseKind());
        respondBy.setValue(Formats.local(notice.respondBy()));
        expiresAt.setValue(Formats.local(notice.expiresAt()));
        scheduledAt.setValue(Formats.local(notice.scheduledAt()));
        if (notice.jobFair() != null) {
            JobFair f = notice.jobFair();
            fairStartsAt.setValue(Formats.local(f.startsAt()));
            fairEndsAt.setValue(Formats.local(f.endsAt()));
            fairMode.setValue(f.mode());
            fairVenue.setValue(orEmpty(f.venue()));
            fairUrl.setValue(orEmpty(f.url()));
            fairEnterprises.setValue(f.enterpriseIds().stream().map(enterprisesById::get).filter(java.util.Objects::nonNull).toList());
            fairPositions.setValue(f.positions());
            fairCapacity.setValue(f.capacity());
        }
        if (notice.returnBus() != null) {
            ReturnBus b = notice.returnBus();
            if (b.origin() != null) {
                originProvince.setValue(b.origin().province());
                originCity.setValue(b.origin().city());
            }
            if (b.destination() != null) {
                destinationProvince.setValue(b.destination().province());
                destinationCity.setValue(b.destination().city());
            }
            departsAt.setValue(Formats.local(b.departsAt()));
            seats.setValue(b.seats());
            pickupPoints.setValue(String.join("\n", b.pickupPoints()));
            healthRequirement.setValue(orEmpty(b.healthRequirement()));
            receivingEnterprise.setValue(enterprisesById.get(b.receivingEnterpriseId()));
        }
        if (notice.policy() != null) {
            Policy p = notice.policy();
            benefit.setValue(p.benefit());
            amountPerPerson.setValue(p.amountPerPerson());
            capPerEnterprise.setValue(p.capPerEnterprise());
            deadline.setValue(Formats.local(p.deadline()));
            eligibility.setValue(orEmpty(p.eligibility()));
            applicant.setValue(p.applicant());
            tellWorkers.setValue(Boolean.TRUE.equals(p.tellWorkers()));
        }
        if (notice.jobPosting() != null) {
            JobPosting j = notice.jobPosting();
            postingEnterprise.setValue(enterprisesById.get(j.enterpriseId()));
            postingTitle.setValue(orEmpty(j.title()));
            headcount.setValue(j.headcount());
            salaryMin.setValue(j.salaryMin());
            salaryMax.setValue(j.salaryMax());
            requirements.setValue(orEmpty(j.requirements()));
            internship.setValue(j.isInternship());
        }
    }

    /** The draft as the form holds it now. */
    NoticeDraft draft() {
        NoticeType t = type.getValue();
        JobFair fair = t == NoticeType.JOB_FAIR ? new JobFair(Formats.instant(fairStartsAt.getValue()),
                Formats.instant(fairEndsAt.getValue()), fairMode.getValue(), fairVenue.getValue(), fairUrl.getValue(),
                fairEnterprises.getValue().stream().map(Enterprise::id).toList(), fairPositions.getValue(),
                fairCapacity.getValue()) : null;
        ReturnBus bus = t == NoticeType.RETURN_BUS ? new ReturnBus(
                new Place(originProvince.getValue(), originCity.getValue()),
                new Place(destinationProvince.getValue(), destinationCity.getValue()),
                Formats.instant(departsAt.getValue()), seats.getValue(), lines(pickupPoints.getValue()),
                healthRequirement.getValue(), receivingEnterprise.getValue() == null ? null : receivingEnterprise.getValue().id())
                : null;
        Policy policy = t == NoticeType.POLICY ? new Policy(benefit.getValue(), amountPerPerson.getValue(),
                capPerEnterprise.getValue(), Formats.instant(deadline.getValue()), eligibility.getValue(),
                applicant.getValue(), applicant.getValue() == Applicant.ENTERPRISE && tellWorkers.getValue()) : null;
        JobPosting posting = t == NoticeType.JOB_POSTING ? new JobPosting(
                postingEnterprise.getValue() == null ? null : postingEnterprise.getValue().id(), postingTitle.getValue(),
                headcount.getValue(), salaryMin.getValue(), salaryMax.getValue(), requirements.getValue(), null,
                internship.getValue()) : null;
        return new NoticeDraft(t, LocalizedText.of(titleZh.getValue(), titleEn.getValue()),
                LocalizedText.of(bodyZh.getValue(), bodyEn.getValue()), audience.getValue(), responseKind.getValue(),
                Formats.instant(respondBy.getValue()), Formats.instant(expiresAt.getValue()),
                Formats.instant(scheduledAt.getValue()), fair, bus, policy, posting);
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

    /** Marks each field with its problem; problems of no visible field are listed on top. */
    void showProblems(List<FieldProblem> found, Function<FieldProblem, String> describe) {
        clearProblems();
        StringBuilder others = new StringBuilder();
        for (FieldProblem problem : found) {
            HasValidation field = fieldsByPath.get(problem.field().replaceAll("\\[\\d+]$", ""));
            if (field != null) {
                field.setErrorMessage(describe.apply(problem));
                field.setInvalid(true);
            } else if (problem.field().startsWith("audience")) {
                audience.setError(describe.apply(problem));
                others.append(getTranslation("section.audience")).append(": ").append(describe.apply(problem)).append('\n');
            } else {
                others.append(problem.field()).append(": ").append(describe.apply(problem)).append('\n');
            }
        }
        problems.setText(others.toString().strip());
        problems.setVisible(!others.isEmpty());
    }

    void clearProblems() {
        fieldsByPath.values().forEach(f -> f.setInvalid(false));
        audience.setError(null);
        problems.setVisible(false);
    }

    private void save(boolean submit) {
        clearProblems();
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

    // --- field set-up -------------------------------------------------------------------------

    private void text(TextField field, String id, String label, int max, boolean required) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(required);
        field.setClearButtonVisible(true);
    }

    private void area(TextArea field, String id, String label, int max, boolean required) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(required);
        field.setMinHeight("6em");
    }

    private void picker(DateTimePicker field, String id, String label) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        field.setStep(java.time.Duration.ofMinutes(15));
    }

    private void integer(IntegerField field, String id, String label, int min) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        field.setMin(min);
        field.setStepButtonsVisible(true);
    }

    private void money(BigDecimalField field, String id, String label) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        field.setPrefixComponent(new com.vaadin.flow.component.html.Span("¥"));
    }

    private static FormLayout form(com.vaadin.flow.component.Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (var field : fields) {
            if (field instanceof TextArea || field instanceof MultiSelectComboBox) {
                form.setColspan(field, 2);
            }
        }
        return form;
    }

    private Div section(String titleKey, com.vaadin.flow.component.Component content) {
        Div section = new Div(new H3(getTranslation(titleKey)), content);
        section.addClassName("form-section");
        return section;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
