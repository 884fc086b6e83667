//! SCIM Groups: Keybound's groups, whose members are people.

use super::{check_version, require_scim, text, version, ListRequest, ScimError, ScimResult, Service, GROUP};
use crate::{groups, Actor, App};
use keybound_core::group::Group;
use keybound_core::identity::Source;
use keybound_core::realm::Realm;
use keybound_core::scim_filter::lookup;
use keybound_core::time_fmt::rfc3339;
use serde_json::{json, Value};

/// A group as a SCIM client describes it.
struct Described {
    display_name: String,
    external_id: Option<String>,
    members: Vec<String>,
}

impl Described {
    /// Reads a Group resource, ignoring what Keybound does not keep (Microsoft's group
    /// extension, `meta`, ...).
    fn read(body: &Value) -> ScimResult<Self> {
        if !body.is_object() {
            return Err(ScimError::bad("invalidSyntax", "a Group must be a JSON object"));
        }
        let display_name = text(lookup(body, "displayname"), "displayName")?
            .ok_or_else(|| ScimError::bad("invalidValue", "displayName is required"))?;
        let mut members = Vec::new();
        match lookup(body, "members") {
            None | Some(Value::Null) => {}
            Some(Value::Array(items)) => {
                for item in items {
                    if text(lookup(item, "type"), "members.type")?
                        .is_some_and(|t| t.eq_ignore_ascii_case("group"))
                    {
                        return Err(ScimError::bad(
                            "invalidValue",
                            "Keybound's groups hold people only, not other groups",
                        ));
                    }
                    let id = text(lookup(item, "value"), "members.value")?.ok_or_else(|| {
                        ScimError::bad("invalidValue", "each member needs a value: the User's id")
                    })?;
                    if !members.contains(&id) {
                        members.push(id);
                    }
                }
            }
            Some(_) => return Err(ScimError::bad("invalidValue", "members must be a list")),
        }
        Ok(Self {
            display_name,
            external_id: text(lookup(body, "externalid"), "externalId")?,
            members,
        })
    }
}

fn render(service: &Service, group: &Group, members: &[String]) -> Value {
    let mut out = json!({
        "schemas": [GROUP],
        "id": group.id,
        "displayName": group.display_name,
    });
    if let Some(x) = &group.external_id {
        out["externalId"] = json!(x);
    }
    if !members.is_empty() {
        out["members"] = members
            .iter()
            .map(|id| json!({"value": id, "$ref": service.location("Users", id)}))
            .collect();
    }
    out["meta"] = json!({
        "resourceType": "Group",
        "created": rfc3339(group.create_time),
        "lastModified": rfc3339(group.update_time),
        "location": service.location("Groups", &group.id),
        "version": version(group.update_time),
    });
    out
}

pub(super) async fn render_all(app: &App, service: &Service, groups: &[Group]) -> ScimResult<Vec<Value>> {
    let ids: Vec<String> = groups.iter().map(|g| g.id.clone()).collect();
    let members = app.store.members_of(&ids).await?;
    Ok(groups
        .iter()
        .map(|g| {
            let mine: Vec<String> = members
                .iter()
                .filter(|(group, _, _)| *group == g.id)
                .map(|(_, id, _)| id.clone())
                .collect();
            render(service, g, &mine)
        })
        .collect())
}

async fn rendered(app: &App, service: &Service, group: &Group) -> ScimResult<Value> {
    let mut all = render_all(app, service, std::slice::from_ref(group)).await?;
    Ok(all.remove(0))
}

async fn member_ids(app: &App, group_id: &str) -> ScimResult<Vec<String>> {
    Ok(app
        .store
        .members_of(&[group_id.to_owned()])
        .await?
        .into_iter()
        .map(|(_, id, _)| id)
        .collect())
}

pub(super) async fn list_groups(
    app: &App,
    actor: &Actor,
    realm_id: &str,
    service: &Service,
    request: &ListRequest,
) -> ScimResult<Value> {
    require_scim(actor)?;
    actor.require("groups:read")?;
    let listing = request.parse()?;
    let (found, total) = app.store.scim_groups(realm_id, &listing.query()).await?;
    let resources = render_all(app, service, &found).await?;
    Ok(listing.response(total, resources))
}

pub(super) async fn get_group(
    app: &App,
    actor: &Actor,
    realm_id: &str,
    service: &Service,
    id: &str,
) -> ScimResult<Value> {
    require_scim(actor)?;
    actor.require("groups:read")?;
    let group = groups::get(app, realm_id, id).await?;
    rendered(app, service, &group).await
}

pub(super) async fn create_group(
    app: &App,
    actor: &Actor,
    realm: &Realm,
    service: &Service,
    body: &Value,
) -> ScimResult<Value> {
    require_scim(actor)?;
    let described = Described::read(body)?;
    let group = app
        .atomically_as(async {
            let created = groups::create(app, actor, realm, &described.display_name, "").await?;
            let group = app
                .store
                .set_group_origin(
                    realm,
                    &created.id,
                    Source::Scim,
                    described.external_id.as_deref(),
                    created.update_time,
                )
                .await?;
            write_members(app, actor, &realm.id, &group.id, &[], &described.members).await?;
            Ok::<_, ScimError>(group)
        })
        .await?;
    let group = groups::get(app, &realm.id, &group.id).await?;
    rendered(app, service, &group).await
}

pub(super) async fn replace_group(
    app: &App,
    actor: &Actor,
    realm: &Realm,
    service: &Service,
    id: &str,
    body: &Value,
    if_match: Option<&str>,
) -> ScimResult<Value> {
    require_scim(actor)?;
    let described = Described::read(body)?;
    change(app, actor, realm, service, id, if_match, |_| Ok(described)).await
}

pub(super) async fn patch_group(
    app: &App,
    actor: &Actor,
    realm: &Realm,
    service: &Service,
    id: &str,
    body: &Value,
    if_match: Option<&str>,
) -> ScimResult<Value> {
    require_scim(actor)?;
    let ops = keybound_core::scim_patch::parse(body)?;
    change(app, actor, realm, service, id, if_match, move |mut current| {
        keybound_core::scim_patch::apply(&mut current, &ops)?;
        Described::read(&current)
    })
    .await
}

/// Makes the group what `describe` (given the group as it is) says.
async fn change(
    app: &App,
    actor: &Actor,
    realm: &Realm,
    service: &Service,
    id: &str,
    if_match: Option<&str>,
    describe: impl FnOnce(Value) -> ScimResult<Described> + Send,
) -> ScimResult<Value> {
    app.atomically_as(async {
        actor.require("groups:update")?;
        let before = groups::get(app, &realm.id, id).await?;
        check_version(&version(before.update_time), if_match)?;
        let members = member_ids(app, id).await?;
        let described = describe(render(service, &before, &members))?;
        if described.display_name != before.display_name {
            groups::update(app, actor, &realm.id, id, Some(&described.display_name), None).await?;
        }
        write_members(app, actor, &realm.id, id, &members, &described.members).await?;
        // Last, and later than the version the change was made on whatever the clocks say, so
        // that the group has a new version whatever changed.
        let at = app
            .clock
            .now()
            .max(before.update_time + time::Duration::microseconds(1));
        app.store
            .set_group_origin(realm, id, before.source, described.external_id.as_deref(), at)
            .await?;
        Ok::<_, ScimError>(())
    })
    .await?;
    let group = groups::get(app, &realm.id, id).await?;
    rendered(app, service, &group).await
}

/// Adds those of `wanted` not in `current` and removes those of `current` not in `wanted`.
async fn write_members(
    app: &App,
    actor: &Actor,
    realm_id: &str,
    group_id: &str,
    current: &[String],
    wanted: &[String],
) -> ScimResult<()> {
    let added: Vec<String> = wanted
        .iter()
        .filter(|id| !current.contains(id))
        .cloned()
        .collect();
    let removed: Vec<String> = current
        .iter()
        .filter(|id| !wanted.contains(id))
        .cloned()
        .collect();
    for (ids, add) in [(added, true), (removed, false)] {
        if !ids.is_empty() {
            groups::change_members(app, actor, realm_id, group_id, &ids, add, "members").await?;
        }
    }
    Ok(())
}

pub(super) async fn delete_group(
    app: &App,
    actor: &Actor,
    realm_id: &str,
    id: &str,
    if_match: Option<&str>,
) -> ScimResult<()> {
    require_scim(actor)?;
    app.atomically_as(async {
        let before = groups::get(app, realm_id, id).await?;
        check_version(&version(before.update_time), if_match)?;
        groups::delete(app, actor, realm_id, id).await?;
        Ok(())
    })
    .await
}
