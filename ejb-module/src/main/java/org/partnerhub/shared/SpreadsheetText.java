package org.partnerhub.shared;

/**
 * Text that a spreadsheet program would run as a formula: one starting with =, +, -, @ (or a
 * tab or carriage return). Exports neutralise it with a leading apostrophe (OWASP's advice);
 * imports refuse it in names.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    public static boolean looksLikeFormula(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** The text as a spreadsheet shows it literally. */
    public static String neutralised(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
