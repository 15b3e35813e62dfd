package org.partnerhub.partnership;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Duration;
import org.partnerhub.shared.InvalidSettingException;
import org.partnerhub.shared.Settings;

/**
 * How long a partnership request link stays valid: {@code PARTNERHUB_PARTNERSHIP_LINK_DAYS},
 * 30 days unless set. Read at start-up, so a wrong value stops the deployment with one line
 * instead of failing the first provider who sends a request.
 */
@Singleton
@Startup
@PermitAll
public class PartnershipSettings {

    static final int DEFAULT_LINK_DAYS = 30;

    private Duration linkValidity;

    @PostConstruct
    void read() {
        String days = Settings.PARTNERSHIP_LINK_DAYS.value().orElse(String.valueOf(DEFAULT_LINK_DAYS));
        if (!days.matches("[1-9][0-9]{0,3}")) {
            throw new InvalidSettingException("must be a number of days from 1 to 9999, not " + days,
                    Settings.PARTNERSHIP_LINK_DAYS).reported();
        }
        linkValidity = Duration.ofDays(Integer.parseInt(days));
    }

    @Lock(LockType.READ)
    public Duration linkValidity() {
        return linkValidity;
    }
}
