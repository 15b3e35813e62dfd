package org.partnerhub.web.subscription;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnerhub.customerarea.SelfService;
import org.partnerhub.customerarea.SellerRow;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.web.customer.OfferChoices;
import org.partnerhub.web.shell.Messages;

/** The customer area's shop: a customer admin buys, through a partner that allows it, the offers meant for customers. */
@Named
@ViewScoped
public class BuyServicesPage implements Serializable {

    @Inject
    SelfService selfService;

    private List<SellerRow> sellers;
    private Long sellerId;
    private OfferChoices choices;

    @PostConstruct
    void init() {
        sellers = selfService.sellers();
        if (sellers.size() == 1) {
            sellerId = sellers.get(0).partnerId();
        }
        chooseSeller();
    }

    /** The offers the chosen partner sells to customers; none until one is chosen. */
    public void chooseSeller() {
        choices = sellerId == null ? null : new OfferChoices(selfService.offers(sellerId));
    }

    public void buy() {
        if (!choices.validate("buy")) {
            return;
        }
        try {
            selfService.buy(sellerId, choices.lines());
            Messages.info("selfService.bought");
            chooseSeller();
        } catch (BusinessException refusal) {
            Messages.refusal("buy", refusal);
        }
    }

    public List<SellerRow> getSellers() {
        return sellers;
    }

    public Long getSellerId() {
        return sellerId;
    }

    public void setSellerId(Long sellerId) {
        this.sellerId = sellerId;
    }

    public OfferChoices getChoices() {
        return choices;
    }
}
