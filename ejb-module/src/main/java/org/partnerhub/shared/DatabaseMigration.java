package org.partnerhub.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings the schema up to date once, at start-up, before anything uses JPA: every bean that
 * touches the database at start-up declares {@code @DependsOn("DatabaseMigration")}, and the
 * persistence unit generates no schema of its own.
 */
@Singleton
@Startup
@DenyAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    /** Defined in the EAR's META-INF/application.xml, whose class is {@link PartnerHubDataSource}. */
    public static final String DATASOURCE = "java:app/jdbc/partnerhub";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        DatabaseSettings settings = checked(DatabaseSettings.fromEnvironment());
        LOG.info(() -> "Partner Hub data: " + settings.description());
        Flyway flyway = flyway(dataSource);
        int applied;
        try {
            applied = flyway.migrate().migrationsExecuted;
        } catch (FlywayException e) {
            String reason = "Partner Hub cannot start: the database schema could not be brought up to date: "
                    + e.getMessage().lines().findFirst().orElse("");
            LOG.severe(reason);
            throw new IllegalStateException(reason, e);
        }
        LOG.info(() -> "Partner Hub schema at version " + flyway.info().current().getVersion()
                + " (" + applied + " migrations applied now)");
    }

    /**
     * The migrations of this version over the database: also what {@link ReadinessService} asks.
     * Those in db/migration are standard SQL for every database; PostgreSQL also gets
     * db/postgresql (indexes only it has), whose versions the others skip. Which database it is
     * comes from the same settings the datasource is opened with (PartnerHubDataSource).
     */
    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(DatabaseSettings.fromEnvironment().isPostgreSql()
                        ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                        : new String[] {"classpath:db/migration"})
                .javaMigrations(new V15__Server_secrets())
                .load();
    }

    /** Wrong settings stop the deployment here, in one line, before anything half-starts. */
    private DatabaseSettings checked(DatabaseSettings settings) {
        try {
            settings.validated();
        } catch (InvalidSettingException e) {
            throw e.reported();
        }
        try (Connection first = dataSource.getConnection()) {
            return settings;
        } catch (SQLException | RuntimeException e) {
            throw settings.cannotConnect(e).reported();
        }
    }
}
