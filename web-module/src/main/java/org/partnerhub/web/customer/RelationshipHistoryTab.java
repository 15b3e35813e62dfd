package org.partnerhub.web.customer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.partnerhub.customer.RelationshipHistoryQueries;
import org.partnerhub.relationship.HistoryEntry;
import org.partnerhub.web.shell.CsvDownload;
import org.partnerhub.web.shell.Messages;

/**
 * The relationship's timeline on the account page's Account tab, and its export: the reseller
 * relationship's steps and the partner's admin relationships' steps, by time.
 */
@Named
@ViewScoped
public class RelationshipHistoryTab implements Serializable {

    @Inject
    RelationshipHistoryQueries timeline;

    @Inject
    CustomerAccountPage page;

    /** Read when the tab is first drawn. */
    private List<HistoryEntry> history;

    public List<HistoryEntry> getHistory() {
        if (history == null && page.getAccount() != null) {
            history = timeline.of(page.getCustomerId());
        }
        return history;
    }

    /** The whole timeline as a CSV file, in the user's language. */
    public void export() {
        List<HistoryEntry> entries = timeline.of(page.getCustomerId());
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        CsvDownload.send("relationship-history-" + page.getCustomerId() + ".csv",
                new String[] {"history.when", "history.step", "history.partner", "history.actor", "history.detail"},
                csv -> {
                    for (HistoryEntry entry : entries) {
                        csv.row(time.format(entry.at()), Messages.text("history.step." + entry.step()),
                                entry.partnerName(), entry.actor(), entry.detail());
                    }
                });
    }
}
