package org.partnerhub.web.customer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.partnerhub.channel.PartnerChoice;
import org.partnerhub.customer.CustomerCount;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.customer.CustomerRow;
import org.partnerhub.customer.CustomerSearch;
import org.partnerhub.customer.CustomerSort;
import org.partnerhub.customer.CustomerSummary;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.web.partnership.PartneredResellers;
import org.partnerhub.web.shell.CsvDownload;
import org.partnerhub.web.shell.DatabasePages;
import org.partnerhub.web.shell.Messages;
import org.partnerhub.web.shell.SignedInUser;
import org.partnerhub.web.shell.Workspace;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The partner's customers: searched, sorted and paged by the database, one page at a time.
 * Expanding a row reads that customer's summary once; the export writes the current search.
 */
@Named
@ViewScoped
public class CustomerListPage implements Serializable {

    /** Rows read per query while exporting, so an export never holds every customer at once. */
    private static final int EXPORT_CHUNK = 500;
    private static final String TABLE = ":customers:table";
    /** The parameter with which the reseller menu asks for its options as it opens (PrimeFaces). */
    private static final String RESELLER_MENU_OPENS = "customers:reseller_dynamicload";
    private static final String ALL_RESELLERS = CustomerListPage.class.getName() + ".resellers";

    @Inject
    CustomerQueries queries;

    @Inject
    SignedInUser signedInUser;

    private String searchText = "";
    private CustomerSearch search = CustomerSearch.all();
    private final Map<Long, CustomerSummary> summaries = new HashMap<>();
    private LazyDataModel<CustomerRow> model;
    private boolean resellerMenu;
    private Long resellerFilter;
    private PartnerChoice chosenReseller;
    private boolean approximateCount;

    @Inject
    PartneredResellers partneredResellers;

    @PostConstruct
    void init() {
        model = new Rows();
        resellerMenu = partneredResellers.any();
    }

    /** Shows only the customers a partnered reseller serves too (all for none), from the first page. */
    public void filterByReseller() {
        try {
            chosenReseller = resellerFilter == null ? null : partneredResellers.choice(resellerFilter);
        } catch (BusinessException refusal) {
            resellerFilter = null;
            chosenReseller = null;
            Messages.refusal(null, refusal);
        }
        search = search.servedAlsoBy(resellerFilter);
        toFirstPage();
    }

    /** The button shows for exactly those whom the wizard page lets in. */
    public boolean isMayAdd() {
        return Workspace.NEW_CUSTOMER.allows(signedInUser.getMe());
    }

    /** The expanded row's Add subscriptions, which opens the account with its order dialog. */
    public boolean isMayOrder() {
        return CustomerAccountPage.mayOrder(signedInUser.getMe());
    }

    public boolean isMayInvite() {
        return Workspace.RELATIONSHIP_INVITE.allows(signedInUser.getMe());
    }

    /** Typing in the search box starts again at the first page of the new result. */
    public void search() {
        search = search.matching(searchText);
        toFirstPage();
    }

    private void toFirstPage() {
        summaries.clear();
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public CustomerSummary summaryOf(long customerId) {
        return summaries.computeIfAbsent(customerId, queries::summary);
    }

    public void exportCsv() {
        DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE;
        CsvDownload.send("customers.csv",
                new String[] {"customers.company", "customers.domain", "customers.country", "customers.added"}, csv -> {
                    List<CustomerRow> chunk;
                    int first = 0;
                    do {
                        chunk = queries.customers(search, first, EXPORT_CHUNK);
                        for (CustomerRow row : chunk) {
                            csv.row(row.companyName(), row.domain(), row.country(), date.format(row.createdAt()));
                        }
                        first += chunk.size();
                    } while (chunk.size() == EXPORT_CHUNK);
                });
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public boolean isResellerMenu() {
        return resellerMenu;
    }

    /**
     * The reseller menu's options. A distributor has a thousand resellers: a page carries the
     * chosen one only (the menu is dynamic), and the whole list is read when the menu opens or
     * when a choice is checked, for that request only, so the view never keeps it.
     */
    public List<PartnerChoice> getResellers() {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean opening = faces.getExternalContext().getRequestParameterMap().containsKey(RESELLER_MENU_OPENS);
        if (faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE && !opening) {
            return chosenReseller == null ? List.of() : List.of(chosenReseller);
        }
        @SuppressWarnings("unchecked")
        List<PartnerChoice> all = (List<PartnerChoice>) faces.getAttributes()
                .computeIfAbsent(ALL_RESELLERS, key -> partneredResellers.list());
        return all;
    }

    public Long getResellerFilter() {
        return resellerFilter;
    }

    public void setResellerFilter(Long resellerFilter) {
        this.resellerFilter = resellerFilter;
    }

    /**
     * What the paginator says of the total, labelled: "25 customers", or "about 90,000 customers"
     * (two significant digits) for a large list counted a little earlier.
     */
    public String getCountReport() {
        long rows = model.getRowCount();
        if (!approximateCount) {
            return Messages.text("customers.count", rows);
        }
        double unit = Math.pow(10, Math.max(0, (int) Math.log10(Math.max(1, rows)) - 1));
        long rounded = Math.round(rows / unit) * (long) unit;
        return Messages.text("customers.count.about",
                NumberFormat.getIntegerInstance(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                        .format(rounded));
    }

    public LazyDataModel<CustomerRow> getModel() {
        return model;
    }

    /** One page of the list; the table's sort column becomes the query's order. */
    private class Rows extends DatabasePages<CustomerRow> {

        /**
         * The count changes only with the search text or reseller (while the page is open), and
         * counting 100,000 customers costs more than a page.
         */
        @Override
        protected Object countKey() {
            return List.of(search.text(), Objects.toString(search.indirectResellerId()));
        }

        @Override
        protected long countRows() {
            CustomerCount count = queries.listCount(search);
            approximateCount = count.approximate();
            return count.rows();
        }

        @Override
        protected List<CustomerRow> rows(int first, int max, Map<String, SortMeta> sortBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            if (sort != null && sort.getOrder() != SortOrder.UNSORTED) {
                CustomerSort column = "createdAt".equals(sort.getField()) ? CustomerSort.CREATED : CustomerSort.NAME;
                search = search.sortedBy(column, sort.getOrder() == SortOrder.ASCENDING);
            }
            return queries.listPage(search, first, max);
        }

        @Override
        protected long idOf(CustomerRow row) {
            return row.id();
        }
    }
}
