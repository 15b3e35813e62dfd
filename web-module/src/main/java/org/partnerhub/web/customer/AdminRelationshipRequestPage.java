package org.partnerhub.web.customer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.partnerhub.adminrelationship.AdminRelationship;
import org.partnerhub.adminrelationship.AdminRelationshipLink;
import org.partnerhub.adminrelationship.AdminRelationshipService;
import org.partnerhub.adminrelationship.AdminRole;
import org.partnerhub.adminrelationship.NewAdminRelationship;
import org.partnerhub.customer.CustomerAccount;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Language;
import org.partnerhub.web.shell.DraftEmail;
import org.partnerhub.web.shell.LanguageSwitch;
import org.partnerhub.web.shell.Messages;
import org.partnerhub.web.shell.PersonalLinks;
import org.partnerhub.web.shell.SignedInUser;

/**
 * Request an admin relationship with one customer: a name, the admin roles, a duration and
 * whether it extends itself; then a draft email, to the customer's contact, with the personal
 * approval link that the user sends itself. The link lives only in this view.
 */
@Named
@ViewScoped
public class AdminRelationshipRequestPage implements Serializable {

    @Inject
    AdminRelationshipService adminRelationships;

    @Inject
    CustomerQueries queries;

    @Inject
    SignedInUser signedInUser;

    /** The language the user works in now: what a new customer, user or email starts in. */
    @Inject
    LanguageSwitch languageSwitch;

    private long customerId;
    private CustomerAccount account;
    private final NewAdminRelationship asked = new NewAdminRelationship();
    private AdminRole[] roles = new AdminRole[0];
    private Language language;
    @Email(message = "{partnerhub.email.invalid}")
    private String to;
    private AdminRelationshipLink link;
    private DraftEmail draft;

    @PostConstruct
    void init() {
        language = languageSwitch.getLanguage();
        asked.setDurationDays(AdminRelationship.MAX_DAYS);
    }

    /** The view action: the customer must be one the caller serves. */
    public void load() {
        try {
            account = queries.account(customerId);
            to = account.info().getContactEmail();
            language = account.info().getLanguage(); // the email is the customer's to read
        } catch (BusinessException refusal) {
            account = null;
            Messages.refusal(null, refusal);
        }
    }

    public void create() {
        asked.setRoles(Set.copyOf(Arrays.asList(roles)));
        try {
            link = adminRelationships.request(customerId, asked);
            draft = new DraftEmail("adminRelationships.email.subject", "adminRelationships.email.body", link.partnerName(),
                    link.customerName(), PersonalLinks.adminApproval(link.token()), link.expiresAt(),
                    signedInUser.getMe().displayName(), language);
        } catch (BusinessException refusal) {
            Messages.refusal("request", refusal);
        }
    }

    public List<AdminRole> getAllRoles() {
        return List.of(AdminRole.values());
    }

    public AdminRole[] getRoles() {
        return roles;
    }

    public void setRoles(AdminRole[] roles) {
        this.roles = roles == null ? new AdminRole[0] : roles;
    }

    public NewAdminRelationship getAsked() {
        return asked;
    }

    public long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(long customerId) {
        this.customerId = customerId;
    }

    public CustomerAccount getAccount() {
        return account;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public AdminRelationshipLink getLink() {
        return link;
    }

    public DraftEmail getDraft() {
        return draft;
    }
}
