package org.partnerhub.shared;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * A deployment setting is missing or wrong. The message is the one line an operator needs: it
 * names the setting and never a secret. It carries no stack trace of its own, so the server's
 * report of the failed start-up stays short.
 */
public class InvalidSettingException extends IllegalStateException {

    private static final Logger LOG = Logger.getLogger(InvalidSettingException.class.getName());
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    /** {@code problem} completes "setting X (or system property x) ...". */
    public InvalidSettingException(String problem, Settings... suspects) {
        super("Partner Hub cannot start: " + Arrays.stream(suspects)
                .map(s -> "setting " + s.environmentVariable() + " (or system property " + s.systemProperty() + ")")
                .collect(Collectors.joining(" or ")) + " " + problem);
    }

    /**
     * Logs the line once, however many times the server's pool, the persistence provider and
     * the migration run into the same problem: it is the first thing an operator should read.
     */
    public InvalidSettingException reported() {
        if (REPORTED.add(getMessage())) {
            LOG.severe(getMessage());
        }
        return this;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
