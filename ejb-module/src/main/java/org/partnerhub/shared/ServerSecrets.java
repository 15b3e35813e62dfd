package org.partnerhub.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The secrets of {@link V15__Server_secrets}, read once per server. Never logged. */
@ApplicationScoped
public class ServerSecrets {

    static final String CONTINUATION = "continuation";

    @PersistenceContext
    EntityManager em;

    private final Map<String, byte[]> read = new ConcurrentHashMap<>();

    byte[] of(String name) {
        return read.computeIfAbsent(name, key -> ((String) em.createNativeQuery(
                        "SELECT secret FROM server_secret WHERE name = ?")
                .setParameter(1, key)
                .getSingleResult()).getBytes(StandardCharsets.UTF_8));
    }
}
