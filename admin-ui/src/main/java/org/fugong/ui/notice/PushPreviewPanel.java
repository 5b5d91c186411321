package org.fugong.ui.notice;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.fugong.base.Actor;
import org.fugong.base.FugongException;
import org.fugong.base.Languages;
import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.push.PushPreviews;
import org.fugong.ui.base.Feedback;
import com.vaadin.flow.i18n.I18NProvider;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Beside the editor: the push as an Android phone shows it, in Chinese and in English — the app's
 * name, the channel of the notice's type, the title on one line and the body cut as the sender cuts
 * it, folded to one line as in the shade and unfolded as when pulled down — and, for an official who
 * registered a phone, a test push to it (which counts in no notice's figures).
 */
class PushPreviewPanel extends Composite<Div> {

    private final PushPreviews previews;
    private final Div chinese = new Div();
    private final Div english = new Div();

    PushPreviewPanel(PushPreviews previews, Feedback feedback, Actor actor, Supplier<NoticeType> type,
                     Supplier<LocalizedText> title, Supplier<LocalizedText> body) {
        this.previews = previews;
        Div root = getContent();
        root.addClassName("push-preview");
        root.setId("push-preview");
        chinese.setId("preview-zh");
        chinese.getElement().setAttribute("lang", "zh-CN");
        english.setId("preview-en");
        english.getElement().setAttribute("lang", "en");
        Div phone = new Div(new Span(getTranslation("preview.time")), chinese, english);
        phone.addClassName("phone");
        phone.getChildren().findFirst().ifPresent(c -> c.getElement().getClassList().add("phone-status"));
        root.add(new H3(getTranslation("preview.title")), phone);
        Paragraph hint = new Paragraph(getTranslation("preview.hint"));
        hint.addClassName("hint");
        root.add(hint);
        if (previews.maySendTest(actor)) {
            root.add(testSend(feedback, actor, type, title, body));
        }
    }

    private Div testSend(Feedback feedback, Actor actor, Supplier<NoticeType> type, Supplier<LocalizedText> title,
                         Supplier<LocalizedText> body) {
        int devices = previews.testDevices(actor);
        Button send = new Button(getTranslation("preview.test"), VaadinIcon.MOBILE.create(), e -> {
            try {
                PushPreviews.TestResult result = previews.sendTest(type.get(), title.get(), body.get(), actor);
                feedback.success(getTranslation(result.simulated() ? "preview.test.simulated" : "preview.test.sent",
                        result.sent(), result.devices()));
            } catch (FugongException ex) {
                feedback.error(ex);
            }
        });
        send.setId("preview-test");
        send.addThemeVariants(ButtonVariant.LUMO_SMALL);
        send.setEnabled(devices > 0);
        Paragraph help = new Paragraph(getTranslation(devices > 0 ? "preview.test.devices" : "preview.test.none", devices));
        help.addClassName("hint");
        help.setId("preview-test-help");
        return new Div(send, help);
    }

    /** Shows the push for the type, title and body as they are now. */
    void update(NoticeType type, LocalizedText title, LocalizedText body) {
        show(chinese, previews.preview(type, title, body, Languages.CHINESE), "preview.zh", Languages.CHINESE);
        show(english, previews.preview(type, title, body, Languages.ENGLISH), "preview.en", Languages.ENGLISH);
    }

    private void show(Div target, PushPreviews.Preview preview, String captionKey, Locale phone) {
        target.removeAll();
        Paragraph caption = new Paragraph(getTranslation(captionKey));
        caption.addClassName("preview-caption");
        caption.getElement().setAttribute("lang", Languages.tag(getLocale()));
        target.add(caption, card(preview, "collapsed", phone), card(preview, "expanded", phone));
    }

    /** A notification as the phone, in its own language, shows it: the app's name and the channel, title, body. */
    private Div card(PushPreviews.Preview preview, String state, Locale phone) {
        Span app = new Span(I18NProvider.translate(phone, "app.name") + " · " + preview.channelName());
        app.addClassName("notification-app");
        app.getElement().setAttribute("data-channel", preview.channelId());
        Div title = new Div(preview.title() == null ? I18NProvider.translate(phone, "preview.noTitle") : preview.title());
        title.addClassName("notification-title");
        Div body = new Div(preview.body() == null ? "" : preview.body());
        body.addClassName("notification-body");
        Div card = new Div(app, title, body);
        card.addClassNames("notification-card", state);
        card.getElement().setAttribute("title", getTranslation("preview." + state));
        return card;
    }

    /** The preview's words in one language (for tests): channel, title and body. */
    String text(Locale language) {
        Div target = "en".equals(language.getLanguage()) ? english : chinese;
        return target.getElement().getTextRecursively();
    }
}
