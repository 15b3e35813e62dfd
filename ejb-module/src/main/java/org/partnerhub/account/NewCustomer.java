package org.partnerhub.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** The first step of the new-customer wizard: the account and the domain, which never changes. */
public class NewCustomer implements Serializable {

    @NotBlank(message = "{partnerhub.required}")
    @DomainPrefix
    private String domainPrefix;

    @NotNull
    @Valid
    private AccountInfo account = new AccountInfo();

    /** An indirect provider adds the customer on this partnered reseller's behalf; null for none. */
    private Long indirectResellerId;

    /**
     * An indirect reseller adds the customer with this partnered provider, which serves the
     * customer too and buys what the reseller orders for it; null for none (then the reseller
     * cannot order for the customer until a provider serves it).
     */
    private Long indirectProviderId;

    /** The won lead this customer is added from, which then names it; null for none. */
    private Long referralId;

    public String getDomainPrefix() {
        return domainPrefix;
    }

    public void setDomainPrefix(String domainPrefix) {
        this.domainPrefix = domainPrefix;
    }

    public Long getIndirectResellerId() {
        return indirectResellerId;
    }

    public void setIndirectResellerId(Long indirectResellerId) {
        this.indirectResellerId = indirectResellerId;
    }

    public Long getIndirectProviderId() {
        return indirectProviderId;
    }

    public void setIndirectProviderId(Long indirectProviderId) {
        this.indirectProviderId = indirectProviderId;
    }

    public Long getReferralId() {
        return referralId;
    }

    public void setReferralId(Long referralId) {
        this.referralId = referralId;
    }

    public AccountInfo getAccount() {
        return account;
    }

    public void setAccount(AccountInfo account) {
        this.account = account;
    }
}
