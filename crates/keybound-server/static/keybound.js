// Keybound JS SDK: bind a passkey from a credential binding link (or a 9-character code).
// A plain ES module with no build step:
//
//   import { isBindPasskeyUrl, bindPasskey } from "https://id.example.com/sdk/keybound.js";
//   if (isBindPasskeyUrl(link)) {
//     const { credential, postBindingRedirectUri } = await bindPasskey(link);
//   }
//
// Both link forms work: the link a binding job returns (…/credential-binding-jobs/{id}:invokeAuthenticator?token=…)
// and the one an embedded authenticator config's invoke URL receives ({invoke_url}/bind?api_base_url=…&job_id=…&token=…).

/** An error with a message fit to show the person, and a machine-readable code. */
export class KeyboundError extends Error {
  constructor(message, code, status) {
    super(message);
    this.name = "KeyboundError";
    this.code = code;
    this.status = status;
  }
}

function parseBindUrl(url) {
  let u;
  try {
    u = new URL(url, globalThis.location?.href);
  } catch {
    return null;
  }
  const token = u.searchParams.get("token");
  if (!token) return null;
  const hosted = u.pathname.match(/\/credential-binding-jobs\/([^/:]+):invokeAuthenticator$/);
  if (hosted) return { apiBase: u.origin, jobId: decodeURIComponent(hosted[1]), token };
  const jobId = u.searchParams.get("job_id");
  const apiBase = u.searchParams.get("api_base_url");
  if (jobId && apiBase && u.pathname.endsWith("/bind")) return { apiBase: apiBase.replace(/\/+$/, ""), jobId, token };
  return null;
}

/** Is `url` a link that `bindPasskey` can use? */
export function isBindPasskeyUrl(url) {
  return parseBindUrl(url) !== null;
}

/**
 * Creates a passkey for the identity a binding link names. `onInstructions(text, deviceType)`,
 * if given, is called before the browser's prompt with what to do on the device the job asks
 * for (a phone, a security key, a card, or this device).
 */
export async function bindPasskey(url, { onInstructions } = {}) {
  const target = parseBindUrl(url);
  if (!target) throw new KeyboundError(say("sdk-not-a-link"), "invalid_link");
  return ceremony(target.apiBase, { link: { job_id: target.jobId, token: target.token } }, onInstructions);
}

/** Creates a passkey for the identity a 9-character enrolment code names (see `bindPasskey`). */
export async function bindPasskeyWithCode(code, apiBase = globalThis.location?.origin, { onInstructions } = {}) {
  return ceremony(apiBase, { code: String(code) }, onInstructions);
}

async function ceremony(apiBase, target, onInstructions) {
  if (!globalThis.PublicKeyCredential || !navigator.credentials?.create) {
    throw new KeyboundError(say("sdk-unsupported"), "unsupported");
  }
  const begun = await post(`${apiBase}/bind/begin`, target);
  onInstructions?.(begun.instructions, begun.device_type);
  const finished = await post(`${apiBase}/bind/finish`, {
    ceremony_id: begun.ceremony_id,
    credential: await createPasskey(begun.public_key),
  });
  return {
    credential: finished.credential,
    postBindingRedirectUri: finished.post_binding_redirect_uri ?? null,
    signedIn: finished.signed_in === true,
  };
}

/**
 * Runs `navigator.credentials.create` with creation options as Keybound's begin endpoints
 * return them (`public_key`); returns the new credential in WebAuthn's JSON form.
 */
export async function createPasskey(publicKey) {
  requireWebAuthn();
  try {
    return registrationJson(await navigator.credentials.create({ publicKey: creationOptions(publicKey) }));
  } catch (e) {
    throw ceremonyError(e);
  }
}

/**
 * What this browser can do with passkeys (`PublicKeyCredential.getClientCapabilities()`, where
 * it exists): e.g. `{conditionalGet: true, hybridTransport: false}`. An empty object where the
 * browser cannot tell; a missing capability means "unknown", not "no".
 */
export async function clientCapabilities() {
  try {
    return (await globalThis.PublicKeyCredential?.getClientCapabilities?.()) ?? {};
  } catch {
    return {};
  }
}

/** Refuses at once, in plain words, in a browser without passkeys. */
function requireWebAuthn() {
  if (!globalThis.PublicKeyCredential || !navigator.credentials) {
    throw new KeyboundError(say("sdk-no-passkeys"), "unsupported");
  }
}

/** What a failed passkey prompt means, in plain words; `failed` says what did not happen. */
// The SDK's own messages, in the person's language, from the Keybound server it came from
// (English until they arrive, or where they cannot).
const ENGLISH = {
  "sdk-not-a-link": "This is not a Keybound binding link.",
  "sdk-unsupported": "This browser cannot create passkeys.",
  "sdk-cancelled": "The passkey prompt was cancelled or timed out. Try again.",
  "sdk-closed": "The passkey prompt was closed before it finished. Try again.",
  "sdk-already-there": "This device already holds a passkey for this account.",
  "sdk-wrong-site": "This page’s address does not match the site the passkey is for. Open the page from its usual address and try again.",
  "sdk-not-supported": "This device cannot make this kind of passkey. Try another device or a security key.",
  "sdk-failed": "The passkey did not work",
  "sdk-unreachable": "Keybound could not be reached",
  "sdk-request-failed": "The request failed",
  "sdk-no-passkeys": "This browser cannot use passkeys. Use a current Chrome, Edge, Safari or Firefox, or another device.",
};
let messages = ENGLISH;
const loaded = fetch(new URL("messages.json", import.meta.url), { credentials: "same-origin" })
  .then((r) => (r.ok ? r.json() : {}))
  .then((m) => { messages = { ...ENGLISH, ...m }; })
  .catch(() => {});
const say = (id) => messages[id] ?? ENGLISH[id];

function ceremonyError(e) {
  const id = {
    NotAllowedError: "sdk-cancelled",
    AbortError: "sdk-closed",
    InvalidStateError: "sdk-already-there",
    SecurityError: "sdk-wrong-site",
    NotSupportedError: "sdk-not-supported",
  }[e?.name];
  return new KeyboundError(id ? say(id) : `${say("sdk-failed")}: ${e?.message ?? e}`, e?.name ?? "ceremony_failed");
}

async function post(url, body) {
  await loaded;
  let response;
  try {
    response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  } catch (e) {
    throw new KeyboundError(`${say("sdk-unreachable")}: ${e.message}`, "network");
  }
  const json = await response.json().catch(() => ({}));
  if (json.code === "unknown_credential") {
    // Keybound no longer has this passkey: the browser's passkey manager may forget it.
    await signal("signalUnknownCredential", { rpId: json.rp_id, credentialId: json.credential_id });
  }
  if (!response.ok) {
    const message = json.message ?? json.error_description ?? `${say("sdk-request-failed")} (${response.status})`;
    throw new KeyboundError(message, json.code ?? json.error, response.status);
  }
  return json;
}

function fromB64(text) {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(text.length / 4) * 4, "=");
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)).buffer;
}

function toB64(buffer) {
  let s = "";
  for (const byte of new Uint8Array(buffer)) s += String.fromCharCode(byte);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function creationOptions(json) {
  return {
    ...json,
    challenge: fromB64(json.challenge),
    user: { ...json.user, id: fromB64(json.user.id) },
    excludeCredentials: (json.excludeCredentials ?? []).map((c) => ({ ...c, id: fromB64(c.id) })),
  };
}

function registrationJson(credential) {
  const r = credential.response;
  return {
    id: credential.id,
    rawId: toB64(credential.rawId),
    type: credential.type,
    response: {
      clientDataJSON: toB64(r.clientDataJSON),
      attestationObject: toB64(r.attestationObject),
      transports: typeof r.getTransports === "function" ? r.getTransports() : undefined,
    },
    authenticatorAttachment: credential.authenticatorAttachment ?? undefined,
    extensions: credential.getClientExtensionResults?.() ?? {},
  };
}

/** Runs `navigator.credentials.get` with Keybound's request options; failures in plain words. */
async function getPasskey(publicKey) {
  requireWebAuthn();
  try {
    return await navigator.credentials.get({ publicKey: requestOptions(publicKey) });
  } catch (e) {
    throw ceremonyError(e);
  }
}

/** Calls one of the WebAuthn Signal API's methods where the browser has it; silent where it
 *  does not, or where it fails (it only tidies the person's passkey manager). */
async function signal(method, args) {
  const fn = globalThis.PublicKeyCredential?.[method];
  if (typeof fn !== "function") return;
  try {
    await fn.call(globalThis.PublicKeyCredential, args);
  } catch {
    // Nothing the person asked for depends on it.
  }
}

/**
 * Tells the browser's passkey manager what Keybound knows (the `signals` of a sign-in's answer,
 * or of the account page): which of the person's passkeys still work, so that revoked and
 * deleted ones disappear, and their current name and display name.
 */
export async function signalPasskeys(signals) {
  if (!signals?.rp_id || !signals.user_id) return;
  await signal("signalAllAcceptedCredentials", {
    rpId: signals.rp_id,
    userId: signals.user_id,
    allAcceptedCredentialIds: signals.all_accepted_credential_ids ?? [],
  });
  await signal("signalCurrentUserDetails", {
    rpId: signals.rp_id,
    userId: signals.user_id,
    name: signals.name,
    displayName: signals.display_name,
  });
}

async function finishSignIn(apiBase, begun, assertion) {
  const finished = await post(`${apiBase}/signin/finish`, { ceremony_id: begun.ceremony_id, credential: assertionJson(assertion) });
  await signalPasskeys(finished.signals);
  return finished;
}

/** Signs in with a passkey chosen in the browser's dialog (to `realmId`, or the first realm);
 *  resolves to `{identity, redirect}`. With `reauthenticate`, the signed-in person confirms it
 *  is them: the browser offers only their passkeys, steered to their kinds of device. */
export async function signIn(apiBase = globalThis.location?.origin, realmId = undefined, { reauthenticate = false } = {}) {
  const begun = await post(`${apiBase}/signin/begin`, { ...(realmId ? { realm_id: realmId } : {}), ...(reauthenticate ? { reauthenticate } : {}) });
  const assertion = await getPasskey(begun.public_key);
  return finishSignIn(apiBase, begun, assertion);
}

/** Offers passkeys in the username field's autofill (conditional UI); resolves when one is
 *  chosen, or to `null` where the browser cannot or the offer ends unused. Abort with `signal`
 *  before a modal sign-in. */
export async function signInWithAutofill(signal, apiBase = globalThis.location?.origin, realmId = undefined) {
  const caps = await clientCapabilities();
  if (caps.conditionalGet === false) return null;
  if (!(await globalThis.PublicKeyCredential?.isConditionalMediationAvailable?.())) return null;
  const begun = await post(`${apiBase}/signin/begin`, realmId ? { realm_id: realmId } : {});
  let assertion;
  try {
    assertion = await navigator.credentials.get({ mediation: "conditional", signal, publicKey: requestOptions(begun.public_key) });
  } catch (e) {
    if (e?.name === "AbortError") throw e;
    // The offer ended without a choice (it timed out, or this browser holds no passkey for
    // the site): nothing the person asked for failed, and the sign-in button still works.
    if (e?.name === "NotAllowedError") return null;
    throw ceremonyError(e);
  }
  return finishSignIn(apiBase, begun, assertion);
}

function requestOptions(json) {
  return {
    ...json,
    challenge: fromB64(json.challenge),
    allowCredentials: (json.allowCredentials ?? []).map((c) => ({ ...c, id: fromB64(c.id) })),
  };
}

function assertionJson(credential) {
  const r = credential.response;
  return {
    id: credential.id,
    rawId: toB64(credential.rawId),
    type: credential.type,
    response: {
      clientDataJSON: toB64(r.clientDataJSON),
      authenticatorData: toB64(r.authenticatorData),
      signature: toB64(r.signature),
      userHandle: r.userHandle ? toB64(r.userHandle) : undefined,
    },
    extensions: credential.getClientExtensionResults?.() ?? {},
  };
}

/**
 * Runs a registration ceremony against two Keybound endpoints (paths like `/signup/begin`),
 * sending `body` to both; resolves to what `finish` answers.
 */
export async function registerPasskey(begin, finish, body = {}, apiBase = globalThis.location?.origin) {
  const begun = await post(`${apiBase}${begin}`, body);
  return post(`${apiBase}${finish}`, { ...body, ceremony_id: begun.ceremony_id, credential: await createPasskey(begun.public_key) });
}

/** Adds another passkey for the person signed in to Keybound (its account page uses this). */
export async function addPasskey(apiBase = globalThis.location?.origin) {
  return registerPasskey("/account/passkeys/begin", "/account/passkeys/finish", {}, apiBase);
}

/**
 * Creates an account and its first passkey: `{username, given_name?, family_name?, email?,
 * token?}` where `token` is the `<id>.<secret>` of a sign-up link (`/st/<token>`). Resolves to
 * `{identity, redirect}`; the browser is then signed in.
 */
export async function signUp(applicant, apiBase = globalThis.location?.origin) {
  return registerPasskey("/signup/begin", "/signup/finish", applicant, apiBase);
}

/**
 * Signs the person in to your application with a passkey, on your page (no redirect to
 * Keybound): `{clientId, redirectUri, scope?, state?, nonce?}` as registered for the
 * application, which must skip consent or have it already. PKCE is done here. Resolves to
 * `{redirectUrl, codeVerifier}`: the redirect URL carries the authorization code (and your
 * `state`); your back end exchanges the code at the token endpoint with `codeVerifier`.
 * Rejects with a KeyboundError whose `code` is the OAuth error (`consent_required`,
 * `access_denied`, …) when Keybound refuses.
 */
export async function authenticate({ clientId, redirectUri, scope = "openid", state, nonce }, apiBase = new URL(import.meta.url).origin) {
  const verifierBytes = crypto.getRandomValues(new Uint8Array(32));
  const codeVerifier = toB64(verifierBytes.buffer);
  const challenge = toB64(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(codeVerifier)));
  const params = {
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: "code",
    scope,
    code_challenge: challenge,
    code_challenge_method: "S256",
    ...(state === undefined ? {} : { state }),
    ...(nonce === undefined ? {} : { nonce }),
  };
  const begun = await post(`${apiBase}/oidc/authenticate/begin`, params);
  const assertion = await getPasskey(begun.public_key);
  const finished = await post(`${apiBase}/oidc/authenticate/finish`, {
    ceremony_id: begun.ceremony_id,
    credential: assertionJson(assertion),
  });
  const error = new URL(finished.redirect_url).searchParams.get("error");
  if (error) throw new KeyboundError(new URL(finished.redirect_url).searchParams.get("error_description") ?? error, error);
  return { redirectUrl: finished.redirect_url, codeVerifier };
}
