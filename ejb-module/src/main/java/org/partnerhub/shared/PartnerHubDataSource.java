package org.partnerhub.shared;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The class behind {@code java:app/jdbc/partnerhub}. The server pools its connections; this
 * class only decides, from {@link DatabaseSettings}, which driver's data source to open them
 * with. Doing that here, instead of with server-specific placeholders in an annotation or a
 * descriptor, is what lets the same EAR run unchanged on Payara and WildFly.
 */
public class PartnerHubDataSource implements DataSource {

    private volatile DataSource delegate;
    private volatile boolean connectedOnce;
    private PrintWriter logWriter;
    private int loginTimeout;

    private DataSource delegate() {
        DataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                current = delegate;
                if (current == null) {
                    current = DatabaseSettings.fromEnvironment().createDataSource();
                    delegate = current;
                }
            }
        }
        return current;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            Connection connection = delegate().getConnection();
            connectedOnce = true;
            return connection;
        } catch (InvalidSettingException e) {
            throw e.reported();
        } catch (SQLException e) {
            if (!connectedOnce) {
                // Whoever asks first (the server's pool, the persistence provider at deployment,
                // the migration) the operator reads which setting to fix before any stack trace.
                DatabaseSettings.fromEnvironment().cannotConnect(e).reported();
            }
            throw e;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        // The pool may pass the (empty) user of the datasource definition; the settings decide.
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return delegate().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate().isWrapperFor(type);
    }
}
