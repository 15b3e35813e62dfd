package org.partnerhub.shared;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Which database the application uses. Without {@link Settings#DB_URL} it is an H2 database in
 * a file under {@link Settings#DATA_DIR} (default {@code ~/partnerhub-data}), so data survives
 * a restart; with it, H2 or PostgreSQL at that URL.
 */
public record DatabaseSettings(String url, String user, String password, Path h2DataDir) {

    static final String H2_PREFIX = "jdbc:h2:";
    static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";

    public static DatabaseSettings fromEnvironment() {
        return from(Settings::value);
    }

    static DatabaseSettings from(Function<Settings, Optional<String>> settings) {
        String user = settings.apply(Settings.DB_USER).orElse(null);
        String password = settings.apply(Settings.DB_PASSWORD).orElse(null);
        var url = settings.apply(Settings.DB_URL);
        if (url.isPresent()) {
            return new DatabaseSettings(url.get(), user, password, null);
        }
        Path dataDir = settings.apply(Settings.DATA_DIR).map(Paths::get)
                .orElseGet(() -> Paths.get(System.getProperty("user.home"), "partnerhub-data"))
                .toAbsolutePath().normalize();
        return new DatabaseSettings(H2_PREFIX + "file:" + dataDir.resolve("partnerhub"),
                user == null ? "sa" : user, password == null ? "" : password, dataDir);
    }

    /**
     * Checks the settings and says in one line which one is wrong; start-up stops there rather
     * than with a driver's stack trace.
     */
    public DatabaseSettings validated() {
        if (!url.startsWith(H2_PREFIX) && !url.startsWith(POSTGRESQL_PREFIX)) {
            throw new InvalidSettingException("must start with " + H2_PREFIX + " or " + POSTGRESQL_PREFIX,
                    Settings.DB_URL);
        }
        if (url.startsWith(POSTGRESQL_PREFIX) && (user == null || user.isBlank())) {
            throw new InvalidSettingException("is required with a PostgreSQL URL", Settings.DB_USER);
        }
        return this;
    }

    /**
     * Turns a failure to open the first connection into the one line that says which setting
     * to check: the user and password when the database refused them (SQL state class 28),
     * the URL otherwise (no server there, no such database).
     */
    public InvalidSettingException cannotConnect(Throwable failure) {
        SQLException refusal = null;
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (refusal == null && t instanceof SQLException sql && sql.getSQLState() != null) {
                refusal = sql;
            }
            root = t;
        }
        String reason = String.valueOf(refusal != null ? refusal.getMessage() : root.getMessage())
                .lines().findFirst().orElse("").trim();
        String problem = "leads to no usable database: cannot connect to " + description() + ": " + reason;
        if (refusal != null && refusal.getSQLState().startsWith("28")) {
            return new InvalidSettingException(problem, Settings.DB_USER, Settings.DB_PASSWORD);
        }
        return new InvalidSettingException(problem, Settings.DB_URL);
    }

    public boolean isPostgreSql() {
        return url.startsWith(POSTGRESQL_PREFIX);
    }

    /** What the start-up log may show: never the password, never URL parameters. */
    public String description() {
        if (h2DataDir != null) {
            return "H2 database file in " + h2DataDir;
        }
        int parameters = url.indexOf('?');
        return (isPostgreSql() ? "PostgreSQL at " : "H2 at ")
                + (parameters < 0 ? url : url.substring(0, parameters)) + " as " + user;
    }

    DataSource createDataSource() {
        validated();
        if (isPostgreSql()) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            postgres.setUser(user);
            postgres.setPassword(password);
            return postgres;
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser(user == null ? "sa" : user);
        h2.setPassword(password == null ? "" : password);
        return h2;
    }
}
