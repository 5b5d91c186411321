package fugong.testing;

import org.fugong.enterprise.EnterpriseService;
import org.fugong.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the backend's integration tests: the whole backend on a random port, the in-memory
 * embedded database emptied before each test, the real firebase-admin client pointed at the shared
 * {@link FakeFcmServer}, the clock back at real time, and fresh {@link TestData} and {@link Notices}. A test fails if the server answered any of
 * its calls with a 5xx: whatever a client sends, the answer is never a server error.
 */
@SpringBootTest(classes = BackendTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {

    protected static final FakeFcmServer fcm = FakeFcmServer.shared();

    @LocalServerPort
    protected int port;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected UserService users;

    @Autowired
    protected EnterpriseService enterprises;

    protected Api api;

    /** Builds the people and enterprises a test needs. */
    protected TestData data;

    /** Drafts and publishes notices. */
    protected Notices notices;

    @DynamicPropertySource
    static void fcmEndpoint(DynamicPropertyRegistry registry) {
        registry.add("fugong.push.fcm.endpoint", fcm::endpoint);
    }

    @BeforeEach
    void cleanSlate() {
        clock.reset();
        fcm.reset();
        Database.clear(mongo);
        api = new Api(port);
        data = new TestData(users, enterprises, api);
        notices = new Notices(api, clock, mongo);
    }

    @AfterEach
    void noServerErrors() {
        assertThat(api.serverErrors()).as("calls the server answered with a 5xx").isEmpty();
    }
}
