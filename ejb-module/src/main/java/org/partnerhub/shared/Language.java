package org.partnerhub.shared;

import java.util.Locale;

/** The languages Partner Hub speaks, for partners' defaults and users' preferences. */
public enum Language {
    EN(Locale.ENGLISH),
    PT_BR(Locale.forLanguageTag("pt-BR")),
    ES(Locale.forLanguageTag("es"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The closest supported language to a language tag ({@code pt-BR}, {@code es}), English for none. */
    public static Language fromTag(String tag) {
        return of(tag == null || tag.isBlank() ? null : Locale.forLanguageTag(tag.trim()));
    }

    /** The closest supported language, English when none fits. */
    public static Language of(Locale locale) {
        if (locale == null) {
            return EN;
        }
        for (Language language : values()) {
            if (language.locale.equals(locale)) {
                return language;
            }
        }
        for (Language language : values()) {
            if (language.locale.getLanguage().equals(locale.getLanguage())) {
                return language;
            }
        }
        return EN;
    }
}
