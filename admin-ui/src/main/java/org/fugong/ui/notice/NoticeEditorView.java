package org.fugong.ui.notice;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.Actor;
import org.fugong.base.FieldProblem;
import org.fugong.base.FugongException;
import org.fugong.base.InvalidInputException;
import org.fugong.base.NoticeType;
import org.fugong.base.Place;
import org.fugong.base.Regions;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeAction;
import org.fugong.notice.NoticeActions;
import org.fugong.notice.NoticeDraft;
import org.fugong.notice.NoticeService;
import org.fugong.push.PushPreviews;
import org.fugong.ui.base.ConsolePage;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Feedback;
import org.fugong.worker.Schools;
import org.springframework.beans.factory.annotation.Value;

import java.util.List;
import java.util.Optional;

/**
 * Writing a notice: {@code notices/edit?type=JOB_FAIR} for a new one, {@code notices/edit/{id}} for a
 * draft or a rejected notice of one's own, with the push previewed on a phone beside it. Saving keeps
 * a draft; "save and submit" sends it to review. Problems land on their fields.
 */
@Route("notices/edit")
@RolesAllowed("OFFICIAL")
class NoticeEditorView extends VerticalLayout implements BeforeEnterObserver, ConsolePage, HasUrlParameter<String> {

    private final NoticeService notices;
    private final NoticeActions actions;
    private final Feedback feedback;
    private final NoticeForm form;
    private final PushPreviewPanel preview;
    private String noticeId;
    private String title;

    NoticeEditorView(NoticeService notices, NoticeActions actions, EnterpriseService enterprises,
                     PushPreviews previews, Schools schools, Feedback feedback,
                     @Value("${fugong.city.province:广东省}") String cityProvince,
                     @Value("${fugong.city.name:湛江市}") String cityName) {
        this.notices = notices;
        this.actions = actions;
        this.feedback = feedback;
        this.form = new NoticeForm(enterprises.all(), Regions.china().districtsOf(cityProvince, cityName),
                new Place(cityProvince, cityName));
        form.setKnownSchools(schools.search("", 100));
        this.preview = new PushPreviewPanel(previews, feedback, CurrentUser.actor(), form::type, form::title, form::body);
        setMaxWidth("90em");
        Div layout = new Div(form, preview);
        layout.addClassName("editor-with-preview");
        add(layout);
        form.addSaveListener(e -> save(e.draft(), e.submit()));
        form.addCancelListener(e -> getUI().ifPresent(ui -> ui.navigate(noticeId == null ? "notices" : "notices/" + noticeId)));
        form.addAudienceChangedListener(e -> updateAudienceCount());
        form.addPushTextListener(this::updatePreview);
        title = getTranslation("editor.title.new");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String id) {
        this.noticeId = id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (noticeId == null) {
            Optional<String> type = event.getLocation().getQueryParameters().getSingleParameter("type");
            NoticeType chosen = type.flatMap(NoticeEditorView::parseType).orElse(NoticeType.ANNOUNCEMENT);
            form.startNew(chosen);
            title = getTranslation("editor.title.new") + " · " + getTranslation("type." + chosen.name());
            updatePreview();
            return;
        }
        Optional<Notice> notice = notices.find(noticeId);
        Actor actor = CurrentUser.actor();
        if (notice.isEmpty() || !actions.of(notice.get(), actor).may(NoticeAction.EDIT)) {
            event.rerouteTo(NoticeDetailView.class, new RouteParameters("id", noticeId));
            return;
        }
        form.edit(notice.get());
        title = getTranslation("editor.title.edit");
        updateAudienceCount();
        updatePreview();
    }

    private static Optional<NoticeType> parseType(String value) {
        try {
            return Optional.of(NoticeType.valueOf(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void updatePreview() {
        preview.update(form.type(), form.title(), form.body());
    }

    private void updateAudienceCount() {
        try {
            form.showAudienceCount(notices.audienceSize(form.audience()), null);
        } catch (InvalidInputException e) {
            form.showAudienceCount(null, feedback.describe(e.problems().get(0)));
        }
    }

    private void save(NoticeDraft draft, boolean submit) {
        Actor actor = CurrentUser.actor();
        try {
            Notice saved = noticeId == null ? notices.create(draft, actor) : notices.update(noticeId, draft, actor);
            noticeId = saved.id();
            if (submit) {
                notices.submit(saved.id(), actor);
                feedback.success(getTranslation("editor.submitted"));
            } else {
                feedback.success(getTranslation("editor.saved"));
            }
            getUI().ifPresent(ui -> NoticeDetailView.open(ui, saved.id()));
        } catch (InvalidInputException e) {
            List<FieldProblem> elsewhere = form.showProblems(e.problems(), feedback::describe);
            if (noticeId != null && !elsewhere.equals(e.problems())) {
                // saved as a draft, but it cannot be submitted yet: the summary says why
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "notices/edit/" + noticeId));
            }
        } catch (FugongException e) {
            feedback.error(e);
        }
    }

    @Override
    public String heading() {
        return title;
    }

    NoticeForm form() {
        return form;
    }

    PushPreviewPanel preview() {
        return preview;
    }
}
