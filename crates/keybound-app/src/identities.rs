//! Changes to people, whoever makes them (REST API, console, command line, LDAP sync): each
//! checks the actor's permission and that it may act on that person, makes the change, and
//! audits it under one name. Suspending or deleting someone ends their sessions, revokes the
//! OpenID Connect tokens issued to them and tells the applications they signed in to.

use crate::actor::Actor;
use crate::session::Ending;
use crate::{audit, App, AppError, ErrorKind, Result};
use keybound_core::audit::Action;
use keybound_core::credential::Credential;
use keybound_core::identity::{Identity, IdentityPatch, IdentityStatus, NewIdentity};
use keybound_core::realm::Realm;
use keybound_core::role::{Role, RoleGrant};

/// Adds a person, and puts them in `group_ids`.
pub async fn create(
    app: &App,
    actor: &Actor,
    realm: &Realm,
    new: NewIdentity,
    group_ids: &[String],
) -> Result<Identity> {
    app.atomically(async {
        actor.require("identities:create")?;
        if !group_ids.is_empty() {
            actor.require("groups:update")?;
        }
        actor.require_within(group_ids)?;
        // The person and their groups in one transaction: never a person without their groups.
        let identity = app
            .store
            .create_identity_in_groups(realm, new, group_ids, app.clock.now())
            .await?;
        record_created(app, actor, realm, &identity, group_ids).await?;
        Ok(identity)
    })
    .await
}

/// Adds a person, puts them in `group_ids` and makes their first binding job (emailed, a link
/// or a code, as `job` says), all in one transaction: never a person without their groups or
/// their enrolment.
pub async fn create_enrolled(
    app: &App,
    actor: &Actor,
    realm: &Realm,
    new: NewIdentity,
    group_ids: &[String],
    job: &crate::binding::NewJob,
) -> Result<(Identity, crate::binding::CreatedJob)> {
    app.atomically(async {
        actor.require("identities:create")?;
        if !group_ids.is_empty() {
            actor.require("groups:update")?;
        }
        actor.require_within(group_ids)?;
        keybound_core::identity::validate(&new.display_name, &new.traits)?;
        let now = app.clock.now();
        // The person as they will be stored, for the job and its email.
        let planned = Identity {
            id: keybound_core::new_id(),
            realm_id: realm.id.clone(),
            tenant_id: realm.tenant_id.clone(),
            display_name: keybound_core::names::clean_display_name(&new.display_name),
            status: new.status,
            enrollment_status: keybound_core::identity::EnrollmentStatus::Pending,
            source: new.source,
            traits: new.traits.clone(),
            role: None,
            create_time: now,
            update_time: now,
        };
        let built = crate::binding::build_for_new(app, actor, realm, &planned, job).await?;
        let identity = app
            .store
            .create_enrolled_identity(
                realm,
                &planned.id,
                new,
                group_ids,
                (&built.job, &built.secret, built.email.as_ref()),
                now,
            )
            .await?;
        if built.email.is_some() {
            crate::metrics::email_queued();
        }
        record_created(app, actor, realm, &identity, group_ids).await?;
        crate::binding::record_created(app, actor, realm, &built.job).await?;
        Ok((identity, built.created()))
    })
    .await
}

async fn record_created(
    app: &App,
    actor: &Actor,
    realm: &Realm,
    identity: &Identity,
    group_ids: &[String],
) -> Result<()> {
    let event = actor
        .event(app, Action::IdentityCreated)
        .realm(&realm.id)
        .about(&identity.id)
        .on("identity", &identity.id)
        .detail(format!("{} added", identity.traits.username));
    audit::write(app, event).await?;
    for group_id in group_ids {
        let event = actor
            .event(app, Action::GroupMemberAdded)
            .realm(&realm.id)
            .about(&identity.id)
            .on("group", group_id);
        audit::write(app, event).await?;
    }
    Ok(())
}

/// The person `id` of the realm, whom `actor` may act on.
async fn target(app: &App, actor: &Actor, realm_id: &str, id: &str) -> Result<Identity> {
    let identity = app.store.identity(realm_id, id).await?;
    actor.require_over(app, &identity).await?;
    Ok(identity)
}

/// Changes a person's profile and status. A change of status is audited as
/// `identity.suspended` or `identity.resumed` (old → new), any other change as
/// `identity.updated` naming the fields.
pub async fn update(
    app: &App,
    actor: &Actor,
    realm_id: &str,
    id: &str,
    patch: &IdentityPatch,
) -> Result<Identity> {
    app.atomically(async {
        actor.require("identities:update")?;
        let before = target(app, actor, realm_id, id).await?;
        if patch.is_empty() {
            return Ok(before);
        }
        if patch.status == Some(IdentityStatus::Suspended) && actor.identity_id() == Some(id) {
            return Err(AppError::new(ErrorKind::Conflict, "You cannot suspend yourself."));
        }
        refuse_scim_owned(actor, &before, patch)?;
        let after = app
            .store
            .update_identity(realm_id, id, patch, app.clock.now())
            .await?;
        let changed = changed_fields(&before, &after);
        if !changed.is_empty() {
            let event = actor
                .event(app, Action::IdentityUpdated)
                .realm(realm_id)
                .about(id)
                .on("identity", id)
                .detail(format!("{}: {}", after.traits.username, changed.join(", ")));
            audit::write(app, event).await?;
        }
        if before.status != after.status {
            let action = match after.status {
                IdentityStatus::Suspended => {
                    crate::session::end(app, id, Ending::All).await?;
                    Action::IdentitySuspended
                }
                IdentityStatus::Active => Action::IdentityResumed,
            };
            let event = actor
                .event(app, action)
                .realm(realm_id)
                .about(id)
                .on("identity", id)
                .detail(format!(
                    "{}: status {} → {}",
                    after.traits.username,
                    before.status.as_str(),
                    after.status.as_str()
                ));
            audit::write(app, event).await?;
        }
        Ok(after)
    })
    .await
}

/// Suspends or resumes a person.
pub async fn set_status(
    app: &App,
    actor: &Actor,
    realm_id: &str,
    id: &str,
    status: IdentityStatus,
) -> Result<Identity> {
    let patch = IdentityPatch {
        status: Some(status),
        ..IdentityPatch::default()
    };
    update(app, actor, realm_id, id, &patch).await
}

/// The names of the fields that differ.
/// Conflict when someone other than a SCIM client changes what SCIM owns of a person it
/// provisioned: their names, emails, external id and status.
fn refuse_scim_owned(actor: &Actor, before: &Identity, patch: &IdentityPatch) -> Result<()> {
    if before.source != keybound_core::identity::Source::Scim || actor.is_scim() {
        return Ok(());
    }
    let mut after = before.clone();
    patch.apply(&mut after);
    let status = (before.status != after.status).then_some("status");
    if let Some(field) = changed_fields(before, &after).into_iter().chain(status).next() {
        return Err(AppError::new(
            ErrorKind::Conflict,
            format!(
                "identity.{field} is managed by SCIM: change it in the directory that provisions this person"
            ),
        ));
    }
    Ok(())
}

fn changed_fields(before: &Identity, after: &Identity) -> Vec<&'static str> {
    let (b, a) = (&before.traits, &after.traits);
    [
        ("display_name", before.display_name != after.display_name),
        ("username", b.username != a.username),
        (
            "primary_email_address",
            b.primary_email_address != a.primary_email_address,
        ),
        ("given_name", b.given_name != a.given_name),
        ("family_name", b.family_name != a.family_name),
        ("external_id", b.external_id != a.external_id),
    ]
    .into_iter()
    .filter_map(|(name, changed)| changed.then_some(name))
    .collect()
}

/// Deletes a person with their passkeys, sessions and jobs; the applications they signed in to
/// are told.
pub async fn delete(app: &App, actor: &Actor, realm_id: &str, id: &str) -> Result<()> {
    app.atomically(async {
        actor.require("identities:delete")?;
        if actor.identity_id() == Some(id) {
            return Err(AppError::new(ErrorKind::Conflict, "You cannot delete yourself."));
        }
        let identity = target(app, actor, realm_id, id).await?;
        crate::session::end(app, id, Ending::All).await?;
        app.store.delete_identity(realm_id, id).await?;
        record_deleted(app, actor, &identity).await?;
        Ok(())
    })
    .await
}

async fn record_deleted(app: &App, actor: &Actor, identity: &Identity) -> Result<()> {
    let event = actor
        .event(app, Action::IdentityDeleted)
        .realm(&identity.realm_id)
        .on("identity", &identity.id)
        .detail(format!(
            "{} ({}) deleted",
            identity.display_name, identity.traits.username
        ));
    audit::write(app, event).await?;
    Ok(())
}

/// Deletes all of `ids` or, if any is unknown or may not be acted on, none.
pub async fn batch_delete(app: &App, actor: &Actor, realm_id: &str, ids: &[String]) -> Result<()> {
    app.atomically(async {
        actor.require("identities:delete")?;
        let mut found = Vec::with_capacity(ids.len());
        for (i, id) in ids.iter().enumerate() {
            if actor.identity_id() == Some(id.as_str()) {
                return Err(AppError::bad_field(
                    format!("ids[{i}]"),
                    "you cannot delete yourself",
                ));
            }
            match app.store.identity(realm_id, id).await {
                Ok(identity) => {
                    actor.require_over(app, &identity).await?;
                    found.push(identity);
                }
                Err(keybound_store::StoreError::NotFound { .. }) => {
                    return Err(AppError::bad_field(
                        format!("ids[{i}]"),
                        format!("no identity `{id}` in this realm; nothing was changed"),
                    ))
                }
                Err(e) => return Err(e.into()),
            }
        }
        app.store.batch_delete_identities(realm_id, ids).await?;
        for identity in &found {
            record_deleted(app, actor, identity).await?;
        }
        Ok(())
    })
    .await
}

/// A change of a person's role as the API states it: `role` given (`Some(None)`: none) and/or
/// `role_group_ids` given (alone: the same role, other groups).
#[derive(Debug, Clone, Default)]
pub struct RoleChange {
    pub role: Option<Option<Role>>,
    pub group_ids: Option<Vec<String>>,
}

impl RoleChange {
    pub fn is_empty(&self) -> bool {
        self.role.is_none() && self.group_ids.is_none()
    }
}

/// Changes a person's profile and status, and their role if `role` says so, all or nothing.
pub async fn update_with_role(
    app: &App,
    actor: &Actor,
    realm_id: &str,
    id: &str,
    patch: &IdentityPatch,
    role: RoleChange,
) -> Result<Identity> {
    if role.is_empty() {
        return update(app, actor, realm_id, id, patch).await;
    }
    app.atomically(async {
        let updated = update(app, actor, realm_id, id, patch).await?;
        let grant = match (role.role, role.group_ids) {
            (Some(None), _) => None,
            (Some(Some(role)), groups) => Some(RoleGrant::new(role, groups.unwrap_or_default())),
            (None, Some(groups)) => match &updated.role {
                Some(current) => Some(RoleGrant::new(current.role, groups)),
                None => {
                    return Err(AppError::bad_field(
                        "identity.role_group_ids",
                        "the person has no role to limit to groups: give `role` too",
                    ))
                }
            },
            (None, None) => updated.role.clone(),
        };
        set_role(app, actor, realm_id, id, grant).await
    })
    .await
}

/// Gives a person a console role (`None`: takes it away); only an administrator may, the groups
/// named must be the realm's, and the last administrator stays one (Conflict). Audited as
/// `role.granted` or `role.revoked`, with the role and its groups.
pub async fn set_role(
    app: &App,
    actor: &Actor,
    realm_id: &str,
    id: &str,
    grant: Option<RoleGrant>,
) -> Result<Identity> {
    app.atomically(async {
        if !actor.is_administrator() {
            return Err(AppError::forbidden(
                "only an administrator may give or take roles",
            ));
        }
        let identity = app.store.identity(realm_id, id).await?;
        if let Some(grant) = &grant {
            if grant.role == Role::Admin && !grant.group_ids.is_empty() {
                return Err(AppError::bad_field(
                    "identity.role_group_ids",
                    "an administrator's role is not limited to groups",
                ));
            }
            for (i, group_id) in grant.group_ids.iter().enumerate() {
                if app.store.group(realm_id, group_id).await.is_err() {
                    return Err(AppError::bad_field(
                        format!("identity.role_group_ids[{i}]"),
                        format!("there is no group `{group_id}` in this realm"),
                    ));
                }
            }
        }
        if identity.role == grant {
            return Ok(identity);
        }
        if !app.store.set_role(id, grant.as_ref()).await? {
            return Err(AppError::new(
                ErrorKind::Conflict,
                format!(
                    "{} is the last administrator. Make someone else an administrator first.",
                    identity.display_name
                ),
            ));
        }
        let before = identity
            .role
            .as_ref()
            .map_or("none".to_owned(), RoleGrant::describe);
        let (action, after) = match &grant {
            Some(g) => (Action::RoleGranted, g.describe()),
            None => (Action::RoleRevoked, "none".to_owned()),
        };
        let event = actor
            .event(app, action)
            .realm(realm_id)
            .about(id)
            .on("identity", id)
            .detail(format!("{}: role {before} → {after}", identity.traits.username));
        audit::write(app, event).await?;
        Ok(Identity {
            role: grant,
            ..identity
        })
    })
    .await
}

/// Ends one of a person's sessions, and the applications' sign-ins made from it.
pub async fn end_session(app: &App, actor: &Actor, realm_id: &str, id: &str, session_id: &str) -> Result<()> {
    app.atomically(async {
        actor.require("sessions:delete")?;
        target(app, actor, realm_id, id).await?;
        crate::session::end(app, id, Ending::One(session_id)).await?;
        let event = actor
            .event(app, Action::SessionEnded)
            .realm(realm_id)
            .about(id)
            .on("session", session_id)
            .detail("signed out by an administrator");
        audit::write(app, event).await?;
        Ok(())
    })
    .await
}

/// Turns one of a person's passkeys off: it can no longer sign in.
pub async fn revoke_credential(
    app: &App,
    actor: &Actor,
    realm_id: &str,
    id: &str,
    credential_id: &str,
) -> Result<Credential> {
    app.atomically(async {
        actor.require("credentials:update")?;
        target(app, actor, realm_id, id).await?;
        let revoked = app
            .store
            .revoke_credential(realm_id, id, credential_id, app.clock.now())
            .await?;
        let event = actor
            .event(app, Action::CredentialRevoked)
            .realm(realm_id)
            .about(id)
            .on("credential", credential_id)
            .detail(format!("\"{}\" revoked", revoked.name));
        audit::write(app, event).await?;
        Ok(revoked)
    })
    .await
}

/// Renames one of a person's passkeys.
pub async fn rename_credential(
    app: &App,
    actor: &Actor,
    realm_id: &str,
    id: &str,
    credential_id: &str,
    name: &str,
) -> Result<Credential> {
    app.atomically(async {
        actor.require("credentials:update")?;
        target(app, actor, realm_id, id).await?;
        let before = app.store.credential(realm_id, id, credential_id).await?;
        let renamed = app
            .store
            .rename_credential(realm_id, id, credential_id, name, app.clock.now())
            .await?;
        let event = actor
            .event(app, Action::CredentialRenamed)
            .realm(realm_id)
            .about(id)
            .on("credential", credential_id)
            .detail(format!("\"{}\" renamed to \"{}\"", before.name, renamed.name));
        audit::write(app, event).await?;
        Ok(renamed)
    })
    .await
}

// What the edges read about people.

/// The person `id`, if `actor` may read people and sees them (not found otherwise).
pub async fn get(app: &App, actor: &Actor, realm_id: &str, id: &str) -> Result<Identity> {
    actor.require("identities:read")?;
    visible(app, actor, realm_id, id).await
}

/// The person `id`, if `actor` sees them (not found otherwise), whatever it may read of them:
/// for reads of what belongs to a person (their passkeys, enrolments), checked on their own.
pub async fn visible(app: &App, actor: &Actor, realm_id: &str, id: &str) -> Result<Identity> {
    let identity = app.store.identity(realm_id, id).await?;
    actor.require_sees(app, &identity).await?;
    Ok(identity)
}

pub async fn by_username(app: &App, realm_id: &str, username: &str) -> Result<Option<Identity>> {
    Ok(app.store.identity_by_username(realm_id, username).await?)
}

/// `filter`, limited to the people `actor` sees.
fn seen_by(actor: &Actor, filter: &keybound_core::filter::Filter) -> keybound_core::filter::Filter {
    let mut filter = filter.clone();
    if let Some(groups) = actor.scope() {
        filter.clauses.push(keybound_core::filter::Clause::eq(
            keybound_core::filter::IN_GROUPS,
            &groups.join(" "),
        ));
    }
    filter
}

/// The realm's people that `actor` sees, matching `filter`.
pub async fn list(
    app: &App,
    actor: &Actor,
    realm_id: &str,
    filter: &keybound_core::filter::Filter,
    page: keybound_core::page::PageRequest,
) -> Result<keybound_core::page::Page<Identity>> {
    actor.require("identities:read")?;
    Ok(app
        .store
        .list_identities(realm_id, &seen_by(actor, filter), page)
        .await?)
}

/// The console's users list: `limit` people that `actor` sees from `offset` in `sort` order,
/// and how many match.
pub async fn browse(
    app: &App,
    actor: &Actor,
    realm_id: &str,
    filter: &keybound_core::filter::Filter,
    sort: keybound_core::identity::Sort,
    offset: u64,
    limit: u32,
) -> Result<(Vec<Identity>, i64)> {
    actor.require("identities:read")?;
    Ok(app
        .store
        .browse_identities(realm_id, &seen_by(actor, filter), sort, offset, limit)
        .await?)
}

/// For each of `ids`: its number of active passkeys and its last sign-in with one.
pub async fn passkey_stats(
    app: &App,
    ids: &[String],
) -> Result<Vec<(String, i64, Option<time::OffsetDateTime>)>> {
    Ok(app.store.passkey_stats(ids).await?)
}

/// Passkeys bound in the realm per day since `since`: (day number, count).
pub async fn passkeys_bound_per_day(
    app: &App,
    realm_id: &str,
    since: time::OffsetDateTime,
) -> Result<Vec<(i64, i64)>> {
    Ok(app.store.passkeys_bound_per_day(realm_id, since).await?)
}

/// The person whose username is `username` or looks the same, if any.
pub async fn like_username(app: &App, realm_id: &str, username: &str) -> Result<Option<Identity>> {
    Ok(app.store.identity_like_username(realm_id, username).await?)
}

pub async fn groups(
    app: &App,
    realm_id: &str,
    id: &str,
    page: keybound_core::page::PageRequest,
) -> Result<keybound_core::page::Page<keybound_core::group::Group>> {
    Ok(app.store.identity_groups(realm_id, id, page).await?)
}

pub async fn is_admin(app: &App, id: &str) -> Result<bool> {
    Ok(app.store.is_admin(id).await?)
}

/// Has any administrator of the tenant a passkey (a way into the console)?
pub async fn admin_has_passkey(app: &App) -> Result<bool> {
    Ok(app.store.admin_has_passkey(&app.tenant_id).await?)
}

pub async fn credentials(
    app: &App,
    realm_id: &str,
    id: &str,
    page: keybound_core::page::PageRequest,
) -> Result<keybound_core::page::Page<Credential>> {
    Ok(app.store.list_credentials(realm_id, id, page).await?)
}

pub async fn credential(app: &App, realm_id: &str, id: &str, credential_id: &str) -> Result<Credential> {
    Ok(app.store.credential(realm_id, id, credential_id).await?)
}

pub async fn live_sessions(app: &App, id: &str) -> Result<Vec<keybound_core::session::Session>> {
    Ok(app.store.live_sessions(id, app.clock.now()).await?)
}
pub use keybound_store::IDENTITY_FILTER_ATTRIBUTES;

/// A tab of the console's profile of a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileTab {
    Profile,
    Passkeys,
    Enrolments,
    Groups,
    Sessions,
    Activity,
}

impl ProfileTab {
    pub const ALL: [Self; 6] = [
        Self::Profile,
        Self::Passkeys,
        Self::Enrolments,
        Self::Groups,
        Self::Sessions,
        Self::Activity,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Profile => "profile",
            Self::Passkeys => "passkeys",
            Self::Enrolments => "enrolments",
            Self::Groups => "groups",
            Self::Sessions => "sessions",
            Self::Activity => "activity",
        }
    }

    /// The tab this names, else the first.
    pub fn parse(s: Option<&str>) -> Self {
        Self::ALL
            .into_iter()
            .find(|t| Some(t.as_str()) == s)
            .unwrap_or(Self::Profile)
    }
}

/// What the console shows of a person: who they are, and what one tab shows (the others'
/// lists stay empty, unread).
#[derive(Debug)]
pub struct Profile {
    pub identity: Identity,
    pub credentials: Vec<Credential>,
    /// Newest first.
    pub jobs: Vec<keybound_core::binding::BindingJob>,
    pub groups: Vec<keybound_core::group::Group>,
    /// The realm's groups the person is not in (on the profile tab, for an administrator: all
    /// of the realm's groups, which a role may be limited to).
    pub other_groups: Vec<keybound_core::group::Group>,
    pub sessions: Vec<keybound_core::session::Session>,
    /// The latest 50 events about the person, newest first.
    pub activity: Vec<keybound_core::audit::AuditEvent>,
    /// The realm's enrollment email templates, while an enrolment is being chosen.
    pub enrollment_templates: Vec<keybound_core::email_template::EmailTemplate>,
}

/// The person `id` as the console's profile shows them to `actor` on `tab` (with the enrolment
/// dialog open when `enrolling`); not found if the actor does not see them.
pub async fn profile(
    app: &App,
    actor: &Actor,
    realm_id: &str,
    id: &str,
    tab: ProfileTab,
    enrolling: bool,
) -> Result<Profile> {
    use keybound_core::page::PageRequest;
    let all = PageRequest {
        size: 200,
        after: None,
    };
    let identity = get(app, actor, realm_id, id).await?;
    let mut profile = Profile {
        identity,
        credentials: Vec::new(),
        jobs: Vec::new(),
        groups: Vec::new(),
        other_groups: Vec::new(),
        sessions: Vec::new(),
        activity: Vec::new(),
        enrollment_templates: Vec::new(),
    };
    match tab {
        ProfileTab::Profile if actor.is_administrator() => {
            let every = keybound_core::filter::Filter::default();
            profile.other_groups = app.store.list_groups(realm_id, &every, all).await?.items;
        }
        ProfileTab::Profile => {}
        ProfileTab::Passkeys => {
            profile.credentials = app.store.list_credentials(realm_id, id, all).await?.items
        }
        ProfileTab::Enrolments => {
            let mut jobs = app.store.list_jobs(realm_id, Some(id), all).await?.items;
            jobs.reverse();
            profile.jobs = jobs;
        }
        ProfileTab::Groups => {
            let every = keybound_core::filter::Filter::default();
            let (theirs, realm_groups) = tokio::try_join!(
                app.store.identity_groups(realm_id, id, all),
                app.store.list_groups(realm_id, &every, all)
            )?;
            profile.other_groups = realm_groups
                .items
                .into_iter()
                .filter(|g| !theirs.items.iter().any(|m| m.id == g.id))
                .collect();
            profile.groups = theirs.items;
        }
        ProfileTab::Sessions => profile.sessions = app.store.live_sessions(id, app.clock.now()).await?,
        ProfileTab::Activity => {
            let mut about = keybound_store::AuditQuery::default();
            about
                .filter
                .clauses
                .push(keybound_core::filter::Clause::eq("identity_id", id));
            let latest = PageRequest {
                size: 50,
                after: None,
            };
            profile.activity = app.store.list_audit(realm_id, &about, latest).await?.items;
        }
    }
    if enrolling {
        profile.enrollment_templates = app
            .store
            .list_templates(realm_id, all)
            .await?
            .items
            .into_iter()
            .filter(|t| t.kind == keybound_core::email_template::TemplateKind::EnrollmentLink)
            .collect();
    }
    Ok(profile)
}
