package org.fugong.security;

import fugong.testing.IntegrationTest;
import org.fugong.base.TooManyRequestsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sign-in codes have a daily budget across all client addresses: the log raises an alert at 80 % and
 * when it is used up, further codes wait for the next day (429 with the seconds to midnight), and the
 * day's figure is there for the console's overview.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignInCodeBudgetTest extends IntegrationTest {

    @Test
    void the_log_warns_at_80_percent_and_past_the_budget_codes_wait_for_tomorrow(CapturedOutput output) {
        SignInCodeBudget budget = new SignInCodeBudget(mongo, clock, 5);

        for (int i = 1; i <= 3; i++) {
            budget.take();
        }
        assertThat(output.getOut()).doesNotContain("sign-in codes is used");
        budget.take();
        assertThat(output.getOut()).contains("ALERT: 80 % of today's budget of 5 sign-in codes is used (4 sent)");
        budget.take();
        assertThat(output.getOut()).contains("ALERT: today's budget of 5 sign-in codes is used up");

        assertThatThrownBy(budget::take).isInstanceOfSatisfying(TooManyRequestsException.class,
                tooMany -> assertThat(tooMany.retryAfterSeconds()).isBetween(1L, 86_400L));
        SignInCodeBudget.Usage today = budget.today();
        assertThat(today.sent()).as("a refused code is not counted").isEqualTo(5);
        assertThat(today.budget()).isEqualTo(5);
        assertThat(today.nearlyUsedUp()).isTrue();
    }

    @Test
    void every_code_sent_through_the_api_counts_against_the_day() {
        long before = new SignInCodeBudget(mongo, clock, 20_000).today().sent();

        api.post("/api/v1/auth/otp").json(Map.of("phone", "+8613900001111")).send();
        api.post("/api/v1/auth/otp").json(Map.of("phone", "+8613900001112")).send();
        api.post("/api/v1/auth/otp").json(Map.of("phone", "+8613900001112")).send(); // too soon: not sent

        assertThat(new SignInCodeBudget(mongo, clock, 20_000).today().sent()).isEqualTo(before + 2);
    }
}
