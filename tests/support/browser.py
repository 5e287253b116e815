"""Checking the HTML pages: their structure with html.parser (`Tree`), and a real
headless chromium (Debian's `chromium` package) driven over the DevTools protocol
on a pipe -- stdlib only, no port, no websocket, no driver. The `browser` fixture
skips, saying why, when no chromium is on PATH (or in $CHROMIUM_BIN); tabs save
screenshots to test-artifacts/ (git-ignored)."""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


class Tree(HTMLParser):
    """Elements with their attributes, the text inside each element with an id, and
    the raw content of each <script>/<style>."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.text_by_id: dict[str, str] = {}
        self.raw: list[tuple[str, dict, str]] = []
        self._open: list[tuple[str, str | None]] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        if tag in ("script", "style"):
            self.raw.append((tag, attrs, ""))
        if tag not in ("meta", "br", "img", "input", "link"):
            self._open.append((tag, attrs.get("id")))
            if attrs.get("id"):
                self.text_by_id[attrs["id"]] = ""

    def handle_endtag(self, tag):
        while self._open:
            if self._open.pop()[0] == tag:
                break

    def handle_data(self, data):
        if self.raw and self._open and self._open[-1][0] in ("script", "style"):
            tag, attrs, text = self.raw[-1]
            self.raw[-1] = (tag, attrs, text + data)
        for _, ident in self._open:
            if ident:
                self.text_by_id[ident] += data

    def find(self, tag: str | None = None, cls: str | None = None) -> list[dict]:
        return [a for t, a in self.elements if (tag is None or t == tag)
                and (cls is None or cls in (a.get("class") or "").split())]

    def data(self) -> dict:
        return json.loads(next(text for tag, a, text in self.raw if a.get("id") == "report-data"))



FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-quic", "--hide-scrollbars",
         "--remote-debugging-pipe"]


class Chromium:
    """Headless chromium speaking the DevTools protocol on fds 3 (in) and 4 (out):
    JSON messages separated by NUL bytes."""

    def __init__(self, binary: str, timeout: float = 30.0):
        self.timeout, self._id, self._closed = timeout, 0, False
        self.replies: dict[int, dict] = {}
        self.events: list[dict] = []
        self.profile = tempfile.mkdtemp(prefix="summarizer-chromium-")
        cmd_in, self._to = os.pipe()
        self._from, cmd_out = os.pipe()
        self.proc = subprocess.Popen(
            # bash, not sh: dash only redirects single-digit descriptors.
            ["bash", "-c", f'exec "$@" 3<&{cmd_in} 4>&{cmd_out}', "bash", binary, *FLAGS,
             f"--user-data-dir={self.profile}", "about:blank"],
            pass_fds=(cmd_in, cmd_out), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(cmd_in)
        os.close(cmd_out)
        self._cv = threading.Condition()
        threading.Thread(target=self._reader, daemon=True).start()

    def _reader(self) -> None:
        buf = b""
        while chunk := os.read(self._from, 1 << 16):
            buf += chunk
            *messages, buf = buf.split(b"\0")
            with self._cv:
                for raw in messages:
                    msg = json.loads(raw)
                    (self.replies.__setitem__(msg["id"], msg) if "id" in msg else self.events.append(msg))
                self._cv.notify_all()
        with self._cv:
            self._closed = True
            self._cv.notify_all()

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self._id += 1
        msg = {"id": self._id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._to, json.dumps(msg).encode() + b"\0")
        with self._cv:
            if not self._cv.wait_for(lambda: msg["id"] in self.replies or self._closed, self.timeout):
                raise TimeoutError(f"chromium did not answer {method}")
            if self._closed and msg["id"] not in self.replies:
                raise RuntimeError("chromium exited")
            reply = self.replies.pop(msg["id"])
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply["result"]

    def close(self) -> None:
        try:
            self.send("Browser.close")
            self.proc.wait(10)
        except Exception:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to)
        shutil.rmtree(self.profile, ignore_errors=True)


class Tab:
    def __init__(self, browser: Chromium, url: str, width: int = 1400, height: int = 900,
                 javascript: bool = True):
        self.browser = browser
        self.target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = browser.send("Target.attachToTarget", {"targetId": self.target, "flatten": True})["sessionId"]
        self("Emulation.setDeviceMetricsOverride",
             {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        self("Network.enable")
        self("Emulation.setScriptExecutionDisabled", {"value": not javascript})
        self("Page.navigate", {"url": url})
        deadline = time.monotonic() + browser.timeout
        while self.js("document.readyState + ' ' + location.href") != f"complete {url}":
            assert time.monotonic() < deadline, f"{url} did not load"
            time.sleep(0.05)

    def __call__(self, method: str, params: dict | None = None) -> dict:
        return self.browser.send(method, params, self.session)

    def js(self, expression: str):
        result = self("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        assert "exceptionDetails" not in result, result["exceptionDetails"]
        return result["result"].get("value")

    def count(self, selector: str) -> int:
        return self.js(f"document.querySelectorAll({json.dumps(selector)}).length")

    def point(self, selector: str) -> tuple[float, float]:
        """A point inside the element, scrolled into view if it is not."""
        return tuple(self.js(f"""(() => {{
            const e = document.querySelector({json.dumps(selector)});
            let r = e.getBoundingClientRect();
            if (r.top < 0 || r.bottom > innerHeight) {{ e.scrollIntoView({{block: 'center'}}); r = e.getBoundingClientRect(); }}
            return [r.left + Math.min(r.width / 2, 30), r.top + Math.min(r.height / 2, 10)];
        }})()"""))

    def mouse(self, kind: str, x: float, y: float) -> None:
        params = {"type": kind, "x": x, "y": y}
        if kind != "mouseMoved":
            params.update(button="left", clickCount=1)
        self("Input.dispatchMouseEvent", params)

    def hover(self, selector: str) -> None:
        self.mouse("mouseMoved", *self.point(selector))

    def click(self, selector: str) -> None:
        x, y = self.point(selector)
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.mouse(kind, x, y)

    def key(self, key: str) -> None:
        for kind in ("keyDown", "keyUp"):
            self("Input.dispatchKeyEvent", {"type": kind, "key": key, "code": key})

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / name
        path.write_bytes(base64.b64decode(self("Page.captureScreenshot", {"format": "png"})["data"]))
        return path

    def requests(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.browser.events
                if e.get("sessionId") == self.session and e["method"] == "Network.requestWillBeSent"]

    def close(self) -> None:
        self.browser.send("Target.closeTarget", {"targetId": self.target})


def _chromium_binary() -> str | None:
    explicit = os.environ.get("CHROMIUM_BIN")
    if explicit:
        return explicit
    return next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)


@pytest.fixture(scope="module")
def browser():
    binary = _chromium_binary()
    if binary is None:
        pytest.skip("chromium is not installed (apt-get install chromium); browser checks of the HTML report skipped")
    b = Chromium(binary)
    try:
        b.send("Browser.getVersion")
        yield b
    finally:
        b.close()


def open_page(browser, tmp_path, page: str, name: str = "page.html", **kw) -> Tab:
    path = tmp_path / name
    path.write_text(page, encoding="ascii")
    return Tab(browser, path.as_uri(), **kw)
