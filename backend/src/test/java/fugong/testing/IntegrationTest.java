package fugong.testing;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the backend's integration tests: the whole backend on a random port, the in-memory
 * embedded database emptied before each test, the real firebase-admin client pointed at the shared
 * {@link FakeFcmServer}, and the clock back at real time.
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

    protected Api api;

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
    }
}
