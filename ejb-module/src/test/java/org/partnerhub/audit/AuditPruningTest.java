package org.partnerhub.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnerhub.shared.InvalidSettingException;

class AuditPruningTest {

    @Test
    void unsetTheLogKeepsEveryEvent() {
        assertEquals(Optional.empty(), AuditPruning.retention(Optional.empty()));
    }

    @Test
    void setTheLogKeepsThatManyDays() {
        assertEquals(Optional.of(Duration.ofDays(2555)), AuditPruning.retention(Optional.of("2555")));
    }

    @Test
    void aRetentionThatIsNoNumberOfDaysStopsTheStartRatherThanDeletingTooMuch() {
        for (String wrong : new String[] {"0", "-5", "90d", "1e3", "100000"}) {
            InvalidSettingException refused = assertThrows(InvalidSettingException.class,
                    () -> AuditPruning.retention(Optional.of(wrong)), wrong);
            assertEquals(true, refused.getMessage().contains("PARTNERHUB_AUDIT_RETENTION_DAYS"), refused.getMessage());
        }
    }
}
