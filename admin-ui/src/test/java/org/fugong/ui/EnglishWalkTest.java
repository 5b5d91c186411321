package org.fugong.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every console page, as each role, in English: no Chinese outside data (names, places and the
 * Chinese texts of notices), no missing translation, no code or database id shown; and the page for
 * an unknown address is inside the console's frame, with its menu.
 */
class EnglishWalkTest extends ConsoleTest {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}+");
    private static final Pattern MISSING_KEY = Pattern.compile("![a-z]+\\.[A-Za-z.]+");
    private static final Pattern DATABASE_ID = Pattern.compile("\\b[0-9a-f]{24}\\b");
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b|\\b(DRAFT|IN_REVIEW|PUBLISHED|SUBMITTED|"
            + "CONFIRMED|WAITLISTED|ACCEPTED|CANCELLED|ONLINE|ONSITE)\\b");

    @Test
    void every_page_as_every_role_speaks_english_and_names_things_in_words() {
        Tour tour = Tour.build(data, context, clock);
        List<String> problems = new ArrayList<>();
        for (String role : List.of(Tour.ADMIN, Tour.OFFICIAL, Tour.REVIEWER, Tour.HR)) {
            useEnglish();
            login(role, ConsoleData.PASSWORD);
            for (String page : tour.pages()) {
                open(page);
                for (String text : PageTexts.of(UI.getCurrent())) {
                    check(role + " " + page, text, tour.data(), problems);
                }
            }
            logout();
        }
        assertThat(problems).isEmpty();
    }

    /** (The page for an unknown address, with its menu, is checked in the browser: {@code ConsoleBrowserTest}.) */
    @Test
    void a_page_not_allowed_shows_its_page_inside_the_console_with_its_menu() {
        data.user("lost.official", "迷路工作人员", org.fugong.base.Role.OFFICIAL);
        login("lost.official", ConsoleData.PASSWORD);
        UI.getCurrent().navigate("users");
        _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, spec -> spec.withId("not-allowed"));
        assertThat(_get(SideNav.class, spec -> spec.withId("main-nav")).getItems()).isNotEmpty();
    }

    private static void open(String page) {
        int question = page.indexOf('?');
        if (question < 0) {
            UI.getCurrent().navigate(page);
        } else {
            String[] pair = page.substring(question + 1).split("=");
            UI.getCurrent().navigate(page.substring(0, question), new QueryParameters(Map.of(pair[0], List.of(pair[1]))));
        }
    }

    private static void check(String where, String text, List<String> data, List<String> problems) {
        String rest = text;
        for (String word : data) {
            rest = rest.replace(word, " ");
        }
        if (CHINESE.matcher(rest).find()) {
            problems.add(where + ": Chinese in \"" + text + "\"");
        }
        if (MISSING_KEY.matcher(text).find()) {
            problems.add(where + ": missing translation in \"" + text + "\"");
        }
        if (DATABASE_ID.matcher(text).find()) {
            problems.add(where + ": database id in \"" + text + "\"");
        }
        if (CONSTANT.matcher(text).find()) {
            problems.add(where + ": code value in \"" + text + "\"");
        }
    }
}
