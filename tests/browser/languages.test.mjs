// Every hosted page and every console page in every language, at 390 px and 1280 px: the page
// says which language it is in and which way it reads (`<html lang dir>`), shows no message id
// instead of words, and nothing runs off the side; Arabic reads right to left with the layout
// mirrored. The console follows the administrator's own choice of language.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { startKeybound, launchBrowser, pageWithAuthenticator } from "./harness.mjs";

const LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pt-BR", "pl", "sv", "ja", "zh-CN", "ar"];
// Every message id, which must never show on a page in place of its words.
const IDS = ["keybound.ftl", "console.ftl"]
  .map((file) => readFileSync(new URL(`../../locales/en/${file}`, import.meta.url), "utf8"))
  .join("\n")
  .split("\n")
  .map((line) => line.match(/^([a-z][a-z0-9-]*) =/)?.[1])
  .filter(Boolean);

let kb, browser;
let n = 0;

before(async () => {
  kb = await startKeybound();
  browser = await launchBrowser();
  const open = await kb.api("PATCH", "/settings", { settings: { signup_mode: "open", email_one_time_access: true } });
  assert.equal(open.status, 200, JSON.stringify(open.body));
});

after(async () => {
  await browser?.close();
  await kb?.stop();
});

/** The pages a person sees, as paths (a fresh login link and binding link for each call). */
async function pages() {
  const person = await kb.api("POST", "/identities", { identity: { display_name: `Lang ${++n}`, traits: { type: "traits_v0", username: `lang${n}` } } });
  const config = await kb.api("POST", "/authenticator-configs", { authenticator_config: { config: { type: "hosted_web" } } });
  const job = await kb.api("POST", `/identities/${person.body.id}/credential-binding-jobs`, {
    job: { delivery_method: "RETURN", authenticator_config_id: config.body.id },
  });
  const code = await kb.api("POST", `/identities/${person.body.id}/login-codes`, { login_code: { expires_in: "15m" } });
  return {
    paths: ["/login", "/login/email", "/enroll", "/signup", "/device", job.body.credential_binding_link, code.body.link],
    loginLink: code.body.link,
  };
}

async function check(page, lang, width, where) {
  const seen = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    direction: getComputedStyle(document.body).direction,
    text: document.body.innerText,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
  }));
  const at = `${lang} at ${width} px, ${where}`;
  assert.equal(seen.lang, lang, at);
  assert.equal(seen.dir, lang === "ar" ? "rtl" : "ltr", at);
  assert.equal(seen.direction, lang === "ar" ? "rtl" : "ltr", at);
  const raw = IDS.filter((id) => new RegExp(`(^|\\s)${id}(\\s|$)`).test(seen.text));
  assert.deepEqual(raw, [], `${at}: message ids shown as text`);
  assert.ok(seen.overflow <= 0, `${at}: ${seen.overflow} px wider than the window`);
}

for (const lang of LANGUAGES) {
  test(`${lang}: every page speaks it at 390 px and 1280 px without overflowing`, async () => {
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ locale: lang, viewport: { width, height: 900 } });
      const page = await context.newPage();
      const { paths, loginLink } = await pages();
      for (const path of paths) {
        await page.goto(path.startsWith("http") ? path : `${kb.base}${path}`);
        await check(page, lang, width, path.replace(/token=.*|\/lc\/.*/, "…"));
      }
      // Signed in by the one-time link: the account page.
      await page.goto(loginLink);
      await page.locator("form[action^='/lc/'] button").click();
      await page.waitForURL(/\/account$/);
      await check(page, lang, width, "/account");
      const selected = await page.locator("#locale").inputValue();
      assert.equal(selected, lang, "the language menu shows the page's language");
      await context.close();
    }
  });
}

test("the console speaks the administrator's own language on every page, at 390 px and 1280 px", async () => {
  // An administrator whose browser asks for English, signed in with a passkey.
  const admin = await pageWithAuthenticator(browser);
  const page = admin.page;
  const link = kb.cli("admin", "link", "--username", "polyglot", "--create").trim().split("\n").pop();
  await page.goto(link);
  await page.locator("#create").click();
  await page.waitForURL(/\/console$/, { timeout: 15000 });
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  await page.goto(`${kb.base}/console/users?q=polyglot`);
  const profile = await page.locator('tr[data-username="polyglot"] a').first().getAttribute("href");
  const paths = [
    "/console", "/console/users", "/console/users/new", "/console/users/import", profile,
    `${profile}?tab=passkeys`, `${profile}?tab=sessions`, `${profile}?tab=activity`, `${profile}?enroll=passkey`,
    "/console/groups", "/console/signup-tokens", "/console/authenticator-configs", "/console/email-templates",
    "/console/applications", "/console/applications/new", "/console/ldap", "/console/provisioning",
    "/console/api-tokens", "/console/audit", "/console/settings",
  ];
  for (const lang of LANGUAGES) {
    // Their choice on their account page; the browser still asks for English.
    const chosen = await page.evaluate(async (locale) => {
      const res = await fetch("/account/locale", { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ locale }) });
      return res.status;
    }, lang);
    assert.equal(chosen, 204, lang);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of paths) {
        await page.goto(`${kb.base}${path}`);
        await check(page, lang, width, path);
      }
    }
    await page.goto(`${kb.base}/console/users`);
    const heading = await page.getByRole("heading", { level: 1 }).innerText();
    if (lang !== "en") assert.notEqual(heading, "Users", `${lang}: the users page's heading is translated`);
  }
  await admin.context.close();
});

test("a language chosen on the account page wins over the browser's, on every page after", async () => {
  const context = await browser.newContext({ locale: "de" });
  const page = await context.newPage();
  const { loginLink } = await pages();
  await page.goto(loginLink);
  await page.locator("form[action^='/lc/'] button").click();
  await page.waitForURL(/\/account$/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "de");
  await page.locator("#locale").selectOption("ar");
  await page.locator("#language button").click();
  await page.waitForFunction(() => document.documentElement.lang === "ar");
  assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
  await page.goto(`${kb.base}/device`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ar");
  await context.close();
});

test("the SDK's own messages follow the page's language: a browser without passkeys is told so in German", async () => {
  const context = await browser.newContext({ locale: "de" });
  const page = await context.newPage();
  await page.addInitScript(() => {
    delete window.PublicKeyCredential;
  });
  await page.goto(`${kb.base}/login`);
  await page.getByRole("button", { name: "Mit Passkey anmelden" }).click();
  await page.waitForSelector("body[data-state=error]");
  assert.match(await page.locator("#status").innerText(), /Dieser Browser kann keine Passkeys verwenden/);
  await context.close();
});
