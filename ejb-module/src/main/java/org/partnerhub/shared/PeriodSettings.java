package org.partnerhub.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Duration;

/**
 * The periods the business rules count in days: how long personal links stay valid
 * (partnership requests, {@code PARTNERHUB_PARTNERSHIP_LINK_DAYS}, 30 days unless set;
 * relationship invitations, {@code PARTNERHUB_INVITATION_LINK_DAYS}, 90) and the window after a
 * purchase or an increase in which licenses may be decreased
 * ({@code PARTNERHUB_LICENSE_DECREASE_DAYS}, 7) and how long a subscription transfer request
 * waits for an answer ({@code PARTNERHUB_TRANSFER_REQUEST_DAYS}, 30). Read at start-up, so a wrong value stops the
 * deployment with one line instead of failing the first user it concerns.
 */
@Singleton
@Startup
// Open: it tells only how long links and windows last, which no caller needs to be kept from.
@PermitAll
public class PeriodSettings {

    static final int DEFAULT_PARTNERSHIP_DAYS = 30;
    static final int DEFAULT_INVITATION_DAYS = 90;
    static final int DEFAULT_DECREASE_DAYS = 7;
    static final int DEFAULT_TRANSFER_DAYS = 30;

    private Duration partnershipLinks;
    private Duration invitationLinks;
    private Duration licenseDecreaseWindow;
    private Duration transferRequests;

    @PostConstruct
    void read() {
        partnershipLinks = days(Settings.PARTNERSHIP_LINK_DAYS, DEFAULT_PARTNERSHIP_DAYS);
        invitationLinks = days(Settings.INVITATION_LINK_DAYS, DEFAULT_INVITATION_DAYS);
        licenseDecreaseWindow = days(Settings.LICENSE_DECREASE_DAYS, DEFAULT_DECREASE_DAYS);
        transferRequests = days(Settings.TRANSFER_REQUEST_DAYS, DEFAULT_TRANSFER_DAYS);
    }

    private static Duration days(Settings setting, int byDefault) {
        String days = setting.value().orElse(String.valueOf(byDefault));
        if (!days.matches("[1-9][0-9]{0,3}")) {
            throw new InvalidSettingException("must be a number of days from 1 to 9999, not " + days, setting).reported();
        }
        return Duration.ofDays(Integer.parseInt(days));
    }

    @Lock(LockType.READ)
    public Duration partnershipLinks() {
        return partnershipLinks;
    }

    @Lock(LockType.READ)
    public Duration invitationLinks() {
        return invitationLinks;
    }

    @Lock(LockType.READ)
    public Duration transferRequests() {
        return transferRequests;
    }

    @Lock(LockType.READ)
    public Duration licenseDecreaseWindow() {
        return licenseDecreaseWindow;
    }
}
