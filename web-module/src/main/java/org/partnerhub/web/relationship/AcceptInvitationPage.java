package org.partnerhub.web.relationship;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.partnerhub.account.Customer;
import org.partnerhub.account.CustomerDomain;
import org.partnerhub.account.NewCustomer;
import org.partnerhub.customer.CustomerAcceptanceService;
import org.partnerhub.relationship.InvitationView;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.web.shell.LanguageSwitch;
import org.partnerhub.web.shell.Messages;

/**
 * The public page an invitation link leads to ({@code /accept/<token>}): who invites and what
 * accepting means, in the invitation's language until the visitor picks another; then Accept
 * as an existing customer (a customer admin signs in) or as a new one, or Decline. A link of
 * 256 bits cannot be guessed, so opening links is not throttled (a valid link never waits for
 * other people's mistakes); the admin password is, per account, as at sign-in.
 */
@Named
@ViewScoped
public class AcceptInvitationPage implements Serializable {

    public enum Outcome {
        ACCEPTED, DECLINED
    }

    /** How the customer proves who it is. */
    public enum Way {
        EXISTING, NEW
    }

    static final int PASSWORD_MIN = 12;
    static final int PASSWORD_MAX = 128;

    @Inject
    CustomerAcceptanceService acceptance;

    @Inject
    LanguageSwitch languageSwitch;

    private String token;
    private InvitationView invitation;
    private Outcome outcome;
    private String signedInAs;

    private Way way = Way.EXISTING;
    private String userName;
    private String password;
    private final NewCustomer customer = new NewCustomer();
    private String newPassword;
    private String newPasswordAgain;

    /** The view action: reads the invitation, changing nothing. */
    public void load() {
        if (token == null || token.isBlank()) {
            refuse(BusinessException.of("invitation.link.unknown"));
            return;
        }
        acceptance.languageOf(token).ifPresent(languageSwitch::suggest);
        try {
            invitation = acceptance.invitation(token);
            // A new customer most likely wants the language it reads this page in.
            customer.getAccount().setLanguage(languageSwitch.getLanguage());
        } catch (BusinessException refusal) {
            refuse(refusal);
        }
    }

    public void acceptAsExisting() {
        try {
            // Faces' required lets spaces through; the service's @NotBlank would end in an incident.
            if (userName == null || userName.isBlank()) {
                Messages.error("ways:userName", "accept.required");
                return;
            }
            acceptance.acceptAsExistingCustomer(token, userName, password.toCharArray());
            signedInAs = userName.trim().toLowerCase();
            outcome = Outcome.ACCEPTED;
        } catch (BusinessException refusal) {
            if ("password".equals(refusal.field())) {
                Messages.error("ways:password", refusal.messageKey(), refusal.arguments());
            } else {
                refuse(refusal);
            }
        } finally {
            password = null;
        }
    }

    public void acceptAsNew() {
        if (newPassword == null || newPassword.length() < PASSWORD_MIN || newPassword.length() > PASSWORD_MAX) {
            Messages.error("ways:newPassword", "accept.password.length", PASSWORD_MIN, PASSWORD_MAX);
            return;
        }
        if (!newPassword.equals(newPasswordAgain)) {
            Messages.error("ways:newPasswordAgain", "accept.password.mismatch");
            return;
        }
        try {
            acceptance.acceptAsNewCustomer(token, customer, newPassword);
            signedInAs = "admin@" + CustomerDomain.of(Customer.normalizedDomainPrefix(customer.getDomainPrefix()));
            outcome = Outcome.ACCEPTED;
        } catch (BusinessException refusal) {
            if (refusal.field() != null) {
                Messages.refusal("ways", refusal);
            } else {
                refuse(refusal);
            }
        } finally {
            newPassword = null;
            newPasswordAgain = null;
        }
    }

    public void decline() {
        try {
            acceptance.decline(token);
            outcome = Outcome.DECLINED;
        } catch (BusinessException refusal) {
            refuse(refusal);
        }
    }

    /** The link cannot be answered (any more): say why, show nothing else. */
    private void refuse(BusinessException refusal) {
        invitation = null;
        Messages.refusal(null, refusal);
    }

    /** The new customer's domain as it will be created, for the hint under the prefix. */
    public String getDomain() {
        String prefix = customer.getDomainPrefix();
        return CustomerDomain.of(prefix == null || prefix.isBlank() ? "…" : Customer.normalizedDomainPrefix(prefix));
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public InvitationView getInvitation() {
        return invitation;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getSignedInAs() {
        return signedInAs;
    }

    public Way getWay() {
        return way;
    }

    public void setWay(Way way) {
        this.way = way;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public NewCustomer getCustomer() {
        return customer;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordAgain() {
        return newPasswordAgain;
    }

    public void setNewPasswordAgain(String newPasswordAgain) {
        this.newPasswordAgain = newPasswordAgain;
    }
}
