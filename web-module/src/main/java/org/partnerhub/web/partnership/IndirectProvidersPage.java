package org.partnerhub.web.partnership;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.partnerhub.partnership.ProviderDirectoryRow;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.web.shell.Messages;

/** A reseller's providers: partnerships, requests both ways, and the directory to find more. */
@Named
@ViewScoped
public class IndirectProvidersPage extends PartnershipsPage {

    private String directoryText = "";
    private List<ProviderDirectoryRow> directory;

    @Override
    protected void reload() {
        super.reload();
        directory = queries.providerDirectory(directoryText == null ? "" : directoryText);
    }

    public void searchDirectory() {
        reload();
    }

    public void request(ProviderDirectoryRow provider) {
        try {
            partnerships.requestProvider(provider.providerId());
            Messages.info("partnerships.requested", provider.name());
        } catch (BusinessException refusal) {
            Messages.refusal(null, refusal);
        }
        reload();
    }

    public String getDirectoryText() {
        return directoryText;
    }

    public void setDirectoryText(String directoryText) {
        this.directoryText = directoryText;
    }

    public List<ProviderDirectoryRow> getDirectory() {
        return directory;
    }
}
