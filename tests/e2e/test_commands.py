"""The app commands as a user runs them: migrate, worker, serve, manage."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx


def test_migrate_creates_the_database(tmp_path, run_flambeau):
    result = run_flambeau("migrate", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "flambeau.sqlite3").exists()
    assert "Traceback" not in result.stderr


def test_worker_on_an_unmigrated_database_says_what_to_do(tmp_path, run_flambeau):
    result = run_flambeau("worker", "--once", home=tmp_path, timeout=120)
    assert result.returncode == 1
    assert "flambeau migrate" in result.stderr and "Traceback" not in result.stderr


def test_worker_once_runs_a_round_and_exits(tmp_path, run_flambeau):
    assert run_flambeau("migrate", home=tmp_path).returncode == 0
    result = run_flambeau("worker", "--once", home=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr


def test_manage_passes_through_to_django(tmp_path, run_flambeau):
    result = run_flambeau("manage", "check", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_answers_on_the_studio_api_and_admin(tmp_path):
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(FLAMBEAU_HOME=str(tmp_path), FLAMBEAU_BLOCK_PLUGINS="1")
    server = subprocess.Popen(
        [sys.executable, "-m", "flambeau", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(150):
            try:
                home = httpx.get(f"{base}/", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            raise AssertionError("the studio did not start")
        assert home.status_code == 200
        assert httpx.get(f"{base}/admin/login/").status_code == 200
        assert httpx.get(f"{base}/static/admin/css/base.css").status_code == 200
        assert httpx.get(f"{base}/api/campaigns").status_code == 401
        assert httpx.get(f"{base}/api/docs").status_code in (200, 401)
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_demo_with_a_bad_brief_exits_2_and_makes_nothing(tmp_path, run_flambeau):
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nbrand: {name: X, language: fr}\ncampaign: {name: C}\n")
    home = tmp_path / "home"
    result = run_flambeau("demo", "--home", str(home), "--brief", str(bad), home=home)
    assert result.returncode == 2
    assert "campaign.start" in result.stderr and "Traceback" not in result.stderr
    assert not (home / "flambeau.sqlite3").exists()
