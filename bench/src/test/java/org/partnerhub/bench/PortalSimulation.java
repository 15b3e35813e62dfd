package org.partnerhub.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

/**
 * Agents of a distributor at work: {@code users} sessions (32 unless set), each its own signed-in
 * partner user (bench1@contoso.example …), go round the pages of a working day for
 * {@code seconds} (120 unless set), with no pause, measured once all are signed in and have
 * worked {@code warmIn} seconds (15 unless set; sign-ins are never measured): the customer list (first page, next page, a far
 * page, a contains-search), a customer's account (subscriptions and users tabs), one with 10
 * users and one with 10,000, a subscription, the transfers page and the Home page. Any failed
 * request fails the run. With {@code rate} (pages a second, all sessions together) each session
 * paces its round so that together they ask for that many pages a second, as agents who read
 * what they opened: the latency at a given load. Without it (0) they ask without pause: the
 * server's capacity, where every answer also waits for the 31 others. With {@code page} (a path,
 * e.g. {@code /subscription/transfers.xhtml}) the sessions open that page only: what one page
 * costs alone, its content and the shell it stands on; {@code homeOnly} is {@code page} with the
 * Home page. The data is bench/lib's (bench/load.sh): customer ids from
 * {@code firstCustomer} + 1, every tenth another partner's, ten subscriptions each.
 */
public class PortalSimulation extends Simulation {

    private static final String BASE = System.getProperty("partnerhub.url", "http://localhost:8080/partnerhub");
    private static final int USERS = Integer.getInteger("users", 32);
    private static final int SECONDS = Integer.getInteger("seconds", 120);
    /** Seconds the sessions work before they are measured (the load generator's JVM compiling). */
    private static final int WARM_IN = Integer.getInteger("warmIn", 15);
    private static final int RATE = Integer.getInteger("rate", 0);
    private static final String ONE_PAGE = System.getProperty("page",
            Boolean.getBoolean("homeOnly") ? "/index.xhtml" : null);
    private static final int PAGES_PER_ROUND = 10;
    private static final String PASSWORD = System.getProperty("password", "Demo-Partner-2026");
    private static final long FIRST_CUSTOMER = Long.getLong("firstCustomer", 1_000_001_000L);
    private static final int CUSTOMERS = Integer.getInteger("customers", 100_000);
    private static final long FIRST_SUBSCRIPTION = Long.getLong("firstSubscription", 2_000_002_000L);
    private static final int SUBSCRIPTIONS_EACH = 10;
    private static final long FEW_USERS_CUSTOMER = 1_000_000_001L;
    private static final long MANY_USERS_CUSTOMER = 1_000_000_002L;
    /** The first row of the far page: the middle of the provider's 90,000 customers. */
    private static final int FAR_ROW = Integer.getInteger("farRow", 49_975);
    /**
     * A file in which the simulation writes the moment its measured time starts (when the first
     * session ends its warm-in), for bench/load.sh to read the server's cost from then on; none
     * unless set.
     */
    private static final String MEASURED_MARK = System.getProperty("measuredMark");
    private static final AtomicBoolean MARKED = new AtomicBoolean();
    private static final List<String> SEARCHES = List.of("abc", "1f2", "e9d", "77a", "c0f", "b4b", "d00", "5e1");

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("en")
            .userAgentHeader("Partner Hub load test (Gatling)");

    // Silent: a sign-in is the password's hash by design (2 to 4 s when 32 arrive at once on 2
    // cores), not one of the pages measured; a failed one still fails the run, as every page
    // after it answers with the sign-in page.
    private final ChainBuilder signIn = exec(
            http("sign-in page").get("/login.xhtml").silent().check(viewState()),
            http("sign in").post("/login.xhtml").silent()
                    .formParam("login", "login")
                    .formParam("login:email", "#{email}")
                    .formParam("login:password", PASSWORD)
                    .formParam("login:signIn", "login:signIn")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().is(200), substring("id=\"welcome\"")));

    /**
     * One round of a working day, {@code measured} or not: the pages of the first seconds of
     * a run are not, while the load generator's own JVM compiles its paths on the same 2 cores.
     */
    private static ChainBuilder workingDay(boolean measured) {
        List<HttpRequestActionBuilder> pages = List.of(
                page("customer list", "/customer/customers.xhtml", "customers:table").check(viewState(), scriptNonce()),
                tablePage("customer list, next page", 25),
                tablePage("customer list, far page", FAR_ROW),
                ajax("customer list, contains-search", Map.of(
                        "jakarta.faces.source", "customers:search",
                        "jakarta.faces.partial.execute", "customers:search",
                        "jakarta.faces.behavior.event", "keyup",
                        "jakarta.faces.partial.event", "keyup",
                        "customers:search", "#{search}")),
                page("account page", "/customer/account.xhtml?customer=#{customer}", "account:tabs"),
                page("account page, 10 users", "/customer/account.xhtml?customer=" + FEW_USERS_CUSTOMER, "account:tabs"),
                page("account page, 10,000 users", "/customer/account.xhtml?customer=" + MANY_USERS_CUSTOMER,
                        "account:tabs"),
                page("subscription page", "/subscription/subscription.xhtml?subscription=#{subscription}",
                        "id=\"license-count\""),
                page("transfers page", "/subscription/transfers.xhtml", "id=\"transfers\""),
                page("home page", "/index.xhtml", "id=\"welcome\""));
        return exec(session -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            int index = random.nextInt(1, CUSTOMERS + 1);
            if (index % 10 == 0) {
                index--; // every tenth customer is another partner's
            }
            return session.set("customer", FIRST_CUSTOMER + index)
                    .set("subscription", FIRST_SUBSCRIPTION + (index - 1L) * SUBSCRIPTIONS_EACH
                            + random.nextInt(1, SUBSCRIPTIONS_EACH + 1))
                    .set("search", SEARCHES.get(random.nextInt(SEARCHES.size())));
        }).exec(pages.stream().map(request -> exec(measured(measured, request))).toList());
    }

    private final ScenarioBuilder agents = scenario("distributor agents")
            .feed(listFeeder(IntStream.rangeClosed(1, USERS)
                    .mapToObj(i -> Map.<String, Object>of("email", "bench" + i + "@contoso.example")).toList()))
            .exec(signIn)
            // The pages start when every session is signed in: 32 sign-ins at once keep the
            // machine busy for seconds, and the pages asked meanwhile would measure them.
            .rendezVous(USERS)
            // Paced sessions start spread over one round, as agents' clicks are: all at once,
            // they would ask in step, 32 requests together every round.
            .exec(RATE > 0 ? pause(Duration.ZERO, roundPace()) : exec(session -> session))
            .exec(during(Duration.ofSeconds(WARM_IN)).on(round(false)))
            .exec(PortalSimulation::markMeasured)
            .exec(during(Duration.ofSeconds(SECONDS)).on(round(true)));

    {
        setUp(agents.injectOpen(atOnceUsers(USERS)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    /** How long a session's round takes when the sessions together ask for {@code rate} pages a second. */
    private static Duration roundPace() {
        return Duration.ofMillis(1000L * USERS * PAGES_PER_ROUND / RATE);
    }

    /** A session's round: the working day, or the one page; paced to the rate if there is one. */
    private static ChainBuilder round(boolean measured) {
        ChainBuilder round = ONE_PAGE != null
                // checked by the menu every partner page has
                ? exec(measured(measured, page(ONE_PAGE, ONE_PAGE, "id=\"menu\"")))
                : workingDay(measured);
        // one pace for both loops, so that the first measured round keeps the warm-in's rhythm
        return RATE > 0 ? exec(pace(roundPace(), "round")).exec(round) : round;
    }

    private static Session markMeasured(Session session) {
        if (MEASURED_MARK != null && MARKED.compareAndSet(false, true)) {
            try {
                Files.writeString(Path.of(MEASURED_MARK), Long.toString(System.currentTimeMillis()));
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }
        return session;
    }

    private static HttpRequestActionBuilder measured(boolean measured, HttpRequestActionBuilder request) {
        return measured ? request : request.silent();
    }

    /**
     * A page as the browser asks for it, which must be the page: not the sign-in page, nor the
     * error page that a failure is redirected to (answered 200 after the redirect, and with the
     * menu every partner page has).
     */
    private static HttpRequestActionBuilder page(String name, String path, String marker) {
        return http(name).get(path).check(status().is(200), substring(marker), substring("login:password").notExists(),
                substring("id=\"error-text\"").notExists());
    }

    /** A page of the customer table, by Ajax, as PrimeFaces' paginator asks for it. */
    private static HttpRequestActionBuilder tablePage(String name, int firstRow) {
        return ajax(name, Map.of(
                "jakarta.faces.source", "customers:table",
                "jakarta.faces.partial.execute", "customers:table",
                "customers:table_pagination", "true",
                "customers:table_first", String.valueOf(firstRow),
                "customers:table_rows", "25",
                "customers:table_skipChildren", "true",
                "customers:table_encodeFeature", "true",
                "customers:search", ""));
    }

    /**
     * A Faces Ajax request on the customer list's view, answered with the table: no error, and no
     * redirect to the error page.
     */
    private static HttpRequestActionBuilder ajax(String name, Map<String, String> form) {
        HttpRequestActionBuilder request = http(name).post("/customer/customers.xhtml")
                .header("Faces-Request", "partial/ajax")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.partial.render", "customers:table")
                .formParam("customers", "customers")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}");
        for (Map.Entry<String, String> field : form.entrySet()) {
            request = request.formParam(field.getKey(), field.getValue());
        }
        return request.check(status().is(200), substring("customers:table"), substring("<error>").notExists(),
                substring("<redirect").notExists());
    }

    private static CheckBuilder.Final viewState() {
        return regex("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"").saveAs("viewState");
    }

    /**
     * The page's script nonce, which PrimeFaces' script sends with every Ajax request of the page
     * (primefaces.CSP): a request without it is refused after its answer is drawn, with a
     * redirect to the "expired" page appended.
     */
    private static CheckBuilder.Final scriptNonce() {
        return regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").saveAs("nonce");
    }
}
