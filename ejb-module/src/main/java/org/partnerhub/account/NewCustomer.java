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

    public AccountInfo getAccount() {
        return account;
    }

    public void setAccount(AccountInfo account) {
        this.account = account;
    }
}
