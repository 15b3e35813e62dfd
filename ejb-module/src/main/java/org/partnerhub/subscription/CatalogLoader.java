package org.partnerhub.subscription;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DenyAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;
import org.partnerhub.shared.StartupLock;

/**
 * Brings the offer table in line with the catalog file at each start, in one transaction: new
 * codes become offers, known ones take the file's values, offers the file lost are withdrawn
 * (their subscriptions keep them), and the upgrade paths are the file's.
 */
@Singleton
@Startup
@DenyAll
@DependsOn("DatabaseMigration")
public class CatalogLoader {

    private static final Logger LOG = Logger.getLogger(CatalogLoader.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    StartupLock startupLock;

    @Inject
    AuditTrail auditTrail;

    @PostConstruct
    void load() {
        startupLock.hold();
        List<CatalogLine> lines;
        try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(CatalogFile.RESOURCE)) {
            if (in == null) {
                throw new CatalogFile.CatalogException("it is not in the application");
            }
            lines = CatalogFile.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CatalogFile.CatalogException e) {
            LOG.severe(e.getMessage());
            throw e;
        }
        Map<String, Offer> byCode = em.createQuery("select o from Offer o", Offer.class).getResultStream()
                .collect(Collectors.toMap(Offer::getCode, offer -> offer));
        long nextId = byCode.values().stream().mapToLong(Offer::getId).max().orElse(0) + 1;
        Map<String, Offer> inFile = new HashMap<>();
        int added = 0;
        for (CatalogLine line : lines) {
            Offer offer = byCode.get(line.code());
            if (offer == null) {
                offer = new Offer(nextId++, line);
                em.persist(offer);
                added++;
            } else {
                offer.takeOver(line);
            }
            inFile.put(line.code(), offer);
        }
        int withdrawn = 0;
        for (Offer offer : byCode.values()) {
            if (!inFile.containsKey(offer.getCode()) && !offer.isWithdrawn()) {
                offer.withdraw();
                withdrawn++;
            }
        }
        for (CatalogLine line : lines) {
            inFile.get(line.code()).upgradeTo(line.upgradesTo().stream().map(inFile::get).collect(Collectors.toSet()));
        }
        if (added > 0 || withdrawn > 0) {
            auditTrail.record(null, null, AuditAction.CATALOG_LOADED, CatalogFile.RESOURCE,
                    Summary.of("catalogLoaded", lines.size(), added, withdrawn));
        }
        int offers = lines.size();
        int newOnes = added;
        int gone = withdrawn;
        LOG.info(() -> "Offer catalog: " + offers + " offers (" + newOnes + " new, " + gone + " withdrawn)");
    }
}
