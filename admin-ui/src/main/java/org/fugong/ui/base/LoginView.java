package org.fugong.ui.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.fugong.security.SignInLockedException;
import org.springframework.security.web.WebAttributes;

import java.time.Duration;
import java.time.Instant;

/** Sign-in for officials and enterprise HR users (Spring Security form login). */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setI18n(i18n());
        form.setForgotPasswordButtonVisible(false);
        form.setAction("login");

        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("brand");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("tagline");
        Div header = new Div(brand, tagline);
        header.addClassName("login-header");
        add(new LanguageSwitch(), header, form);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.setAdditionalInformation(getTranslation("login.info"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (error && lastFailure() instanceof SignInLockedException locked) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.message",
                    Formats.dateTime(locked.retryAt()), Math.max(1, (Duration.between(Instant.now(), locked.retryAt()).toSeconds() + 59) / 60)));
            form.setI18n(i18n);
        }
        form.setError(error);
    }

    /** Why the last sign-in of this session failed, as Spring Security's login recorded it. */
    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
