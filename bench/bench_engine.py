"""Engine step time, and loading + checking a large synthetic content set.

Baselines, measured in the same run:
- a step is compared with serialising the session to JSON and back (work the
  session store does on every update anyway);
- load + check is compared with just reading and YAML-parsing the same files.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import yaml

from bot.content import check_content, load_content
from bot.engine.session import Session
from bot.engine.step import Press, Start, step

from .common import Result, best_of

REPO = Path(__file__).resolve().parent.parent
LOCALES = ["en", "pl", "ro", "uk", "es", "pt", "hi", "pa", "ur", "bn", "ml", "ne", "tl", "ar", "cy"]


def bench_step() -> list[Result]:
    content = load_content(REPO)
    flows = content.flows
    session = step(flows, Session(), Start("en")).session
    session = step(flows, session, Press(session.token, 0)).session  # a node with buttons

    def one_step() -> None:
        step(flows, session, Press(session.token, 0))

    def json_round_trip() -> None:
        Session.from_dict(json.loads(json.dumps(session.to_dict())))

    t = best_of(one_step, repeat=7, number=2000)
    base = best_of(json_round_trip, repeat=7, number=2000)
    return [
        Result(
            "engine step (press a button)",
            t * 1e6,
            "µs",
            "session JSON round trip",
            base * 1e6,
            "well under 100 µs",
        )
    ]


def make_content(root: Path, flows: int = 10, nodes_per_flow: int = 100) -> None:
    (root / "flows").mkdir(parents=True)
    ids: list[str] = []
    welcome = {
        "version": 1,
        "id": "welcome",
        "start": "start",
        "nodes": {
            "start": {"say": "language-choose", "languages": "menu"},
            "menu": {
                "say": "m-menu",
                "choices": [{"label": "m-menu", "goto": f"f{i}.n0"} for i in range(flows)],
            },
        },
    }
    ids += ["m-menu"]
    (root / "flows" / "welcome.yaml").write_text(yaml.safe_dump(welcome), encoding="utf-8")
    for f in range(flows):
        nodes = {}
        for n in range(nodes_per_flow):
            mid = f"f{f}-n{n}"
            ids.append(mid)
            nxt = f"n{n + 1}" if n + 1 < nodes_per_flow else "welcome.menu"
            nodes[f"n{n}"] = {
                "say": mid,
                "choices": [
                    {"label": "leave-now", "action": "quick_exit"},
                    {"label": mid, "goto": nxt, "set": {"v": n}},
                ],
            }
        flow = {"version": 1, "id": f"f{f}", "start": "n0", "nodes": nodes}
        (root / "flows" / f"f{f}.yaml").write_text(yaml.safe_dump(flow), encoding="utf-8")
    common = (REPO / "locales" / "en" / "common.ftl").read_text(encoding="utf-8")
    for code in LOCALES:
        d = root / "locales" / code
        d.mkdir(parents=True)
        status = "reviewed" if code == "en" else "draft"
        text = common.replace("# status: reviewed", f"# status: {status}")
        if code != "en":
            text = text.replace("language-name = English", f"language-name = {code}")
        body = "\n".join(f"{m} = Message {m} in {code} with {{ $v }} things." for m in ids)
        (d / "common.ftl").write_text(text, encoding="utf-8")
        (d / "flows.ftl").write_text(f"# status: {status}\n{body}\n", encoding="utf-8")


def bench_load() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        make_content(root)

        def load() -> None:
            content, issues, _ = check_content(root)
            assert content is not None, [str(i) for i in issues if i.level == "error"][:5]

        def parse_only() -> None:
            for p in (root / "flows").glob("*.yaml"):
                yaml.load(p.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
            for p in (root / "locales").rglob("*.ftl"):
                p.read_text(encoding="utf-8")

        base = best_of(parse_only, repeat=3)
        previous = os.environ.get("ADVICE_BOT_CACHE")
        os.environ["ADVICE_BOT_CACHE"] = "off"
        try:
            cold = best_of(load, repeat=1)
        finally:
            os.environ.pop("ADVICE_BOT_CACHE")
            if previous is not None:
                os.environ["ADVICE_BOT_CACHE"] = previous
        with tempfile.TemporaryDirectory() as cache:
            os.environ["ADVICE_BOT_CACHE"] = cache
            try:
                load()  # fill the cache
                warm = best_of(load, repeat=3)
            finally:
                os.environ.pop("ADVICE_BOT_CACHE")
                if previous is not None:
                    os.environ["ADVICE_BOT_CACHE"] = previous
        nodes = len(load_content(root).flows.nodes)
    name = f"load + check {nodes} nodes x {len(LOCALES)} locales"
    return [
        Result(
            name + " (cold)",
            cold * 1e3,
            "ms",
            "read + YAML-parse the files",
            base * 1e3,
            "under 1000 ms",
        ),
        Result(
            name + " (cached)",
            warm * 1e3,
            "ms",
            "read + YAML-parse the files",
            base * 1e3,
            "under 1000 ms",
        ),
    ]


def bench_sources() -> list[Result]:
    """`check --locales` with source tracking (hash every English message, read each
    language's .sources.json, compare) against the same check without it."""
    import bot.content
    from bot.content import read_locales
    from bot.i18n.checks import coverage_table
    from bot.i18n.sources import record

    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as cache:
        root = Path(tmp)
        make_content(root)
        catalogs = read_locales(root)
        for code, cat in catalogs.items():
            if code != "en":
                record(root, catalogs["en"], cat, list(cat.messages))
        previous = os.environ.get("ADVICE_BOT_CACHE")
        os.environ["ADVICE_BOT_CACHE"] = cache
        tracking = bot.content.track_sources

        def check_locales() -> None:
            content, issues, coverage = check_content(root, translations_strict=True)
            assert content is not None, [str(i) for i in issues if i.level == "error"][:5]
            coverage_table(coverage)

        try:
            check_locales()  # fill the parse cache
            with_hashing = best_of(check_locales, repeat=3)
            bot.content.track_sources = lambda *args, **kwargs: []  # type: ignore[assignment]
            without = best_of(check_locales, repeat=3)
        finally:
            bot.content.track_sources = tracking  # type: ignore[assignment]
            os.environ.pop("ADVICE_BOT_CACHE")
            if previous is not None:
                os.environ["ADVICE_BOT_CACHE"] = previous
        nodes = len(load_content(root).flows.nodes)
    return [
        Result(
            f"check --locales {nodes} nodes x {len(LOCALES)} (sources)",
            with_hashing * 1e3,
            "ms",
            "the same check without source tracking",
            without * 1e3,
            "under 1.2x",
        )
    ]


def run() -> list[Result]:
    return bench_step() + bench_load() + bench_sources()
