package org.partnerhub.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 3, 10, 0);

    @Test
    void aFailureIsTriedAgainLaterEachTimeThenGivenUp() {
        OutgoingMail mail = new OutgoingMail(1, "ana@example.com", "Hello", "sealed", "bruno@contoso.example", NOW);

        mail.failed("connection refused", NOW);
        assertEquals(NOW.plusSeconds(10), next(mail));
        assertEquals(true, mail.toView().isRetrying());
        mail.failed("connection refused", NOW);
        assertEquals(NOW.plusSeconds(20), next(mail), "twice as late");
        for (int attempt = 3; attempt < OutgoingMail.MAX_ATTEMPTS; attempt++) {
            mail.failed("connection refused", NOW);
        }
        assertEquals(NOW.plus(Duration.ofHours(1)), next(mail), "at most an hour apart");
        assertEquals(MailStatus.PENDING, mail.toView().status());
        mail.failed("x".repeat(600), NOW);

        assertEquals(MailStatus.FAILED, mail.toView().status(), "given up after the last attempt");
        assertEquals(500, mail.toView().lastError().length());
    }

    @Test
    void sentIsSentWithoutAnError() {
        OutgoingMail mail = new OutgoingMail(1, "ana@example.com", "Hello", "sealed", "bruno@contoso.example", NOW);
        mail.failed("timeout", NOW);

        mail.sent(NOW.plusMinutes(1));

        assertEquals(MailStatus.SENT, mail.toView().status());
        assertEquals(NOW.plusMinutes(1), mail.toView().sentAt());
        assertNull(mail.toView().lastError());
        assertEquals(2, mail.toView().attempts());
    }

    private static LocalDateTime next(OutgoingMail mail) {
        return mail.getNextAttemptAt();
    }
}
