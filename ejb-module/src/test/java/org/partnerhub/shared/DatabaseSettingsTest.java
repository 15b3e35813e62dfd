package org.partnerhub.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    private final Map<Settings, String> settings = new EnumMap<>(Settings.class);

    @Test
    void withoutAUrlTheDatabaseIsAnH2FileInTheDataFolder() {
        settings.put(Settings.DATA_DIR, "/var/lib/partnerhub");

        DatabaseSettings cut = read().validated();

        assertEquals("jdbc:h2:file:/var/lib/partnerhub/partnerhub", cut.url());
        assertEquals(Path.of("/var/lib/partnerhub"), cut.h2DataDir());
        assertEquals("H2 database file in /var/lib/partnerhub", cut.description());
    }

    @Test
    void withoutADataFolderTheH2FileIsInTheHomeFolder() {
        DatabaseSettings cut = read();

        assertEquals(Path.of(System.getProperty("user.home"), "partnerhub-data"), cut.h2DataDir());
    }

    @Test
    void aPostgreSqlUrlNeedsAUserAndItsDescriptionShowsNoSecret() {
        settings.put(Settings.DB_URL, "jdbc:postgresql://127.0.0.1:5432/partnerhub?password=secret");
        settings.put(Settings.DB_PASSWORD, "secret");

        InvalidSettingException missingUser = assertThrows(InvalidSettingException.class, () -> read().validated());
        assertTrue(missingUser.getMessage().contains("PARTNERHUB_DB_USER"), missingUser.getMessage());

        settings.put(Settings.DB_USER, "partnerhub");
        DatabaseSettings cut = read().validated();
        assertTrue(cut.isPostgreSql());
        assertEquals("PostgreSQL at jdbc:postgresql://127.0.0.1:5432/partnerhub as partnerhub", cut.description());
    }

    @Test
    void aUrlOfAnotherDatabaseIsRefusedNamingTheSetting() {
        settings.put(Settings.DB_URL, "jdbc:mysql://localhost/partnerhub");

        InvalidSettingException refusal = assertThrows(InvalidSettingException.class, () -> read().validated());

        assertEquals("Partner Hub cannot start: setting PARTNERHUB_DB_URL (or system property partnerhub.db.url)"
                + " must start with jdbc:h2: or jdbc:postgresql:", refusal.getMessage());
    }

    private DatabaseSettings read() {
        return DatabaseSettings.from(setting -> Optional.ofNullable(settings.get(setting)));
    }
}
