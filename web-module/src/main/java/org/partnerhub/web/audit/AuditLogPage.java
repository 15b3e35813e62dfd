package org.partnerhub.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnerhub.activity.AuditFilter;
import org.partnerhub.activity.AuditLogQueries;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditRecord;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.customer.CustomerRow;
import org.partnerhub.customer.CustomerSearch;
import org.partnerhub.web.shell.KeysetPages;
import org.partnerhub.web.shell.LanguageSwitch;
import org.partnerhub.web.shell.Messages;
import org.partnerhub.web.shell.SignedInUser;

/**
 * The partner's whole audit log, newest first a page at a time, filtered in the database by
 * days (UTC, as the times are shown), who did it, the action, the customer and words; each row
 * linked to what it concerns; exported as filtered. A filter applies as soon as it changes.
 */
@Named
@ViewScoped
public class AuditLogPage implements Serializable {

    /** Suggestions a picker shows while one types. */
    private static final int SUGGESTIONS = 10;

    @Inject
    AuditLogQueries log;

    @Inject
    CustomerQueries customers;

    @Inject
    SignedInUser signedInUser;

    @Inject
    AuditLogExport export;

    @Inject
    LanguageSwitch languageSwitch;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private AuditAction action;
    private CustomerRow customer;
    private String text;
    /** The customers the picker last suggested: what its converter reads a choice back from. */
    private final Map<Long, CustomerRow> suggested = new HashMap<>();

    /** The filter the list and the export follow: the inputs as last applied. */
    private AuditFilter filter = AuditFilter.all();
    private final KeysetPages<AuditRecord> pages =
            new KeysetPages<>((continuation, size) -> log.records(filter, continuation, size));

    @PostConstruct
    void init() {
        pages.first();
    }

    /** A filter changed: the list from the newest event that passes them all. */
    public void apply() {
        applied();
    }

    /** Whether the inputs make a filter: a range must not end before it starts. */
    private boolean applied() {
        if (from != null && to != null && from.isAfter(to)) {
            Messages.error(null, "auditLog.range.invalid");
            return false;
        }
        filter = new AuditFilter(from == null ? null : from.atStartOfDay(),
                to == null ? null : to.plusDays(1).atStartOfDay(), actor, action,
                customer == null ? null : customer.id(), text);
        pages.first();
        return true;
    }

    public void clear() {
        from = null;
        to = null;
        actor = null;
        action = null;
        customer = null;
        text = null;
        apply();
    }

    /** The filtered log as a CSV file in the user's language, the inputs applied first: the file is what the form shows. */
    public void export() {
        if (applied()) {
            export.send(filter, languageSwitch.getLocale());
        }
    }

    /** The page the row concerns, if there is one the user may open. */
    public String link(AuditRecord event) {
        return AuditLinks.of(event, signedInUser.getMe());
    }

    public List<String> completeActor(String typed) {
        return log.actors(typed, SUGGESTIONS);
    }

    /** The partner's customers whose name or domain contains the text, for the customer picker. */
    public List<CustomerRow> completeCustomer(String typed) {
        List<CustomerRow> found = customers.customers(CustomerSearch.all().matching(typed), 0, SUGGESTIONS);
        suggested.clear();
        found.forEach(row -> suggested.put(row.id(), row));
        if (customer != null) {
            suggested.put(customer.id(), customer);
        }
        return found;
    }

    /** The customer picker's choices by id: one of the last suggestions, or the one chosen. */
    public Converter<CustomerRow> getCustomerConverter() {
        return new Converter<>() {
            @Override
            public CustomerRow getAsObject(FacesContext context, UIComponent component, String value) {
                if (value == null || !value.matches("[0-9]{1,18}")) {
                    return null;
                }
                long id = Long.parseLong(value);
                return customer != null && customer.id() == id ? customer : suggested.get(id);
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, CustomerRow row) {
                return row == null ? "" : String.valueOf(row.id());
            }
        };
    }

    /** The actions in the menu, by their names in the user's language. */
    public List<AuditAction> getActions() {
        return Arrays.stream(AuditAction.values())
                .sorted(Comparator.comparing(option -> Messages.text("audit.action." + option)))
                .toList();
    }

    public KeysetPages<AuditRecord> getPages() {
        return pages;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public CustomerRow getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerRow customer) {
        this.customer = customer;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public int getMaxText() {
        return AuditFilter.MAX_TEXT;
    }
}
