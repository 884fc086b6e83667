// Attestation checked against FIDO metadata, in a real browser: Chromium's virtual security
// key attests with a full packed statement (its "Batch Certificate"). With a Metadata Service
// BLOB imported (`keybound mds import`, signed under a test root the debug build is told to
// trust) that lists another maker's root for the key's model, the page refuses it in plain
// words and the job stays open; once a BLOB listing the model's real certificate is imported,
// the same kind of key binds and is named after the model the metadata gives.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { startKeybound, launchBrowser, pageWithAuthenticator } from "./harness.mjs";

// Chromium's virtual authenticator model, and the self-signed certificate it attests with: one
// fixed key, the certificate issued afresh for each credential (this one captured from it).
const CHROMIUM_AAGUID = "01020304-0506-0708-0102-030405060708";
const CHROMIUM_BATCH_CERT =
  "MIIB1TCCAXqgAwIBAgIBATAKBggqhkjOPQQDAjBgMQswCQYDVQQGEwJVUzERMA8GA1UECgwIQ2hyb21pdW0xIjAgBgNVBAsMGUF1dGhlbnRpY2F0b3IgQXR0ZXN0YXRpb24xGjAYBgNVBAMMEUJhdGNoIENlcnRpZmljYXRlMB4XDTE3MDcxNDAyNDAwMFoXDTQ2MTIwMTIxMTIxN1owYDELMAkGA1UEBhMCVVMxETAPBgNVBAoMCENocm9taXVtMSIwIAYDVQQLDBlBdXRoZW50aWNhdG9yIEF0dGVzdGF0aW9uMRowGAYDVQQDDBFCYXRjaCBDZXJ0aWZpY2F0ZTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABI1hfmXJUI5kvMVnOsgqZ5naPBRGaCwljEY//99Y39L6Pmw3i1PXlcSk3/tBme3Xhi8jq68CA7S4kRugVpmU4QGjJTAjMAwGA1UdEwEB/wQCMAAwEwYLKwYBBAGC5RwCAQEEBAMCBSAwCgYIKoZIzj0EAwIDSQAwRgIhAPDmYvDWV6Y2G6DlHQTe/x8MEUAg8Yl3Nvtf7gIUinVQAiEAhASVV+YU2uJwzaEFHV452elLPhwrYeD7ni2ERVVqx/A=";

const metadataDir = mkdtempSync(join(tmpdir(), "keybound-mds-"));
const testMds = process.env.TEST_MDS_BIN ?? join(dirname(process.env.KEYBOUND_BIN), "test-mds");
/** Writes a BLOB numbered `number` listing `models` ([aaguid, description, root DER base64]). */
const blob = (number, models) => execFileSync(testMds, [metadataDir, String(number), ...models.flat()], { encoding: "utf8" }).trim();

let kb, browser, configId;
let n = 0;

before(async () => {
  blob(0, []); // makes the test root before the server is told to trust it
  kb = await startKeybound({ KEYBOUND_TEST_MDS_ROOT: join(metadataDir, "root.pem") });
  browser = await launchBrowser();
  const config = await kb.api("POST", "/authenticator-configs", {
    authenticator_config: { config: { type: "hosted_web", require_attestation: true, aaguid_allow_list: [CHROMIUM_AAGUID] } },
  });
  assert.equal(config.status, 200, JSON.stringify(config.body));
  configId = config.body.id;
});

after(async () => {
  await browser?.close();
  await kb?.stop();
});

/** A hardware-key job bound on its page with a fresh virtual USB key. */
async function bindKey() {
  const person = await kb.api("POST", "/identities", { identity: { display_name: `Key ${++n}`, traits: { type: "traits_v0", username: `att${n}` } } });
  const job = await kb.api("POST", `/identities/${person.body.id}/credential-binding-jobs`, {
    job: { delivery_method: "RETURN", authenticator_config_id: configId, device_type: "hardware_key" },
  });
  assert.equal(job.status, 200, JSON.stringify(job.body));
  const held = await pageWithAuthenticator(browser, { transport: "usb", hasUserVerification: true, isUserVerified: true });
  await held.page.goto(job.body.credential_binding_link);
  await held.page.getByRole("button", { name: "Create passkey" }).click();
  await held.page.waitForSelector("body[data-state=done], body[data-state=error]", { timeout: 30000 });
  const outcome = await held.page.evaluate(() => document.body.dataset.state);
  const message = await held.page.locator("#status").innerText();
  await held.context.close();
  const after = await kb.api("GET", `/identities/${person.body.id}/credential-binding-jobs/${job.body.credential_binding_job.id}`);
  const creds = await kb.api("GET", `/identities/${person.body.id}/credentials`);
  return { outcome, message, job: after.body, creds: creds.body.credentials };
}

test("with FIDO metadata imported, a key whose attestation does not chain to its model's listed root is refused, and one that does binds", async () => {
  const otherMaker = Buffer.from(execFileSync("openssl", ["x509", "-in", join(metadataDir, "root.pem"), "-outform", "DER"])).toString("base64");
  kb.cli("mds", "import", blob(1, [[CHROMIUM_AAGUID, "Chromium Test Key", otherMaker]]));
  const refused = await bindKey();
  assert.equal(refused.outcome, "error", refused.message);
  assert.match(refused.message, /not one its maker \(Chromium Test Key\) lists/);
  assert.equal(refused.creds.length, 0, "nothing bound");
  assert.notEqual(refused.job.state, "COMPLETE", "the job stays open");

  const imported = kb.cli("mds", "import", blob(2, [[CHROMIUM_AAGUID, "Chromium Test Key", CHROMIUM_BATCH_CERT]]));
  assert.match(imported, /BLOB number 2: 1 authenticator models/);
  const bound = await bindKey();
  assert.equal(bound.outcome, "done", bound.message);
  assert.equal(bound.job.state, "COMPLETE");
  assert.equal(bound.creds[0].name, "Chromium Test Key", "named from the metadata");
});
