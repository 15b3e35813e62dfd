"""Times the customer list page as a browser gets it from a running Partner Hub: the whole
page (count + first page + rendering), a jump to a far page, and a search, each an
HTTP round trip with the real Faces requests (Ajax ones for paging and search).

    python3 bench/lib/customer_list_page.py BASE_URL EMAIL PASSWORD [FAR_FIRST_ROW]
"""
import re
import sys

from portal import Portal, nonce, timed, view_state

base, email, password = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
far_first = int(sys.argv[4]) if len(sys.argv) > 4 else 49975
portal = Portal(base).sign_in(email, password)
fetch = portal.fetch


page = timed("whole page (GET customers.xhtml)", lambda: fetch("customer/customers.xhtml"))
# "about 90,000 customers": a list this long is counted by estimate, and its first page shows
# the demo's customers (names sort before the bench's "Company …")
total = re.search(r'ui-paginator-current[^>]*>\s*([^<]+)<', page)
if total is None or not re.search(r"[0-9]{2},[0-9]{3}", total.group(1)):
    sys.exit("the customer list did not show the bench customers: is the sign-in right?")
print(f"customers in the list: {total.group(1).strip()}")
state = view_state(page)
script_nonce = nonce(page)


def table_ajax(source, extra, event=None):
    form = {"jakarta.faces.partial.ajax": "true", "jakarta.faces.source": source,
            "jakarta.faces.partial.execute": source, "jakarta.faces.partial.render": "customers:table",
            "customers": "customers", "jakarta.faces.ViewState": state, "primefaces.nonce": script_nonce}
    if event:
        form.update({"jakarta.faces.behavior.event": event, "jakarta.faces.partial.event": event})
    form.update(extra)
    answer = fetch("customer/customers.xhtml", form, ajax=True)
    if "<error>" in answer or "<redirect" in answer or "customers:table" not in answer:
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
