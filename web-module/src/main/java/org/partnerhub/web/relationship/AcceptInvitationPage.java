package org.partnerhub.web.relationship;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.partnerhub.customer.Customer;
import org.partnerhub.customer.NewCustomer;
import org.partnerhub.relationship.CustomerAcceptance;
import org.partnerhub.relationship.InvitationView;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Language;
import org.partnerhub.web.shell.LanguageSwitch;
import org.partnerhub.web.shell.Messages;

/**
 * The public page an invitation link leads to ({@code /accept/<token>}): who invites and what
 * accepting means, in the invitation's language until the visitor picks another; then Accept
 * as an existing customer (a customer admin signs in) or as a new one, or Decline. Wrong links
 * and wrong passwords count against the visitor's address ({@link WrongLinkThrottle}).
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

    @EJB
    transient CustomerAcceptance acceptance;

    @Inject
    LanguageSwitch languageSwitch;

    @Inject
    WrongLinkThrottle throttle;

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
        if (turnedAway()) {
            return;
        }
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
        if (turnedAway()) {
            return;
        }
        try {
            acceptance.acceptAsExistingCustomer(token, userName, password.toCharArray());
            signedInAs = userName.trim().toLowerCase();
            outcome = Outcome.ACCEPTED;
        } catch (BusinessException refusal) {
            if ("invitation.signIn.failed".equals(refusal.messageKey())) {
                throttle.mistake(address());
                Messages.error("ways:password", refusal.messageKey());
            } else {
                refuse(refusal);
            }
        } finally {
            password = null;
        }
    }

    public void acceptAsNew() {
        if (turnedAway()) {
            return;
        }
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
            signedInAs = "admin@" + Customer.normalizedDomainPrefix(customer.getDomainPrefix()) + Customer.DOMAIN_SUFFIX;
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
        if (turnedAway()) {
            return;
        }
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
        if ("invitation.link.unknown".equals(refusal.messageKey())) {
            throttle.mistake(address());
        }
        Messages.refusal(null, refusal);
    }

    private boolean turnedAway() {
        String address = address();
        if (throttle.isTurnedAway(address)) {
            invitation = null;
            Messages.error(null, "accept.tooManyMistakes", throttle.minutesToWait(address));
            return true;
        }
        return false;
    }

    private static String address() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    /** The new customer's domain as it will be created, for the hint under the prefix. */
    public String getDomain() {
        String prefix = customer.getDomainPrefix();
        return (prefix == null || prefix.isBlank() ? "…" : Customer.normalizedDomainPrefix(prefix)) + Customer.DOMAIN_SUFFIX;
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
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
