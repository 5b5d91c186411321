package org.fugong.ui.partner;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.fugong.base.Role;
import org.fugong.partner.Partner;
import org.fugong.partner.PartnerPulls;
import org.fugong.partner.PartnerService;
import org.fugong.security.NewUser;
import org.fugong.security.UserService;
import org.fugong.ui.ConsoleTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ADMIN registers a partner platform and is shown its key once, sees what the partner pulled, and
 * revokes the key, after which it no longer opens the feed.
 */
class PartnersViewTest extends ConsoleTest {

    @Autowired
    UserService users;
    @Autowired
    PartnerService partners;

    @BeforeEach
    void anAdmin() {
        users.createIfAbsent(new NewUser("wu.admin", "password-1", "吴管理员", Set.of(Role.ADMIN), null));
    }

    @Test
    void the_admin_issues_a_key_shown_once_sees_the_pulls_and_revokes_it() {
        login("wu.admin", "password-1");
        UI.getCurrent().navigate(PartnersView.class);
        _click(_get(Button.class, spec -> spec.withId("new-partner")));
        _setValue(_get(TextField.class, spec -> spec.withId("partner-name")), "柳州市农民工服务平台");
        _setValue(_get(TextField.class, spec -> spec.withId("partner-contact")), "覃工 0772-1234567");
        _click(_get(Button.class, spec -> spec.withId("partner-save")));

        String key = _get(TextField.class, spec -> spec.withId("issued-key")).getValue();
        assertThat(key).startsWith("fgp_").hasSizeGreaterThan(40);
        assertThat(PartnerPulls.opens(partners, key)).isTrue();
        _click(_get(Button.class, spec -> spec.withId("partner-done")));

        Partner partner = partners.list(users.findByUsername("wu.admin").orElseThrow().toActor()).get(0);
        PartnerPulls.record(partners, partner.id(), clock.instant(), null, 12);
        PartnerPulls.record(partners, partner.id(), clock.instant().plus(Duration.ofHours(1)), clock.instant(), 3);
        UI.getCurrent().navigate(PartnersView.class);
        Grid<Partner> grid = grid();
        String page = UI.getCurrent().getElement().getTextRecursively();
        assertThat(page).as("the key is never shown again").doesNotContain(key);
        assertThat(GridKt._getFormatted(grid, 0, "name")).isEqualTo("柳州市农民工服务平台");
        assertThat(GridKt._getFormatted(grid, 0, "itemsServed")).isEqualTo("15");
        grid.setDetailsVisible(GridKt._get(grid, 0), true);
        assertThat(new PullList(GridKt._get(grid, 0)).getElement().getTextRecursively())
                .contains("全部在招岗位", "12 个岗位", "以来的变动", "3 个岗位");

        _click((Button) GridKt._getCellComponent(grid, 0, "actions"));
        _click(_get(Button.class, spec -> spec.withId("revoke-confirm")));

        assertThat(PartnerPulls.opens(partners, key)).as("a revoked key opens nothing").isFalse();
        assertThat(GridKt._get(grid(), 0).isActive()).isFalse();
    }

    @Test
    void in_english_the_page_speaks_english() {
        login("wu.admin", "password-1");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(PartnersView.class);

        assertThat(_get(Button.class, spec -> spec.withId("new-partner")).getText()).isEqualTo("New partner platform");
        assertThat(grid().getColumnByKey("lastPull").getHeaderText()).isEqualTo("Last pull");
    }

    @SuppressWarnings("unchecked")
    private static Grid<Partner> grid() {
        return _get(Grid.class, spec -> spec.withId("partners-grid"));
    }
}
