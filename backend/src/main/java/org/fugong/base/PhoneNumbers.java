package org.fugong.base;

import java.util.regex.Pattern;

/** Mainland China mobile numbers: {@code +86} and 11 digits starting 1[3-9]. */
public final class PhoneNumbers {

    private static final Pattern MOBILE = Pattern.compile("\\+861[3-9]\\d{9}");

    private PhoneNumbers() {
    }

    /**
     * The number in its one canonical form ({@code +8613800138000}), accepting the spaces, dashes and
     * missing {@code +86} people type; {@code null} when it is not a mainland mobile number.
     */
    public static String normalize(String input) {
        if (input == null) {
            return null;
        }
        String compact = input.replaceAll("[\\s\\-()]", "");
        if (compact.startsWith("0086")) {
            compact = "+86" + compact.substring(4);
        } else if (compact.startsWith("86") && compact.length() == 13) {
            compact = "+" + compact;
        } else if (!compact.startsWith("+")) {
            compact = "+86" + compact;
        }
        return MOBILE.matcher(compact).matches() ? compact : null;
    }

    public static boolean isValid(String canonical) {
        return canonical != null && MOBILE.matcher(canonical).matches();
    }

    /** {@code +8613800138000} → {@code 138****8000}: what the console shows to most officials. */
    public static String mask(String canonical) {
        String local = canonical.startsWith("+86") ? canonical.substring(3) : canonical;
        if (local.length() != 11) {
            return "***";
        }
        return local.substring(0, 3) + "****" + local.substring(7);
    }
}
