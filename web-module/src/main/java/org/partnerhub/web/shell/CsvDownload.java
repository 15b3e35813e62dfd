package org.partnerhub.web.shell;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.partnerhub.shared.SpreadsheetText;

/**
 * A CSV file the browser downloads instead of a page: UTF-8 with a byte order mark (so that
 * spreadsheet programs read the accents), headers in the user's language, and every value
 * that a spreadsheet would take for a formula neutralised.
 */
public final class CsvDownload {

    /** Writes the rows of one download. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(CsvDownload csv) throws IOException;
    }

    private final CSVPrinter printer;

    private CsvDownload(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Sends the file and ends the Faces request; headerKeys are message keys. */
    public static void send(String fileName, String[] headerKeys, Rows rows) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        String[] headers = new String[headerKeys.length];
        for (int i = 0; i < headerKeys.length; i++) {
            headers[i] = Messages.text(headerKeys[i]);
        }
        try {
            write(new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8), headers, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /**
     * The same file written to any writer, with headers already in the reader's language: what
     * a download holds, for a test to read without a browser.
     */
    public static void write(Writer out, String[] headers, Rows rows) throws IOException {
        out.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(headers).get());
        rows.writeTo(new CsvDownload(printer));
        printer.flush();
    }

    /** A file made elsewhere (a template, an import's result), sent as it is. */
    public static void sendFile(String fileName, byte[] content) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try {
            external.getResponseOutputStream().write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public void row(Object... values) throws IOException {
        Object[] safe = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            safe[i] = neutralised(values[i]);
        }
        printer.printRecord(safe);
    }

    static Object neutralised(Object value) {
        if (value instanceof String text) {
            return SpreadsheetText.neutralised(text);
        }
        return value == null ? "" : value;
    }
}
