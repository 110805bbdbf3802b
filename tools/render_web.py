"""Render the residents' page (export-web) in headless Chromium: a screenshot, and every request
the page made.

`python tools/render_web.py PAGE.html --screenshot OUT.png` prints the page's requests (none is
the goal) and exits 1 when there is one. Chromium is the Debian package (`apt-get install
chromium`); it is not a dependency of the app or of CI, so the test that uses this skips where
it is missing (tests/reports/test_web.py says why).

How requests are seen: Chromium writes a NetLog (`--log-net-log`). A file:// page itself is not
loaded through the network stack, so every URL request in the log was made either by the browser
for itself (its initiator is "not an origin": time sync, sign-in checks) or by the page (its
initiator is the page's origin, "null" for a file). All name lookups are mapped to NOTFOUND, so
nothing leaves the machine whichever it was; a planted <img src="http://..."> shows up as a
request of the page (the test proves the check with one).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def find_browser() -> str | None:
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


def render(page: Path, screenshot: Path, width: int = 1000, height: int = 2400) -> list[str]:
    """Screenshot `page`; returns the URLs of the requests the page itself made."""
    browser = find_browser()
    if browser is None:
        raise RuntimeError("no Chromium found (apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="render-web-") as folder:
        net_log = Path(folder) / "net.json"
        command = [
            browser,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-default-apps",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            f"--user-data-dir={folder}/profile",
            f"--window-size={width},{height}",
            f"--log-net-log={net_log}",
            "--net-log-capture-mode=Everything",
            f"--screenshot={screenshot.resolve()}",
            page.resolve().as_uri(),
        ]
        subprocess.run(command, capture_output=True, timeout=120, check=True)
        return page_requests(net_log)


def page_requests(net_log: Path) -> list[str]:
    log = json.loads(net_log.read_text(encoding="utf-8"))
    names = {number: name for name, number in log["constants"]["logEventTypes"].items()}
    found = []
    for event in log["events"]:
        if names.get(event["type"]) != "URL_REQUEST_START_JOB":
            continue
        params = event.get("params", {})
        if "url" in params and params.get("initiator") != "not an origin":
            found.append(str(params.get("url")))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("page", type=Path)
    parser.add_argument("--screenshot", type=Path, required=True)
    parser.add_argument("--height", type=int, default=2400)
    args = parser.parse_args()
    requests = render(args.page, args.screenshot, height=args.height)
    for url in requests:
        print(f"request: {url}")
    print(f"{len(requests)} requests made by the page; screenshot: {args.screenshot}")
    return 1 if requests else 0


if __name__ == "__main__":
    sys.exit(main())
