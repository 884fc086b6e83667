//! Batch credential binding jobs: enrolment for up to 1,000 people asked for in one call. The
//! call checks the job once and stores the batch; a worker then makes each person's job (and
//! queues its email) in the background, resumably: each person's job and their item's "done"
//! are one transaction, and a lease lets one replica work a batch at a time, another taking
//! over when it runs out. A person who cannot get a job (suspended, no email, gone) fails alone.

use crate::binding::{self, NewJob};
use crate::{Actor, App, AppError, ErrorKind, Result};
use keybound_core::binding::{DeliveryMethod, DevicePolicy, DeviceType};
use keybound_core::page::{Page, PageRequest};
use keybound_core::realm::Realm;
use keybound_store::NewBatch;
pub use keybound_store::{Batch, BatchItem};
use serde::{Deserialize, Serialize};
use std::time::Duration;

pub const CREATE: &str = "batch-credential-binding-jobs:create";
pub const READ: &str = "batch-credential-binding-jobs:read";
/// Batches a realm may have waiting before another is refused (429).
const MAX_QUEUED: i64 = 1000;
/// How long a worker holds a batch without renewing; a replica that died lets go after it.
const LEASE: time::Duration = time::Duration::seconds(30);
/// People whose jobs are made between renewals of the lease.
const CHUNK: i64 = 25;
/// Why a job is undone: another worker settled its item first.
const SETTLED_ELSEWHERE: &str = "settled by another worker";

/// The job each person gets, as the API states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobTemplate {
    pub delivery_method: String,
    pub authenticator_config_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_binding_redirect_uri: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_template_id: Option<String>,
}

impl JobTemplate {
    fn job(&self) -> NewJob {
        NewJob {
            delivery_method: DeliveryMethod::Email,
            authenticator_config_id: self.authenticator_config_id.clone(),
            post_binding_redirect_uri: self.post_binding_redirect_uri.clone(),
            expire_after_seconds: None,
            email_template_id: self.email_template_id.clone(),
            device_type: DeviceType::Any,
            device_policy: DevicePolicy::default(),
            key_name: None,
        }
    }
}

/// Checks a job template: EMAIL, with the realm's authenticator config (and email template).
pub async fn check(app: &App, realm: &Realm, template: &JobTemplate) -> Result<()> {
    if template.delivery_method != "EMAIL" {
        return Err(AppError::bad_field(
            "job_template.delivery_method",
            "a batch delivers by EMAIL",
        ));
    }
    binding::prepare(app, realm, &template.job()).await?;
    Ok(())
}

/// When the realm sends enrolment on provisioning: a batch, as the system, for the people just
/// made by SCIM, CSV import or LDAP sync (`(id, has an email address)`): those with an address
/// get one enrolment email each. A failure is logged: the people stay made.
pub async fn enroll_provisioned(app: &App, realm: &Realm, people: &[(String, bool)]) {
    if let Err(e) = enroll(app, realm, people).await {
        tracing::warn!(realm = %realm.id, "enrolment on provisioning: {}", e.message());
    }
}

async fn enroll(app: &App, realm: &Realm, people: &[(String, bool)]) -> Result<()> {
    let Some(enroll) = app.store.realm_settings(&realm.id).await?.enroll_on_provision else {
        return Ok(());
    };
    let ids: Vec<String> = people
        .iter()
        .filter(|(_, email)| *email)
        .map(|(id, _)| id.clone())
        .collect();
    let template = JobTemplate {
        delivery_method: "EMAIL".into(),
        authenticator_config_id: enroll.authenticator_config_id,
        post_binding_redirect_uri: None,
        email_template_id: enroll.email_template_id,
    };
    for chunk in ids.chunks(keybound_core::group::MAX_BATCH) {
        create(app, &Actor::system(), realm, chunk, template.clone()).await?;
    }
    Ok(())
}

/// Stores a batch for `identity_ids` (1 to 1,000): the template is checked now (a bad one is an
/// error and nothing is stored); the jobs are made in the background.
pub async fn create(
    app: &App,
    actor: &Actor,
    realm: &Realm,
    identity_ids: &[String],
    template: JobTemplate,
) -> Result<Batch> {
    actor.require(CREATE)?;
    let ids = keybound_core::group::validate_ids("identity_ids", identity_ids)?;
    check(app, realm, &template).await?;
    if app.store.queued_batches(&realm.id).await? >= MAX_QUEUED {
        return Err(AppError::new(
            ErrorKind::TooManyRequests,
            "this realm has 1,000 batches waiting: wait for some to finish",
        ));
    }
    let to_json = |v: serde_json::Result<String>| v.map_err(|e| AppError::internal("batch", &e));
    let batch = NewBatch {
        id: keybound_core::new_id(),
        tenant_id: realm.tenant_id.clone(),
        realm_id: realm.id.clone(),
        job_template: to_json(serde_json::to_string(&template))?,
        actor: to_json(serde_json::to_string(actor))?,
        identity_ids: ids,
    };
    let now = app.clock.now();
    app.store.create_batch(&batch, now).await?;
    Ok(app.store.batch(&realm.id, &batch.id, now).await?)
}

pub async fn get(app: &App, actor: &Actor, realm_id: &str, id: &str) -> Result<Batch> {
    actor.require(READ)?;
    Ok(app.store.batch(realm_id, id, app.clock.now()).await?)
}

pub async fn results(
    app: &App,
    actor: &Actor,
    realm_id: &str,
    id: &str,
    page: PageRequest,
) -> Result<Page<BatchItem>> {
    actor.require(READ)?;
    Ok(app.store.batch_items(realm_id, id, page).await?)
}

/// Takes one batch with jobs to make and makes them; how many items it settled.
pub async fn work_once(app: &App) -> Result<usize> {
    let now = app.clock.now();
    let Some(claim) = app.store.claim_batch(now, now + LEASE).await? else {
        return Ok(0);
    };
    let worked = work(app, &claim).await;
    app.store.release_batch(&claim.id).await?;
    worked
}

async fn work(app: &App, claim: &keybound_store::BatchClaim) -> Result<usize> {
    let bad = |e: serde_json::Error| AppError::internal("batch", &e);
    let actor: Actor = serde_json::from_str(&claim.actor).map_err(bad)?;
    let template: JobTemplate = serde_json::from_str(&claim.job_template).map_err(bad)?;
    let realm = app.store.realm(&claim.tenant_id, &claim.realm_id).await?;
    let job = template.job();
    let prepared = match binding::prepare(app, &realm, &job).await {
        Ok(prepared) => Some(prepared),
        // The config or template was deleted since: every person left fails with that.
        Err(e) if e.kind() != ErrorKind::Internal => None,
        Err(e) => return Err(e),
    };
    let mut settled = 0;
    loop {
        let items = app.store.pending_items(&claim.id, CHUNK).await?;
        if items.is_empty() {
            return Ok(settled);
        }
        for (position, identity_id) in items {
            let made = match &prepared {
                Some(prepared) => {
                    app.atomically(async {
                        let created =
                            binding::create_for(app, &actor, &realm, &identity_id, &job, prepared).await?;
                        let now = app.clock.now();
                        if app
                            .store
                            .finish_item(&claim.id, position, Ok(&created.job.id), now)
                            .await?
                        {
                            Ok(())
                        } else {
                            // Another worker settled it: this job is undone.
                            Err(AppError::new(ErrorKind::Conflict, SETTLED_ELSEWHERE))
                        }
                    })
                    .await
                }
                None => Err(AppError::bad_field(
                    "job_template",
                    "the authenticator config or email template is gone",
                )),
            };
            match made {
                Ok(()) => settled += 1,
                Err(e) if e.kind() == ErrorKind::Conflict && e.message() == SETTLED_ELSEWHERE => {}
                Err(e) if e.kind() == ErrorKind::Internal => return Err(e),
                Err(e) => {
                    let now = app.clock.now();
                    if app
                        .store
                        .finish_item(&claim.id, position, Err(e.message()), now)
                        .await?
                    {
                        settled += 1;
                    }
                }
            }
        }
        app.store.renew_batch(&claim.id, app.clock.now() + LEASE).await?;
    }
}

/// Works batches every `interval`, as long as there are any.
pub fn spawn_worker(app: &App, interval: Duration) -> tokio::task::JoinHandle<()> {
    let app = app.clone();
    tokio::spawn(async move {
        loop {
            match work_once(&app).await {
                Ok(n) if n > 0 => continue,
                Ok(_) => {}
                Err(e) => tracing::warn!("batch worker: {}", e.message()),
            }
            tokio::time::sleep(interval).await;
        }
    })
}
