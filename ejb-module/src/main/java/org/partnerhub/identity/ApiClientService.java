package org.partnerhub.identity;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.LinkToken;

/**
 * A Global admin's API clients: register one (its secret shown once), rotate its secret,
 * disable, enable or delete it. Every change is audited; another partner's client is "not found".
 */
@Stateless
@DenyAll
public class ApiClientService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @EJB
    CurrentUser currentUser;

    @RolesAllowed(Roles.GLOBAL_ADMIN)
    public List<ApiClientRow> clients() {
        return em.createQuery("select c from ApiClient c where c.partner.id = :partner order by c.name, c.id",
                        ApiClient.class)
                .setParameter("partner", currentUser.partnerId())
                .getResultList().stream().map(ApiClient::toRow).toList();
    }

    @RolesAllowed(Roles.GLOBAL_ADMIN)
    public ApiClientCredentials register(@NotBlank(message = "{partnerhub.required}") @Size(max = 100) String name,
            @NotNull(message = "{partnerhub.required}") PartnerRole role) {
        PartnerUser admin = currentUser.requireUser();
        LinkToken secret = LinkToken.generate();
        ApiClient client = new ApiClient(admin.getPartner(), name, role, secret, admin.getEmail(), now());
        em.persist(client);
        em.flush();
        auditTrail.record(admin, AuditAction.API_CLIENT_REGISTERED, client.getName(),
                Summary.of("apiClient.role", Summary.word("role." + role.name()), client.getClientId()));
        return new ApiClientCredentials(client.getId(), client.getName(), client.getClientId(), secret);
    }

    /** A new secret, shown once; the old one and every token obtained with it stop working. */
    @RolesAllowed(Roles.GLOBAL_ADMIN)
    public ApiClientCredentials rotateSecret(long clientId) {
        PartnerUser admin = currentUser.requireUser();
        ApiClient client = mine(admin, clientId);
        LinkToken secret = LinkToken.generate();
        client.rotateSecret(secret);
        auditTrail.record(admin, AuditAction.API_CLIENT_SECRET_ROTATED, client.getName(), Summary.of("apiClient.id", client.getClientId()));
        return new ApiClientCredentials(client.getId(), client.getName(), client.getClientId(), secret);
    }

    /** Disables the client (its tokens stop working at once) or enables it again. */
    @RolesAllowed(Roles.GLOBAL_ADMIN)
    public void setActive(long clientId, boolean active) {
        PartnerUser admin = currentUser.requireUser();
        ApiClient client = mine(admin, clientId);
        if (client.isActive() != active) {
            client.setActive(active);
            auditTrail.record(admin, active ? AuditAction.API_CLIENT_ENABLED : AuditAction.API_CLIENT_DISABLED,
                    client.getName(), Summary.of("apiClient.id", client.getClientId()));
        }
    }

    @RolesAllowed(Roles.GLOBAL_ADMIN)
    public void delete(long clientId) {
        PartnerUser admin = currentUser.requireUser();
        ApiClient client = mine(admin, clientId);
        em.createQuery("delete from ApiToken t where t.client = :client").setParameter("client", client).executeUpdate();
        em.remove(client);
        auditTrail.record(admin, AuditAction.API_CLIENT_DELETED, client.getName(),
                Summary.of("apiClient.id", client.getClientId()));
    }

    private ApiClient mine(PartnerUser admin, long clientId) {
        ApiClient client = em.find(ApiClient.class, clientId);
        if (client == null || !client.getPartner().getId().equals(admin.getPartner().getId())) {
            throw BusinessException.of("apiClient.notFound");
        }
        return client;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
