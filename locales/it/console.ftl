# La console di amministrazione.

## Struttura

console-page-title = { $page } · Console di Keybound
console-skip = Vai al contenuto
console-nav = Console
console-menu = Menu
console-realm = Realm
console-realm-switch = Cambia
console-your-account = Il tuo account
console-sign-out = Esci
console-copied = Copiato
console-copy-by-hand = Premi Ctrl+C
console-nav-dashboard = Panoramica
console-nav-users = Utenti
console-nav-groups = Gruppi
console-nav-signup = Token di registrazione
console-nav-configs = Configurazioni dell’autenticatore
console-nav-templates = Modelli email
console-nav-applications = Applicazioni
console-nav-ldap = LDAP
console-nav-provisioning = Provisioning
console-nav-api = Token API
console-nav-audit = Registro di audit
console-nav-settings = Impostazioni

## Rifiuti e problemi

console-no-access = Nessun accesso alla console
console-no-access-text = Hai effettuato l’accesso, ma non hai alcun ruolo in questa console. Chiedi l’accesso a un amministratore.
console-not-for-role = Non previsto dal tuo ruolo
console-not-for-role-text = Il tuo ruolo in questa console non comprende questa pagina. Torna alla pagina iniziale della console (/console) o chiedi a un amministratore.
console-needs-passkey = Accedi con una { -passkey }
console-needs-passkey-text = La console si apre solo per sessioni avviate con una { -passkey }. Hai effettuato l’accesso con un link monouso: aggiungi una { -passkey } nella pagina del tuo account (/account), esci e accedi di nuovo con essa.
console-form-too-large = Quanto hai inviato supera i 2 MiB accettati da un modulo della console. Per importare più persone, dividi il file CSV in parti di al massimo 2 MiB (circa 20.000 righe) e importale una dopo l’altra.
console-form-refused = Modulo rifiutato
console-form-refused-text = Questo modulo non proviene da questa console, oppure la tua sessione è cambiata. Torna indietro, ricarica la pagina e riprova.
console-problem-title = Si è verificato un problema
console-go-back = Indietro
console-no-such-realm = Questo realm non esiste.
console-cancel = Annulla

## Panoramica e registro di audit

console-find-person = Trova una persona
console-find-placeholder = Nome, nome utente o email
console-search = Cerca
console-find-hint = Poi scegli «Registra» accanto alla persona: un’email, un codice di 9 caratteri o un link di accesso.
console-status-enrolled = Registrato
console-status-pending = In attesa
console-status-invite-failed = Invito non riuscito
console-status-suspended = Sospeso
console-chart = { -passkeys } associate, ultimi 30 giorni
console-chart-label = { -passkeys } associate al giorno negli ultimi 30 giorni: { $total } in tutto
console-recent-events = Eventi recenti
console-col-when = Quando
console-col-action = Azione
console-col-actor = Autore
console-col-outcome = Esito
console-col-detail = Dettagli
console-col-target = Oggetto
console-col-person = Persona
console-col-address = Indirizzo
console-outcome-success = Riuscito
console-outcome-failure = Non riuscito
console-nothing-yet = Ancora niente.
console-whole-audit-log = Tutto il registro di audit
console-audit-user = Utente
console-audit-user-placeholder = nome utente o id
console-any = Qualsiasi
console-audit-from = Dal
console-audit-to = Al
console-filter = Filtra
console-export-csv = Esporta CSV
console-audit-count = { $count ->
    [one] { $count } evento
   *[other] { $count } eventi
}
console-audit-none = Nessun evento corrispondente.
console-audit-older = Eventi meno recenti
console-actor-system = sistema (riga di comando)
console-actor-api-token = token API { $name }
console-actor-scim = SCIM ({ $name })
console-target-passkey = { -passkey }
console-target-enrolment = registrazione
console-target-session = sessione
console-target-group = gruppo { $name }
console-target-signup-token = link di registrazione
console-target-deleted = { $name } (eliminato)

## Applicazioni

console-issuer = Emittente
console-discovery-url = URL di discovery
console-copy = Copia
console-applications-intro = Le applicazioni fanno accedere i loro utenti tramite Keybound con OpenID Connect. Fornisci a un’applicazione l’emittente di questo realm; la sua libreria trova il resto nel documento di discovery.
console-new-application = Nuova applicazione
console-col-name = Nome
console-client-id = ID client
console-col-type = Tipo
console-col-redirect-uris = URI di reindirizzamento
console-col-created = Creato
console-app-kind-public = Pubblica
console-app-kind-confidential = Riservata
console-no-applications = Ancora nessuna applicazione.
console-back-applications = ← Applicazioni
console-client-secret = Segreto client
console-client-secret-once = Copia ora il segreto: non verrà più mostrato. Keybound ne conserva solo l’hash.
console-close = Chiudi
console-rotate-secret = Rinnova il segreto
console-rotate-secret-confirm = Creare un nuovo segreto client? Quello attuale smette subito di funzionare.
console-not-saved-fields = Non salvato: controlla i campi segnalati qui sotto.
console-not-saved = Non salvato: { $reason }
console-app-confidential = Riservata: un’applicazione lato server che custodisce un segreto
console-app-public = Pubblica: un’applicazione a pagina singola o nativa, senza segreto, sempre con PKCE
console-app-client-auth = Autenticazione del client (applicazioni riservate)
console-app-auth-basic = client_secret_basic (HTTP Basic)
console-app-auth-post = client_secret_post (nel modulo)
console-app-redirect-uris = URI di reindirizzamento, uno per riga
console-app-logout-uris = URI di reindirizzamento dopo l’uscita, uno per riga
console-app-resources = API per cui possono valere i suoi token di accesso (RFC 8707), una per riga: quei token sono JWT
console-app-resources-placeholder = facoltativo, come https://api.example.com
console-app-grants = Grant che può usare
console-app-scopes = Scope che può chiedere
console-app-pkce = Richiedi PKCE (S256)
console-app-access-lifetime = Durata del token di accesso
console-app-refresh-lifetime = Durata del token di aggiornamento
console-app-id-token-alg = Firma del token ID
console-app-backchannel = URI di logout back-channel
console-optional = facoltativo
console-logo-url = URL del logo
console-optional-https = facoltativo, https
console-app-groups = Possono accedere solo i membri di questi gruppi (nessuno selezionato: tutto il realm)
console-app-skip-consent = Salta la schermata di consenso (applicazione interna)
console-app-dpop = Vincola i suoi token alla sua chiave (DPoP)
console-app-par = Accetta solo richieste di autorizzazione inviate (PAR)
console-save = Salva
console-delete-application = Elimina applicazione
console-create-application = Crea applicazione
console-activity = Attività
console-app-choose-type = Scegli riservata o pubblica.
console-delete-confirm = Eliminare { $name }?
console-delete-application-text = I suoi utenti non potranno più accedervi tramite Keybound e i token che possiede smetteranno di funzionare. L’operazione non può essere annullata.

## Gruppi ed email di registrazione in blocco

console-back-users = ← Utenti
console-batch-title = Email di registrazione
console-batch-sending = Invio delle email di registrazione…
console-batch-sent = Email di registrazione inviate
console-batch-count-sent = Inviate
console-batch-count-waiting = In attesa
console-batch-count-skipped = Saltate
console-batch-made = { $made } email di registrazione preparate su { $total }.
console-batch-updating = Questa pagina si aggiorna da sola finché il resto non è completato.
console-batch-each = La registrazione di ogni persona compare nella sua pagina.
console-batch-skipped = { $count } saltati:
console-col-why = Motivo
console-description = Descrizione
console-no-groups = Ancora nessun gruppo.
console-new-group = Nuovo gruppo
console-create-group = Crea gruppo
console-back-groups = ← Gruppi
console-group-ldap = Questo gruppo proviene dalla directory LDAP: il nome e i membri sono gestiti lì e si modificano lì.
console-group-scim = Questo gruppo è fornito tramite SCIM: il nome e i membri sono gestiti dalla directory che lo invia e si modificano lì.
console-delete-group = Elimina gruppo
console-delete-group-confirm = Eliminare il gruppo { $name }?
console-delete-group-text = I suoi membri restano; spariscono solo il gruppo e la loro appartenenza.
console-members = Membri
console-username = Nome utente
console-col-status = Stato
console-remove = Rimuovi
console-no-members = Nessun membro.
console-add-member-username = Aggiungi un utente per nome utente
console-add-member = Aggiungi membro

## Configurazioni dell’autenticatore

console-configs-intro = Come vengono associate le { -passkeys }: sulle pagine di Keybound (ospitate) o nella tua applicazione con l’SDK JS (incorporate).
console-invoke-url = URL di invocazione
console-trusted-origins = Origini attendibili
console-attestation = Attestazione delle chiavi hardware
console-col-id = Id
console-config-embedded = Incorporata (SDK JS)
console-config-hosted = Ospitata
console-attestation-required = richiesta
console-config-delete-confirm = Eliminare questa configurazione? I suoi job di associazione in sospeso vengono eliminati con essa.
console-delete = Elimina
console-no-configs = Ancora nessuna. La console ne crea una ospitata la prima volta che registra qualcuno.
console-mds-imported = Metadati FIDO: BLOB numero { $number }, importato { $imported }, { $entries ->
    [one] { $entries } modello di autenticatore
   *[other] { $entries } modelli di autenticatore
}, prossimo aggiornamento previsto il { $next }. Le attestazioni sono verificate rispetto alle radici che indica per ogni modello.
console-mds-none = Nessun metadato FIDO importato: un’attestazione richiesta viene presa per buona in base al modello dichiarato. Per verificarla rispetto alle radici di ogni produttore, scarica il BLOB del FIDO Metadata Service ed esegui { $command }.
console-new-config = Nuova configurazione
console-invoke-url-embedded = URL di invocazione (incorporata)
console-trusted-origins-embedded = Origini attendibili (incorporata; una per riga)
console-synced-allowed = { -passkeys } sincronizzate consentite (un gestore di passkey le copia sugli altri dispositivi della persona)
console-deny-list = Modelli di autenticatore rifiutati (AAGUID, uno per riga)
console-conveyance = Attestazione richiesta al browser
console-conveyance-none = Nessuna
console-conveyance-indirect = Indiretta
console-conveyance-direct = Diretta
console-conveyance-enterprise = Enterprise
console-require-attestation = Le chiavi hardware devono presentare un’attestazione
console-allow-list = Modelli di chiave hardware consentiti (AAGUID, uno per riga; vuoto: qualsiasi)
console-create-config = Crea configurazione
console-config-choose-type = Il tipo deve essere ospitata o incorporata.

## Provisioning (SCIM)

console-provisioning-intro = Directory come Microsoft Entra ID, Okta e Google Workspace, o un sistema HR, inviano persone e gruppi a questo realm con SCIM 2.0.
console-provisioning-read-only = Ciò che inviano (nomi, nome utente, email, id esterno, stato, i gruppi e i loro membri) qui è di sola lettura, contrassegnato da { $badge }: modificalo nella directory.
console-scim-token-created = Token SCIM creato
console-scim-token-once = Copialo ora nelle impostazioni di provisioning della tua directory: non verrà più mostrato.
console-scim-token = Token SCIM
console-scim-settings = Impostazioni per la tua directory
console-scim-url = URL del tenant (URL di base SCIM)
console-scim-auth = Autenticazione: un token bearer (Entra ID lo chiama token segreto; Okta, autenticazione con intestazione HTTP). Servono questi scope:
console-token-name = Nome del token
console-create-scim-token = Crea token SCIM
console-scim-changes = Ultime modifiche SCIM
console-no-scim-changes = Ancora nessuna modifica SCIM.

## Token API e di registrazione

console-api-token-created = Token API creato
console-secret-once = Copia ora il segreto: non verrà più mostrato.
console-secret = Segreto
console-scopes = Scope
console-col-expires = Scade
console-col-last-used = Ultimo utilizzo
console-never = mai
console-api-token-revoke-confirm = Revocare il token «{ $name }»? I programmi che lo usano smetteranno di funzionare.
console-revoke = Revoca
console-no-api-tokens = Nessun token API.
console-new-api-token = Nuovo token API
console-lifetime = Durata
console-lifetime-placeholder = es. 30d; vuoto: non scade mai
console-create-token = Crea token
console-signup-mode = Registrazioni degli utenti
console-signup-disabled = Disattivate
console-signup-with-token = Registrazione con token
console-signup-open = Registrazione libera
console-signup-link-created = Link di registrazione creato
console-signup-link-once = Invia questo link alle persone che devono registrarsi. Viene mostrato solo ora.
console-signup-link = Link di registrazione
console-signup-disabled-warning = Le registrazioni sono disattivate in questo realm: scegli «Registrazione con token» qui sopra perché il link funzioni.
console-col-state = Stato
console-col-usage = Utilizzo
console-token-active = Attivo
console-token-expired = Scaduto
console-token-used-up = Esaurito
console-token-revoked = Revocato
console-signup-revoke-confirm = Revocare questo link di registrazione? Nessuno potrà più registrarsi con esso.
console-no-signup-tokens = Ancora nessun token di registrazione.
console-create-signup-token = Crea token di registrazione
console-usage-limit = Limite di utilizzi
console-expires-after = Scade dopo
console-1-hour = 1 ora
console-12-hours = 12 ore
console-1-day = 1 giorno
console-1-week = 1 settimana
console-4-weeks = 4 settimane
console-signup-groups = Gruppi a cui si uniscono i nuovi utenti
console-create = Crea

## LDAP

console-ldap-intro = Persone e gruppi di una directory (OpenLDAP, Active Directory, FreeIPA, lldap) vengono sincronizzati in questo realm: secondo una pianificazione e quando premi «Sincronizza ora».
console-ldap-read-only = Ciò che appartiene alla directory (nomi, nome utente, email, i suoi gruppi e i loro membri) qui è di sola lettura, contrassegnato da { $badge }.
console-ldap-test = Verifica connessione
console-ldap-dry-run = Prova (non modificare nulla)
console-ldap-force = Anche se più della metà verrebbe sospesa
console-ldap-sync-now = Sincronizza ora
console-ldap-settings-hint = I campi vuoti prendono il valore predefinito mostrato. I campi contrassegnati come «Bloccato» sono impostati nell’ambiente o nel file di configurazione del server.
console-locked = Bloccato
console-save-settings = Salva impostazioni
console-ldap-last-syncs = Ultime sincronizzazioni
console-ldap-col-by = Da
console-ldap-col-what = Cosa è successo
console-ldap-dry-run-mark = (prova)
console-ldap-skipped = { $count } saltati
console-ldap-no-syncs = Ancora nessuna sincronizzazione.
console-ldap-url = URL della directory
console-ldap-url-placeholder = ldap://ldap.example.com:389 o ldaps://…:636
console-ldap-starttls = StartTLS su ldap://
console-ldap-bind-dn = DN di bind (account di servizio)
console-ldap-bind-dn-placeholder = vuoto: anonimo
console-ldap-bind-password = Password di bind
console-ldap-password-saved = salvata; digitane una nuova per cambiarla
console-ldap-base-dn = DN di base
console-ldap-user-filter = Filtro persone
console-ldap-group-filter = Filtro gruppi
console-ldap-attr-unique-id = Attributo dell’id univoco
console-ldap-attr-unique-id-placeholder = entryUUID (Active Directory: objectGUID)
console-ldap-attr-username = Attributo del nome utente
console-ldap-attr-username-placeholder = uid (Active Directory: sAMAccountName)
console-ldap-attr-email = Attributo dell’email
console-ldap-attr-given-name = Attributo del nome
console-ldap-attr-family-name = Attributo del cognome
console-ldap-attr-display-name = Attributo del nome visualizzato
console-ldap-attr-group-name = Attributo del nome del gruppo
console-ldap-attr-group-member = Attributo dei membri del gruppo
console-ldap-attr-group-member-placeholder = member (anche uniqueMember, memberUid)
console-ldap-nested-groups = I membri dei gruppi annidati sono membri (Active Directory)
console-ldap-admin-group = Gruppo degli amministratori
console-ldap-admin-group-placeholder = i membri diventano amministratori della console
console-ldap-role-groups = Gruppi di ruolo
console-ldap-removed = Persone che lasciano la directory
console-ldap-removed-placeholder = suspend (sospendi) o delete (elimina)
console-ldap-page-size = Dimensione pagina
console-ldap-sync-interval = Sincronizza ogni
console-ldap-sync-interval-placeholder = 1h; 0 disattiva la pianificazione
console-ldap-saved = Impostazioni salvate.
console-ldap-not-saved = Non salvato.
console-ldap-connected = Connesso: { $people } persone, { $groups } gruppi.
console-ldap-no-username = (nessun nome utente)
console-ldap-connection-failed = La connessione non è riuscita.
console-ldap-sync-failed = La sincronizzazione non ha modificato nulla.
console-ldap-would = farebbe: { $change }
console-ldap-skipped-entry = saltato { $entry }: { $reason }
console-ldap-summary = { $created } creati, { $updated } aggiornati, { $suspended } sospesi, { $deleted } eliminati, { $reactivated } riattivati; gruppi { $groups_created } creati, { $groups_updated } aggiornati, { $groups_deleted } eliminati; appartenenze +{ $memberships_added } -{ $memberships_removed }; ruoli +{ $roles_granted } -{ $roles_revoked }; { $skipped } saltati
console-ldap-dry-run-summary = prova: { $summary }

## Impostazioni

console-saved = Salvato.
console-organisation = Organizzazione
console-organisation-name = Nome dell’organizzazione
console-organisation-name-hint = (mostrato nelle email e nelle pagine di accesso)
console-logo-url-hint = (mostrato in cima alle email predefinite e alle pagine di accesso; https)
console-sign-in = Accesso
console-one-time-access = Accesso monouso via email
console-enroll-on-provision = Invia un’email di registrazione alle persone aggiunte con importazione CSV, sincronizzazione LDAP o SCIM
console-one-time-access-hint = Aggiunge «Non hai accesso alla tua passkey?» alla pagina di accesso: le persone ricevono via email un link di accesso monouso. Chiunque possa leggere le email di una persona potrà quindi accedere al suo posto.
console-needs-smtp = Richiede SMTP (sotto).
console-default-language = Lingua predefinita
console-default-language-hint = Per chi non ha scelto una lingua e il cui browser non ne chiede nessuna di queste. Ognuno può scegliere la propria nella pagina del proprio account.
console-time-zone = Fuso orario delle email
console-email-delivery = Invio delle email
console-email-smtp = Le email partono dal server SMTP impostato nella configurazione ({ $variable } e le impostazioni correlate).
console-email-outbox = Nessun server SMTP configurato: le email vengono scritte nella cartella outbox della directory dei dati. Per inviarle, imposta queste variabili (vedi il README) e riavvia:
console-test-email-to = Invia un’email di prova a
console-send-test-email = Invia email di prova
console-signup-mode-invalid = La modalità di registrazione deve essere disattivata, con token o libera.
console-logo-invalid = Il logo deve essere un URL http(s), come https://example.com/logo.png.
console-test-email-sent = Inviata a { $to }: { $answer }
console-test-email-failed = Impossibile inviare a { $to }: { $why }

## Modelli email

console-template-kind = Tipo
console-template-language = Lingua
console-template-default = Predefinito
console-template-every-language = Tutte le lingue
console-template-delete-confirm = Eliminare il modello «{ $name }»?
console-templates-none = Per ora solo i modelli predefiniti.
console-new-template = Nuovo modello
console-edit-template = Modifica «{ $name }»
console-template-is-default = Predefinito per il suo tipo
console-template-language-hint = Un modello predefinito in una lingua viene inviato a chi legge quella lingua; gli altri ricevono il predefinito per tutte le lingue, altrimenti l’email predefinita di Keybound nella loro lingua.
console-template-subject = Oggetto
console-template-html = Corpo HTML
console-template-text = Corpo di testo
console-template-variables = Variabili:
console-save-template = Salva modello
console-preview = Anteprima
console-preview-sample = (valori di esempio)
console-preview-html = Anteprima HTML
console-preview-failed = L’anteprima non è riuscita.

## Utenti

console-new-user = Nuovo utente
console-all = Tutti
console-user-count = { $count ->
    [one] { $count } utente
   *[other] { $count } utenti
}
console-bulk-with = Con gli utenti selezionati
console-bulk-enroll-email = Invia email di registrazione
console-suspend = Sospendi
console-resume = Riattiva
console-bulk-all = { $count ->
    [one] L’{ $count } corrispondente, non solo quelli selezionati
   *[other] Tutti i { $count } corrispondenti, non solo quelli selezionati
}
console-apply = Applica…
console-import-csv = Importa CSV
console-select-page = Seleziona tutti gli utenti di questa pagina
console-select-user = Seleziona { $name }
console-enroll-for = Registra una { -passkey } per { $name }
console-enroll = Registra
console-no-users = Nessun utente.
console-no-users-match = Nessun utente corrispondente.
console-pages = Pagine
console-previous-page = Pagina precedente
console-next-page = Pagina successiva
console-page-of = Pagina { $page } di { $pages }
console-email = Email
console-passkeys = { -passkeys }
console-last-sign-in = Ultimo accesso
console-bulk-ask-enroll = { $count ->
    [one] Inviare un’email di registrazione a { $count } utente?
   *[other] Inviare un’email di registrazione a { $count } utenti?
}
console-bulk-ask-suspend = { $count ->
    [one] Sospendere { $count } utente?
   *[other] Sospendere { $count } utenti?
}
console-bulk-ask-resume = { $count ->
    [one] Riattivare { $count } utente?
   *[other] Riattivare { $count } utenti?
}
console-bulk-ask-delete = { $count ->
    [one] Eliminare { $count } utente?
   *[other] Eliminare { $count } utenti?
}
console-bulk-enroll-emails = Invia email di registrazione
console-delete-users = Elimina utenti
console-bulk-done-enroll = { $count ->
    [one] Invio delle email di registrazione a { $count } utente.
   *[other] Invio delle email di registrazione a { $count } utenti.
}
console-bulk-done-suspend = { $count ->
    [one] { $count } utente sospeso e disconnesso.
   *[other] { $count } utenti sospesi e disconnessi.
}
console-bulk-done-resume = { $count ->
    [one] { $count } utente riattivato.
   *[other] { $count } utenti riattivati.
}
console-bulk-done-delete = { $count ->
    [one] { $count } utente eliminato, con le sue { -passkeys } e sessioni.
   *[other] { $count } utenti eliminati, con le loro { -passkeys } e sessioni.
}
console-bulk-choose-action = Scegli cosa fare con gli utenti selezionati.
console-bulk-tick = Seleziona gli utenti da modificare, oppure scegli tutti gli utenti corrispondenti.
console-bulk-too-many = Seleziona al massimo { $most } utenti, oppure scegli tutti gli utenti corrispondenti.
console-bulk-more = e altri { $count }
console-back-to-users = Torna agli utenti

## Importazione

console-import-title = Importa utenti
console-import-intro = La prima riga indica le colonne: username (obbligatoria), email, given_name, family_name, display_name e groups (nomi dei gruppi separati da ;). Poi un utente per riga. Un file esportato dall’elenco utenti si può reimportare così com’è.
console-import-bad = { $bad } righe su { $lines } non possono essere importate. Non è stato aggiunto nulla; correggile e verifica di nuovo.
console-import-all-good = { $lines ->
    [one] La riga può essere importata. Non è ancora stato aggiunto nulla.
   *[other] Tutte le { $lines } righe possono essere importate. Non è ancora stato aggiunto nulla.
}
console-import-added = { $count ->
    [one] { $count } utente aggiunto.
   *[other] { $count } utenti aggiunti.
}
console-import-ignored = Colonne ignorate: { $columns }
console-col-line = Riga
console-col-result = Risultato
console-csv-file = File CSV
console-csv-paste = Oppure incolla il CSV
console-import-check = Verifica (prova)
console-import = Importa
console-import-will-add = verrà aggiunto
console-import-added-line = aggiunto
console-import-empty = Il file è vuoto. La sua prima riga indica le colonne: { $columns }
console-import-no-username = La prima riga indica le colonne, e una di esse deve essere username.
console-import-too-many = Il file contiene { $count } utenti; importane al massimo { $most } alla volta.
console-import-fields = ha { $fields } campi; la prima riga ne indica { $columns }
console-import-duplicate = questo nome utente, o uno che gli somiglia, è già in una riga precedente
console-import-group-ambiguous = più gruppi si chiamano «{ $name }»; rinominane prima uno nella console
console-import-no-group = non esiste un gruppo chiamato «{ $name }»
console-import-exists = esiste già un utente con questo nome utente
console-import-looks-like = questo nome utente somiglia a quello esistente «{ $username }»

## Pagina di un utente

console-role-groups = { $count ->
    [one] { $count } gruppo
   *[other] { $count } gruppi
}
console-enroll-passkey = Registra una { -passkey }
console-passkey = { -passkey }
console-notice-activation-outbox = Utente creato. Nessun server SMTP configurato, quindi l’email di attivazione a { $email } non è stata inviata: è stata scritta in { $folder }. L’utente resta in attesa finché non si attiva.
console-notice-activation-sent = Utente creato. È stata inviata un’email di attivazione a { $email }; l’utente resta in attesa finché non si attiva.
console-notice-created = Utente creato. Usa «Registra una passkey» per dargli un modo di accedere.
console-notice-resent = L’email di registrazione è stata reinviata con un nuovo link; il link precedente non funziona più.
console-tab-profile = Profilo
console-tab-enrolments = Registrazioni
console-tab-sessions = Sessioni
console-username-is = Nome utente { $username }
console-id-is = id { $id }
console-user-ldap = Questa persona proviene dalla directory LDAP: nome, nome utente ed email sono gestiti lì e si modificano lì; la prossima sincronizzazione porta qui la modifica. { -passkeys }, sessioni e gruppi di questo realm funzionano come per chiunque.
console-user-scim = Questa persona è fornita tramite SCIM (vedi { $provisioning }): nome, nome utente, email, id esterno e stato sono gestiti dalla directory che la invia e si modificano lì. { -passkeys } e sessioni funzionano come per chiunque.
console-display-name = Nome visualizzato
console-first-name = Nome
console-last-name = Cognome
console-directory-entry = Voce della directory
console-external-id = Id esterno
console-suspend-confirm = Sospendere { $name }? Non potrà più accedere.
console-delete-user = Elimina utente
console-delete-user-text = { $name } ({ $username }) verrà eliminato insieme a { -passkeys }, sessioni e registrazioni in sospeso. L’operazione non può essere annullata.
console-role-title = Ruolo nella console
console-role = Ruolo
console-role-none = Nessuno: nessun accesso alla console
console-role-limited = Limitato ai membri di (nessuno selezionato: tutto il realm)
console-save-role = Salva ruolo
console-no-such-role = Questo ruolo non esiste.
console-role-helpdesk = Helpdesk
console-role-user-manager = Gestore utenti
console-role-app-manager = Gestore applicazioni
console-role-auditor = Revisore
console-role-admin = Amministratore
console-no-sessions = { $name } non ha sessioni attive.
console-col-device = Dispositivo
console-col-signed-in = Accesso
console-col-last-seen = Ultima attività
console-session-revoke-confirm = Disconnettere { $name } da questa sessione?
console-no-jobs = Non sono ancora state inviate registrazioni a { $name }.
console-col-delivery = Invio
console-col-key = Chiave
console-col-actions = Azioni
console-job-link = Link
console-job-code = Codice di 9 caratteri
console-job-opened = Aperto
console-job-delivered = Consegnato
console-job-complete = Completato
console-job-failed = Invio non riuscito
console-resend = Invia di nuovo
console-job-revoke-confirm = Revocare questa registrazione? Il suo link o codice smetterà di funzionare.
console-flagged = Segnalata
console-passkey-synced = sincronizzata
console-passkey-device-bound = legata al dispositivo
console-device-any = Qualsiasi { -passkey }
console-device-smartphone = Smartphone
console-device-contactless-card = Carta contactless
console-device-hardware-key = Chiave di sicurezza hardware FIDO2
console-policy-verification-required = verifica obbligatoria
console-policy-verification-preferred = verifica preferita
console-policy-offline = accesso offline
console-policy-no-bluetooth = senza Bluetooth
console-not-audited = Non sottoposta ad audit
console-not-audited-title = Un amministratore ha disattivato l’audit per questa chiave
console-not-audited-hint = i suoi accessi non vengono registrati nel registro di audit
console-passkey-revoke-confirm = Revocare la { -passkey } «{ $name }»? Non permetterà più di accedere.
console-no-passkeys = Ancora nessuna { -passkey }.
console-col-group = Gruppo
console-in-no-group = In nessun gruppo.
console-add-to-group = Aggiungi al gruppo
console-add = Aggiungi
console-user-all-events = Tutti gli eventi di { $name } nel registro di audit
console-enroll-title = Registra una { -passkey } per { $name }
console-enroll-method = Scegli il metodo
console-enroll-by-email = Invia un’email di registrazione
console-enroll-by-code = Genera un codice di 9 caratteri
console-enroll-by-link = Link di accesso
console-enroll-no-email = Questo utente non ha un indirizzo email: aggiungine prima uno nella scheda Profilo.
console-email-template = Modello email
console-default-template = Modello predefinito
console-enroll-send = Procedi e invia l’email
console-enroll-code-hint = Un codice che l’utente digita su { $page } sul dispositivo che conserverà la { -passkey }. Funziona una volta, per 60 secondi.
console-enroll-link-hint = Un link di accesso monouso: l’utente accede una volta con esso e aggiunge una { -passkey } nella pagina del suo account.
console-expiration = Scadenza
console-generate-link = Genera link
console-link-choose-lifetime = Scegli per quanto tempo funziona il link.
console-enroll-email-sent = Email di registrazione inviata
console-enroll-email-sent-to = È stata inviata un’email di registrazione a { $to }.
console-enroll-works-until = Il suo link funziona una volta, fino al { $expires }.
console-enroll-then-enrolled = Quando la persona crea la sua { -passkey }, compare come registrata nell’elenco utenti.
console-code-title = Codice di 9 caratteri
console-code-share = Condividi questo codice con { $name } tramite messaggio o telefono.
console-code-where = Lo inserisce su { $page } sul dispositivo che conserverà la sua { -passkey }.
console-code-expires-in = Scade tra { $seconds } secondi.
console-code-expired = Il codice è scaduto.
console-code-warning = Non condividere mai il codice con persone non autorizzate.
console-link-send = Invia questo link a { $name }.
console-link-until = Permette di accedere una volta, fino al { $expires }, per aggiungere una { -passkey }.

## Nuovo utente e attivazione delle carte

console-wizard-info = Dati dell’utente
console-wizard-key = Chiave di sicurezza
console-wizard-confirm = Conferma
console-wizard-not-added = L’utente non è stato aggiunto: controlla i campi segnalati qui sotto.
console-wizard-email-hint = L’email di attivazione viene inviata a questo indirizzo.
console-next = Avanti
console-back = Indietro
console-wizard-no-groups = Questo realm non ha ancora gruppi.
console-wizard-assign-key = Assegna una chiave di sicurezza
console-wizard-key-device = Tipo di chiave di sicurezza
console-wizard-card-name = Nome della carta
console-wizard-card-name-placeholder = es. Badge 1042
console-wizard-activation = Attivazione
console-wizard-activate-admin = Attiva ora come amministratore
console-wizard-activate-admin-hint = la carta è qui con te
console-wizard-activate-user = Attivazione da parte dell’utente
console-wizard-activate-user-hint = viene inviato via email un link di registrazione
console-wizard-auditable = Sottoposta ad audit
console-wizard-auditable-hint = registra gli accessi di questa chiave nel registro di audit
console-wizard-bluetooth = Prossimità Bluetooth
console-wizard-bluetooth-hint = verifica che il telefono sia vicino al computer
console-wizard-offline = Accesso offline
console-wizard-verification = Verifica
console-wizard-verification-required = Obbligatoria (impronta, volto o PIN a ogni utilizzo)
console-wizard-verification-preferred = Preferita
console-wizard-key-hint = L’utente attiva la chiave dal link di registrazione nella sua email di attivazione.
console-wizard-no-key = Nessuna
console-wizard-send-email = Invia l’email di attivazione
console-wizard-choose-device = Scegli un tipo di chiave di sicurezza.
console-assign-card = Assegna carta contactless
console-card-for = Carta { $card } per { $name }
console-card-step-reader = Assicurati che il lettore di carte (e il suo driver) sia collegato a questo computer.
console-card-step-assign = Fai clic su «Assegna carta contactless». Keybound mostra un PIN: impostalo sulla carta quando il browser lo chiede.
console-card-step-tap = Avvicina la carta al lettore quando richiesto.
console-card-pin = PIN da impostare sulla carta:
console-card-set-pin = Imposta il PIN qui sopra sulla carta quando il browser lo chiede, poi avvicina la carta…
console-card-assigned-emailed = La carta è assegnata. Il suo PIN è stato inviato via email a {"{"}email{"}"}.
console-card-assigned = La carta è assegnata. L’utente non ha un indirizzo email: comunicagli il PIN.
console-request-failed = Richiesta non riuscita
console-request-refused = Questa richiesta non proviene da questa console. Ricarica la pagina e riprova.
console-no-such-user = nessun utente «{ $username }» in questo realm
console-skip-you = sei tu
console-skip-suspended = già sospeso
console-skip-not-suspended = non sospeso
console-skip-deleted = eliminato nel frattempo
console-bad-page = La pagina deve essere un numero di pagina.
console-bad-status = Lo stato deve essere attivo o sospeso.
