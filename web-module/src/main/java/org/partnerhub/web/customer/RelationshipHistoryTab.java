package org.partnerhub.web.customer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.partnerhub.adminrelationship.AdminRelationshipService;
import org.partnerhub.relationship.HistoryEntry;
import org.partnerhub.relationship.RelationshipHistoryQueries;
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
    RelationshipHistoryQueries relationshipHistory;

    @Inject
    AdminRelationshipService adminRelationships;

    @Inject
    CustomerAccountPage page;

    /** Read when the tab is first drawn. */
    private List<HistoryEntry> history;

    public List<HistoryEntry> getHistory() {
        if (history == null && page.getAccount() != null) {
            history = timeline();
        }
        return history;
    }

    private List<HistoryEntry> timeline() {
        List<HistoryEntry> entries = new ArrayList<>(relationshipHistory.of(page.getCustomerId()));
        entries.addAll(adminRelationships.history(page.getCustomerId()));
        entries.sort(Comparator.comparing(HistoryEntry::at));
        return entries;
    }

    /** The whole timeline as a CSV file, in the user's language. */
    public void export() {
        List<HistoryEntry> entries = timeline();
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
