-- The notification centre (notification.Notification): one row per user who should act on
-- something, removed after 90 days. Removing a partner user (never done today) removes its own.
CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE notification (
    id          BIGINT        NOT NULL,
    user_id     BIGINT        NOT NULL,
    kind        VARCHAR(60)   NOT NULL,
    phrases     VARCHAR(2000),
    link        VARCHAR(500)  NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    read_at     TIMESTAMP,
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES partner_user (id) ON DELETE CASCADE
);
-- The list newest first, and the bell's count of a user's unread ones.
CREATE INDEX ix_notification_user_time ON notification (user_id, created_at, id);
CREATE INDEX ix_notification_user_unread ON notification (user_id, read_at);
CREATE INDEX ix_notification_created ON notification (created_at);
