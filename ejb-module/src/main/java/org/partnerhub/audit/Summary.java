package org.partnerhub.audit;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What an audit event says, kept as message codes and their arguments rather than as text, so
 * that each reader sees it in their own language ({@code audit.summary.<code>} in the pages'
 * bundles). A summary is one or more phrases that a page joins with commas, so that optional
 * parts ("credited to …", "through …") need no pattern of their own.
 *
 * <p>An argument is kept with its kind: a text shown as it is (a name, a domain, an MPN ID), a
 * whole number (which the pattern may pluralise), a date (written in the reader's format), or
 * words that are themselves message keys (a role, a status). Events recorded before summaries
 * had codes keep their stored text ({@link #stored}).
 */
public final class Summary implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Between phrases, between arguments and between the keys of a list, in the stored form. */
    private static final char PHRASES = '\u001D';
    private static final char ARGUMENTS = '\u001F';
    private static final char KEYS = '\u001E';

    /** The longest stored form the column holds; longer summaries lose their last phrases. */
    static final int STORED_LENGTH = 2000;
    /** The longest text argument (a reason, a list of offers): the first phrase always fits. */
    static final int TEXT_LENGTH = 400;

    /** One phrase: its code ({@code null} for a stored English text, then the one argument). */
    public record Phrase(String code, List<Argument> arguments) implements Serializable {
    }

    /** An argument, with how a reader's page shows it. */
    public record Argument(Kind kind, String value) implements Serializable {

        /** The message keys of a {@link Kind#WORDS} argument. */
        public List<String> keys() {
            return value.isEmpty() ? List.of() : List.of(value.split(String.valueOf(KEYS)));
        }
    }

    public enum Kind {
        TEXT('t'), NUMBER('n'), DATE('d'), WORDS('w');

        private final char mark;

        Kind(char mark) {
            this.mark = mark;
        }

        static Kind of(char mark) {
            for (Kind kind : values()) {
                if (kind.mark == mark) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("not an argument kind: " + mark);
        }
    }

    /** Message keys given as an argument, shown translated and joined with commas. */
    public record Words(List<String> keys) {
    }

    private final List<Phrase> phrases;

    private Summary(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    /**
     * A summary of one phrase. Arguments: a {@link String} is text, a {@link Number} a whole
     * number, a {@link LocalDate} a date, {@link Words} message keys; {@code null} is an empty text.
     */
    public static Summary of(String code, Object... arguments) {
        return new Summary(List.of(phrase(code, arguments)));
    }

    /** A summary written as text before summaries had codes. */
    public static Summary stored(String text) {
        return new Summary(List.of(new Phrase(null, List.of(new Argument(Kind.TEXT, text == null ? "" : text)))));
    }

    /** This summary with one more phrase after it. */
    public Summary and(String code, Object... arguments) {
        List<Phrase> more = new ArrayList<>(phrases);
        more.add(phrase(code, arguments));
        return new Summary(more);
    }

    /** This summary followed by another's phrases. */
    public Summary and(Summary next) {
        List<Phrase> more = new ArrayList<>(phrases);
        more.addAll(next.phrases);
        return new Summary(more);
    }

    /** The message keys {@code prefix + name} of each value (enum constants, say), in order. */
    public static Words words(String prefix, Collection<?> values) {
        return new Words(values.stream().map(value -> prefix + (value instanceof Enum<?> e ? e.name() : value)).toList());
    }

    /** One message key as an argument. */
    public static Words word(String key) {
        return new Words(List.of(key));
    }

    public List<Phrase> phrases() {
        return phrases;
    }

    /**
     * The words a reader may look for: the texts and numbers of the phrases (names, domains,
     * reasons, ids), space-separated, without the patterns around them, which are each reader's
     * language; a stored older text whole.
     */
    public String searchable() {
        StringBuilder words = new StringBuilder();
        for (Phrase phrase : phrases) {
            for (Argument argument : phrase.arguments()) {
                if (argument.kind() == Kind.TEXT || argument.kind() == Kind.NUMBER) {
                    if (!words.isEmpty()) {
                        words.append(' ');
                    }
                    words.append(argument.value());
                }
            }
        }
        return words.toString();
    }

    /** The form the audit_event table keeps; {@code null} for a stored text. */
    public String encoded() {
        if (phrases.get(0).code() == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (Phrase phrase : phrases) {
            StringBuilder next = new StringBuilder(phrase.code());
            for (Argument argument : phrase.arguments()) {
                next.append(ARGUMENTS).append(argument.kind().mark).append(argument.value());
            }
            if (out.length() + next.length() + 1 > STORED_LENGTH) {
                break;
            }
            if (!out.isEmpty()) {
                out.append(PHRASES);
            }
            out.append(next);
        }
        return out.toString();
    }

    /** The summary from its stored form, or from the text an older event kept. */
    public static Summary decoded(String encoded, String storedText) {
        if (encoded == null || encoded.isEmpty()) {
            return storedText == null ? null : stored(storedText);
        }
        List<Phrase> read = new ArrayList<>();
        for (String phrase : encoded.split(String.valueOf(PHRASES))) {
            String[] parts = phrase.split(String.valueOf(ARGUMENTS), -1);
            List<Argument> arguments = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                arguments.add(new Argument(Kind.of(parts[i].charAt(0)), parts[i].substring(1)));
            }
            read.add(new Phrase(parts[0], arguments));
        }
        return new Summary(read);
    }

    private static Phrase phrase(String code, Object... arguments) {
        List<Argument> kept = new ArrayList<>();
        for (Object argument : arguments) {
            kept.add(argument(argument));
        }
        return new Phrase(code, kept);
    }

    private static Argument argument(Object value) {
        if (value == null) {
            return new Argument(Kind.TEXT, "");
        }
        if (value instanceof Number number) {
            return new Argument(Kind.NUMBER, String.valueOf(number.longValue()));
        }
        if (value instanceof LocalDate date) {
            return new Argument(Kind.DATE, date.toString());
        }
        if (value instanceof Words words) {
            return new Argument(Kind.WORDS, String.join(String.valueOf(KEYS), words.keys()));
        }
        // Separators inside a name would split the stored form: they are control characters no
        // one types, and are dropped.
        String text = value.toString().replaceAll("[\u001D\u001E\u001F]", "");
        return new Argument(Kind.TEXT, text.length() <= TEXT_LENGTH ? text : text.substring(0, TEXT_LENGTH - 1) + "…");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Summary summary && summary.phrases.equals(phrases);
    }

    @Override
    public int hashCode() {
        return phrases.hashCode();
    }

    @Override
    public String toString() {
        return phrases.toString();
    }
}
