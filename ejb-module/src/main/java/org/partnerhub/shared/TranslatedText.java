package org.partnerhub.shared;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text written in each language Partner Hub speaks, such as an offer's name. English is
 * always there; a language without its own translation reads the English text, so a page
 * never shows an empty name.
 */
public record TranslatedText(String en, String ptBr, String es) implements Serializable {

    public TranslatedText {
        Objects.requireNonNull(en, "en");
        ptBr = ptBr == null || ptBr.isBlank() ? null : ptBr;
        es = es == null || es.isBlank() ? null : es;
    }

    /** A text that has only its English version so far. */
    public static TranslatedText english(String en) {
        return new TranslatedText(en, null, null);
    }

    /** The text in this language, or the English one when it has no translation. */
    public String in(Language language) {
        String translated = switch (language) {
            case EN -> en;
            case PT_BR -> ptBr;
            case ES -> es;
        };
        return translated == null ? en : translated;
    }

    /** The text in the language closest to the locale ({@link Language#of}), English for the others. */
    public String in(Locale locale) {
        return in(Language.of(locale));
    }

    /**
     * A message's arguments with each translated one put in in this language, the others as
     * they are: for a refusal that names an offer.
     */
    public static Object[] arguments(Object[] arguments, Locale locale) {
        Object[] in = arguments.clone();
        for (int i = 0; i < in.length; i++) {
            if (in[i] instanceof TranslatedText text) {
                in[i] = text.in(locale);
            }
        }
        return in;
    }

    /** Whether any of its versions contains the (lower-case) part: a search finds a text whichever language it was typed in. */
    public boolean contains(String lowerCasePart) {
        return en.toLowerCase(Locale.ROOT).contains(lowerCasePart)
                || ptBr != null && ptBr.toLowerCase(Locale.ROOT).contains(lowerCasePart)
                || es != null && es.toLowerCase(Locale.ROOT).contains(lowerCasePart);
    }

    /**
     * The English text: what a message argument or a log line gets where no page language
     * applies (a page asks for {@link #in(Locale)}).
     */
    @Override
    public String toString() {
        return en;
    }
}
