"""Times a customer's account page as a browser gets it from a running Partner Hub, for each
customer given: the whole page opened on its Users tab (the tab view draws only the open tab:
its first page of users, rendering) and a far page of the Users tab (an Ajax request), with the
size of the page.

    python3 bench/lib/customer_account_page.py BASE_URL EMAIL PASSWORD CUSTOMER_ID[:FAR_FIRST_ROW]...
"""
import re
import sys

from portal import Portal, nonce, timed, view_state

base, email, password = sys.argv[1], sys.argv[2], sys.argv[3]
portal = Portal(base).sign_in(email, password)

for argument in sys.argv[4:]:
    customer, _, far = argument.partition(":")
    # opened on the Users tab (tab=2): the tab view draws only the open tab
    path = f"customer/account.xhtml?customer={customer}&tab=2"
    page = timed(f"customer {customer}: whole page (GET)", lambda: portal.fetch(path))
    users = page[page.index("customer-users"):]
    users = users[:users.index("</table>")]
    print(f"customer {customer}: page of {len(page) / 1024:.0f} KB, users tab shows {users.count('data-ri=')} rows")
    state = view_state(page)
    script_nonce = nonce(page)
    table = "account:tabs:users"

    def users_page(first):
        return lambda: portal.fetch(path, {
            "jakarta.faces.partial.ajax": "true", "jakarta.faces.source": table,
            "jakarta.faces.partial.execute": table, "jakarta.faces.partial.render": table,
            table + "_pagination": "true", table + "_first": str(first), table + "_rows": "25",
            table + "_skipChildren": "true", table + "_encodeFeature": "true",
            "account": "account", "jakarta.faces.ViewState": state, "primefaces.nonce": script_nonce}, ajax=True)

    if 'id="account:tabs:users"' not in page:
        continue  # a Users tab that is not paged has no far page to ask for
    answer = timed(f"customer {customer}: users tab, a far page (Ajax)", users_page(int(far or 0)))
    if "<error>" in answer or "<redirect" in answer:
        sys.exit("unexpected Ajax answer: " + answer[:300])
