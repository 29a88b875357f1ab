"""A MediaWiki site over its API (Wikipedia, or any MediaWiki such as a Fandom wiki): the
wikitext of pages by title, politely.

Plain ``urllib`` rather than mwclient: four requests shapes are all this needs (site info,
revision ids, revision content, each batched 50 titles to a request), and every answer is
checked here before anything is read from it. Requests are serial, carry a User-Agent that
names the project, ask with ``maxlag`` and honour ``Retry-After`` (maxlag, 429, 503).
Content is kept in a cache by revision id, so a second ``guide get`` asks only for pages that
changed since (API:Etiquette, API:Revisions, formatversion=2).
"""

from __future__ import annotations

import http.client
import json
import sqlite3
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from guide import __version__
from guide.core.importing.sources.pages import Page, SiteInfo, SourceError
from guide.core.importing.sources.wikireader import KeyMap, WikitextReader
from guide.core.work import Session

USER_AGENT = (
    f"EpisodeGuide/{__version__} (https://github.com/episode-guide/episode-guide; "
    "desktop episode guide) python-urllib"
)
BATCH = 50  # titles or revision ids in one request: the API's limit for most clients
MAX_ANSWER = 32 * 1024 * 1024  # bytes of one answer: 50 long pages fit well inside
TIMEOUT = 30.0
TRIES = 4
LONGEST_WAIT = 120.0


Fetch = Callable[[str], tuple[int, dict[str, str], bytes]]  # url -> (status, headers, body)


def http_get(url: str) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as answer:
            body = answer.read(MAX_ANSWER + 1)
            return answer.status, {k.lower(): v for k, v in answer.headers.items()}, body
    except urllib.error.HTTPError as error:
        headers = {k.lower(): v for k, v in (error.headers or {}).items()}
        return error.code, headers, error.read(MAX_ANSWER + 1) if error.fp else b""


def short_license(text: str) -> str:
    """ "Creative Commons Attribution-Share Alike 4.0" -> "CC BY-SA 4.0" (others as given)."""
    words = text.replace("-", " ").lower().split()
    if words[:4] == ["creative", "commons", "attribution", "share"] and "alike" in words:
        version = next((w for w in words if w[:1].isdigit()), "")
        return f"CC BY-SA {version}".strip()
    return " ".join(text.split())


class Site:
    """One MediaWiki's API, found from what the user gave (a page, the site, or api.php)."""

    def __init__(
        self,
        given: str,
        *,
        fetch: Fetch = http_get,
        cache: Path | None = None,
        session: Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        info: SiteInfo | None = None,
        keymap: KeyMap | None = None,
    ):
        """``info``: the site as found before (suggestions as one types ask again and
        again: the site is found once)."""
        self.given = given
        self._fetch = fetch
        self._sleep = sleep
        self.session = session or Session()
        self.requests = 0
        self.reader = WikitextReader(keymap)
        self._cache: _Cache | None = None
        self.info = info if info is not None else self._find_api(given)
        self._cache = _Cache(cache) if cache is not None else None

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()

    def __enter__(self) -> Site:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- asking ----------------------------------------------------------------------------

    def _ask(self, api: str, params: dict[str, str]) -> dict[str, Any]:
        """One API request, its answer checked: JSON of the API's shape, or one clear line."""
        query = {"format": "json", "formatversion": "2", "maxlag": "5", **params}
        url = f"{api}?{urllib.parse.urlencode(query)}"
        host = urllib.parse.urlsplit(api).netloc
        for attempt in range(TRIES):
            self.session.check()
            self.requests += 1
            try:
                status, headers, body = self._fetch(url)
            except (
                TimeoutError,
                urllib.error.URLError,
                OSError,
                ValueError,
                http.client.HTTPException,  # not a web server, an answer cut short
            ) as error:
                reason = " ".join(
                    str(getattr(error, "reason", error) or type(error).__name__).split()
                )
                raise SourceError(f"{host} could not be reached ({reason})") from error
            if len(body) > MAX_ANSWER:
                raise SourceError(f"{host} answered with more than {MAX_ANSWER >> 20} MiB")
            retry = _retry_after(headers)
            if status in (429, 503) and attempt + 1 < TRIES:
                self._wait(retry if retry is not None else 5.0)
                continue
            if status != 200:
                raise SourceError(f"{api} answered HTTP {status}: not a MediaWiki API")
            try:
                data = json.loads(body)
            except (UnicodeDecodeError, json.JSONDecodeError) as error:
                raise SourceError(
                    f"{api} is not a MediaWiki API (its answer is not JSON)"
                ) from error
            if not isinstance(data, dict):
                raise SourceError(f"{api} is not a MediaWiki API (an unexpected answer)")
            error_info = data.get("error")
            if isinstance(error_info, dict):
                if error_info.get("code") == "maxlag" and attempt + 1 < TRIES:
                    self._wait(retry if retry is not None else 5.0)
                    continue
                info = str(error_info.get("info") or error_info.get("code") or "an error")
                raise SourceError(f"{host} refused the request: {' '.join(info.split())}")
            return data
        raise SourceError(f"{host} is busy (it asked to wait {TRIES} times); try again later")

    def _wait(self, seconds: float) -> None:
        deadline = min(max(seconds, 1.0), LONGEST_WAIT)
        waited = 0.0
        while waited < deadline:
            self.session.check()
            step = min(1.0, deadline - waited)
            self._sleep(step)
            waited += step

    def _find_api(self, given: str) -> SiteInfo:
        text = given.strip()
        if "://" not in text:
            text = f"https://{text}"
        parts = urllib.parse.urlsplit(text)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise SourceError(f"{given!r} is not the address of a wiki (http or https)")
        base = f"{parts.scheme}://{parts.netloc}"
        if parts.path.endswith("api.php"):
            candidates = [f"{base}{parts.path}"]
        else:
            candidates = [f"{base}/w/api.php", f"{base}/api.php"]
        last: SourceError | None = None
        for api in candidates:
            try:
                data = self._ask(
                    api, {"action": "query", "meta": "siteinfo", "siprop": "general|rightsinfo"}
                )
            except SourceError as error:
                last = error
                continue
            return _site_info(api, data)
        assert last is not None
        raise last

    # -- pages -----------------------------------------------------------------------------

    def titles_starting(self, prefix: str, limit: int = 10) -> list[str]:
        """Articles whose title begins with ``prefix`` (list=prefixsearch), for suggestions."""
        data = self._ask(
            self.info.api,
            {
                "action": "query",
                "list": "prefixsearch",
                "pssearch": prefix,
                "psnamespace": "0",
                "pslimit": str(limit),
            },
        )
        found = _items(_mapping(data.get("query")).get("prefixsearch"))
        return [str(item["title"]) for item in found if "title" in item]

    def pages(self, titles: Iterable[str]) -> dict[str, Page | None]:
        """The pages of these titles (redirects followed), by the title asked for; None for
        a page that does not exist. Asks for revision ids first, then only for the content
        of revisions not in the cache."""
        wanted = list(dict.fromkeys(t for t in titles if t.strip()))
        found: dict[str, Page | None] = {}
        for start in range(0, len(wanted), BATCH):
            found.update(self._batch(wanted[start : start + BATCH]))
        return found

    def _batch(self, titles: list[str]) -> dict[str, Page | None]:
        data = self._ask(
            self.info.api,
            {
                "action": "query",
                "prop": "revisions",
                "rvprop": "ids",
                "redirects": "1",
                "titles": "|".join(titles),
            },
        )
        query = data.get("query")
        if not isinstance(query, dict):
            raise SourceError(f"{self.info.api} is not a MediaWiki API (no query in its answer)")
        renamed = {
            str(step.get("from")): str(step.get("to"))
            for key in ("normalized", "redirects")
            for step in _items(query.get(key))
        }
        revisions: dict[str, int] = {}
        for page in _items(query.get("pages")):
            if page.get("missing") or page.get("invalid"):
                continue
            revs = _items(page.get("revisions"))
            if revs and isinstance(revs[0].get("revid"), int):
                revisions[str(page.get("title"))] = revs[0]["revid"]
        texts = self._contents(revisions)
        result: dict[str, Page | None] = {}
        for title in titles:
            final = title
            for _ in range(5):  # a title normalised, then redirected
                final = renamed.get(final, final)
            revid = revisions.get(final)
            text = texts.get(revid) if revid is not None else None
            result[title] = Page(final, revid, text) if revid and text is not None else None
        return result

    def _contents(self, revisions: dict[str, int]) -> dict[int, str]:
        texts: dict[int, str] = {}
        missing = []
        for revid in revisions.values():
            cached = self._cache.get(self.info.api, revid) if self._cache else None
            if cached is not None:
                texts[revid] = cached
            else:
                missing.append(revid)
        for start in range(0, len(missing), BATCH):
            chunk = missing[start : start + BATCH]
            params = {
                "action": "query",
                "prop": "revisions",
                "rvprop": "ids|content",
                "rvslots": "main",
                "revids": "|".join(map(str, chunk)),
            }
            for _ in range(BATCH + 1):  # an answer past the size limit says where to go on
                data = self._ask(self.info.api, params)
                for page in _items(_mapping(data.get("query")).get("pages")):
                    for rev in _items(page.get("revisions")):
                        main = _mapping(_mapping(rev.get("slots")).get("main"))
                        content = main.get("content")
                        if isinstance(rev.get("revid"), int) and isinstance(content, str):
                            texts[rev["revid"]] = content
                            if self._cache is not None:
                                self._cache.put(self.info.api, rev["revid"], content)
                more = data.get("continue")
                if not isinstance(more, dict) or not more:
                    break
                params = {**params, **{str(k): str(v) for k, v in more.items()}}
        return texts


def _mapping(value: object) -> dict[str, Any]:
    """A JSON object of the answer, or an empty one where the answer has another shape."""
    return value if isinstance(value, dict) else {}


def _items(value: object) -> list[dict[str, Any]]:
    """The objects of a JSON list of the answer (anything else in it is passed over)."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _retry_after(headers: dict[str, str]) -> float | None:
    value = headers.get("retry-after", "").strip()
    return float(value) if value.isdigit() else None


def _site_info(api: str, data: dict[str, Any]) -> SiteInfo:
    query = data.get("query")
    general = query.get("general") if isinstance(query, dict) else None
    if not isinstance(general, dict) or "sitename" not in general:
        raise SourceError(f"{api} is not a MediaWiki API (no site information)")
    rights = query.get("rightsinfo") if isinstance(query, dict) else None
    rights = rights if isinstance(rights, dict) else {}
    server = str(general.get("server", ""))
    if server.startswith("//"):
        server = f"{urllib.parse.urlsplit(api).scheme}:{server}"
    if not server:
        parts = urllib.parse.urlsplit(api)
        server = f"{parts.scheme}://{parts.netloc}"
    return SiteInfo(
        api=api,
        name=" ".join(str(general["sitename"]).split()),
        server=server,
        script=str(general.get("script") or "/index.php"),
        license=short_license(str(rights.get("text") or "")),
        license_url=str(rights.get("url") or ""),
    )


class _Cache:
    """Page texts by revision id, in a file of the user's cache folder. A cache that
    cannot be used is passed over (the pages are asked for), never a reason to fail."""

    def __init__(self, path: Path):
        self.conn: sqlite3.Connection | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(path, timeout=2)
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS revisions (api TEXT, revid INTEGER, content TEXT, "
                "PRIMARY KEY (api, revid))"
            )
        except (OSError, sqlite3.Error):
            self.close()

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def get(self, api: str, revid: int) -> str | None:
        if self.conn is None:
            return None
        try:
            row = self.conn.execute(
                "SELECT content FROM revisions WHERE api = ? AND revid = ?", (api, revid)
            ).fetchone()
        except sqlite3.Error:
            return None
        return str(row[0]) if row else None

    def put(self, api: str, revid: int, content: str) -> None:
        if self.conn is None:
            return
        try:
            with self.conn:
                self.conn.execute(
                    "INSERT OR REPLACE INTO revisions VALUES (?, ?, ?)", (api, revid, content)
                )
        except sqlite3.Error:
            self.close()
