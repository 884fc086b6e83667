//! LDAP sync: reads every person and group of the directory with paged searches, plans the
//! difference with the realm, and applies it in one transaction, one replica at a time. A sync
//! that cannot read everything changes nothing.

use crate::audit;
use crate::{App, AppError, ErrorKind, Result};
use keybound_core::audit::AuditEvent;
use keybound_core::identity::username_skeleton;
use keybound_core::ldap::{
    binary_id, plan, Changes, Directory, DirectoryGroup, DirectoryPerson, LdapConfig, LdapSettings,
    SyncReport,
};
use keybound_core::realm::Realm;
pub use keybound_store::LdapSyncRun;
use ldap3::adapters::PagedResults;
use ldap3::{Ldap, LdapConnAsync, LdapConnSettings, Scope, SearchEntry};
use std::time::{Duration, Instant};

/// How long a sync may hold its realm's lease; a replica that dies mid-sync frees it then.
const LEASE: time::Duration = time::Duration::minutes(10);
/// The longest one directory operation may take.
const OPERATION_TIMEOUT: Duration = Duration::from_secs(60);

/// The settings from the configuration file and the environment, and the realm they are for.
#[derive(Debug, Clone, Default)]
pub struct LdapEnv {
    /// A realm id or name; None: the default realm.
    pub realm: Option<String>,
    pub settings: LdapSettings,
}

/// A realm's settings: what is saved, what the environment fixes (locked), and what is in force.
#[derive(Debug, Clone)]
pub struct RealmLdap {
    pub saved: LdapSettings,
    pub locked: LdapSettings,
    pub effective: LdapSettings,
}

/// Is this realm the one the environment's settings are for?
async fn is_env_realm(app: &App, realm: &Realm) -> Result<bool> {
    if app.ldap.settings == LdapSettings::default() {
        return Ok(false);
    }
    Ok(match &app.ldap.realm {
        Some(name) => realm.id == *name || realm.display_name == *name,
        None => app.default_realm().await?.id == realm.id,
    })
}

/// The realm's settings, layered.
pub async fn settings(app: &App, realm: &Realm) -> Result<RealmLdap> {
    let saved = app.store.ldap_settings(&realm.id).await?;
    let locked = if is_env_realm(app, realm).await? {
        app.ldap.settings.clone()
    } else {
        LdapSettings::default()
    };
    let mut effective = saved.overlay(&locked);
    // A password from the environment is for the environment's server only.
    if locked.bind_password.is_some() && locked.url.is_none() {
        effective.bind_password = saved.bind_password.clone();
    }
    Ok(RealmLdap {
        effective,
        saved,
        locked,
    })
}

/// How an admin's settings meet the saved ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// The fields given replace the saved ones; the others stay (the API's PATCH).
    Patch,
    /// The settings given are the whole of them (the console's form).
    Replace,
}

/// Saves an admin's settings for a realm. Fields the environment fixes cannot be given (409);
/// a password left out keeps the saved one. Refused (400, naming the field) unless the
/// settings in force afterwards are sound.
pub async fn save_settings(
    app: &App,
    actor: &crate::Actor,
    realm: &Realm,
    given: LdapSettings,
    change: Change,
) -> Result<RealmLdap> {
    app.atomically(async {
        actor.require("ldap:update")?;
        let current = settings(app, realm).await?;
        let locked = current.locked.set_fields();
        if let Some(field) = given.set_fields().into_iter().find(|f| locked.contains(f)) {
            return Err(AppError::new(
                ErrorKind::Conflict,
                format!("{field} is set in the server's environment and cannot be changed here"),
            ));
        }
        if given.skip_cert_verify == Some(true) {
            return Err(AppError::bad_field(
                "skip_cert_verify",
                "can be set only in the server's configuration file or environment",
            ));
        }
        let mut saved = match change {
            Change::Patch => current.saved.overlay(&given),
            Change::Replace => given.clone(),
        };
        saved.skip_cert_verify = None;
        // The saved password goes only to the server it was given for: a new URL, bind DN or
        // StartTLS setting needs the password again in the same change.
        let same_server = saved.url == current.saved.url
            && saved.bind_dn == current.saved.bind_dn
            && saved.starttls.unwrap_or(false) == current.saved.starttls.unwrap_or(false);
        if given.bind_password.is_none() {
            saved.bind_password = if same_server {
                current.saved.bind_password.clone()
            } else {
                None
            };
        }
        saved
            .overlay(&current.locked)
            .resolve()
            .map_err(AppError::invalid)?;
        app.store
            .set_ldap_settings(&realm.id, &saved, app.clock.now())
            .await?;
        let mut changed: Vec<String> = LdapSettings::FIELDS
            .iter()
            .filter(|f| {
                current.saved.field(f) != saved.field(f)
                    || (**f == "bind_password" && given.bind_password.is_some())
            })
            .map(|f| (*f).to_owned())
            .collect();
        if current.saved.bind_password.is_some() && saved.bind_password.is_none() {
            changed.push("(saved bind password dropped: the server changed)".into());
        }
        let event = actor
            .event(app, keybound_core::audit::Action::LdapConfigUpdated)
            .realm(&realm.id)
            .on("ldap_config", &realm.id)
            .detail(format!("changed: {}", changed.join(", ")));
        audit::write(app, event).await?;
        settings(app, realm).await
    })
    .await
}

/// The settings in force for a realm, or a Conflict saying that LDAP is not set up.
async fn config(app: &App, realm: &Realm) -> Result<LdapConfig> {
    settings(app, realm)
        .await?
        .effective
        .resolve()
        .map_err(AppError::invalid)?
        .ok_or_else(|| {
            AppError::new(
                ErrorKind::Conflict,
                "LDAP is not configured for this realm: set its URL first",
            )
        })
}

async fn connect(config: &LdapConfig) -> std::result::Result<Ldap, String> {
    // Never an unauthenticated bind, and nothing sent to a server that has no password saved
    // for it.
    if let Some(dn) = config
        .bind_dn
        .as_ref()
        .filter(|_| config.bind_password.is_empty())
    {
        return Err(format!(
            "no bind password for {dn}: give it again (it is cleared when the URL, bind DN or StartTLS change)"
        ));
    }
    let settings = LdapConnSettings::new()
        .set_conn_timeout(Duration::from_secs(10))
        .set_starttls(config.starttls)
        .set_no_tls_verify(config.skip_cert_verify);
    if config.skip_cert_verify {
        tracing::warn!("LDAP: the directory's TLS certificate is not verified (skip_cert_verify)");
    }
    let (conn, mut ldap) = LdapConnAsync::with_settings(settings, &config.url)
        .await
        .map_err(|e| format!("cannot reach {}: {e}", config.url))?;
    ldap3::drive!(conn);
    if let Some(dn) = &config.bind_dn {
        ldap.with_timeout(OPERATION_TIMEOUT)
            .simple_bind(dn, &config.bind_password)
            .await
            .map_err(|e| format!("binding as {dn}: {e}"))?
            .success()
            .map_err(|e| format!("the directory refused the bind as {dn}: {e}"))?;
    }
    Ok(ldap)
}

/// Every entry `filter` matches under the base DN, page by page; an error on any page fails
/// the whole search.
async fn search(
    ldap: &mut Ldap,
    config: &LdapConfig,
    filter: &str,
    attrs: Vec<String>,
) -> std::result::Result<Vec<SearchEntry>, String> {
    let mut stream = ldap
        .with_timeout(OPERATION_TIMEOUT)
        .streaming_search_with(
            PagedResults::new(config.page_size),
            &config.base_dn,
            Scope::Subtree,
            filter,
            attrs,
        )
        .await
        .map_err(|e| format!("searching {filter}: {e}"))?;
    let mut entries = Vec::new();
    loop {
        match stream.next().await {
            Ok(Some(entry)) if entry.is_ref() || entry.is_intermediate() => {}
            Ok(Some(entry)) => entries.push(SearchEntry::construct(entry)),
            Ok(None) => break,
            Err(e) => return Err(format!("searching {filter}: {e}")),
        }
    }
    stream
        .finish()
        .await
        .success()
        .map_err(|e| format!("searching {filter}: {e}"))?;
    Ok(entries)
}

/// The first value of an attribute, whatever case the directory writes its name in.
fn first(entry: &SearchEntry, attr: &str) -> Option<String> {
    entry
        .attrs
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(attr))
        .and_then(|(_, v)| v.first().cloned())
}

fn all(entry: &SearchEntry, attr: &str) -> Vec<String> {
    entry
        .attrs
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case(attr))
        .flat_map(|(_, v)| v.iter().cloned())
        .collect()
}

/// The stable id: text (`entryUUID`), or binary (`objectGUID`) shown as a UUID.
fn unique_id(entry: &SearchEntry, config: &LdapConfig) -> Option<String> {
    let attr = &config.attr_unique_id;
    let binary = entry
        .bin_attrs
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(attr))
        .and_then(|(_, v)| v.first().cloned());
    match binary {
        Some(bytes) => Some(binary_id(&bytes)),
        None if attr.eq_ignore_ascii_case("objectGUID") => {
            first(entry, attr).map(|t| binary_id(t.as_bytes()))
        }
        None => first(entry, attr),
    }
}

/// Connects and binds as configured, reading nothing: the directory can be synced from.
pub async fn check_bind(config: &LdapConfig) -> std::result::Result<(), String> {
    let mut ldap = connect(config).await?;
    let _ = ldap.unbind().await;
    Ok(())
}

/// Reads the whole directory, or fails.
pub async fn read_directory(config: &LdapConfig) -> std::result::Result<Directory, String> {
    let mut ldap = connect(config).await?;
    let person_attrs = vec![
        config.attr_unique_id.clone(),
        config.attr_username.clone(),
        config.attr_email.clone(),
        config.attr_given_name.clone(),
        config.attr_family_name.clone(),
        config.attr_display_name.clone(),
        "primaryGroupID".to_owned(),
    ];
    let people = search(&mut ldap, config, &config.user_filter, person_attrs)
        .await?
        .into_iter()
        .map(|e| DirectoryPerson {
            unique_id: unique_id(&e, config),
            username: first(&e, &config.attr_username),
            email: first(&e, &config.attr_email),
            given_name: first(&e, &config.attr_given_name),
            family_name: first(&e, &config.attr_family_name),
            display_name: first(&e, &config.attr_display_name),
            primary_group: first(&e, "primaryGroupID").and_then(|id| id.trim().parse().ok()),
            dn: e.dn,
        })
        .collect();
    let mut group_attrs = vec![
        config.attr_unique_id.clone(),
        config.attr_group_name.clone(),
        "objectSid".to_owned(),
        "primaryGroupToken".to_owned(),
    ];
    group_attrs.extend(config.member_attributes());
    let mut groups = Vec::new();
    for mut e in search(&mut ldap, config, &config.group_filter, group_attrs).await? {
        complete_ranges(&mut ldap, &mut e).await?;
        groups.push(DirectoryGroup {
            unique_id: unique_id(&e, config),
            name: first(&e, &config.attr_group_name),
            members: config
                .member_attributes()
                .iter()
                .flat_map(|a| all(&e, a))
                .collect(),
            rid: first(&e, "primaryGroupToken")
                .and_then(|t| t.trim().parse().ok())
                .or_else(|| object_sid(&e).and_then(|sid| relative_id(&sid))),
            dn: e.dn,
        });
    }
    let _ = ldap.unbind().await;
    let mut directory = Directory { people, groups };
    directory.complete_memberships(config.nested_groups);
    Ok(directory)
}

/// Active Directory answers an attribute with more values than it returns at once (1,500
/// members of a group) as `member;range=0-1499`; this asks for the following ranges until the
/// last (`…-*`) and puts every value under the plain name. A range that cannot be read fails
/// the whole read, so that a group never looks smaller than it is.
async fn complete_ranges(ldap: &mut Ldap, entry: &mut SearchEntry) -> std::result::Result<(), String> {
    let ranged: Vec<String> = entry
        .attrs
        .keys()
        .filter(|k| k.contains(";range="))
        .cloned()
        .collect();
    for key in ranged {
        let mut values = entry.attrs.remove(&key).unwrap_or_default();
        let (name, range) = key.split_once(";range=").unwrap_or((key.as_str(), "0-*"));
        let name = name.to_owned();
        let mut upper = range.split_once('-').map_or("*", |(_, hi)| hi).to_owned();
        let mut rounds = 0;
        while upper != "*" {
            rounds += 1;
            let next: u64 = upper.parse::<u64>().map_err(|_| {
                format!(
                    "{}: the directory answered {name} with a range that is not one: {upper}",
                    entry.dn
                )
            })? + 1;
            if rounds > 100_000 {
                return Err(format!("{}: {name} never reached its last range", entry.dn));
            }
            let wanted = format!("{name};range={next}-*");
            let (found, _) = ldap
                .with_timeout(OPERATION_TIMEOUT)
                .search(&entry.dn, Scope::Base, "(objectClass=*)", vec![wanted.as_str()])
                .await
                .map_err(|e| format!("reading {wanted} of {}: {e}", entry.dn))?
                .success()
                .map_err(|e| format!("reading {wanted} of {}: {e}", entry.dn))?;
            let part = found
                .into_iter()
                .next()
                .map(SearchEntry::construct)
                .ok_or_else(|| format!("reading {wanted} of {}: the entry is gone", entry.dn))?;
            let Some((part_key, part_values)) = part.attrs.into_iter().find(|(k, _)| {
                k.to_ascii_lowercase()
                    .starts_with(&format!("{};range=", name.to_ascii_lowercase()))
            }) else {
                return Err(format!("reading {wanted} of {}: no values came back", entry.dn));
            };
            values.extend(part_values);
            upper = part_key.rsplit_once('-').map_or("*", |(_, hi)| hi).to_owned();
        }
        entry.attrs.entry(name).or_default().extend(values);
    }
    Ok(())
}

/// A group's `objectSid`, as bytes (which the client files as text when they happen to be
/// valid UTF-8).
fn object_sid(entry: &SearchEntry) -> Option<Vec<u8>> {
    entry
        .bin_attrs
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("objectSid"))
        .and_then(|(_, v)| v.first().cloned())
        .or_else(|| first(entry, "objectSid").map(String::into_bytes))
}

/// The relative id of a binary SID: its last sub-authority (little-endian).
fn relative_id(sid: &[u8]) -> Option<u32> {
    let count = usize::from(*sid.get(1)?);
    let at = 8 + 4 * count.checked_sub(1)?;
    let bytes: [u8; 4] = sid.get(at..at + 4)?.try_into().ok()?;
    Some(u32::from_le_bytes(bytes))
}

/// What "Test connection" shows: the counts, and the first people as they would be mapped.
#[derive(Debug, Clone)]
pub struct TestResult {
    pub people: usize,
    pub groups: usize,
    pub sample: Vec<DirectoryPerson>,
}

pub async fn test_connection(app: &App, realm: &Realm) -> Result<TestResult> {
    let config = config(app, realm).await?;
    let directory = read_directory(&config).await.map_err(directory_error)?;
    Ok(TestResult {
        people: directory.people.len(),
        groups: directory.groups.len(),
        sample: directory.people.into_iter().take(5).collect(),
    })
}

fn directory_error(message: String) -> AppError {
    AppError::new(ErrorKind::Unavailable, format!("LDAP: {message}"))
}

/// Who asked for a sync.
#[derive(Debug, Clone)]
pub struct Trigger {
    /// `schedule`, `cli`, `api` or `console`.
    pub name: &'static str,
    /// Who asked (it needs `ldap:update`), and from where.
    pub actor: crate::Actor,
}

impl Trigger {
    pub fn schedule() -> Self {
        Self {
            name: "schedule",
            actor: crate::Actor::system(),
        }
    }
}

/// Syncs a realm now (or, with `dry_run`, says what a sync would change). Refused while
/// another sync of the realm runs.
pub async fn sync(
    app: &App,
    realm: &Realm,
    trigger: &Trigger,
    dry_run: bool,
    force: bool,
) -> Result<SyncReport> {
    trigger.actor.require("ldap:update")?;
    let config = config(app, realm).await?;
    let now = app.clock.now();
    if !app
        .store
        .claim_ldap_sync(&realm.id, now, now + LEASE, false)
        .await?
    {
        return Err(AppError::new(
            ErrorKind::Conflict,
            "a sync of this realm is already running; try again when it is done",
        ));
    }
    run_claimed(app, realm, &config, trigger, dry_run, force).await
}

/// Runs every sync that is due (the configuration's realm and realms with saved settings),
/// each on the one replica that claims it. Returns how many ran.
pub async fn run_scheduled(app: &App) -> Result<usize> {
    let mut realms: Vec<Realm> = Vec::new();
    if app.ldap.settings != LdapSettings::default() {
        let env_realm = match &app.ldap.realm {
            Some(name) => app
                .store
                .list_realms(
                    &app.tenant_id,
                    keybound_core::page::PageRequest {
                        size: 200,
                        after: None,
                    },
                )
                .await?
                .items
                .into_iter()
                .find(|r| r.id == *name || r.display_name == *name),
            None => Some(app.default_realm().await?),
        };
        realms.extend(env_realm);
    }
    for id in app.store.ldap_realms().await? {
        if !realms.iter().any(|r| r.id == id) {
            realms.push(app.store.realm(&app.tenant_id, &id).await?);
        }
    }
    let mut ran = 0;
    for realm in realms {
        let Ok(Some(config)) = settings(app, &realm).await?.effective.resolve() else {
            continue;
        };
        if config.sync_interval.is_none() {
            continue;
        }
        let now = app.clock.now();
        if !app
            .store
            .claim_ldap_sync(&realm.id, now, now + LEASE, true)
            .await?
        {
            continue;
        }
        ran += 1;
        if let Err(e) = run_claimed(app, &realm, &config, &Trigger::schedule(), false, false).await {
            tracing::warn!(realm = %realm.id, "scheduled LDAP sync failed: {}", e.message());
        }
    }
    Ok(ran)
}

/// The sync itself, with the lease held; gives it back, records the run and audits it.
async fn run_claimed(
    app: &App,
    realm: &Realm,
    config: &LdapConfig,
    trigger: &Trigger,
    dry_run: bool,
    force: bool,
) -> Result<SyncReport> {
    let start_time = app.clock.now();
    let started = Instant::now();
    let outcome = read_and_apply(app, realm, config, dry_run, force).await;
    crate::metrics::ldap_sync(started.elapsed().as_secs_f64(), outcome.is_ok());
    let next = config.sync_interval.map(|i| app.clock.now() + i);
    let released = app.store.release_ldap_sync(&realm.id, next).await;
    let mut run = LdapSyncRun {
        id: keybound_core::new_id(),
        realm_id: realm.id.clone(),
        trigger: trigger.name.to_owned(),
        dry_run,
        start_time,
        end_time: app.clock.now(),
        report: None,
        error: None,
    };
    let mut event: AuditEvent = trigger
        .actor
        .event(app, keybound_core::audit::Action::LdapSynced)
        .realm(&realm.id)
        .on("ldap_sync", &run.id);
    match &outcome {
        Ok(report) => {
            let mut report = report.clone();
            report.duration_ms = started.elapsed().as_millis() as u64;
            event = event.detail(summary(crate::i18n::Lang::ENGLISH, &report));
            run.report = Some(report);
        }
        Err(e) => {
            event = event.failed(e.message());
            run.error = Some(e.message().to_owned());
        }
    }
    app.atomically(async {
        app.store.record_ldap_sync(&run).await?;
        audit::write(app, event).await
    })
    .await?;
    released?;
    match (outcome, run.report) {
        (Ok(_), Some(report)) => Ok(report),
        (Err(e), _) => Err(e),
        (Ok(_), None) => Err(AppError::new(ErrorKind::Internal, "the sync's report was lost")),
    }
}

async fn read_and_apply(
    app: &App,
    realm: &Realm,
    config: &LdapConfig,
    dry_run: bool,
    force: bool,
) -> Result<SyncReport> {
    let directory = read_directory(config).await.map_err(directory_error)?;
    let usernames: Vec<String> = directory
        .people
        .iter()
        .filter_map(|p| p.username.as_deref().map(username_skeleton))
        .collect();
    let state = app.store.ldap_state(&realm.id, &usernames).await?;
    let (changes, mut report) = plan(config, &directory, &state, force, keybound_core::new_id)
        .map_err(|refusal| AppError::new(ErrorKind::Conflict, refusal.to_string()))?;
    report.dry_run = dry_run;
    if dry_run {
        return Ok(report);
    }
    report.changes.clear();
    // The changes, the sessions they end and their audit events in one transaction.
    app.atomically(async {
        app.store
            .apply_ldap_changes(realm, &changes, app.clock.now())
            .await?;
        // People the directory removed are signed out of the applications that asked to know.
        for id in changes.suspend.iter() {
            crate::session::end(app, id, crate::session::Ending::All).await?;
        }
        record_changes(app, realm, &changes).await
    })
    .await?;
    let made: Vec<(String, bool)> = changes
        .create
        .iter()
        .map(|p| (p.identity_id.clone(), p.traits.primary_email_address.is_some()))
        .collect();
    crate::batches::enroll_provisioned(app, realm, &made).await;
    Ok(report)
}

/// Each change the sync made, audited under the same name as the same change made any other
/// way, with LDAP sync as the actor.
async fn record_changes(app: &App, realm: &Realm, changes: &Changes) -> Result<()> {
    use keybound_core::audit::Action;
    let actor = crate::Actor::ldap();
    let people = changes
        .create
        .iter()
        .map(|p| (Action::IdentityCreated, &p.identity_id, p.traits.username.clone()))
        .chain(
            changes
                .update
                .iter()
                .map(|(id, _, t)| (Action::IdentityUpdated, id, t.username.clone())),
        )
        .chain(changes.suspend.iter().map(|id| {
            (
                Action::IdentitySuspended,
                id,
                "removed from the directory".to_owned(),
            )
        }))
        .chain(
            changes
                .reactivate
                .iter()
                .map(|id| (Action::IdentityResumed, id, "back in the directory".to_owned())),
        )
        .chain(changes.delete.iter().map(|id| {
            (
                Action::IdentityDeleted,
                id,
                "removed from the directory".to_owned(),
            )
        }));
    for (action, id, detail) in people {
        let event = actor
            .event(app, action)
            .realm(&realm.id)
            .about(id)
            .on("identity", id)
            .detail(detail);
        audit::write(app, event).await?;
    }
    let groups = changes
        .create_groups
        .iter()
        .map(|(id, _, name)| (Action::GroupCreated, id, format!("group {name}")))
        .chain(
            changes
                .rename_groups
                .iter()
                .map(|(id, name)| (Action::GroupUpdated, id, format!("display_name: → {name}"))),
        )
        .chain(
            changes
                .delete_groups
                .iter()
                .map(|id| (Action::GroupDeleted, id, String::new())),
        );
    for (action, id, detail) in groups {
        let event = actor
            .event(app, action)
            .realm(&realm.id)
            .on("group", id)
            .detail(detail);
        audit::write(app, event).await?;
    }
    let members = changes
        .add_members
        .iter()
        .map(|m| (Action::GroupMemberAdded, m))
        .chain(
            changes
                .remove_members
                .iter()
                .map(|m| (Action::GroupMemberRemoved, m)),
        );
    for (action, (group, identity)) in members {
        let event = actor
            .event(app, action)
            .realm(&realm.id)
            .about(identity)
            .on("group", group);
        audit::write(app, event).await?;
    }
    let roles = changes
        .create
        .iter()
        .filter(|p| p.role.is_some())
        .map(|p| (p.identity_id.clone(), p.role))
        .chain(changes.roles.iter().cloned());
    for (id, role) in roles {
        let action = if role.is_some() {
            Action::RoleGranted
        } else {
            Action::RoleRevoked
        };
        let event = actor
            .event(app, action)
            .realm(&realm.id)
            .about(&id)
            .on("identity", &id)
            .detail(format!(
                "role → {}, by the directory's groups",
                role.map_or("none", |r| r.as_str())
            ));
        audit::write(app, event).await?;
    }
    Ok(())
}

/// What a sync changed, in a sentence in `lang` (the audit log and the command line say it in
/// English).
pub fn summary(lang: crate::i18n::Lang, r: &SyncReport) -> String {
    let counts: [(&str, usize); 13] = [
        ("created", r.created),
        ("updated", r.updated),
        ("suspended", r.suspended),
        ("deleted", r.deleted),
        ("reactivated", r.reactivated),
        ("groups_created", r.groups_created),
        ("groups_updated", r.groups_updated),
        ("groups_deleted", r.groups_deleted),
        ("memberships_added", r.memberships_added),
        ("memberships_removed", r.memberships_removed),
        ("roles_granted", r.roles_granted),
        ("roles_revoked", r.roles_revoked),
        ("skipped", r.skipped.len()),
    ];
    let args: Vec<_> = counts.iter().map(|(n, v)| (*n, (*v).into())).collect();
    let text = lang.t_args("console-ldap-summary", &args);
    if r.dry_run {
        lang.t_args("console-ldap-dry-run-summary", &[("summary", text.into())])
    } else {
        text
    }
}

/// Runs the scheduled syncs every `interval`, on whichever replica claims each first.
pub fn spawn_scheduler(app: &App, interval: Duration) -> tokio::task::JoinHandle<()> {
    let app = app.clone();
    tokio::spawn(async move {
        loop {
            if let Err(e) = run_scheduled(&app).await {
                tracing::warn!("LDAP schedule: {}", e.message());
            }
            tokio::time::sleep(interval).await;
        }
    })
}

/// The realm's syncs, newest first.
pub async fn syncs(
    app: &App,
    realm_id: &str,
    page: keybound_core::page::PageRequest,
) -> Result<keybound_core::page::Page<LdapSyncRun>> {
    Ok(app.store.list_ldap_syncs(realm_id, page).await?)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_relative_id_is_the_last_sub_authority() {
        // S-1-5-21-1004336348-1177238915-682003330-513 ("Domain Users").
        let mut sid = vec![1, 5, 0, 0, 0, 0, 0, 5];
        for part in [21u32, 1004336348, 1177238915, 682003330, 513] {
            sid.extend(part.to_le_bytes());
        }
        assert_eq!(super::relative_id(&sid), Some(513));
        assert_eq!(super::relative_id(&sid[..20]), None);
        assert_eq!(super::relative_id(&[1, 0]), None);
    }
}
