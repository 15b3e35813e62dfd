package org.partnerhub.shared;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * Whether the application can serve requests now, for the platform's readiness probe: the
 * start-up work is done (the container creates this bean only once the schema migration and
 * the offer catalog have succeeded, see {@code @DependsOn}), the database answers, and its
 * schema has every migration of this version applied. Open to anonymous callers: probes
 * do not sign in, and the answer is a yes or a no.
 */
@Singleton
@DependsOn({"DatabaseMigration", "CatalogLoader"})
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReadinessService {

    private static final Logger LOG = Logger.getLogger(ReadinessService.class.getName());

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    /**
     * Once this version's schema was found complete it stays so (a migration only adds): later
     * probes ask the database for an answer only. A load balancer probes every second, and
     * Flyway's look at the schema logs a line each time.
     */
    private volatile boolean schemaComplete;

    public boolean isReady() {
        try {
            if (schemaComplete) {
                try (Connection connection = dataSource.getConnection()) {
                    return connection.isValid(2);
                }
            }
            MigrationInfoService migrations = DatabaseMigration.flyway(dataSource).info();
            schemaComplete = migrations.current() != null && migrations.pending().length == 0;
            return schemaComplete;
        } catch (SQLException | RuntimeException e) {
            // The probe says "not ready"; the log says why, once per failed probe.
            LOG.log(Level.WARNING, "Partner Hub not ready: the database does not answer or its schema is not up to date: "
                    + e.getMessage());
            return false;
        }
    }
}
