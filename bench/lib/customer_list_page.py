"""Times the customer list page as a browser gets it from a running Partner Hub: the whole
page (count + first page + rendering), a jump to a far page, and a search, each an
HTTP round trip with the real Faces requests (Ajax ones for paging and search).

    python3 bench/lib/customer_list_page.py BASE_URL EMAIL PASSWORD [FAR_FIRST_ROW]
"""
import http.cookiejar
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request

base, email, password = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
far_first = int(sys.argv[4]) if len(sys.argv) > 4 else 49975
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))


def fetch(path, form=None, ajax=False):
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    request = urllib.request.Request(base + "/" + path, data=data)
    if ajax:
        request.add_header("Faces-Request", "partial/ajax")
    with opener.open(request, timeout=120) as answer:
        return answer.read().decode("utf-8")


def view_state(page):
    return re.search(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]+)"', page).group(1)


login = fetch("login.xhtml")
fetch("login.xhtml", {"login": "login", "login:email": email, "login:password": password,
                      "login:signIn": "login:signIn", "jakarta.faces.ViewState": view_state(login)})


def timed(label, action, runs=5):
    action()  # the first request warms the JIT and the caches; it is reported separately
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        answer = action()
        times.append((time.perf_counter() - start) * 1000)
    print(f"{label:46s} best {min(times):8.1f} ms   median {statistics.median(times):8.1f} ms")
    return answer


page = timed("whole page (GET customers.xhtml)", lambda: fetch("customer/customers.xhtml"))
total = re.search(r'ui-paginator-current[^>]*>\s*([0-9.,]+)', page)
if "bench" not in page or total is None:
    sys.exit("the customer list did not show the bench customers: is the sign-in right?")
print(f"customers in the list: {total.group(1)}")
state = view_state(page)


def table_ajax(source, extra, event=None):
    form = {"jakarta.faces.partial.ajax": "true", "jakarta.faces.source": source,
            "jakarta.faces.partial.execute": source, "jakarta.faces.partial.render": "customers:table",
            "customers": "customers", "jakarta.faces.ViewState": state}
    if event:
        form.update({"jakarta.faces.behavior.event": event, "jakarta.faces.partial.event": event})
    form.update(extra)
    answer = fetch("customer/customers.xhtml", form, ajax=True)
    if "<error>" in answer or "customers:table" not in answer:
        sys.exit("unexpected Ajax answer: " + answer[:300])
    return answer


def page_at(first, search=""):
    return lambda: table_ajax("customers:table", {
        "customers:table_pagination": "true", "customers:table_first": str(first),
        "customers:table_rows": "25", "customers:table_skipChildren": "true",
        "customers:table_encodeFeature": "true", "customers:search": search})


def search(text):
    return lambda: table_ajax("customers:search", {"customers:search": text}, event="keyup")


timed("next page (Ajax, rows 26-50)", page_at(25))
timed(f"far page (Ajax, first row {far_first + 1})", page_at(far_first))
timed("search 'abc1' (Ajax, count + first page)", search("abc1"))
timed("search cleared again (Ajax)", search(""))
