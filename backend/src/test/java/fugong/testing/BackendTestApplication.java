package fugong.testing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The backend on its own, for the backend's tests: every feature under {@code org.fugong}, the
 * embedded in-memory database, and a clock tests can move. Lives outside {@code org.fugong} so the
 * real application never scans it. {@link #main} starts it as a process of its own (the crash test).
 */
@SpringBootApplication(scanBasePackages = "org.fugong")
public class BackendTestApplication {

    public static void main(String[] args) {
        SpringApplication.run(BackendTestApplication.class, args);
    }

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }
}
