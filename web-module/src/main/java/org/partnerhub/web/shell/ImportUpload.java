package org.partnerhub.web.shell;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.partnerhub.shared.CsvFile;

/**
 * The file of an import page's upload form (WEB-INF/templates/import-upload.xhtml: the form
 * {@code upload}, its file {@code upload:file}), read for the service that checks it. The
 * service says what is wrong with the file itself; this only hands it over.
 */
public final class ImportUpload {

    private static final String FILE = "upload:file";

    private ImportUpload() {
    }

    /**
     * The file's bytes, at most one more than {@link CsvFile} reads: enough for the service to
     * say the file is too large, without reading a large one whole. Empty, with the message next
     * to the file, when no file was chosen.
     */
    public static Optional<byte[]> content(Part file) {
        if (file == null || file.getSize() == 0) {
            Messages.error(FILE, "import.file.empty");
            return Optional.empty();
        }
        try (InputStream in = file.getInputStream()) {
            return Optional.of(in.readNBytes(CsvFile.MAX_BYTES + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name the browser gave the file, or {@code otherwise}. */
    public static String name(Part file, String otherwise) {
        String name = file.getSubmittedFileName();
        return name == null || name.isBlank() ? otherwise : name;
    }

    /**
     * The page was shown again because its upload was over even the container's limit
     * ({@link UploadSizeLimit}): the same message as for a file over the service's own.
     */
    public static void tooLarge() {
        Messages.error(FILE, "import.file.tooLarge", CsvFile.MAX_MEGABYTES);
    }
}
