"""Starts a real `keybound serve` from KEYBOUND_BIN, as an operator would: SQLite in a fresh
data directory, or the PostgreSQL database DATABASE_URL names. Used by the tests in this folder,
which treat Keybound as a black box over HTTP (the standard library only)."""

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Keybound:
    def __init__(self, extra_env=None, smtp=False):
        """`smtp=True` sends email through a real SMTP sink (aiosmtpd) in the data directory."""
        self.bin = os.environ["KEYBOUND_BIN"]
        self.data_dir = tempfile.mkdtemp(prefix="keybound-outside-")
        self.sink = None
        if smtp:
            smtp_port = free_port()
            self.sink = subprocess.Popen(
                [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{smtp_port}",
                 "-c", "aiosmtpd.handlers.Mailbox", os.path.join(self.data_dir, "mail")],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
            extra_env = {
                "KEYBOUND_SMTP_HOST": "127.0.0.1",
                "KEYBOUND_SMTP_PORT": str(smtp_port),
                "KEYBOUND_SMTP_SECURITY": "none",
                **(extra_env or {}),
            }
        port = free_port()
        self.base = f"http://localhost:{port}"
        self.env = {
            "PATH": os.environ["PATH"],
            "KEYBOUND_DATA_DIR": self.data_dir,
            "KEYBOUND_LISTEN": f"127.0.0.1:{port}",
            "KEYBOUND_PUBLIC_URL": self.base,
            "RUST_LOG": "warn",
            **({"DATABASE_URL": os.environ["DATABASE_URL"]} if os.environ.get("DATABASE_URL") else {}),
            **(extra_env or {}),
        }
        self.cli("migrate")
        self.token = self.cli("token", "create", "--name", "outside", "--scopes", "*").strip().splitlines()[-1]
        realm = json.loads(self.cli("realm", "list", "--json"))[0]
        self.tenant_id, self.realm_id = realm["tenant_id"], realm["id"]
        self.realm_path = f"/v1/tenants/{self.tenant_id}/realms/{self.realm_id}"
        self.process = None

    def cli(self, *args):
        return subprocess.run([self.bin, *args], env=self.env, check=True, capture_output=True, text=True).stdout

    def start(self):
        # stdout only carries the first-run console link; errors go to stderr.
        self.process = subprocess.Popen([self.bin, "serve"], env=self.env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        for _ in range(300):
            try:
                with urllib.request.urlopen(f"{self.base}/readyz", timeout=1) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
            if self.process.poll() is not None:
                raise RuntimeError(f"keybound exited with {self.process.returncode}")
            time.sleep(0.1)
        raise RuntimeError("keybound did not become ready")

    def kill(self):
        """SIGKILL: no drain, no shutdown hook, as a power cut or an OOM kill would end it."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)
        if self.sink:
            self.sink.terminate()
            self.sink.wait()

    def call(self, method, path, body=None, timeout=10):
        """(status, parsed JSON body) of an API request with the admin token."""
        request = urllib.request.Request(
            f"{self.base}{path}",
            method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as r:
                return r.status, json.loads(r.read() or b"null")
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"null")
