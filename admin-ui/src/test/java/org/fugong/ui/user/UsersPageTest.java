package org.fugong.ui.user;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.fugong.base.Role;
import org.fugong.ui.PageTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fugong.ui.ConsoleData.PASSWORD;

/** The administrator's users page lists every console user with their roles in words, and offers a new one. */
class UsersPageTest extends PageTest {

    @Test
    void the_administrator_sees_each_user_with_roles_in_words() {
        data.user("a.admin", "管理员", Role.ADMIN);
        data.user("b.official", "工作人员", Role.OFFICIAL, Role.REVIEWER);
        useEnglish();
        login("a.admin", PASSWORD);
        UI.getCurrent().navigate("users");

        assertThat(_get(Button.class, spec -> spec.withId("new-user")).getText()).isNotBlank();
        Grid<?> users = _get(Grid.class, spec -> spec.withId("users-grid"));
        assertThat(GridKt._size(users)).isEqualTo(2);
        assertThat(GridKt._getFormatted(users, 1, "displayName")).isEqualTo("工作人员");
        assertThat(GridKt._getFormatted(users, 1, "roles")).doesNotContain("OFFICIAL", "REVIEWER").contains("、");
    }
}
