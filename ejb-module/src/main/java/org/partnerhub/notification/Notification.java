package org.partnerhub.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import org.partnerhub.audit.Summary;
import org.partnerhub.identity.PartnerUser;

/**
 * One thing one partner user should look at: what happened (a summary in the reader's
 * language, as audit events keep theirs), when, and the page where it is acted on. Read once
 * its user opened it or marked all read; never changed otherwise.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private PartnerUser user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NotificationKind kind;

    @Column(updatable = false)
    private String phrases;

    /** The page to act on it, within the application: a view id with its query ("/x.xhtml?y=1"). */
    @Column(nullable = false, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected Notification() {
        // for JPA
    }

    Notification(PartnerUser user, NotificationKind kind, Summary what, String link, LocalDateTime now) {
        if (!link.startsWith("/") || link.startsWith("//")) {
            throw new IllegalArgumentException("a notification links within the application: " + link);
        }
        this.user = Objects.requireNonNull(user, "user");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.phrases = what == null ? null : what.encoded();
        this.link = link;
        this.createdAt = now;
    }

    /** Read as of now, the first time; later readings keep the first time. */
    void read(LocalDateTime now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    boolean isFor(long userId) {
        return user.getId() == userId;
    }

    String getLink() {
        return link;
    }

    NotificationRow toRow() {
        return new NotificationRow(id, kind, Summary.decoded(phrases, null), link, createdAt, readAt != null);
    }
}
