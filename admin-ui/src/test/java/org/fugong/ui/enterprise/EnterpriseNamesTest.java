package org.fugong.ui.enterprise;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v23.MultiselectComboBoxUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouteParameters;
import org.fugong.base.CreditCodes;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.enterprise.EnterpriseRequest;
import org.fugong.enterprise.EnterpriseRequestService;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.NewEnterprise;
import org.fugong.enterprise.RequestCategory;
import org.fugong.enterprise.RequestFilter;
import org.fugong.enterprise.StaffingService;
import org.fugong.security.NewUser;
import org.fugong.security.StaffUser;
import org.fugong.security.UserService;
import org.fugong.ui.ConsoleTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officials and HR users pick industries and trades by their Chinese names, and the registry, the
 * enterprise page, its staffing and its requests show those names, never the codes behind them.
 */
class EnterpriseNamesTest extends ConsoleTest {

    @Autowired
    UserService users;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    StaffingService staffing;
    @Autowired
    EnterpriseRequestService requests;

    private StaffUser official;
    private Enterprise kangda;

    @BeforeEach
    void people() {
        official = users.createIfAbsent(new NewUser("zhou.official", "password-1", "周专员", Set.of(Role.OFFICIAL), null))
                .orElseThrow();
        kangda = enterprises.create(new NewEnterprise("湛江康达医疗用品有限公司", code("91440800MA4KANGD1"), "medical", "麻章区",
                true, 860, "zhou.official", "zhou.official"), official.toActor());
        users.createIfAbsent(new NewUser("kangda.hr", "password-1", "康达人事部", Set.of(Role.HR), kangda.id()));
    }

    @Test
    void an_official_registers_an_enterprise_by_picking_its_industry_by_name_and_the_registry_shows_names() {
        signIn("zhou.official");
        UI.getCurrent().navigate(EnterprisesView.class);
        _click(_get(Button.class, spec -> spec.withId("new-enterprise")));
        ComboBox<String> industry = choice("enterprise-industry");

        ComboBoxKt.setUserInput(industry, "zzy");
        assertThat(ComboBoxKt.getSuggestions(industry)).first().isEqualTo("制造业");
        ComboBoxKt.setUserInput(industry, "纺织");
        ComboBoxKt.selectByLabel(industry, "纺织业");
        _setValue(_get(TextField.class, spec -> spec.withId("enterprise-name")), "湛江贝塔服装厂");
        _setValue(_get(TextField.class, spec -> spec.withId("enterprise-credit-code")), code("91440800MA4BETA12"));
        leader("enterprise-leader");
        leader("enterprise-specialist");
        _click(_get(Button.class, spec -> spec.withId("enterprise-save")));

        Enterprise beta = enterprises.findByCreditCode(code("91440800MA4BETA12")).orElseThrow();
        assertThat(beta.industry()).as("stored as its code").isEqualTo("textile");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("enterprises-grid"));
        assertThat(List.of(GridKt._getFormatted(grid, 0, "industry"), GridKt._getFormatted(grid, 1, "industry")))
                .containsExactlyInAnyOrder("医药制造业", "纺织业");
    }

    @Test
    void a_csv_import_with_chinese_industry_names_registers_the_enterprises() {
        signIn("zhou.official");
        UI.getCurrent().navigate(EnterprisesView.class);
        _click(_get(Button.class, spec -> spec.withId("import-enterprises")));
        String csv = String.join(",", EnterpriseService.IMPORT_COLUMNS) + "\n"
                + "湛江海鲜加工厂," + code("91440800MA4HAXN01") + ",农副食品加工业,霞山区,否,80,zhou.official,zhou.official\n"
                + "南方港湾物流有限公司," + code("91440800MA4GANG01") + ",交通运输、仓储和邮政业,霞山区,是,610,zhou.official,zhou.official\n";

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "enterprises.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));

        assertThat(enterprises.findByCreditCode(code("91440800MA4HAXN01")).orElseThrow().industry()).isEqualTo("agri-food-processing");
        assertThat(enterprises.findByCreditCode(code("91440800MA4GANG01")).orElseThrow().industry()).isEqualTo("logistics");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("enterprises-grid"));
        assertThat(List.of(GridKt._getFormatted(grid, 0, "industry"), GridKt._getFormatted(grid, 1, "industry"),
                GridKt._getFormatted(grid, 2, "industry")))
                .containsExactlyInAnyOrder("医药制造业", "农副食品加工业", "交通运输、仓储和邮政业");
    }

    @Test
    void hr_reports_vacancies_by_trade_name_and_the_enterprise_page_shows_names() {
        signIn("kangda.hr");
        UI.getCurrent().navigate(EnterpriseView.class, new RouteParameters("id", kangda.id()));
        assertThat(_get(DescriptionList.class, spec -> spec.withId("enterprise-facts")).getElement().getTextRecursively())
                .contains("医药制造业").doesNotContain("medical");

        _click(_get(Button.class, spec -> spec.withId("staffing-report")));
        _setValue(_get(IntegerField.class, spec -> spec.withId("staffing-capacity")), 60);
        _setValue(_get(IntegerField.class, spec -> spec.withId("staffing-staff")), 600);
        _setValue(_get(IntegerField.class, spec -> spec.withId("staffing-shortfall")), 16);
        MultiSelectComboBox<String> trades = picker("staffing-vacancies");
        assertThat(suggestions(trades, "dg")).first().isEqualTo("电工");
        MultiselectComboBoxUtilsKt.selectByLabel(trades, "电工");
        MultiselectComboBoxUtilsKt.setUserInput(trades, "包装");
        MultiselectComboBoxUtilsKt.selectByLabel(trades, "包装工");
        assertThat(_get(IntegerField.class, spec -> spec.withId("staffing-vacancy-packing")).getLabel()).isEqualTo("包装工");
        _setValue(_get(IntegerField.class, spec -> spec.withId("staffing-vacancy-electrician")), 2);
        _setValue(_get(IntegerField.class, spec -> spec.withId("staffing-vacancy-packing")), 14);
        _click(_get(Button.class, spec -> spec.withId("staffing-save")));

        assertThat(staffing.latest(kangda.id(), official.toActor()).orElseThrow().vacancies())
                .containsEntry("electrician", 2).containsEntry("packing", 14);
        assertThat(_get(Paragraph.class, spec -> spec.withId("staffing-vacancies-now")).getText())
                .isEqualTo("空缺岗位：电工 2、包装工 14");
    }

    @Test
    void a_labour_shortage_names_the_trades_wanted_on_the_request_page() {
        signIn("kangda.hr");
        UI.getCurrent().navigate(EnterpriseView.class, new RouteParameters("id", kangda.id()));
        _click(_get(Button.class, spec -> spec.withId("raise-request")));
        @SuppressWarnings("unchecked")
        Select<RequestCategory> category = _get(Select.class, spec -> spec.withId("request-category"));
        _setValue(category, RequestCategory.LABOUR_SHORTAGE);
        _setValue(_get(IntegerField.class, spec -> spec.withId("request-headcount")), 65);
        _setValue(_get(TextArea.class, spec -> spec.withId("request-text")), "口罩生产线扩产，急需普工和维修电工");
        MultiSelectComboBox<String> skills = picker("request-skills");
        MultiselectComboBoxUtilsKt.setUserInput(skills, "pg");
        MultiselectComboBoxUtilsKt.selectByLabel(skills, "普工");
        MultiselectComboBoxUtilsKt.setUserInput(skills, "维修电工");
        MultiselectComboBoxUtilsKt.selectByLabel(skills, "维修电工");
        _click(_get(Button.class, spec -> spec.withId("request-send")));

        EnterpriseRequest raised = requests.find(RequestFilter.all(), 0, 10, official.toActor()).get(0);
        assertThat(raised.skills()).containsExactly("general-worker", "maintenance-electrician");
        assertThat(_get(RequestView.class).getElement().getTextRecursively())
                .contains("普工、维修电工").doesNotContain("general-worker", "maintenance-electrician");
    }

    /** Signs in with the console in Chinese. */
    private void signIn(String username) {
        login(username, "password-1");
        UI.getCurrent().setLocale(Locale.forLanguageTag("zh-CN"));
    }

    @SuppressWarnings("unchecked")
    private void leader(String id) {
        ComboBox<StaffUser> box = _get(ComboBox.class, spec -> spec.withId(id));
        _setValue(box, official);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> choice(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<String> picker(String id) {
        return _get(MultiSelectComboBox.class, spec -> spec.withId(id));
    }

    private static List<String> suggestions(MultiSelectComboBox<String> box, String typed) {
        MultiselectComboBoxUtilsKt.setUserInput(box, typed);
        return MultiselectComboBoxUtilsKt.getSuggestions(box);
    }

    private static String code(String first17) {
        return first17 + CreditCodes.checkCharacter(first17);
    }
}
