// Sign-up through a sign-up link in a real browser: the admin makes a one-use link with the
// CLI, a new person opens it, fills in the form, creates a passkey and lands signed in on the
// account page; the link is then used up; the new passkey signs in again.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startKeybound, launchBrowser, pageWithAuthenticator } from "./harness.mjs";

let kb, browser;

before(async () => {
  kb = await startKeybound();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await kb?.stop();
});

test("a sign-up link creates the account and its passkey once; the passkey then signs in", async () => {
  const settings = await kb.api("PATCH", "/settings", { settings: { signup_mode: "with_token" } });
  assert.equal(settings.status, 200);
  const group = await kb.api("POST", "/groups", { group: { display_name: "Newcomers" } });
  const link = kb.cli("signup-token", "create", "--usage-limit", "1", "--expires", "1d", "--group", "Newcomers").trim().split("\n").pop();
  assert.match(link, /\/st\//);

  const { page, context } = await pageWithAuthenticator(browser);
  await page.goto(link);
  await page.getByLabel("Username").fill("nina");
  await page.getByLabel("First name").fill("Nina");
  await page.getByLabel("Last name").fill("Newcomer");
  await page.getByLabel("Email").fill("nina@example.com");
  await page.getByRole("button", { name: "Create account and passkey" }).click();
  await page.waitForURL(/\/account$/, { timeout: 15000 });
  assert.equal(await page.locator("#who").innerText(), "Nina Newcomer");
  assert.match(await page.locator("#passkeys").innerText(), /Passkey/);

  const found = await kb.api("GET", `/identities?filter=${encodeURIComponent('traits.username eq "nina"')}`);
  const nina = found.body.identities[0];
  assert.equal(nina.enrollment_status, "ENROLLED");
  assert.equal(nina.traits.primary_email_address, "nina@example.com");
  const groups = await kb.api("GET", `/identities/${nina.id}:listGroups`);
  assert.equal(groups.body.groups[0].id, group.body.id);
  const tokens = await kb.api("GET", "/signup-tokens");
  assert.equal(tokens.body.signup_tokens[0].usage_count, 1);
  assert.equal(tokens.body.signup_tokens[0].state, "USED_UP");

  // The one use is spent: someone else gets a clear page and no form.
  const other = await pageWithAuthenticator(browser);
  const response = await other.page.goto(link);
  assert.equal(response.status(), 410);
  assert.match(await other.page.locator("h1").innerText(), /no longer valid/i);
  assert.equal(await other.page.getByRole("button", { name: "Create account and passkey" }).count(), 0);
  await other.context.close();

  // Signed out, the new passkey signs Nina in again (the authenticator answers autofill).
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await page.waitForURL(/\/login$/, { timeout: 15000 });
  await page.waitForURL(/\/account$/, { timeout: 15000 });
  assert.equal(await page.locator("#who").innerText(), "Nina Newcomer");
  assert.match(await page.locator("#signins").innerText(), /Signed in/);
  await context.close();
});
