package org.fugong.push;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the web app is told about web push, from {@code fugong.push.web.*}. */
class WebPushPropertiesTest {

    @Test
    void without_the_whole_firebase_web_configuration_the_app_is_told_nothing() {
        assertThat(new WebPushProperties(null, null, null, null, null, null, null).toConfig()).isNull();
        assertThat(new WebPushProperties("key", null, "project", "1234", "1:1234:web:ab", " ", null).toConfig())
                .as("no VAPID key").isNull();
    }

    @Test
    void with_it_the_app_gets_the_public_values_trimmed() {
        WebPushConfig config = new WebPushProperties(" key ", "", "project", "1234", "1:1234:web:ab", "vapid", null)
                .toConfig();

        assertThat(config).isEqualTo(new WebPushConfig("key", null, "project", "1234", "1:1234:web:ab", "vapid"));
    }

    @Test
    void a_push_links_to_the_notice_in_the_app_only_over_https() {
        WebPushProperties web = new WebPushProperties(null, null, null, null, null, null, "https://fugong.example.cn/app");

        assertThat(web.linkTo("n1")).isEqualTo("https://fugong.example.cn/app/#/notices/n1");
        assertThat(new WebPushProperties(null, null, null, null, null, null, null).linkTo("n1")).isNull();
        assertThatThrownBy(() -> new WebPushProperties(null, null, null, null, null, null, "http://fugong.example.cn/app/"))
                .hasMessageContaining("https");
    }
}
