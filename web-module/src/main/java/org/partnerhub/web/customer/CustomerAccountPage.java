package org.partnerhub.web.customer;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.partnerhub.customer.AccountInfo;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.customer.CustomerService;
import org.partnerhub.customer.CustomerSummary;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.partnership.PartnerRow;
import org.partnerhub.partnership.PartnershipQueries;
import org.partnerhub.relationship.HistoryEntry;
import org.partnerhub.relationship.RelationshipHistory;
import org.partnerhub.relationship.RelationshipRemoval;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Language;
import org.partnerhub.subscription.OfferCatalog;
import org.partnerhub.subscription.SelfService;
import org.partnerhub.subscription.SubscriptionRow;
import org.partnerhub.subscription.SubscriptionService;
import org.partnerhub.subscription.SupportContact;
import org.partnerhub.web.partnership.PartneredResellers;
import org.partnerhub.web.shell.CsvDownload;
import org.partnerhub.web.shell.Messages;
import org.partnerhub.web.shell.SignedInUser;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * One customer's account, subscriptions and users. Global admins and Admin agents update the
 * account info; a Global admin removes the relationship, after attesting to it.
 */
@Named
@ViewScoped
public class CustomerAccountPage implements Serializable {

    @EJB
    transient CustomerQueries queries;

    @EJB
    transient CustomerService customers;

    @EJB
    transient SubscriptionService subscriptions;

    @EJB
    transient OfferCatalog catalog;

    @EJB
    transient PartnershipQueries partnershipQueries;

    @Inject
    SignedInUser signedInUser;

    @Inject
    PartneredResellers partneredResellers;

    @EJB
    transient RelationshipHistory relationshipHistory;

    @EJB
    transient SelfService selfService;

    private long customerId;
    private CustomerSummary summary;
    private AccountInfo form;
    private RelationshipRemoval removal;
    private List<SubscriptionRow> blockers = List.of();
    private OfferChoices order;
    private List<PartnerRow> creditable = List.of();
    private Long creditTo;
    private SubscriptionRow attributing;
    private List<PartnerRow> partnered = List.of();
    private String attributionMpnId;
    private SupportContact supportContact;
    private String verifiedName;
    /** The tab shown after an Ajax update: the Subscriptions tab (1) once one of its dialogs was used. */
    private int activeTab;

    /** The relationship's timeline, read when the Account tab is first drawn. */
    private List<HistoryEntry> history;

    /** The Subscriptions tab's rows, a page at a time from the database. */
    private final SubscriptionPages subscriptionPages = new SubscriptionPages();

    /** The view action: reads the customer named in the address, if it is one of ours. */
    public void load() {
        subscriptionPages.counted = null;
        try {
            summary = queries.summary(customerId);
        } catch (BusinessException refusal) {
            summary = null;
            Messages.refusal("account", refusal);
        }
    }

    public List<HistoryEntry> getHistory() {
        if (history == null && summary != null) {
            history = relationshipHistory.of(customerId);
        }
        return history;
    }

    /** The whole timeline as a CSV file, in the user's language. */
    public void exportHistory() {
        List<HistoryEntry> entries = relationshipHistory.of(customerId);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        CsvDownload.send("relationship-history-" + customerId + ".csv",
                new String[] {"history.when", "history.step", "history.partner", "history.actor", "history.detail"},
                csv -> {
                    for (HistoryEntry entry : entries) {
                        csv.row(time.format(entry.at()), Messages.text("history.step." + entry.step()),
                                entry.partnerName(), entry.actor(), entry.detail());
                    }
                });
    }

    /** Lets the customer buy its own services through the caller, or stops it. */
    public void toggleSelfService() {
        try {
            boolean allowed = !summary.account().selfService();
            selfService.allow(customerId, allowed);
            load();
            Messages.info(allowed ? "selfService.allowed" : "selfService.stopped");
        } catch (BusinessException refusal) {
            Messages.refusal("account", refusal);
        }
    }

    public boolean isMayEdit() {
        return signedInUser.getMe().hasAny(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT);
    }

    public boolean isMayRemove() {
        return signedInUser.getMe().has(PartnerRole.GLOBAL_ADMIN);
    }

    public void startEditing() {
        form = queries.account(customerId).info();
    }

    /** Reloads the whole page after saving: the company name is also its title. */
    public String save() {
        try {
            customers.updateAccountInfo(customerId, form);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("customer.saved");
            return "/customer/account.xhtml?faces-redirect=true&customer=" + customerId;
        } catch (BusinessException refusal) {
            Messages.refusal("edit", refusal);
            return null;
        }
    }

    public void startRemoval() {
        removal = new RelationshipRemoval();
        blockers = queries.removalBlockers(customerId);
    }

    public String remove() {
        try {
            String company = summary.account().info().getCompanyName();
            customers.removeRelationship(customerId, removal);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("relationship.removed", company);
            return "/customer/customers.xhtml?faces-redirect=true";
        } catch (BusinessException refusal) {
            blockers = queries.removalBlockers(customerId);
            Messages.refusal("removal", refusal);
            return null;
        }
    }

    public boolean isMayOrder() {
        return signedInUser.getMe().hasAny(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT, PartnerRole.SALES_AGENT);
    }

    /** A provider credits the subscriptions it sold; others see who is credited. */
    public boolean mayAttribute(SubscriptionRow subscription) {
        var me = signedInUser.getMe();
        return isMayOrder() && me.partnerType() == PartnerType.INDIRECT_PROVIDER
                && subscription.isBoughtThrough(me.partnerId());
    }

    /** Add subscriptions: the catalog, and the partnered resellers that serve this customer too. */
    public void startOrder() {
        activeTab = 1;
        order = new OfferChoices(catalog.offers());
        creditTo = null;
        creditable = signedInUser.getMe().partnerType() == PartnerType.INDIRECT_PROVIDER
                ? partnershipQueries.resellersServing(customerId) : List.of();
    }

    public void submitOrder() {
        if (!order.validate("order")) {
            return;
        }
        try {
            subscriptions.addSubscriptions(customerId, order.lines(), creditTo);
            load();
            PrimeFaces.current().executeScript("PF('orderDialog').hide()");
            Messages.info("subscriptions.ordered");
        } catch (BusinessException refusal) {
            Messages.refusal("order", refusal);
        }
    }

    public void startAttribution(SubscriptionRow subscription) {
        activeTab = 1;
        attributing = subscription;
        attributionMpnId = subscription.resellerMpnId();
        supportContact = subscription.supportContact();
        verifiedName = subscription.resellerName();
        partnered = partneredResellers.list();
    }

    /** Verify, or pick a partnered reseller: shows whose MPN ID it is, or why it cannot be credited. */
    public void verify() {
        verifiedName = null;
        try {
            verifiedName = partnershipQueries.partneredResellerName(attributionMpnId == null ? "" : attributionMpnId);
        } catch (BusinessException refusal) {
            Messages.refusal("attribution", refusal);
        }
    }

    public void saveAttribution() {
        try {
            subscriptions.attribute(attributing.id(), attributionMpnId, supportContact);
            load();
            PrimeFaces.current().executeScript("PF('attributionDialog').hide()");
            Messages.info("subscriptions.attributed");
        } catch (BusinessException refusal) {
            Messages.refusal("attribution", refusal);
        }
    }

    public int getActiveTab() {
        return activeTab;
    }

    public void setActiveTab(int activeTab) {
        this.activeTab = activeTab;
    }

    public List<SupportContact> getSupportContacts() {
        return List.of(SupportContact.values());
    }

    public OfferChoices getOrder() {
        return order;
    }

    public List<PartnerRow> getCreditable() {
        return creditable;
    }

    public Long getCreditTo() {
        return creditTo;
    }

    public void setCreditTo(Long creditTo) {
        this.creditTo = creditTo;
    }

    public SubscriptionRow getAttributing() {
        return attributing;
    }

    public List<PartnerRow> getPartnered() {
        return partnered;
    }

    public String getAttributionMpnId() {
        return attributionMpnId;
    }

    public void setAttributionMpnId(String attributionMpnId) {
        this.attributionMpnId = attributionMpnId;
    }

    public SupportContact getSupportContact() {
        return supportContact;
    }

    public void setSupportContact(SupportContact supportContact) {
        this.supportContact = supportContact;
    }

    public String getVerifiedName() {
        return verifiedName;
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(long customerId) {
        this.customerId = customerId;
    }

    public CustomerSummary getSummary() {
        return summary;
    }

    public AccountInfo getForm() {
        return form;
    }

    public RelationshipRemoval getRemoval() {
        return removal;
    }

    public List<SubscriptionRow> getBlockers() {
        return blockers;
    }

    public LazyDataModel<SubscriptionRow> getSubscriptionPages() {
        return subscriptionPages;
    }

    private class SubscriptionPages extends LazyDataModel<SubscriptionRow> {

        /** Counted once per load of the page: the tab asks with every page it shows. */
        private Integer counted;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (counted == null) {
                counted = (int) Math.min(Integer.MAX_VALUE, queries.subscriptionCount(customerId));
            }
            return counted;
        }

        @Override
        public List<SubscriptionRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return queries.subscriptions(customerId, first, pageSize);
        }

        @Override
        public String getRowKey(SubscriptionRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public SubscriptionRow getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(row -> getRowKey(row).equals(rowKey))
                    .findFirst().orElse(null);
        }
    }
}
