package org.fugong.ui.base;

import com.vaadin.flow.component.UI;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the console writes times and money: China Standard Time, the bureau's clock. */
public final class Formats {

    public static final ZoneId ZONE = org.fugong.base.BureauTime.ZONE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private Formats() {
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZONE));
    }

    public static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }

    public static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }

    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return "¥" + format.format(amount);
    }

    public static String number(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.CHINA : ui.getLocale();
    }
}
