package org.partnerhub.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date once, at start-up, before anything uses JPA: every bean that
 * touches the database at start-up declares {@code @DependsOn("DatabaseMigration")}, and the
 * persistence unit generates no schema of its own.
 */
@Singleton
@Startup
@DataSourceDefinition(
        name = DatabaseMigration.DATASOURCE,
        className = "org.partnerhub.shared.PartnerHubDataSource",
        minPoolSize = 1,
        maxPoolSize = 30)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    public static final String DATASOURCE = "java:app/jdbc/partnerhub";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment().validated();
        LOG.info(() -> "Partner Hub data: " + settings.description());
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        LOG.info(() -> "Partner Hub schema at version " + flyway.info().current().getVersion()
                + " (" + applied + " migrations applied now)");
    }
}
