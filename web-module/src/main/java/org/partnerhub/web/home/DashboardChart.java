package org.partnerhub.web.home;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.partnerhub.dashboard.Dashboard;
import org.partnerhub.dashboard.MonthCount;
import org.partnerhub.dashboard.OfferFigures;
import org.partnerhub.dashboard.ResellerFigures;
import org.partnerhub.dashboard.StatusCount;
import org.partnerhub.web.shell.CsvDownload;
import org.partnerhub.web.shell.Messages;

/**
 * Home's charts: each draws part of the dashboard with its labels in the page's language, and
 * downloads the same figures, all of them, as a CSV file with headers in that language.
 */
public enum DashboardChart {

    CUSTOMERS_ADDED("customers-added.csv", "home.csv.month", "home.chart.customersAdded.series") {
        @Override
        String config(Dashboard dashboard, Locale locale) {
            DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", locale);
            return ChartJs.bars(dashboard.customersAdded().stream().map(m -> month.format(m.month())).toList(),
                    new ChartJs.Series(Messages.textIn(locale, "home.chart.customersAdded.series"),
                            dashboard.customersAdded().stream().map(MonthCount::customers).toList(), null));
        }

        @Override
        boolean isEmpty(Dashboard dashboard) {
            return false; // twelve months, none of them left out
        }

        @Override
        void rows(Dashboard dashboard, Locale locale, CsvDownload csv) throws IOException {
            for (MonthCount month : dashboard.customersAdded()) {
                csv.row(month.month().toString(), month.customers());
            }
        }
    },

    LICENSES_PER_OFFER("licenses-per-offer.csv", "home.csv.offer", "home.csv.activeSubscriptions", "home.csv.licenses") {
        @Override
        String config(Dashboard dashboard, Locale locale) {
            List<String> offers = new ArrayList<>();
            List<Long> licenses = new ArrayList<>();
            List<OfferFigures> all = dashboard.offers();
            for (OfferFigures offer : shown(all)) {
                offers.add(offer.offerName().in(locale));
                licenses.add(offer.licenses());
            }
            List<OfferFigures> others = rest(all);
            if (!others.isEmpty()) {
                offers.add(Messages.textIn(locale, "home.chart.otherOffers", others.size()));
                licenses.add(others.stream().mapToLong(OfferFigures::licenses).sum());
            }
            return ChartJs.horizontalBars(offers,
                    List.of(new ChartJs.Series(Messages.textIn(locale, "home.csv.licenses"), licenses, "x")));
        }

        @Override
        boolean isEmpty(Dashboard dashboard) {
            return dashboard.offers().isEmpty();
        }

        @Override
        void rows(Dashboard dashboard, Locale locale, CsvDownload csv) throws IOException {
            for (OfferFigures offer : dashboard.offers()) {
                csv.row(offer.offerName().in(locale), offer.subscriptions(), offer.licenses());
            }
        }
    },

    RESELLERS("indirect-resellers.csv", "home.csv.reseller", "home.csv.mpnId", "home.csv.customers",
            "home.csv.licenses") {
        @Override
        String config(Dashboard dashboard, Locale locale) {
            List<String> resellers = new ArrayList<>();
            List<Long> customers = new ArrayList<>();
            List<Long> licenses = new ArrayList<>();
            List<ResellerFigures> all = dashboard.resellers();
            for (ResellerFigures reseller : shown(all)) {
                resellers.add(reseller.resellerName());
                customers.add(reseller.customers());
                licenses.add(reseller.licenses());
            }
            List<ResellerFigures> others = rest(all);
            if (!others.isEmpty()) {
                resellers.add(Messages.textIn(locale, "home.chart.otherResellers", others.size()));
                customers.add(others.stream().mapToLong(ResellerFigures::customers).sum());
                licenses.add(others.stream().mapToLong(ResellerFigures::licenses).sum());
            }
            return ChartJs.horizontalBars(resellers, List.of(
                    new ChartJs.Series(Messages.textIn(locale, "home.csv.customers"), customers, "customers"),
                    new ChartJs.Series(Messages.textIn(locale, "home.csv.licenses"), licenses, "licenses")));
        }

        @Override
        boolean isEmpty(Dashboard dashboard) {
            return dashboard.resellers().isEmpty();
        }

        @Override
        void rows(Dashboard dashboard, Locale locale, CsvDownload csv) throws IOException {
            for (ResellerFigures reseller : dashboard.resellers()) {
                csv.row(reseller.resellerName(), reseller.mpnId(), reseller.customers(), reseller.licenses());
            }
        }
    },

    SUBSCRIPTIONS_BY_STATUS("subscriptions-by-status.csv", "home.csv.status", "home.csv.subscriptions") {
        @Override
        String config(Dashboard dashboard, Locale locale) {
            return ChartJs.doughnut(dashboard.statuses().stream().map(s -> statusName(s.status(), locale)).toList(),
                    dashboard.statuses().stream().map(StatusCount::subscriptions).toList());
        }

        @Override
        boolean isEmpty(Dashboard dashboard) {
            return dashboard.statuses().isEmpty();
        }

        @Override
        void rows(Dashboard dashboard, Locale locale, CsvDownload csv) throws IOException {
            for (StatusCount status : dashboard.statuses()) {
                csv.row(statusName(status.status(), locale), status.subscriptions());
            }
        }
    };

    /** Bars a chart draws one by one; the rest make one bar together (the CSV has each). */
    static final int SHOWN = 10;

    private final String fileName;
    private final String[] headerKeys;

    DashboardChart(String fileName, String... headerKeys) {
        this.fileName = fileName;
        this.headerKeys = headerKeys;
    }

    /** The Chart.js configuration, labelled in this language. */
    abstract String config(Dashboard dashboard, Locale locale);

    /** Nothing to draw: the page says so instead. */
    abstract boolean isEmpty(Dashboard dashboard);

    abstract void rows(Dashboard dashboard, Locale locale, CsvDownload csv) throws IOException;

    /** Sends the chart's figures as a CSV file in the page's language. */
    void download(Dashboard dashboard, Locale locale) {
        CsvDownload.send(fileName, headerKeys, csv -> rows(dashboard, locale, csv));
    }

    /** The rows a chart draws one bar each: the first {@value #SHOWN} (the largest). */
    static <T> List<T> shown(List<T> largestFirst) {
        return largestFirst.subList(0, Math.min(SHOWN, largestFirst.size()));
    }

    /** The rows after those, drawn together as one bar; none when all are shown. */
    static <T> List<T> rest(List<T> largestFirst) {
        return largestFirst.subList(Math.min(SHOWN, largestFirst.size()), largestFirst.size());
    }

    /** A status in this language; one this version does not know, as its code (as the subscription pages show it). */
    static String statusName(String code, Locale locale) {
        String key = "subscriptionStatus." + code;
        String name = Messages.textIn(locale, key);
        return name.equals(key) ? code : name;
    }
}
