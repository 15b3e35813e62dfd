package org.partnerhub.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A create an API client sent with an {@code MS-RequestId}, and the answer it got, kept as
 * {@link SealedAnswers} says: found and opened only with the request id, which the row does not
 * hold.
 */
@Entity
@Table(name = "api_request")
@IdClass(ApiRequest.Key.class)
public class ApiRequest {

    @Id
    private String caller;

    @Id
    @Column(name = "request_id")
    private String requestId;

    @Column(nullable = false)
    private String operation;

    @Column(nullable = false)
    private int status;

    private String body;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    protected ApiRequest() {
        // for JPA
    }

    ApiRequest(String caller, String requestId, String operation, LocalDateTime receivedAt) {
        this.caller = caller;
        this.requestId = SealedAnswers.lookup(requestId);
        this.operation = operation;
        this.receivedAt = receivedAt;
    }

    void answered(ApiAnswer answer, String requestId) {
        this.status = answer.status();
        this.body = answer.body() == null ? null : SealedAnswers.seal(answer.body(), requestId);
    }

    ApiAnswer answer(String requestId) {
        return new ApiAnswer(status, body == null ? null : SealedAnswers.open(body, requestId));
    }

    boolean isAnsweredSince(LocalDateTime since) {
        return receivedAt.isAfter(since);
    }

    String getOperation() {
        return operation;
    }

    public static class Key implements Serializable {

        private String caller;
        private String requestId;

        public Key() {
        }

        /** The key of the row kept for this caller's request id. */
        Key(String caller, String requestId) {
            this.caller = caller;
            this.requestId = SealedAnswers.lookup(requestId);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(caller, key.caller) && Objects.equals(requestId, key.requestId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caller, requestId);
        }
    }
}
