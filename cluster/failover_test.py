#!/usr/bin/env python3
"""The failover test: a cluster started by cluster/start.sh loses an instance to kill -9 while
users are in the middle of their work, and nothing they did is lost or done twice.

  cluster/failover_test.py [sessions]      (default 24; the cluster of 2 instances must be running)

Through the balancer, each session signs in, fills the new-customer wizard's first two steps
and uploads an import file whose preview it sees. Before the kill, with both instances up: a
Global admin removes a role of a signed-in user on one instance, and that user's next request
on the other is refused; wrong passwords on both instances lock an account together; an API
client gets a token. Then instance 1 is killed (kill -9), and every session carries on through
the balancer: it submits its wizard and starts its import from the preview it saw. Counted in
the database afterwards: each customer must exist exactly once and each import's users be
written. Prints sessions kept, writes lost, writes duplicated, and exits 1 unless all sessions
were kept, nothing was lost or duplicated, and every check above held."""
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib"))
from faces import Forms, Session  # noqa: E402

BALANCER = os.environ.get("PARTNERHUB_CLUSTER_URL", "http://localhost:8088/partnerhub")
INSTANCES = ["http://127.0.0.1:15180/partnerhub", "http://127.0.0.1:15280/partnerhub"]
DOMAIN = "partnerhub-cluster"
PASSWORD = "Demo-Partner-2026"
ADMIN = "ana@contoso.example"
RUN = uuid.uuid4().hex[:6]
problems = []


def check(condition, problem):
    if not condition:
        problems.append(problem)
        print("FAILED: " + problem, flush=True)
    return condition


def psql(sql):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-U", os.environ.get("PARTNERHUB_DB_USER", "postgres"),
                           "-d", "partnerhub_cluster", "-tAc", sql], check=True, capture_output=True,
                          text=True).stdout.strip()


def import_customer(admin):
    """A customer of Contoso's whose users Contoso administers: the first of the list with an import page."""
    admin.get("customer/customers.xhtml")
    for customer in dict.fromkeys(re.findall(r"account\.xhtml\?customer=(\d+)", admin.page)):
        admin.get(f"customer/import-users.xhtml?customer={customer}")
        if "upload:file" in admin.page:
            return customer
    raise AssertionError("no customer of Contoso's has an import page")


class Worker:
    """One user's browser session, through the balancer."""

    def __init__(self, number, customer):
        self.number = number
        self.customer = customer
        self.prefix = f"fo{RUN}{number:02d}"
        self.session = Session(BALANCER)
        self.wizard = None
        self.preview = None

    def before(self):
        assert self.session.sign_in(ADMIN, PASSWORD), "sign-in refused"
        self.session.get("customer/new-customer.xhtml")
        self.session.submit("details", "details:next", {
            "details:domainPrefix": self.prefix, "details:companyName": f"Failover {self.prefix}",
            "details:addressLine1": "1 Main Street", "details:city": "Seattle", "details:region": "WA",
            "details:postalCode": "98101", "details:country_input": "US", "details:contactFirstName": "Ada",
            "details:contactLastName": "Lovelace", "details:contactEmail": f"ada@{self.prefix}.example"})
        assert "subscriptions" in Forms(self.session.page).forms, "the wizard did not reach its second step"
        self.session.submit("subscriptions", "subscriptions:next", {"subscriptions:offers:1:licenses": "3"})
        assert "review-company" in self.session.page, "the wizard did not reach its review"
        self.wizard = self.session.held()
        self.session.get(f"customer/import-users.xhtml?customer={self.customer}")
        lines = "user_name,first_name,last_name,display_name,contact_email,usage_location,role,licenses\n" + "".join(
            f"{self.prefix}u{i},Failover,User{i},,,US,user,\n" for i in range(2))
        self.session.submit("upload", "upload:check", files={"upload:file": (f"{self.prefix}.csv", lines.encode())})
        assert "2 valid line(s)" in self.session.page or "options:import" in self.session.page, \
            "no preview of the import file"
        self.preview = self.session.held()

    def after(self):
        """Carries on after the kill; true if the session was kept for both steps."""
        self.session.resume(self.wizard)
        self.session.submit("review", "review:submit")
        created = 'id="admin-user"' in self.session.page
        self.session.resume(self.preview)
        self.session.submit("options", "options:import")
        started = "runs in the background" in self.session.page
        return created and started


def api_token(admin):
    admin.get("partner/api-clients.xhtml")
    admin.submit("clients", "clients:register")
    admin.submit("register", "register:save", {"register:name": f"failover {RUN}", "register:role_input": "ADMIN_AGENT"})
    client = re.search(r'id="shown-client-id">([^<]+)<', admin.page)
    secret = re.search(r'id="shown-secret">([^<]+)<', admin.page)
    assert client and secret, "no API client registered"
    answer = urllib.request.urlopen(urllib.request.Request(BALANCER + "/api/oauth2/token", data=urllib.parse.urlencode({
        "grant_type": "client_credentials", "client_id": client.group(1), "client_secret": secret.group(1)}).encode()))
    return json.loads(answer.read())["access_token"]


def api_answers(token):
    request = urllib.request.Request(BALANCER + "/api/v1/customers?size=1", headers={"Authorization": "Bearer " + token})
    try:
        return urllib.request.urlopen(request).status
    except urllib.error.HTTPError as e:
        return e.code


def role_removed_on_one_applies_on_the_other():
    carla = Session(INSTANCES[0])
    assert carla.sign_in("carla@contoso.example", PASSWORD)
    check(carla.status("customer/new-customer.xhtml") == 200, "a Sales agent cannot open the wizard before the change")
    admin = Session(INSTANCES[1])
    assert admin.sign_in(ADMIN, PASSWORD)
    admin.get("partner/users.xhtml")
    row = next(r for r in admin.page.split("<tr") if "carla@contoso.example" in r)
    button = re.search(r'id="(users:table:\d+:roles)"', row).group(1)
    admin.submit("users", button)
    admin.submit("editRoles", "editRoles:save", {"editRoles:roles": "HELPDESK_AGENT"})
    # The agent's session lives on instance 1, where the change was not made.
    status = carla.status("customer/new-customer.xhtml")
    check(status == 403, f"the removed role still opens the wizard on the other instance ({status})")


def failures_on_both_instances_lock_together():
    name = "diego@contoso.example"
    for attempt in range(5):
        Session(INSTANCES[attempt % 2]).sign_in(name, "wrong-" + str(attempt))
    refused = not Session(INSTANCES[0]).sign_in(name, PASSWORD)
    check(refused, "five failures on two instances did not lock the account")


def kill_instance_1():
    found = subprocess.run(["pgrep", "-f", f"nodes/localhost-{DOMAIN}/partnerhub-1/"], capture_output=True, text=True)
    pids = found.stdout.split()
    assert pids, "instance partnerhub-1 is not running"
    subprocess.run(["kill", "-9", *pids], check=True)
    # The signal is sent at once; the process is gone, and its port closed, a moment later.
    while subprocess.run(["kill", "-0", *pids], capture_output=True).returncode == 0:
        time.sleep(0.01)
    print(f"killed instance partnerhub-1 (kill -9 {' '.join(pids)})", flush=True)


def main():
    sessions = int(sys.argv[1]) if len(sys.argv) > 1 else 24
    admin = Session(BALANCER)
    assert admin.sign_in(ADMIN, PASSWORD), "the admin cannot sign in through the balancer"
    customer = import_customer(admin)
    token = api_token(admin)
    check(api_answers(token) == 200, "the API token does not work before the kill")

    workers = [Worker(i, customer) for i in range(sessions)]
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        list(pool.map(Worker.before, workers))
    print(f"{sessions} sessions signed in, two wizard steps filled, import previews seen", flush=True)
    role_removed_on_one_applies_on_the_other()
    failures_on_both_instances_lock_together()

    kill_instance_1()
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        kept = list(pool.map(lambda worker: safely(worker.after), workers))
    check(api_answers(token) == 200, "the API token obtained before the kill does not work after it")

    counts = [int(psql(f"select count(*) from customer where domain_prefix = '{w.prefix}'")) for w in workers]
    deadline = time.time() + 120
    while time.time() < deadline and psql(f"select count(*) from user_import where file_name like 'fo{RUN}%' "
                                          "and status = 'RUNNING'") != "0":
        time.sleep(1)
    imported = [int(psql(f"select count(*) from customer_user where user_name like '{w.prefix}u%'")) for w in workers]
    sessions_kept = sum(kept)
    lost = sum(1 for c in counts if c == 0) + sum(1 for n in imported if n == 0)
    duplicated = sum(1 for c in counts if c > 1) + sum(1 for n in imported if n > 2)
    print(f"sessions kept: {sessions_kept} of {sessions}; writes lost: {lost}; writes duplicated: {duplicated}")
    check(sessions_kept == sessions, "sessions were lost")
    check(lost == 0, "writes were lost")
    check(duplicated == 0, "writes were duplicated")
    if problems:
        print("failover test: FAILED (" + "; ".join(problems) + ")")
        return 1
    print("failover test: passed")
    return 0


def safely(step):
    try:
        return step()
    except Exception as e:  # a session that broke is a session not kept; the count says so
        print(f"a session broke: {e!r}", flush=True)
        return False


if __name__ == "__main__":
    sys.exit(main())
