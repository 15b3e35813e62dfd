package org.partnerhub.web.customer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnerhub.channel.ChannelQueries;
import org.partnerhub.channel.PartnerRow;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.subscription.OfferCatalogService;
import org.partnerhub.subscription.SubscriptionService;
import org.partnerhub.web.partnership.ProviderChoice;
import org.partnerhub.web.shell.Dialogs;
import org.partnerhub.web.shell.Messages;
import org.partnerhub.web.shell.SignedInUser;

/**
 * The account page's Add subscriptions dialog: the catalog, and for a provider the partnered
 * resellers that serve this customer too, one of which it may credit; for an indirect reseller
 * the partnered providers that serve it, one of which buys (it must choose).
 */
@Named
@ViewScoped
public class SubscriptionOrderDialog implements Serializable {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    OfferCatalogService catalog;

    @Inject
    ChannelQueries channel;

    @Inject
    SignedInUser signedInUser;

    @Inject
    CustomerAccountPage page;

    private OfferChoices order;
    private List<PartnerRow> creditable = List.of();
    private Long creditTo;
    private ProviderChoice provider = ProviderChoice.notNeeded();

    public void start() {
        page.showSubscriptions();
        order = new OfferChoices(catalog.offers());
        creditTo = null;
        PartnerType me = signedInUser.getMe().partnerType();
        creditable = me == PartnerType.INDIRECT_PROVIDER ? channel.partnersServing(page.getCustomerId()) : List.of();
        provider = me == PartnerType.INDIRECT_RESELLER
                ? ProviderChoice.amongRows(channel.partnersServing(page.getCustomerId())) : ProviderChoice.notNeeded();
        Dialogs.open("orderDialog");
    }

    /** The view action for {@code order=true}: the dialog, ready, as the account opens. */
    public void startOnLoad() {
        if (page.getAccount() != null && page.isMayOrder()) {
            start();
        }
    }

    public void submit() {
        if (!order.validate("order")) {
            return;
        }
        try {
            subscriptions.addSubscriptions(page.getCustomerId(), order.lines(), creditTo, provider.getProvider());
            page.load();
            Dialogs.close("orderDialog");
            Messages.info("subscriptions.ordered");
        } catch (BusinessException refusal) {
            Messages.refusal("order", refusal);
        }
    }

    public OfferChoices getOrder() {
        return order;
    }

    public List<PartnerRow> getCreditable() {
        return creditable;
    }

    /** For an indirect reseller: the provider that buys. */
    public ProviderChoice getProvider() {
        return provider;
    }

    public Long getCreditTo() {
        return creditTo;
    }

    public void setCreditTo(Long creditTo) {
        this.creditTo = creditTo;
    }
}
