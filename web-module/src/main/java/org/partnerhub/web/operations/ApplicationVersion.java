package org.partnerhub.web.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version the build wrote into {@code version.properties} (Maven resource filtering). */
@Named
@ApplicationScoped
public class ApplicationVersion {

    private static final String FILE = "/org/partnerhub/web/version.properties";

    private final String number = read();

    public String getNumber() {
        return number;
    }

    static String read() {
        try (InputStream in = ApplicationVersion.class.getResourceAsStream(FILE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
