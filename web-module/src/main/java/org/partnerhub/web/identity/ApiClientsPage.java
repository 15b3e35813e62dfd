package org.partnerhub.web.identity;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.partnerhub.identity.ApiClient;
import org.partnerhub.identity.ApiClientCredentials;
import org.partnerhub.identity.ApiClientRow;
import org.partnerhub.identity.ApiClientService;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.web.shell.Dialogs;
import org.partnerhub.web.shell.Messages;

/**
 * A Global admin's API clients: register one (its client id and secret shown once), rotate its
 * secret (shown once), disable, enable or delete it.
 */
@Named
@ViewScoped
public class ApiClientsPage implements Serializable {

    @Inject
    ApiClientService clients;

    private List<ApiClientRow> rows;
    // The service's own rules, checked on the field: a blank name answers next to it, not as an incident.
    @NotBlank(message = "{partnerhub.required}")
    @Size(max = 100, message = "{partnerhub.size.max}")
    private String name;
    private PartnerRole role = PartnerRole.ADMIN_AGENT;
    /** The credentials to show once, until the admin says it has them. */
    private ApiClientCredentials shown;

    @PostConstruct
    void load() {
        rows = clients.clients();
    }

    public void startRegistering() {
        Dialogs.open("registerDialog");
    }

    public void register() {
        try {
            shown = clients.register(name, role);
            name = null;
            load();
            Dialogs.close("registerDialog");
        } catch (BusinessException refusal) {
            Messages.refusal("register", refusal);
        }
    }

    public void rotate(ApiClientRow client) {
        act(() -> shown = clients.rotateSecret(client.id()), "apiClients.rotated", client.name());
    }

    public void disable(ApiClientRow client) {
        act(() -> clients.setActive(client.id(), false), "apiClients.disabled", client.name());
    }

    public void enable(ApiClientRow client) {
        act(() -> clients.setActive(client.id(), true), "apiClients.enabled", client.name());
    }

    public void delete(ApiClientRow client) {
        act(() -> clients.delete(client.id()), "apiClients.deleted", client.name());
    }

    public void dismissCredentials() {
        shown = null;
    }

    private void act(Runnable action, String done, String clientName) {
        try {
            action.run();
            Messages.info(done, clientName);
        } catch (BusinessException refusal) {
            Messages.refusal(null, refusal);
        }
        load();
    }

    public List<PartnerRole> getRoles() {
        return List.copyOf(ApiClient.ROLES);
    }

    public List<ApiClientRow> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PartnerRole getRole() {
        return role;
    }

    public void setRole(PartnerRole role) {
        this.role = role;
    }

    public ApiClientCredentials getShown() {
        return shown;
    }
}
