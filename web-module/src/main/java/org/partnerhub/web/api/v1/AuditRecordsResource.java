package org.partnerhub.web.api.v1;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.partnerhub.activity.AuditFilter;
import org.partnerhub.activity.AuditLogQueries;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditRecord;
import org.partnerhub.web.api.ApiProblem;
import org.partnerhub.web.api.JsonFactory;
import org.partnerhub.web.shell.AuditText;

/**
 * {@code /v1/auditrecords}: the partner's audit log, newest first, in pages that follow
 * {@code links.next} like the customers', with the audit log page's filters: between
 * {@code startDate} and {@code endDate} (ISO-8601 dates or UTC date-times), of one {@code action},
 * by one {@code actor} (as {@code userPrincipalName} names it), about one customer
 * ({@code customerId}), with {@code text} in its resource name or description. Partner Center's
 * own {@code filter} JSON has no fields for these, so they are query parameters of their own,
 * which a caller that does not know them never sends. Global admins' and Admin agents' clients only.
 */
@RequestScoped
@Path("v1/auditrecords")
@Produces(MediaType.APPLICATION_JSON)
public class AuditRecordsResource {

    @EJB
    AuditLogQueries log;

    @GET
    public Response records(@QueryParam("startDate") String startDate, @QueryParam("endDate") String endDate,
            @QueryParam("action") String action, @QueryParam("actor") String actor,
            @QueryParam("customerId") String customerId, @QueryParam("text") String text,
            @QueryParam("size") String size, @QueryParam("seekOperation") String seekOperation,
            @HeaderParam(Paging.CONTINUATION_HEADER) String continuation) {
        int pageSize = Paging.size(size);
        String from = Paging.continuation(seekOperation, continuation);
        // A next page's filter is the continuation's own: the one the first page was asked with.
        AuditFilter filter = from != null ? AuditFilter.all()
                : new AuditFilter(time("startDate", startDate), time("endDate", endDate), limited("actor", actor),
                        action(action), customerId == null || customerId.isBlank() ? null
                                : Ids.inBody("customerId", customerId), limited("text", text));
        return Paging.answer(log.records(filter, from, pageSize), pageSize, "auditrecords", AuditRecordsResource::json);
    }

    static JsonObject json(AuditRecord record) {
        var json = JsonFactory.object()
                .add("id", String.valueOf(record.id()))
                .add("operationDate", Dates.utc(record.occurredAt()))
                .add("operationType", record.action().name());
        if (record.actor() != null) {
            json.add("userPrincipalName", record.actor());
        }
        if (record.target() != null) {
            json.add("resourceName", record.target());
        }
        if (record.customerId() != null) {
            json.add("customerId", String.valueOf(record.customerId()));
        }
        if (record.summary() != null) {
            json.add("description", AuditText.of(record.summary(), Locale.ENGLISH));
        }
        return json.add("attributes", Links.type("AuditRecord")).build();
    }

    private static LocalDateTime time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay();
            }
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(name + " must be an ISO-8601 date or date-time with its offset, not " + value);
        }
    }

    private static String limited(String name, String value) {
        if (value != null && value.trim().length() > AuditFilter.MAX_TEXT) {
            throw ApiProblem.badRequest(name + " must be at most " + AuditFilter.MAX_TEXT + " characters");
        }
        return value;
    }

    private static AuditAction action(String action) {
        if (action == null || action.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(action.trim());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("action " + action + " is not one of the audit log's actions");
        }
    }
}
