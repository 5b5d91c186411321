package fugong.testing;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The backend on its own, for the backend's tests: every feature under {@code org.fugong}, the
 * embedded in-memory database, and a clock tests can move. Lives outside {@code org.fugong} so the
 * real application never scans it.
 */
@SpringBootApplication(scanBasePackages = "org.fugong")
public class BackendTestApplication {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }
}
