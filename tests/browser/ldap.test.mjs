// The console's LDAP page in Chromium, against a real slapd: the settings from the server's
// environment shown locked, Test connection, a dry run that changes nothing, Sync now, the
// synced people and groups read-only in the console, the last syncs listed; at 390 px too.
// On PostgreSQL every browser test file shares one database, so usernames here start with `ldap-`.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { once } from "node:events";
import { startKeybound, launchBrowser, pageWithAuthenticator } from "./harness.mjs";

const SUFFIX = "dc=example,dc=org";
let kb, browser, slapd, admin;

function entries() {
  const people = [["ldap-grace", "Grace", "Hopper"], ["ldap-alan", "Alan", "Turing"], ["ldap-edsger", "Edsger", "Dijkstra"]];
  let ldif = "";
  for (const [uid, given, family] of people) {
    ldif += `dn: uid=${uid},ou=people,${SUFFIX}\nobjectClass: inetOrgPerson\nuid: ${uid}\ncn: ${given} ${family}\ngivenName: ${given}\nsn: ${family}\nmail: ${uid}@example.org\n\n`;
  }
  ldif += `dn: cn=ldap-pioneers,ou=groups,${SUFFIX}\nobjectClass: groupOfNames\ncn: ldap-pioneers\nmember: uid=ldap-grace,ou=people,${SUFFIX}\nmember: uid=ldap-alan,ou=people,${SUFFIX}\n`;
  return ldif;
}

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), "keybound-ldap-"));
  writeFileSync(join(dir, "entries.ldif"), entries());
  const bin = process.env.TEST_SLAPD_BIN ?? join(dirname(process.env.KEYBOUND_BIN), "test-slapd");
  slapd = spawn(bin, [join(dir, "entries.ldif")], { stdio: ["pipe", "pipe", "inherit"] });
  const [line] = await once(slapd.stdout, "data");
  const url = line.toString().trim();
  assert.match(url, /^ldap:\/\/127\.0\.0\.1:\d+$/);
  kb = await startKeybound({
    KEYBOUND_LDAP_URL: url,
    KEYBOUND_LDAP_BASE_DN: SUFFIX,
    KEYBOUND_LDAP_BIND_DN: `cn=reader,${SUFFIX}`,
    KEYBOUND_LDAP_BIND_PASSWORD: "reader-secret",
    KEYBOUND_LDAP_SYNC_INTERVAL: "0",
  });
  browser = await launchBrowser();
  admin = await pageWithAuthenticator(browser);
  await admin.page.goto(kb.cli("admin", "link", "--username", "ldap-admin", "--create").trim().split("\n").pop());
  await admin.page.getByRole("button", { name: "Create passkey" }).click();
  await admin.page.waitForURL(/\/console$/, { timeout: 15000 });
});

after(async () => {
  await admin?.context.close();
  await browser?.close();
  await kb?.stop();
  slapd?.stdin.end();
});

test("the LDAP page: locked settings, Test connection, a dry run, Sync now, read-only people and groups, the last syncs", async () => {
  const { page } = admin;
  await page.getByRole("link", { name: "LDAP", exact: true }).click();
  const url = page.getByLabel("Directory URL");
  assert.ok(await url.isDisabled(), "a URL from the environment cannot be changed here");
  assert.match(await page.locator("#ldap-settings").innerText(), /Directory URL Locked/);
  assert.equal(await page.getByLabel("Bind password").inputValue(), "", "the password is never shown");

  await page.getByRole("button", { name: "Test connection" }).click();
  assert.match(await page.locator("#outcome").innerText(), /Connected: 3 people, 1 groups\./);
  assert.match(await page.locator("#outcome").innerText(), /ldap-grace · Grace Hopper · ldap-grace@example\.org/);

  await page.getByLabel("Dry run (change nothing)").check();
  await page.getByRole("button", { name: "Sync now" }).click();
  const dry = await page.locator("#outcome").innerText();
  assert.match(dry, /dry run: 3 created/);
  assert.match(dry, /would create ldap-alan/);
  assert.equal((await kb.api("GET", `/identities?filter=${encodeURIComponent('traits.username eq "ldap-alan"')}`)).body.total_size, 0);

  await page.getByRole("button", { name: "Sync now" }).click();
  assert.match(await page.locator("#outcome").innerText(), /^3 created, 0 updated/);
  const runs = await page.locator("#ldap-syncs").innerText();
  assert.match(runs, /console\s+3 created/);
  assert.match(runs, /console \(dry run\)\s+dry run: 3 created/);

  // A setting the environment leaves open, saved here: the group's members become administrators.
  await page.getByLabel("Administrators group").fill("ldap-pioneers");
  await page.getByRole("button", { name: "Save settings" }).click();
  assert.match(await page.locator("#outcome").innerText(), /Settings saved\./);
  assert.equal(await page.getByLabel("Administrators group").inputValue(), "ldap-pioneers");
  await page.getByRole("button", { name: "Sync now" }).click();
  assert.match(await page.locator("#outcome").innerText(), /^0 created, 0 updated.*roles \+2 -0/);
  const grace = await pageWithAuthenticator(browser);
  const job = await kb.api("POST", "/authenticator-configs", { authenticator_config: { config: { type: "hosted_web" } } });
  const id = (await kb.api("GET", `/identities?filter=${encodeURIComponent('traits.username eq "ldap-grace"')}`)).body.identities[0].id;
  const bound = await kb.api("POST", `/identities/${id}/credential-binding-jobs`, { job: { delivery_method: "RETURN", authenticator_config_id: job.body.id } });
  await grace.page.goto(bound.body.credential_binding_link);
  await grace.page.getByRole("button", { name: "Create passkey" }).click();
  await grace.page.waitForSelector("body[data-state=done]", { timeout: 15000 });
  const consoleAnswer = await grace.page.goto(`${kb.base}/console`);
  assert.equal(consoleAnswer.status(), 200);
  if (!grace.page.url().endsWith("/console")) {
    // Not signed in by the binding: the passkey signs her in on /login, then she is back.
    await grace.page.waitForURL(/\/console$/, { timeout: 15000 });
  }
  assert.equal(await grace.page.getByRole("heading", { level: 1 }).innerText(), "Dashboard", "a member of the administrators group enters the console");
  await grace.context.close();

  // The synced person: read-only, marked LDAP; the group too.
  await page.goto(`${kb.base}/console/users?q=ldap-grace`);
  await page.getByRole("link", { name: "Grace Hopper", exact: true }).click();
  const profile = await page.locator("#directory-profile").innerText();
  assert.match(profile, /LDAP/);
  assert.match(profile, /managed by LDAP/);
  assert.equal(await page.getByRole("button", { name: "Save", exact: true }).count(), 0, "no form for what the directory owns");
  await page.goto(`${kb.base}/console/groups`);
  await page.getByRole("link", { name: "ldap-pioneers" }).click();
  assert.match(await page.locator("#ldap-group").innerText(), /managed by LDAP/);
  assert.equal(await page.getByRole("button", { name: "Add member" }).count(), 0);
  assert.match(await page.locator("#members").innerText(), /ldap-alan/);

  // The page fits a phone.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`${kb.base}/console/ldap`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.equal(overflow, 0, "no sideways scrolling at 390 px");
  await page.setViewportSize({ width: 1280, height: 800 });
});
