"""The editor's page without a browser: the JSON API against the command line, limits, errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from lint_news.findings import CATEGORIES
from tests.conftest import ROOT, run_cli

pytest.importorskip("starlette", reason="the web extra (starlette) is not installed")
pytest.importorskip("httpx", reason="httpx (for Starlette's test client) is not installed")

from starlette.testclient import TestClient  # noqa: E402

from lint_news.web import app as web_app  # noqa: E402
from lint_news.web.service import Linter  # noqa: E402

ARTICLE = ROOT / "tests" / "data" / "web_article.txt"


@pytest.fixture(scope="module")
def linter() -> Linter:
    lin = Linter(start=str(ROOT / "tests" / "data"))
    lin.warm_up()
    return lin


@pytest.fixture(scope="module")
def client(linter: Linter) -> TestClient:
    return TestClient(web_app.create_app(linter), raise_server_exceptions=False)


def cli_json(text: str, *args: str) -> dict:
    proc = run_cli("check", "-", "--format", "json", *args, input=text.encode("utf-8"))
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return json.loads(proc.stdout)


def test_check_is_the_cli_json(client: TestClient) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    r = client.post("/api/check", json={"text": text, "markdown": False})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/json")
    got = r.json()
    assert got == cli_json(text)
    proc = run_cli("check", "-", "--format", "json", input=text.encode("utf-8"))
    assert r.content == proc.stdout  # byte for byte
    categories = {f["category"] for f in got["findings"]}
    assert categories == set(CATEGORIES) - {"style"}  # every category but number forms


def test_check_markdown_is_the_cli_json(client: TestClient) -> None:
    text = "# 标题\n\n全市共有**超90%以上**的企业完成改造。\n\n<!-- lint-news-disable-next-line -->\n约300人左右参加。\n"
    got = client.post("/api/check", json={"text": text, "markdown": True}).json()
    assert got == cli_json(text, "--markdown")
    assert [f["rule"] for f in got["findings"]] == ["over-and-above"]
    # the same text read as plain text sees the markup and the disabled line
    plain = client.post("/api/check", json={"text": text}).json()
    assert plain == cli_json(text)
    assert "approx-and-about" in {f["rule"] for f in plain["findings"]}


def test_check_applies_disable_ranges_and_unused_suppressions_as_the_cli(client) -> None:
    text = (
        "<!-- lint-news-disable redundancy -->\n\n惠及居民约1.8万户左右。\n\n"
        "<!-- lint-news-enable -->\n\n投资超过5亿元以上。\n\n"
        "<!-- lint-news-disable-next-line wording -->\n今天天气晴朗。\n"
    )
    got = client.post("/api/check", json={"text": text, "markdown": True}).json()
    assert got == cli_json(text, "--markdown")
    assert sorted(f["rule"] for f in got["findings"]) == ["over-and-above", "unused-suppression"]


def test_check_of_clean_text_and_path(client: TestClient) -> None:
    r = client.post("/api/check", json={"text": "今天天气晴朗。", "path": "晴.txt"})
    assert r.json()["findings"] == []
    assert r.json()["summary"]["findings"] == 0
    r = client.post("/api/check", json={"text": "超90%以上", "path": "a.txt"})
    assert r.json()["findings"][0]["path"] == "a.txt"


def test_fix_is_check_dash_fix(client: TestClient) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    proc = run_cli("check", "-", "--fix", input=text.encode("utf-8"))
    expected = proc.stdout.decode("utf-8")
    r = client.post("/api/fix", json={"text": text, "markdown": False})
    assert r.status_code == 200
    assert r.json()["text"] == expected
    assert r.json()["text"] != text
    assert r.json()["applied"] == 4
    # nothing left to fix
    again = client.post("/api/fix", json={"text": expected}).json()
    assert again == {"text": expected, "applied": 0}


def test_fix_only_the_chosen_finding(client: TestClient) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    findings = client.post("/api/check", json={"text": text}).json()["findings"]
    doubled = next(f for f in findings if f["rule"] == "doubled-word")
    only = [{"rule": doubled["rule"], "line": doubled["line"], "column": doubled["column"]}]
    r = client.post("/api/fix", json={"text": text, "only": only}).json()
    assert r["applied"] == 1
    assert r["text"] == text.replace("的的口袋", "的口袋")
    # a finding that is not there changes nothing
    only = [{"rule": "doubled-word", "line": 1, "column": 1}]
    assert client.post("/api/fix", json={"text": text, "only": only}).json() == {
        "text": text,
        "applied": 0,
    }


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"text": "abc"', "not valid JSON"),
        (b"\xff\xfe", "not UTF-8"),
        (b'["text"]', "JSON object"),
        (b"{}", '"text"'),
        (b'{"text": 3}', '"text"'),
        (b'{"text": "a", "markdown": "yes"}', '"markdown"'),
        (b'{"text": "a", "path": 1}', '"path"'),
    ],
)
def test_bad_requests_get_400(client: TestClient, body: bytes, message: str) -> None:
    for url in ("/api/check", "/api/fix"):
        r = client.post(url, content=body, headers={"content-type": "application/json"})
        assert r.status_code == 400, (url, r.text)
        assert message in r.json()["error"]


def test_bad_only_gets_400(client: TestClient) -> None:
    r = client.post("/api/fix", json={"text": "a", "only": [{"rule": "x"}]})
    assert r.status_code == 400
    assert '"only"' in r.json()["error"]


def test_oversize_gets_413(client: TestClient) -> None:
    big = json.dumps({"text": "字" * (web_app.MAX_BODY // 3 + 10)}, ensure_ascii=False)
    assert len(big.encode("utf-8")) > web_app.MAX_BODY
    r = client.post("/api/check", content=big.encode("utf-8"))
    assert r.status_code == 413
    assert str(web_app.MAX_BODY) in r.json()["error"]

    # without a Content-Length header (chunked): the body is cut off while it is read
    def chunks():
        for _ in range(web_app.MAX_BODY // 50_000 + 2):
            yield b" " * 50_000

    r = client.post("/api/fix", content=chunks())
    assert r.status_code == 413
    # just under the limit is served (the limit is on bytes: JSON whitespace counts too)
    ok = '{"text": "超90%以上"}'.encode() + b" " * (web_app.MAX_BODY - 30)
    assert len(ok) <= web_app.MAX_BODY
    r = client.post("/api/check", content=ok)
    assert r.status_code == 200 and r.json()["summary"]["findings"] == 1


def test_errors_are_json_not_tracebacks(client: TestClient, monkeypatch) -> None:
    assert client.get("/api/check").status_code == 405
    r = client.get("/no/such/page")
    assert r.status_code == 404 and "error" in r.json()
    assert client.get("/static/../app.py").status_code == 404

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(Linter, "check_json", broken)
    r = client.post("/api/check", json={"text": "a"})
    assert r.status_code == 500
    assert r.json() == {"error": "internal error: RuntimeError: boom"}
    assert "Traceback" not in r.text


def test_page_and_assets_are_served_locally(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    html = page.text
    assert 'data-mode="serve"' in html
    assert "配置文件" not in html  # filled in by the script from the data below
    data = json.loads(re.search(r'id="lint-news-data">(.*?)</script>', html, re.S).group(1))
    assert data["config"]["rules_enabled"] > 20
    srcs = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert set(srcs) == {"/static/lint-news.css", "/static/lint-news.js", "data:,"}
    for name, kind in (("lint-news.js", "text/javascript"), ("lint-news.css", "text/css")):
        r = client.get(f"/static/{name}")
        assert r.status_code == 200 and r.headers["content-type"].startswith(kind)
        assert not re.search(r"https?://", r.text), name


def test_configuration_is_fixed_at_start_and_described(tmp_path: Path) -> None:
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "desk.yaml").write_text(
        (ROOT / "tests" / "data" / "house.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    cfg = tmp_path / "desk.yaml"
    cfg.write_text(
        "ignore: [doubled-word]\nrules: [house]\nallow: ['再接再励']\nseverity:\n  redundancy: info\n",
        encoding="utf-8",
    )
    lin = Linter(config_path=str(cfg))
    info = lin.describe()
    assert info["config_file"] == str(cfg)
    assert info["ignore"] == ["doubled-word"]
    assert info["allow"] == ["再接再励"]
    assert info["severity"] == {"redundancy": "info"}
    assert any(p["name"].endswith("desk.yaml") for p in info["packs"])
    text = ARTICLE.read_text(encoding="utf-8")
    rules = {f["rule"]: f for f in lin.check(text, False)["findings"]}
    assert "doubled-word" not in rules and "idiom-typo" not in rules
    assert rules["over-and-above"]["severity"] == "info"
    assert lin.check(text, False) == cli_json(text, "--config", str(cfg))


def test_serve_refuses_a_busy_port() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        proc = run_cli("serve", "--port", str(port))
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert err.startswith("lint-news: error: cannot listen on 127.0.0.1:") and err.count("\n") == 1


def test_docx_route_gives_markdown_and_clear_errors(client: TestClient) -> None:
    import io

    docx = pytest.importorskip("docx", reason="the docx extra is not installed")
    d = docx.Document()
    d.add_heading("标题", level=1)
    d.add_paragraph("第一段文字。")
    buf = io.BytesIO()
    d.save(buf)
    r = client.post("/api/docx", content=buf.getvalue())
    assert r.status_code == 200 and r.json() == {
        "text": "# 标题\n\n第一段文字。\n",
        "markdown": True,
    }
    bad = client.post("/api/docx", content=b"not a zip")
    assert bad.status_code == 400 and "not a readable .docx" in bad.json()["error"]
    assert client.post("/api/docx", content=b"").status_code == 400
    big = client.post("/api/docx", content=b"x" * (web_app.MAX_BODY + 1))
    assert big.status_code == 413
