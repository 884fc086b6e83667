//! Realms: separate sets of people, groups and applications in the one tenant.

use crate::actor::Actor;
use crate::{audit, App, AppError, Result};
use keybound_core::audit::Action;
use keybound_core::realm::Realm;

pub async fn create(app: &App, actor: &Actor, display_name: &str) -> Result<Realm> {
    app.atomically(async {
        actor.require("realms:create")?;
        keybound_core::realm::validate_display_name(display_name)
            .map_err(|e| AppError::from(e).within("realm"))?;
        let realm = app
            .store
            .create_realm(&app.tenant_id, display_name, app.clock.now())
            .await?;
        record(
            app,
            actor,
            Action::RealmCreated,
            &realm,
            format!("realm {}", realm.display_name),
        )
        .await?;
        Ok(realm)
    })
    .await
}

pub async fn update(app: &App, actor: &Actor, id: &str, display_name: &str) -> Result<Realm> {
    app.atomically(async {
        actor.require("realms:update")?;
        keybound_core::realm::validate_display_name(display_name)
            .map_err(|e| AppError::from(e).within("realm"))?;
        let before = app.store.realm(&app.tenant_id, id).await?;
        let realm = app
            .store
            .update_realm(&app.tenant_id, id, display_name, app.clock.now())
            .await?;
        let detail = format!("display_name: {} → {}", before.display_name, realm.display_name);
        record(app, actor, Action::RealmUpdated, &realm, detail).await?;
        Ok(realm)
    })
    .await
}

/// Deletes a realm and everything in it. Its administrators go with it, so only an actor with
/// every right may.
pub async fn delete(app: &App, actor: &Actor, id: &str) -> Result<()> {
    app.atomically(async {
        actor.require("realms:delete")?;
        if !actor.is_administrator() {
            return Err(AppError::forbidden(
                "deleting a realm deletes everyone in it: only an administrator, or an API token with the scope `*`, may",
            ));
        }
        let realm = app.store.realm(&app.tenant_id, id).await?;
        app.store.delete_realm(&app.tenant_id, id).await?;
        // The realm is gone: the event is the tenant's.
        let event = actor
            .event(app, Action::RealmDeleted)
            .on("realm", id)
            .detail(format!("realm {} deleted", realm.display_name));
        audit::write(app, event).await?;
        Ok(())
    })
    .await
}

async fn record(app: &App, actor: &Actor, action: Action, realm: &Realm, detail: String) -> Result<()> {
    let event = actor
        .event(app, action)
        .realm(&realm.id)
        .on("realm", &realm.id)
        .detail(detail);
    audit::write(app, event).await
}

pub async fn get(app: &App, id: &str) -> Result<Realm> {
    Ok(app.store.realm(&app.tenant_id, id).await?)
}

pub async fn list(
    app: &App,
    page: keybound_core::page::PageRequest,
) -> Result<keybound_core::page::Page<Realm>> {
    Ok(app.store.list_realms(&app.tenant_id, page).await?)
}

/// The realm with this id or name, or with none given the tenant's first.
pub async fn pick(app: &App, id_or_name: Option<&str>) -> Result<Realm> {
    let Some(wanted) = id_or_name else {
        return app.default_realm().await;
    };
    match app.store.realm(&app.tenant_id, wanted).await {
        Ok(realm) => return Ok(realm),
        Err(keybound_store::StoreError::NotFound { .. }) => {}
        Err(e) => return Err(e.into()),
    }
    let all = keybound_core::page::PageRequest {
        size: 200,
        after: None,
    };
    app.store
        .list_realms(&app.tenant_id, all)
        .await?
        .items
        .into_iter()
        .find(|r| r.display_name == wanted)
        .ok_or_else(|| AppError::not_found(format!("no realm with id or name `{wanted}`")))
}
