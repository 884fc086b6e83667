//! The applications a person has let sign them in, and taking that access back.

use super::*;

/// The applications a person has let sign them in, for their account page.
pub async fn my_applications(
    app: &App,
    identity: &Identity,
) -> Result<Vec<(Consent, Application)>, AppError> {
    Ok(app.store.consents(&identity.id).await?)
}

/// A person withdraws an application's access: their consent goes and its tokens stop working.
pub async fn revoke_my_application(
    app: &App,
    identity: &Identity,
    application_id: &str,
    client: &audit::Client,
) -> Result<(), AppError> {
    app.atomically(async {
        if !app
            .store
            .delete_consent(&identity.id, application_id, app.clock.now())
            .await?
        {
            return Err(AppError::not_found("You have not given this application access."));
        }
        let event = client
            .event(app, keybound_core::audit::Action::ApplicationConsentRevoked)
            .realm(&identity.realm_id)
            .by(Actor::identity(&identity.id))
            .about(&identity.id)
            .on("application", application_id);
        audit::write(app, event).await?;
        Ok(())
    })
    .await
}
