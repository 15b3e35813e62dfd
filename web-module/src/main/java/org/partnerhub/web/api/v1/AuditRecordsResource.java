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
import org.partnerhub.activity.AuditLogQueries;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditRecord;
import org.partnerhub.shared.KeysetPage;
import org.partnerhub.web.api.ApiProblem;
import org.partnerhub.web.api.JsonFactory;
import org.partnerhub.web.shell.AuditText;

/**
 * {@code /v1/auditrecords}: the partner's audit log, newest first, between {@code startDate}
 * and {@code endDate} (ISO-8601 dates or UTC date-times) and of one {@code action} if given,
 * in pages that follow {@code links.next} like the customers'. Global admins' and Admin
 * agents' clients only.
 */
@RequestScoped
@Path("v1/auditrecords")
@Produces(MediaType.APPLICATION_JSON)
public class AuditRecordsResource {

    @EJB
    AuditLogQueries log;

    @GET
    public Response records(@QueryParam("startDate") String startDate, @QueryParam("endDate") String endDate,
            @QueryParam("action") String action, @QueryParam("size") String size,
            @QueryParam("seekOperation") String seekOperation,
            @HeaderParam(Paging.CONTINUATION_HEADER) String continuation) {
        int pageSize = Paging.size(size);
        String from = Paging.continuation(seekOperation, continuation);
        KeysetPage<AuditRecord> page = from != null ? log.records(null, null, null, from, pageSize)
                : log.records(time("startDate", startDate), time("endDate", endDate), action(action), null, pageSize);
        return Paging.answer(page, pageSize, "auditrecords", AuditRecordsResource::json);
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
