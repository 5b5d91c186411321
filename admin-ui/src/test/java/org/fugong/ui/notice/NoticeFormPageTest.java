package org.fugong.ui.notice;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.fugong.base.Role;
import org.fugong.ui.PageTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fugong.ui.ConsoleData.PASSWORD;

/**
 * The editor puts what the service finds wrong on the fields themselves, by their labels in the
 * summary, in the reader's language; a field the service accepts stays clear.
 */
class NoticeFormPageTest extends PageTest {

    @Test
    void an_announcement_without_a_title_or_text_is_refused_on_those_two_fields() {
        data.user("form.official", "工作人员", Role.OFFICIAL);
        useEnglish();
        login("form.official", PASSWORD);
        UI.getCurrent().navigate("notices/edit");
        _setValue(_get(TextField.class, spec -> spec.withId("title-en")), "Back to work");

        _click(_get(Button.class, spec -> spec.withId("save-draft")));

        TextField title = _get(TextField.class, spec -> spec.withId("title-zh"));
        TextArea body = _get(TextArea.class, spec -> spec.withId("body-zh"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isNotBlank().doesNotContain("title.zh-CN");
        assertThat(body.isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("title-en")).isInvalid()).isFalse();
        assertThat(_get(Div.class, spec -> spec.withId("form-problems")).getElement().getTextRecursively())
                .contains(title.getLabel(), body.getLabel()).doesNotContain("title.zh-CN", "body.zh-CN");
    }
}
