package org.partnerhub.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Duration;

/**
 * How long personal links stay valid: partnership requests ({@code PARTNERHUB_PARTNERSHIP_LINK_DAYS},
 * 30 days unless set) and relationship invitations ({@code PARTNERHUB_INVITATION_LINK_DAYS}, 90).
 * Read at start-up, so a wrong value stops the deployment with one line instead of failing the
 * first partner who sends a link.
 */
@Singleton
@Startup
@PermitAll
public class LinkSettings {

    static final int DEFAULT_PARTNERSHIP_DAYS = 30;
    static final int DEFAULT_INVITATION_DAYS = 90;

    private Duration partnershipLinks;
    private Duration invitationLinks;

    @PostConstruct
    void read() {
        partnershipLinks = days(Settings.PARTNERSHIP_LINK_DAYS, DEFAULT_PARTNERSHIP_DAYS);
        invitationLinks = days(Settings.INVITATION_LINK_DAYS, DEFAULT_INVITATION_DAYS);
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
}
