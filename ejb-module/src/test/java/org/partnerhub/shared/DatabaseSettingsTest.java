package org.partnerhub.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
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

    @Test
    void aRefusedSignInNamesTheUserAndPasswordSettingsButNotThePassword() {
        settings.put(Settings.DB_URL, "jdbc:postgresql://127.0.0.1:5432/partnerhub");
        settings.put(Settings.DB_USER, "partnerhub");
        settings.put(Settings.DB_PASSWORD, "not-this-one");
        var refused = new SQLException("FATAL: password authentication failed for user \"partnerhub\"", "28P01");

        String line = read().cannotConnect(new IllegalStateException("pool could not fill", refused)).getMessage();

        assertEquals("Partner Hub cannot start: setting PARTNERHUB_DB_USER (or system property partnerhub.db.user)"
                + " or setting PARTNERHUB_DB_PASSWORD (or system property partnerhub.db.password) leads to no"
                + " usable database: cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:5432/partnerhub"
                + " as partnerhub: FATAL: password authentication failed for user \"partnerhub\"", line);
        assertFalse(line.contains("not-this-one"));
    }

    @Test
    void aServerThatDoesNotAnswerNamesTheUrlSetting() {
        settings.put(Settings.DB_URL, "jdbc:postgresql://127.0.0.1:5999/partnerhub");
        settings.put(Settings.DB_USER, "partnerhub");
        var unreachable = new SQLException("Connection to 127.0.0.1:5999 refused.\nCheck the host name", "08001");

        InvalidSettingException refusal = read().cannotConnect(unreachable);

        assertTrue(refusal.getMessage().startsWith("Partner Hub cannot start: setting PARTNERHUB_DB_URL"), refusal.getMessage());
        assertTrue(refusal.getMessage().endsWith(": Connection to 127.0.0.1:5999 refused."), refusal.getMessage());
        assertEquals(0, refusal.getStackTrace().length, "one line, no stack trace to bury it");
    }

    private DatabaseSettings read() {
        return DatabaseSettings.from(setting -> Optional.ofNullable(settings.get(setting)));
    }
}
