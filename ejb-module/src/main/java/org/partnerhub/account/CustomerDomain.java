package org.partnerhub.account;

import java.util.Locale;
import java.util.regex.Pattern;
import org.partnerhub.shared.InvalidSettingException;
import org.partnerhub.shared.Settings;

/**
 * The domain under which every customer gets its own, {@code <prefix>.<domain>}: the setting
 * {@code PARTNERHUB_CUSTOMER_DOMAIN}, {@value #DEFAULT} unless set, read here and nowhere else.
 * Customer users' names end with it, which is how sign-in tells a customer admin from a partner
 * user. It is chosen once, before the first customer: names already given keep their domain.
 */
public final class CustomerDomain {

    static final String DEFAULT = "partnerhub.example";
    /** Lower-case labels of letters, digits and inner hyphens, a top-level label of letters; short
     * enough that the longest prefix and user name still fit a user name's 254 characters. */
    private static final Pattern DOMAIN = Pattern.compile("(?=.{4,100}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    private CustomerDomain() {
    }

    /** Read at first use; the web module's start-up uses it, so a wrong value stops the deployment. */
    private static final class Setting {
        static final String NAME = parse(Settings.CUSTOMER_DOMAIN.value().orElse(DEFAULT));
    }

    public static String name() {
        return Setting.NAME;
    }

    /** The customer's domain for this (normalized) prefix. */
    public static String of(String prefix) {
        return prefix + "." + name();
    }

    /** Whether a user name is a customer user's: it ends with a customer's domain. */
    public static boolean holds(String userName) {
        return userName.endsWith("." + name());
    }

    static String parse(String value) {
        String domain = value.trim().toLowerCase(Locale.ROOT);
        if (!DOMAIN.matcher(domain).matches()) {
            throw new InvalidSettingException("must be a domain name such as " + DEFAULT + ", not " + value,
                    Settings.CUSTOMER_DOMAIN).reported();
        }
        return domain;
    }
}
