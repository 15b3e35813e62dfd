"""A browser's session with Partner Hub at the HTTP level, for the cluster scripts: it reads the
forms of the page it holds and submits them as a browser does without JavaScript (all the form's
fields, the button clicked, the view state), so a Faces page can be driven step by step."""
import html.parser
import http.cookiejar
import re
import urllib.error
import urllib.parse
import urllib.request
import uuid


class Forms(html.parser.HTMLParser):
    """Every form of a page: its action and its fields as the browser would send them."""

    def __init__(self, page):
        super().__init__(convert_charrefs=True)
        self.forms = {}
        self._form = None
        self._select = None
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self._form = {"action": a.get("action", ""), "fields": []}
            self.forms[a.get("id", "")] = self._form
        elif self._form is None:
            return
        elif tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind in ("submit", "button", "image", "file"):
                return
            self._form["fields"].append([a["name"], a.get("value", "on" if kind == "checkbox" else "")])
        elif tag == "textarea" and a.get("name"):
            self._form["fields"].append([a["name"], ""])
        elif tag == "select" and a.get("name"):
            self._select = {"name": a["name"], "first": None, "chosen": None}
        elif tag == "option" and self._select is not None:
            value = a.get("value", "")
            if self._select["first"] is None:
                self._select["first"] = value
            if "selected" in a:
                self._select["chosen"] = value

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select" and self._select is not None and self._form is not None:
            chosen = self._select["chosen"] if self._select["chosen"] is not None else self._select["first"]
            if chosen is not None:
                self._form["fields"].append([self._select["name"], chosen])
            self._select = None


class Session:
    """One user's cookies against one address (the balancer's, or an instance's)."""

    def __init__(self, base, cookies=None):
        self.base = base.rstrip("/")
        self.cookies = cookies if cookies is not None else http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))
        self.page = ""
        self.url = ""

    def at(self, base):
        """The same session (its cookies) through another address."""
        return Session(base, self.cookies)

    def held(self):
        """The page held now, to come back to after other pages (a browser's second tab)."""
        return self.page, self.url

    def resume(self, held):
        self.page, self.url = held

    def get(self, path):
        return self._open(urllib.request.Request(self.base + "/" + path.lstrip("/")))

    def status(self, path):
        """The status of a GET, without following a redirect to the sign-in page."""
        try:
            return NoRedirect(self.cookies).open(self.base + "/" + path.lstrip("/")).status
        except urllib.error.HTTPError as e:
            return e.code

    def submit(self, form_id, button, values=None, files=None):
        """Submits a form of the page held, as clicking {button} (an id) would, with {values} typed in."""
        forms = Forms(self.page).forms
        if form_id not in forms:
            raise AssertionError(f"no form {form_id} on {self.url}: {self.page[:300]}")
        form = forms[form_id]
        fields = [[name, value] for name, value in form["fields"] if name not in (values or {})]
        fields += [[name, value] for name, value in (values or {}).items()]
        fields.append([button, button])
        fields += button_parameters(self.page, button)
        # PrimeFaces' script adds the page's CSP nonce to every postback, and the server refuses one without it.
        nonce = re.search(r"PrimeFaces\.csp\.init\('([^']+)'\)", self.page)
        if nonce:
            fields.append(["primefaces.nonce", nonce.group(1)])
        action = urllib.parse.urljoin(self.url, form["action"])
        if files:
            boundary = uuid.uuid4().hex
            body = b""
            for name, value in fields:
                body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").encode()
            for name, (file_name, content) in files.items():
                body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\n"
                         f"Content-Type: text/csv\r\n\r\n").encode() + content + b"\r\n"
            body += f"--{boundary}--\r\n".encode()
            request = urllib.request.Request(action, data=body)
            request.add_header("Content-Type", f"multipart/form-data; boundary={boundary}")
        else:
            request = urllib.request.Request(action, data=urllib.parse.urlencode([tuple(f) for f in fields]).encode())
        return self._open(request)

    def _open(self, request):
        with self.opener.open(request, timeout=120) as answer:
            self.url = answer.geturl()
            self.page = answer.read().decode("utf-8")
            return self.page

    def sign_in(self, email, password):
        self.get("login.xhtml")
        self.submit("login", "login:signIn", {"login:email": email, "login:password": password})
        return "login:password" not in self.page


def button_parameters(page, button):
    """The parameters a PrimeFaces button adds to its request (its f:param children, such as the
    dialog it opens), which PrimeFaces' script reads from the button's Ajax call (pa:[...])."""
    call = re.search(r's:(?:"|&quot;)' + re.escape(button) + r'(?:"|&quot;)[^;]*?pa:\[([^\]]*)\]', page)
    if not call:
        return []
    quote = r'(?:"|&quot;)'
    return [[name, value] for name, value in re.findall(
        r'name:' + quote + r'(.*?)' + quote + r',value:' + quote + r'(.*?)' + quote, call.group(1))]


class NoRedirect(urllib.request.OpenerDirector):
    def __init__(self, cookies):
        super().__init__()
        for handler in (urllib.request.HTTPHandler(), urllib.request.HTTPCookieProcessor(cookies),
                        urllib.request.HTTPErrorProcessor(), urllib.request.HTTPDefaultErrorHandler()):
            self.add_handler(handler)
