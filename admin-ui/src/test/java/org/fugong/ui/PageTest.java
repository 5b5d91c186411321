package org.fugong.ui;

import org.fugong.FugongApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the short tests of one page (one class per main page): the same application, database and
 * sign-in as {@link ConsoleTest}, but each bean is made only when a page or the test first needs it,
 * so the context starts with the few services a page calls and none of the schedulers or push
 * machinery nobody asks for. The page tests publish without waiting for delivery. All page tests share
 * this one context (JUnit's context cache), so a whole run boots it once besides the stories'.
 */
@SpringBootTest(classes = {FugongApplication.class, ConsoleTest.Clocks.class},
        properties = "spring.main.lazy-initialization=true")
@ActiveProfiles("test")
public abstract class PageTest extends ConsoleTest {
}
