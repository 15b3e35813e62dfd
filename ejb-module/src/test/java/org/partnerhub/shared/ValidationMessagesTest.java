package org.partnerhub.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidationMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"pt_BR", "es"})
    void everyValidationMessageIsTranslatedAndNotEmpty(String locale) throws IOException {
        Properties english = load("ValidationMessages.properties");
        Properties translated = load("ValidationMessages_" + locale + ".properties");

        assertEquals(english.stringPropertyNames(), translated.stringPropertyNames());
        translated.forEach((key, value) -> assertFalse(value.toString().isBlank(), key + " is empty"));
        english.forEach((key, value) -> assertFalse(value.toString().isBlank(), key + " is empty"));
    }

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IOException(name + " is missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
