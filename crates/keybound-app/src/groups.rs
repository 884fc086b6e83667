//! Groups and their members, whoever changes them (REST API, console, CSV import, LDAP sync).

use crate::actor::Actor;
use crate::{audit, App, AppError, Result};
use keybound_core::audit::Action;
use keybound_core::group::Group;
use keybound_core::realm::Realm;
use keybound_store::StoreError;

/// Conflict when another group of the realm has this name: group names are unique per realm,
/// ignoring case (the OpenID Connect `groups` claim and sign-up links name groups by it).
async fn ensure_name_free(app: &App, realm_id: &str, name: &str, except: Option<&str>) -> Result<()> {
    // The store compares display names ignoring case.
    let same = keybound_core::filter::Filter::eq("display_name", name.trim());
    let found = app
        .store
        .list_groups(
            realm_id,
            &same,
            keybound_core::page::PageRequest { size: 2, after: None },
        )
        .await?;
    if found.items.iter().any(|g| Some(g.id.as_str()) != except) {
        return Err(AppError::new(
            crate::ErrorKind::Conflict,
            format!("a group named \"{}\" already exists in this realm", name.trim()),
        ));
    }
    Ok(())
}

/// Conflict when someone other than a SCIM client changes the name or members of a group a
/// SCIM client pushed.
fn refuse_scim_owned(actor: &Actor, group: &Group, field: &str) -> Result<()> {
    if group.source != keybound_core::identity::Source::Scim || actor.is_scim() {
        return Ok(());
    }
    Err(AppError::new(
        crate::ErrorKind::Conflict,
        format!("{field} is managed by SCIM: change it in the directory that provisions this group"),
    ))
}

pub async fn create(
    app: &App,
    actor: &Actor,
    realm: &Realm,
    display_name: &str,
    description: &str,
) -> Result<Group> {
    app.atomically(async {
        actor.require("groups:create")?;
        actor.require_whole_realm()?;
        ensure_name_free(app, &realm.id, display_name, None).await?;
        let group = app
            .store
            .create_group(realm, display_name, description, app.clock.now())
            .await?;
        let event = actor
            .event(app, Action::GroupCreated)
            .realm(&realm.id)
            .on("group", &group.id)
            .detail(format!("group {}", group.display_name));
        audit::write(app, event).await?;
        Ok(group)
    })
    .await
}

/// Renames or describes a group; a field not given stays.
pub async fn update(
    app: &App,
    actor: &Actor,
    realm_id: &str,
    id: &str,
    display_name: Option<&str>,
    description: Option<&str>,
) -> Result<Group> {
    app.atomically(async {
        actor.require("groups:update")?;
        actor.require_whole_realm()?;
        let before = app.store.group(realm_id, id).await?;
        if display_name.is_some_and(|n| n != before.display_name) {
            refuse_scim_owned(actor, &before, "group.display_name")?;
        }
        if let Some(name) = display_name {
            ensure_name_free(app, realm_id, name, Some(id)).await?;
        }
        let group = app
            .store
            .update_group(realm_id, id, display_name, description, app.clock.now())
            .await?;
        let mut changed = Vec::new();
        if before.display_name != group.display_name {
            changed.push(format!(
                "display_name: {} → {}",
                before.display_name, group.display_name
            ));
        }
        if before.description != group.description {
            changed.push("description".to_owned());
        }
        let event = actor
            .event(app, Action::GroupUpdated)
            .realm(realm_id)
            .on("group", id)
            .detail(changed.join(", "));
        audit::write(app, event).await?;
        Ok(group)
    })
    .await
}

/// Deletes a group; its members stay.
pub async fn delete(app: &App, actor: &Actor, realm_id: &str, id: &str) -> Result<()> {
    app.atomically(async {
        actor.require("groups:delete")?;
        actor.require_whole_realm()?;
        let group = app.store.group(realm_id, id).await?;
        app.store.delete_group(realm_id, id).await?;
        let event = actor
            .event(app, Action::GroupDeleted)
            .realm(realm_id)
            .on("group", id)
            .detail(format!("group {} deleted", group.display_name));
        audit::write(app, event).await?;
        Ok(())
    })
    .await
}

/// Adds people to a group (`add`), or takes them out: all of `ids` or, if one is unknown
/// (named by its place in the list, under `field`), none.
pub async fn change_members(
    app: &App,
    actor: &Actor,
    realm_id: &str,
    group_id: &str,
    ids: &[String],
    add: bool,
    field: &str,
) -> Result<()> {
    app.atomically(async {
        actor.require("groups:update")?;
        actor.require_within(&[group_id.to_owned()])?;
        refuse_scim_owned(
            actor,
            &app.store.group(realm_id, group_id).await?,
            "group.members",
        )?;
        if !actor.is_administrator() {
            // A role holder moves only the people it may act on.
            for id in ids {
                if let Ok(identity) = app.store.identity(realm_id, id).await {
                    actor.require_over(app, &identity).await?;
                }
            }
        }
        let now = app.clock.now();
        let done = if add {
            app.store.add_members(realm_id, group_id, ids, now).await
        } else {
            app.store.delete_members(realm_id, group_id, ids, now).await
        };
        match done {
            Ok(()) => {}
            Err(StoreError::NotFound { kind: "identity", id }) => {
                let at = ids.iter().position(|i| *i == id).unwrap_or_default();
                return Err(AppError::bad_field(
                    format!("{field}[{at}]"),
                    format!("no identity `{id}` in this realm; nothing was changed"),
                ));
            }
            Err(e) => return Err(e.into()),
        }
        let action = if add {
            Action::GroupMemberAdded
        } else {
            Action::GroupMemberRemoved
        };
        for id in ids {
            let event = actor
                .event(app, action)
                .realm(realm_id)
                .about(id)
                .on("group", group_id);
            audit::write(app, event).await?;
        }
        Ok(())
    })
    .await
}

pub async fn get(app: &App, realm_id: &str, id: &str) -> Result<Group> {
    Ok(app.store.group(realm_id, id).await?)
}

pub async fn list(
    app: &App,
    realm_id: &str,
    filter: &keybound_core::filter::Filter,
    page: keybound_core::page::PageRequest,
) -> Result<keybound_core::page::Page<Group>> {
    Ok(app.store.list_groups(realm_id, filter, page).await?)
}

/// The realm's group with this id or, failing that, this name (case-insensitively).
pub async fn by_id_or_name(app: &App, realm_id: &str, group: &str) -> Result<Option<Group>> {
    match app.store.group(realm_id, group).await {
        Ok(g) => return Ok(Some(g)),
        Err(StoreError::NotFound { .. }) => {}
        Err(e) => return Err(e.into()),
    }
    let by_name = keybound_core::filter::Filter::eq("display_name", group);
    let found = app
        .store
        .list_groups(
            realm_id,
            &by_name,
            keybound_core::page::PageRequest { size: 1, after: None },
        )
        .await?;
    Ok(found.items.into_iter().next())
}

pub async fn members(
    app: &App,
    realm_id: &str,
    id: &str,
    page: keybound_core::page::PageRequest,
) -> Result<keybound_core::page::Page<keybound_core::identity::Identity>> {
    Ok(app.store.group_members(realm_id, id, page).await?)
}
pub use keybound_store::GROUP_FILTER_ATTRIBUTES;
