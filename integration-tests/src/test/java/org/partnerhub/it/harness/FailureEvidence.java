package org.partnerhub.it.harness;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * When a test fails, keeps what explains it where a red CI run shows it: the last lines of the
 * server log are printed, and the page the test's browser showed is saved as
 * {@code target/failures/<class>.<test>.png}. Registered for every test of this module through
 * JUnit's extension auto-detection (switched on in the failsafe configuration), so it runs in
 * the test JVM only, never inside the server.
 */
public class FailureEvidence implements TestWatcher {

    private static final int LOG_LINES = 80;
    private static final int TAIL_BYTES = 256 * 1024;

    /** What saves a picture of the page a browser test is looking at. */
    @FunctionalInterface
    public interface Screenshot {
        void saveTo(Path file) throws Exception;
    }

    /** The browsers the running test uses, by name; the test JVM runs one test at a time. */
    private static final Map<String, Screenshot> PAGES = new ConcurrentHashMap<>();

    /** Named by a browser test for each browser it uses: whose page to keep if the test fails. */
    public static void pageOf(String browser, Screenshot screenshot) {
        PAGES.put(browser, screenshot);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        StringBuilder report = new StringBuilder("\n===== " + name + " failed: " + cause + "\n");
        PAGES.forEach((browser, screenshot) -> {
            Path shot = Paths.get(System.getProperty("partnerhub.failures", "target/failures"))
                    .resolve(name + "." + browser + ".png");
            try {
                Files.createDirectories(shot.getParent());
                screenshot.saveTo(shot);
                report.append("Page of the ").append(browser).append(" at the failure: ")
                        .append(shot.toAbsolutePath()).append('\n');
            } catch (Exception e) {
                report.append("No picture of the ").append(browser).append("'s page: ").append(e).append('\n');
            }
        });
        PAGES.clear();
        report.append(serverLogTail());
        System.err.println(report);
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        PAGES.clear();
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        PAGES.clear();
    }

    private static String serverLogTail() {
        String configured = System.getProperty("partnerhub.server.log");
        if (configured == null) {
            return "(no server log named: system property partnerhub.server.log)\n";
        }
        Path log = Paths.get(configured);
        if (!Files.isRegularFile(log)) {
            return "(no server log at " + log + ")\n";
        }
        List<String> last;
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            // The end of the file is enough, and undecodable bytes are shown as replacement characters.
            long from = Math.max(0, file.length() - TAIL_BYTES);
            byte[] tail = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(tail);
            List<String> lines = new String(tail, StandardCharsets.UTF_8).lines().toList();
            last = lines.subList(Math.max(0, lines.size() - LOG_LINES), lines.size());
        } catch (IOException e) {
            return "(server log unreadable: " + e + ")\n";
        }
        return "----- last " + last.size() + " lines of " + log + " -----\n" + String.join("\n", last)
                + "\n----- end of the server log -----\n";
    }
}
