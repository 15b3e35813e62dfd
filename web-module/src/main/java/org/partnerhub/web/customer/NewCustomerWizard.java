package org.partnerhub.web.customer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnerhub.account.AccountInfo;
import org.partnerhub.account.Customer;
import org.partnerhub.account.CustomerDomain;
import org.partnerhub.account.DomainPrefix;
import org.partnerhub.account.NewCustomer;
import org.partnerhub.channel.ChannelQueries;
import org.partnerhub.channel.PartnerChoice;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.customer.CustomerService;
import org.partnerhub.customer.NewCustomerCredentials;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.referral.ReferralQueries;
import org.partnerhub.referral.ReferralView;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.subscription.OfferCatalogService;
import org.partnerhub.subscription.OrderQuote;
import org.partnerhub.web.partnership.PartneredResellers;
import org.partnerhub.web.partnership.ProviderChoice;
import org.partnerhub.web.shell.LanguageSwitch;
import org.partnerhub.web.shell.Messages;
import org.partnerhub.web.shell.SignedInUser;

/**
 * Add a new customer: details, subscriptions, review, submit. Nothing is saved before Submit,
 * which creates everything in one transaction; Cancel, or leaving the page, discards it all.
 * The confirmation shows the admin user's temporary password from this view's memory only,
 * so it is gone for good once the user leaves the page.
 */
@Named
@ViewScoped
public class NewCustomerWizard implements Serializable {

    public enum Step {
        DETAILS, SUBSCRIPTIONS, REVIEW, CONFIRMATION
    }

    @Inject
    CustomerService customers;

    @Inject
    CustomerQueries queries;

    @Inject
    OfferCatalogService catalog;

    @Inject
    SignedInUser signedInUser;

    /** The language the user works in now: what a new customer, user or email starts in. */
    @Inject
    LanguageSwitch languageSwitch;

    @Inject
    ReferralQueries referrals;

    private Step step = Step.DETAILS;
    private final NewCustomer customer = new NewCustomer();
    private OfferChoices choices;
    private Boolean domainAvailable;
    private NewCustomerCredentials created;

    @Inject
    PartneredResellers partneredResellers;

    @Inject
    ChannelQueries channel;

    private List<PartnerChoice> resellers;
    /** The won lead the customer is added from (?referral=), as the wizard was started with it; null for none. */
    private Long referralId;
    private ReferralView referral;

    /** For an indirect reseller: its partnered provider that buys the first order and serves the customer too. */
    private ProviderChoice provider = ProviderChoice.notNeeded();

    @PostConstruct
    void init() {
        choices = new OfferChoices(catalog.offers());
        resellers = partneredResellers.list();
        if (signedInUser.getMe().partnerType() == PartnerType.INDIRECT_RESELLER) {
            provider = ProviderChoice.among(channel.providerChoices());
        }
        customer.getAccount().setLanguage(languageSwitch.getLanguage());
    }

    /**
     * Started from a won lead (its page's Add the customer): the details and the first order as
     * the lead gave them, the provider that referred it chosen, and the customer linked to the
     * lead when it is added. A lead that is not the caller's, not won or already has its customer
     * is refused with the reason, and the wizard starts empty.
     */
    public void startFromReferral() {
        if (referralId == null || referral != null) {
            return;
        }
        try {
            referral = referrals.awaitingCustomer(referralId);
        } catch (BusinessException refusal) {
            Messages.refusal(null, refusal);
            return;
        }
        AccountInfo account = customer.getAccount();
        account.setCompanyName(referral.companyName());
        account.setContactFirstName(referral.contactFirstName());
        account.setContactLastName(referral.contactLastName());
        account.setContactEmail(referral.contactEmail());
        account.setContactPhone(referral.contactPhone());
        account.setCountry(referral.country());
        customer.setDomainPrefix(Customer.suggestedDomainPrefix(referral.companyName()));
        customer.setReferralId(referral.id());
        if (referral.offerId() != null && referral.licenses() != null) {
            choices.prefill(referral.offerId(), referral.licenses());
        }
        if (provider.getProviders().stream().anyMatch(choice -> choice.partnerId() == referral.ownerId())) {
            provider.setProvider(referral.ownerId());
        }
        checkDomain();
    }

    /** As the user types the prefix: null while it is not a valid prefix at all. */
    public void checkDomain() {
        String prefix = customer.getDomainPrefix();
        domainAvailable = prefix == null || !prefix.trim().matches(DomainPrefix.PATTERN)
                ? null : queries.domainPrefixAvailable(prefix);
    }

    public void toSubscriptions() {
        customer.setIndirectProviderId(provider.getProvider());
        if (provider.isNeeded() && provider.getProvider() == null) {
            Messages.error(provider.isImpossible() ? null : "details:indirectProvider", "order.provider.required");
            return;
        }
        checkDomain();
        if (Boolean.FALSE.equals(domainAvailable)) {
            Messages.error("details:domainPrefix", "customer.domainPrefix.taken", getDomain());
            return;
        }
        step = Step.SUBSCRIPTIONS;
    }

    /** Each chosen line must be within its offer's limits; the message goes next to the line. */
    public void toReview() {
        if (choices.validate("subscriptions")) {
            step = Step.REVIEW;
        }
    }

    public void back() {
        step = step == Step.REVIEW ? Step.SUBSCRIPTIONS : Step.DETAILS;
    }

    /**
     * Submits of one wizard are answered one after the other (its instance is shared by the
     * requests of its view): a second click, or the same form sent again meanwhile, finds the
     * customer made and shows it, instead of racing the first for the prefix.
     */
    public synchronized void submit() {
        if (created != null) {
            return;
        }
        try {
            created = customers.addCustomer(customer, choices.lines());
            step = Step.CONFIRMATION;
        } catch (BusinessException refusal) {
            if (List.of("domainPrefix", "indirectReseller", "indirectProvider").contains(refusal.field())) {
                step = Step.DETAILS;
                domainAvailable = false;
                Messages.refusal("details", refusal);
            } else {
                Messages.refusal("review", refusal);
            }
        }
    }

    /**
     * The page must not come back from the browser's cache (Back after leaving it) with the
     * temporary password in it: every visit asks the server, which starts a new wizard.
     */
    public void forbidCaching() {
        var response = FacesContext.getCurrentInstance().getExternalContext();
        response.setResponseHeader("Cache-Control", "no-store");
    }

    public String cancel() {
        return "/customer/customers.xhtml?faces-redirect=true";
    }

    /** The review's lines and total. */
    public OrderQuote getQuote() {
        return choices.getQuote();
    }

    /** The customer's domain as it will be created. */
    public String getDomain() {
        String prefix = customer.getDomainPrefix();
        return CustomerDomain.of(prefix == null || prefix.isBlank() ? "…" : Customer.normalizedDomainPrefix(prefix));
    }

    /** The provider's partnered resellers, to add the customer on one's behalf; empty for others. */
    public List<PartnerChoice> getResellers() {
        return resellers;
    }

    /** The chosen reseller, or null for the caller's own customer. */
    public PartnerChoice getReseller() {
        Long chosen = customer.getIndirectResellerId();
        return resellers.stream().filter(row -> chosen != null && row.partnerId() == chosen).findFirst().orElse(null);
    }

    /** For an indirect reseller: the provider the customer is added with, which buys for it. */
    public ProviderChoice getProvider() {
        return provider;
    }

    public Long getReferralId() {
        return referralId;
    }

    public void setReferralId(Long referralId) {
        this.referralId = referralId;
    }

    /** The won lead the customer is added from, or null. */
    public ReferralView getReferral() {
        return referral;
    }

    public int getStepIndex() {
        return step.ordinal();
    }

    public Step getStep() {
        return step;
    }

    public NewCustomer getCustomer() {
        return customer;
    }

    public OfferChoices getChoices() {
        return choices;
    }

    public Boolean getDomainAvailable() {
        return domainAvailable;
    }

    public NewCustomerCredentials getCreated() {
        return created;
    }

}
