package org.partnerhub.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.partnerhub.security.Roles;
import org.partnerhub.signin.SignInOutcome;
import org.partnerhub.web.security.PartnerHubAuthenticationMechanism;
import org.partnerhub.web.shell.LanguageSwitch;
import org.partnerhub.web.shell.Messages;
import org.partnerhub.web.shell.SignedInUser;

/** Signs a partner user in (and out). A failure says only that it failed, never which part. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    SignedInUser signedInUser;

    @Inject
    LanguageSwitch languageSwitch;

    private String email;
    private String password;
    private String returnTo;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, new Password(password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS && request.isUserInRole(Roles.CUSTOMER_ADMIN)) {
            // A customer admin has only its area: back to the area's page that sent it here (an
            // approval link's), else to its partners; any other page is a partner's.
            String area = external.getRequestContextPath() + "/customer-area/";
            String back = PartnerHubAuthenticationMechanism.returnAddress(request, returnTo);
            external.redirect(back.startsWith(area) ? back : area + "partners.xhtml");
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SUCCESS) {
            signedInUser.refresh();
            languageSwitch.adopt(signedInUser.getMe().preferredLanguage());
            external.redirect(PartnerHubAuthenticationMechanism.returnAddress(request, returnTo));
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else if (request.getAttribute(PartnerHubAuthenticationMechanism.OUTCOME)
                instanceof SignInOutcome.Locked locked) {
            Messages.error(null, "signIn.locked", locked.minutesToWait());
        } else {
            Messages.error(null, "login.failed");
        }
    }

    public void signOut() throws Exception {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
        faces.responseComplete();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
