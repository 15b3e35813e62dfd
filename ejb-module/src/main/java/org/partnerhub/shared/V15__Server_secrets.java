package org.partnerhub.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The secrets every server of a deployment shares, made once in the database: random bytes no
 * SQL dialect makes the same way, hence a Java migration (registered in
 * {@link DatabaseMigration#flyway}, not found by scanning). Today one: the key that signs the
 * API's continuation tokens, so a token made on one server is good on another and a changed one
 * is refused.
 */
public class V15__Server_secrets extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement create = connection.createStatement()) {
            create.execute("CREATE TABLE server_secret (name VARCHAR(50) NOT NULL, secret VARCHAR(100) NOT NULL,"
                    + " CONSTRAINT pk_server_secret PRIMARY KEY (name))");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO server_secret (name, secret) VALUES (?, ?)")) {
            insert.setString(1, ServerSecrets.CONTINUATION);
            insert.setString(2, LinkToken.generate().value());
            insert.executeUpdate();
        }
    }
}
