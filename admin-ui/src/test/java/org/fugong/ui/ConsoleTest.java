package org.fugong.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import fugong.testing.Database;
import fugong.testing.FakeFcmServer;
import fugong.testing.MutableClock;
import kotlin.jvm.functions.Function0;
import org.fugong.FugongApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import com.vaadin.flow.router.HasErrorParameter;
import org.springframework.util.ClassUtils;

import java.security.Principal;
import java.util.HashSet;
import java.util.Set;
import java.util.Locale;

/**
 * Base of the console's browserless tests (Karibu-Testing): the whole application with the
 * in-memory database, Vaadin mocked in-process, and users signed in through the real password
 * check. The database is emptied before each test.
 */
@SpringBootTest(classes = {FugongApplication.class, ConsoleTest.Clocks.class})
@ActiveProfiles("test")
public abstract class ConsoleTest {

    protected static final FakeFcmServer fcm = FakeFcmServer.shared();
    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    protected MutableClock clock;

    @Autowired
    private UserDetailsService userDetails;

    /** People, enterprises and notices for the test, through the services. */
    protected ConsoleData data;

    @Autowired
    private PasswordEncoder passwords;

    @DynamicPropertySource
    static void fcmEndpoint(DynamicPropertyRegistry registry) {
        registry.add("fugong.push.fcm.endpoint", fcm::endpoint);
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    @BeforeAll
    @SuppressWarnings("unchecked")
    static synchronized void discoverRoutes() {
        if (routes != null) {
            return;
        }
        // one scan by Spring (it sees the console's package-private views, Karibu's own discovery does
        // not), once per test JVM
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        Set<Class<? extends Component>> views = new HashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorViews = new HashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.fugong.ui")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            if (HasErrorParameter.class.isAssignableFrom(type)) {
                errorViews.add((Class<? extends HasErrorParameter<?>>) type);
            }
            if (type.isAnnotationPresent(Route.class) || type.isAnnotationPresent(Layout.class)) {
                views.add(type.asSubclass(Component.class));
            }
        }
        routes = new Routes(views, errorViews, true);
    }

    private Locale language = Locale.forLanguageTag("zh-CN");

    @BeforeEach
    void setUpVaadin() {
        language = Locale.forLanguageTag("zh-CN");
        clock.reset();
        fcm.reset();
        Database.clear(mongo);
        data = new ConsoleData(context.getBean(org.fugong.security.UserService.class),
                context.getBean(org.fugong.enterprise.EnterpriseService.class),
                context.getBean(org.fugong.worker.WorkerService.class), context.getBean(org.fugong.worker.DeviceService.class),
                context.getBean(org.fugong.notice.NoticeService.class), context.getBean(org.fugong.notice.InboxService.class));
        MockVaadin.setMockRequestFactory(session -> new FakeRequest(session) {
            @Override
            public Principal getUserPrincipal() {
                return SecurityContextHolder.getContext().getAuthentication();
            }

            @Override
            public boolean isUserInRole(String role) {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .anyMatch(a -> a.equals("ROLE_" + role));
            }
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        UI.getCurrent().setLocale(Locale.forLanguageTag("zh-CN"));
    }

    @AfterEach
    void tearDownVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    /** Signs a console user in with their password, as the login form would, and opens a fresh page. */
    protected void login(String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwords);
        Authentication authentication = provider.authenticate(
                new UsernamePasswordAuthenticationToken(username, password));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().setLocale(language);
    }

    /** Shows the console in English from the next page on (Chinese is the default). */
    protected void useEnglish() {
        language = Locale.ENGLISH;
        UI.getCurrent().setLocale(language);
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        UI.getCurrent().getPage().reload();
        UI.getCurrent().setLocale(language);
    }
}
