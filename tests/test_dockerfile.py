"""No container engine runs in CI, so run the Dockerfile's own install steps in a fresh venv.

The test reads the Dockerfile, copies what its COPY lines copy into an empty
folder, runs its `pip install` line in a new virtual environment from there, and
checks the installed command works on the copied content with the image's
environment: `check`, and `run` with organiser keys (reports switched on) against
the fake Bot API on 127.0.0.1, answering a worker and stopping on SIGTERM. The
installed package lives in site-packages, away from the content, so nothing it
needs may be found relative to its own files.
"""

from __future__ import annotations

import asyncio
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from bot.reports import new_keypair
from tests.fakebot import FakeBotAPI
from tests.helpers import REPO

DOCKERFILE = (REPO / "Dockerfile").read_text(encoding="utf-8")


def _instructions() -> list[tuple[str, str]]:
    joined = re.sub(r"\\\n\s*", " ", DOCKERFILE)
    out = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def test_dockerfile_basics() -> None:
    ins = _instructions()
    words = [w for w, _ in ins]
    assert ins[0][0] == "FROM" and re.search(r"python:3\.\d+\.\d+-slim", ins[0][1])
    assert "USER" in words and dict(ins)["USER"] != "root"
    assert "HEALTHCHECK" in words and "VOLUME" in words
    assert dict(ins)["CMD"] == '["advice-bot", "run"]'


@pytest.mark.skipif(shutil.which("pip") is None and not sys.executable, reason="no pip")
async def test_install_steps_in_a_fresh_venv(tmp_path: Path) -> None:
    app = tmp_path / "app"
    app.mkdir()
    env: dict[str, str] = {}
    venv_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(venv_dir)
    bindir = venv_dir / "bin"
    for word, rest in _instructions():
        if word == "COPY":
            *sources, dest = shlex.split(rest)
            target = app / dest if not dest.startswith("/") else app / dest.lstrip("/")
            for src in sources:
                path = REPO / src
                if path.is_dir():
                    shutil.copytree(
                        path,
                        target,
                        dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("__pycache__"),
                    )
                else:
                    target.mkdir(parents=True, exist_ok=True)
                    shutil.copy(path, target / path.name)
        elif word == "ENV":
            for pair in shlex.split(rest):
                key, _, value = pair.partition("=")
                env[key] = value
        elif word == "RUN" and rest.startswith("pip install"):
            cmd = [str(bindir / "python"), "-m", *shlex.split(rest)]
            done = subprocess.run(
                cmd,
                cwd=app,
                capture_output=True,
                text=True,
                check=False,
                env={**os.environ, **{k: v for k, v in env.items() if k.startswith("PIP")}},
            )
            assert done.returncode == 0, done.stderr[-3000:]
    data = tmp_path / "data"
    data.mkdir()
    run_env = {
        **os.environ,
        **env,
        "ADVICE_BOT_ROOT": str(app),
        "ADVICE_BOT_DB": str(data / "db.sqlite"),
        "ADVICE_BOT_CACHE": str(data / "cache"),
        "ADVICE_BOT_HEARTBEAT": str(data / "heartbeat"),
    }
    for args in (["check", "--quiet"], ["--help"], ["run", "--help"]):
        done = subprocess.run(
            [str(bindir / "advice-bot"), *args],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            env=run_env,
            check=False,
        )
        assert done.returncode == 0, (args, done.stdout[-2000:], done.stderr[-2000:])
    # Without a token the container must fail at start-up with a message naming the setting.
    bad_env = {k: v for k, v in run_env.items() if k != "TELEGRAM_BOT_TOKEN"}
    done = subprocess.run(
        [str(bindir / "advice-bot"), "run"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=bad_env,
        check=False,
        timeout=120,
    )
    assert done.returncode != 0 and "TELEGRAM_BOT_TOKEN" in done.stderr
    await _serves_with_reports_on(bindir / "advice-bot", run_env, tmp_path)


async def _serves_with_reports_on(command: Path, run_env: dict[str, str], cwd: Path) -> None:
    """The installed app starts with organiser keys, answers /start, stops on SIGTERM."""
    token = "4242:DOCKER-test-token"
    _, key_line = new_keypair(b"a long enough passphrase")
    async with FakeBotAPI(token=token) as api:
        env = {
            **run_env,
            "TELEGRAM_BOT_TOKEN": token,
            "TELEGRAM_API_URL": api.base_url,
            "ADVICE_BOT_SECRET": "5f0c93a17e2d48b6c1a9e07d3b52f846a1d9c3e70b8f2564d1a7e93c05b8f2d6",
            "ADVICE_BOT_ORGANISER_KEYS": key_line,
            "ADVICE_BOT_LISTEN_HOST": "127.0.0.1",
        }
        proc = await asyncio.create_subprocess_exec(
            str(command), "run", cwd=cwd, env=env, stderr=subprocess.PIPE
        )
        try:
            # Generous: start-up parses every language (slow on a busy machine).
            started = await asyncio.wait_for(_started(api, proc), 300)
            if not started:
                _, err = await proc.communicate()
                pytest.fail(f"advice-bot run stopped at start-up: {err.decode()[-2000:]}")
            await api.user_sends_start(7, language_code="en")
            [reply] = await api.wait_for_sent(7)
            assert reply.text
            proc.send_signal(signal.SIGTERM)
            _, err = await asyncio.wait_for(proc.communicate(), 30)
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
    assert proc.returncode == 0, err.decode()[-2000:]


async def _started(api: FakeBotAPI, proc: asyncio.subprocess.Process) -> bool:
    """Wait until the app polls for updates (True) or exits (False)."""
    while not api.calls_to("getUpdates"):
        if proc.returncode is not None:
            return False
        await asyncio.sleep(0.05)
    return True
