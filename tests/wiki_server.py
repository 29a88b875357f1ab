"""A MediaWiki's api.php on 127.0.0.1, answering as MediaWiki does with formatversion=2
(mediawiki.org API:Query, API:Revisions, API:Siteinfo, API:Etiquette), over the pages in
tests/fixtures/wiki (see its README for the shapes they follow)."""

from __future__ import annotations

import json
import threading
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

PAGES = Path(__file__).parent / "fixtures" / "wiki"
REDIRECTS = {"Ebb Tide (TV episode)": "Ebb Tide (Harbour Watch)"}


def fixture_pages() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.wiki"))}


class Wiki:
    """The wiki's state: its pages (title -> text) with revision ids, what was asked, and
    answers to give instead of the right one (``trouble``: a list consumed in order)."""

    def __init__(self, pages: dict[str, str] | None = None):
        self.pages: dict[str, tuple[int, str]] = {}
        self.next_revid = 1000
        for title, text in (pages if pages is not None else fixture_pages()).items():
            self.edit(title, text)
        self.asked: Counter[str] = Counter()
        # Revisions in one content answer at most, the rest after "continue" (MediaWiki
        # stops at its result size limit, $wgAPIMaxResultSize, and says where to go on).
        self.content_limit: int | None = None
        self.trouble: list[tuple[int, dict[str, str], bytes]] = []
        self.agents: list[str] = []

    def edit(self, title: str, text: str) -> None:
        self.next_revid += 1
        self.pages[title] = (self.next_revid, text)

    def answer(self, params: dict[str, str]) -> Any:
        if params.get("action") != "query":
            return {"error": {"code": "badvalue", "info": "Unrecognized value for action."}}
        if params.get("meta") == "siteinfo":
            self.asked["siteinfo"] += 1
            return {
                "batchcomplete": True,
                "query": {
                    "general": {
                        "mainpage": "Main Page",
                        "sitename": "Wikipedia",
                        "server": "//127.0.0.1",
                        "script": "/w/index.php",
                        "articlepath": "/wiki/$1",
                    },
                    "rightsinfo": {
                        "url": "https://creativecommons.org/licenses/by-sa/4.0/",
                        "text": "Creative Commons Attribution-Share Alike 4.0",
                    },
                },
            }
        if params.get("list") == "prefixsearch":
            self.asked["prefixsearch"] += 1
            start = params.get("pssearch", "")
            start = start[:1].upper() + start[1:]
            found = [
                {"ns": 0, "title": title, "pageid": revid}
                for title, (revid, _) in sorted(self.pages.items())
                if title.startswith(start)
            ][: int(params.get("pslimit", "10"))]
            return {"batchcomplete": True, "query": {"prefixsearch": found}}
        if "revids" in params:
            self.asked["content"] += 1
            wanted = {int(r) for r in params["revids"].split("|")}
            after = int(params.get("rvcontinue", "0").split("|")[0] or 0)
            wanted = {r for r in wanted if r > after}
            more: dict[str, str] = {}
            if self.content_limit is not None and len(wanted) > self.content_limit:
                wanted = set(sorted(wanted)[: self.content_limit])
                more = {"rvcontinue": f"{max(wanted)}|0", "continue": "||"}
            pages = [
                {
                    "pageid": revid,
                    "ns": 0,
                    "title": title,
                    "revisions": [
                        {
                            "revid": revid,
                            "parentid": revid - 1,
                            "slots": {
                                "main": {
                                    "contentmodel": "wikitext",
                                    "contentformat": "text/x-wiki",
                                    "content": text,
                                }
                            },
                        }
                    ],
                }
                for title, (revid, text) in self.pages.items()
                if revid in wanted
            ]
            if more:
                return {"continue": more, "query": {"pages": pages}}
            return {"batchcomplete": True, "query": {"pages": pages}}
        self.asked["ids"] += 1
        titles = params.get("titles", "").split("|")
        normalized, redirects, pages, seen = [], [], [], set()
        for title in titles:
            name = title.replace("_", " ").strip()
            name = name[:1].upper() + name[1:]
            if name != title:
                normalized.append({"fromencoded": False, "from": title, "to": name})
            if params.get("redirects") and name in REDIRECTS:
                redirects.append({"from": name, "to": REDIRECTS[name]})
                name = REDIRECTS[name]
            if name in seen:
                continue
            seen.add(name)
            if name in self.pages:
                revid = self.pages[name][0]
                pages.append(
                    {"pageid": revid, "ns": 0, "title": name, "revisions": [{"revid": revid}]}
                )
            else:
                pages.append({"ns": 0, "title": name, "missing": True})
        query: dict[str, Any] = {"pages": pages}
        if normalized:
            query["normalized"] = normalized
        if redirects:
            query["redirects"] = redirects
        return {"batchcomplete": True, "query": query}


@contextmanager
def serving(wiki: Wiki | None = None, path: str = "/w/api.php") -> Iterator[tuple[str, Wiki]]:
    """The wiki on 127.0.0.1 (a free port): yields its address and the wiki."""
    wiki = wiki or Wiki()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urllib.parse.urlsplit(self.path)
            wiki.agents.append(self.headers.get("User-Agent", ""))
            if wiki.trouble:
                status, headers, body = wiki.trouble.pop(0)
                self._send(status, headers, body)
                return
            if parts.path != path:
                self._send(404, {"Content-Type": "text/html"}, b"<html>Not Found</html>")
                return
            params = dict(urllib.parse.parse_qsl(parts.query))
            body = json.dumps(wiki.answer(params)).encode()
            self._send(200, {"Content-Type": "application/json; charset=utf-8"}, body)

        def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", wiki
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
