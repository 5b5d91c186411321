package org.fugong.ui.notice;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.fugong.base.Actor;
import org.fugong.base.FugongException;
import org.fugong.base.InvalidInputException;
import org.fugong.base.NoticeType;
import org.fugong.base.Place;
import org.fugong.base.Regions;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeDraft;
import org.fugong.notice.NoticeService;
import org.fugong.notice.NoticeStatus;
import org.fugong.ui.base.CurrentUser;
import org.fugong.ui.base.Feedback;
import org.springframework.beans.factory.annotation.Value;

import java.util.Optional;

/**
 * Writing a notice: {@code notices/new?type=JOB_FAIR} for a new one, {@code notices/edit/{id}} for a
 * draft or a rejected notice of one's own. Saving keeps a draft; "save and submit" sends it to review.
 */
@Route("notices/edit")
@RolesAllowed("OFFICIAL")
class NoticeEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        com.vaadin.flow.router.HasUrlParameter<String> {

    private final NoticeService notices;
    private final Feedback feedback;
    private final NoticeForm form;
    private String noticeId;
    private String title;

    NoticeEditorView(NoticeService notices, EnterpriseService enterprises, org.fugong.worker.Schools schools, Feedback feedback,
                     @Value("${fugong.city.province:广东省}") String cityProvince,
                     @Value("${fugong.city.name:湛江市}") String cityName) {
        this.notices = notices;
        this.feedback = feedback;
        this.form = new NoticeForm(enterprises.all(), Regions.china().districtsOf(cityProvince, cityName),
                new Place(cityProvince, cityName));
        form.setKnownSchools(schools.search("", 100));
        setMaxWidth("64em");
        add(form);
        form.addSaveListener(e -> save(e.draft(), e.submit()));
        form.addCancelListener(e -> getUI().ifPresent(ui -> ui.navigate(noticeId == null ? "notices" : "notices/" + noticeId)));
        form.addAudienceChangedListener(e -> updateAudienceCount());
        title = getTranslation("editor.title.new");
    }

    @Override
    public void setParameter(com.vaadin.flow.router.BeforeEvent event,
                             @com.vaadin.flow.router.OptionalParameter String id) {
        this.noticeId = id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (noticeId == null) {
            Optional<String> type = event.getLocation().getQueryParameters().getSingleParameter("type");
            NoticeType chosen = type.flatMap(NoticeEditorView::parseType).orElse(NoticeType.ANNOUNCEMENT);
            form.startNew(chosen);
            title = getTranslation("editor.title.new") + " · " + getTranslation("type." + chosen.name());
            return;
        }
        Optional<Notice> notice = notices.find(noticeId);
        Actor actor = CurrentUser.actor();
        if (notice.isEmpty() || !notice.get().authorId().equals(actor.id())
                || !(notice.get().status() == NoticeStatus.DRAFT || notice.get().status() == NoticeStatus.REJECTED)) {
            event.rerouteTo(NoticeDetailView.class, new com.vaadin.flow.router.RouteParameters("id", noticeId));
            return;
        }
        form.edit(notice.get());
        title = getTranslation("editor.title.edit");
        updateAudienceCount();
    }

    private static Optional<NoticeType> parseType(String value) {
        try {
            return Optional.of(NoticeType.valueOf(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
            form.showProblems(e.problems(), feedback::describe);
            feedback.error(e);
        } catch (FugongException e) {
            feedback.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    NoticeForm form() {
        return form;
    }
}
