package org.partnerhub.security;

/** What a caller typed, made safe for a log line: no line breaks or other control characters, not too long. */
public final class LogText {

    private LogText() {
    }

    public static String printable(String text, int max) {
        String flat = text.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > max ? flat.substring(0, max) + "…" : flat;
    }
}
