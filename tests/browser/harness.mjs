// Starts a real `keybound serve` (binary from KEYBOUND_BIN; SQLite in a temp dir, or a fresh
// PostgreSQL database beside the one DATABASE_URL names, so that each test file starts empty) sending email through a real SMTP server (aiosmtpd), and drives
// Debian's Chromium with a WebAuthn virtual authenticator in each page.

import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const BIN = process.env.KEYBOUND_BIN;
if (!BIN) throw new Error("set KEYBOUND_BIN to the keybound binary (scripts/test does)");

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

async function waitForPort(port) {
  for (let i = 0; i < 300; i++) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, "127.0.0.1", () => (socket.end(), resolve(true)));
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nothing listens on ${port}`);
}

/** A new, empty PostgreSQL database on the server `url` names; its URL. */
function freshDatabase(url) {
  const name = `keybound_${process.pid}_${Date.now().toString(36)}`;
  execFileSync("psql", ["-q", url, "-c", `CREATE DATABASE ${name}`]);
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return fresh.toString();
}

export async function startKeybound(extraEnv = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), "keybound-browser-"));
  const smtpPort = await freePort();
  const maildir = join(dataDir, "mail");
  const sink = spawn("python3", ["-m", "aiosmtpd", "-n", "-l", `127.0.0.1:${smtpPort}`, "-c", "aiosmtpd.handlers.Mailbox", maildir], { stdio: "ignore" });
  await waitForPort(smtpPort);
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const env = {
    PATH: process.env.PATH,
    KEYBOUND_DATA_DIR: dataDir,
    KEYBOUND_LISTEN: `127.0.0.1:${port}`,
    KEYBOUND_PUBLIC_URL: base,
    RUST_LOG: "warn",
    KEYBOUND_SMTP_HOST: "127.0.0.1",
    KEYBOUND_SMTP_PORT: String(smtpPort),
    KEYBOUND_SMTP_SECURITY: "none",
    KEYBOUND_SMTP_FROM: "Acme Login <login@acme.example>",
    ...(process.env.DATABASE_URL ? { DATABASE_URL: freshDatabase(process.env.DATABASE_URL) } : {}),
    ...extraEnv,
  };
  const cli = (...args) => execFileSync(BIN, args, { env, encoding: "utf8" });
  cli("migrate");
  const token = cli("token", "create", "--name", "browser-tests", "--scopes", "*").trim().split("\n").pop();
  const [realm] = JSON.parse(cli("realm", "list", "--json"));
  const server = spawn(BIN, ["serve"], { env, stdio: ["ignore", "ignore", "inherit"] });
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {}
    if (i > 300) throw new Error("keybound did not start");
    await new Promise((r) => setTimeout(r, 100));
  }
  const realmPath = `/v1/tenants/${realm.tenant_id}/realms/${realm.id}`;
  async function api(method, path, body) {
    const res = await fetch(`${base}${realmPath}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  }
  return {
    base,
    api,
    cli,
    maildir,
    async stop() {
      server.kill("SIGTERM");
      await new Promise((r) => server.once("exit", r));
      sink.kill();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A fresh browser context and page holding one virtual authenticator. */
export async function pageWithAuthenticator(browser, options = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
      ...options,
    },
  });
  const credentials = async () => (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials;
  return { context, page, credentials };
}

/** The email to `address` the SMTP server received, quoted-printable undone; waits for delivery. */
export async function emailTo(maildir, address, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let files = [];
    try {
      files = readdirSync(join(maildir, "new")).map((f) => join(maildir, "new", f));
    } catch {}
    for (const f of files) {
      const raw = readFileSync(f, "utf8");
      const text = raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
      if (text.includes(address)) return text;
    }
    if (Date.now() > deadline) return null;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function linkIn(text) {
  return text.match(/https?:\/\/[^\s"<>]+:invokeAuthenticator\?token=[A-Za-z0-9_-]+/)?.[0] ?? null;
}

/** A private certificate authority made with the openssl command, and a certificate it signed
 *  for `localhost` (and 127.0.0.1): files in a temp dir, and the key and certificate in PEM. */
export function localhostCertificate() {
  const dir = mkdtempSync(join(tmpdir(), "keybound-ca-"));
  const run = (...args) => execFileSync("openssl", args, { cwd: dir, stdio: "ignore" });
  run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
    "-subj", "/CN=Keybound test CA", "-keyout", "ca.key", "-out", "ca.pem");
  run("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-subj", "/CN=localhost",
    "-keyout", "localhost.key", "-out", "localhost.csr");
  writeFileSync(join(dir, "san.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
  run("x509", "-req", "-in", "localhost.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
    "-days", "2", "-extfile", "san.ext", "-out", "localhost.pem");
  return {
    caFile: join(dir, "ca.pem"),
    key: readFileSync(join(dir, "localhost.key")),
    cert: readFileSync(join(dir, "localhost.pem")),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
