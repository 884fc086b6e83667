# Keybound in italiano: le pagine in cui si crea la propria passkey, si accede e si gestisce
# il proprio account.

-passkey = passkey
-passkeys = passkey

## Tutte le pagine

language-name = Italiano
footer = Keybound
working = Segui le istruzioni sul tuo dispositivo…

## Accesso

login-title = Accedi
login-intro = Usa la { -passkey } di questo dispositivo, un telefono vicino o una chiave di sicurezza.
login-confirm-title = Conferma che sei tu
login-confirm-intro = Hai eseguito l'accesso come { $name }. L'applicazione ti chiede di confermarlo con una delle tue { -passkeys }.
login-username = Nome utente
login-choose = Scegli la tua { -passkey }
login-button = Accedi con una { -passkey }
login-done = Accesso eseguito come { $name }.
login-lost = Non hai accesso alla tua { -passkey }?
login-new = Sei nuovo?
login-create-account = Crea un account

## Accesso via email

email-login-title = Accedi via email
email-login-intro = Inserisci l'indirizzo email del tuo account. Ti invieremo un link che ti fa accedere una sola volta, così potrai aggiungere una nuova { -passkey }.
email-login-address = Indirizzo email
email-login-button = Inviami un link
email-login-failed = Qualcosa è andato storto ({ $status }).

## Link di accesso monouso

login-link-intro = Questo link monouso ti fa accedere come { $name } ({ $username }), così potrai aggiungere una { -passkey } al tuo account. Funziona una volta, fino al { $expires }.

## Creare una passkey

bind-title = Crea la tua { -passkey }
bind-for = Per { $name } ({ $username })
bind-intro = Una { -passkey } ti permette di accedere senza password.
bind-button = Crea { -passkey }
bind-done = La tua { -passkey } è pronta. Ora puoi accedere con essa.
bind-no-phone = Questo browser non può usare un telefono per creare una { -passkey }. Apri questo link in Chrome, Edge o Safari su un computer con Bluetooth.

## Istruzioni per tipo di dispositivo

device-any = Apri questa pagina sul dispositivo che conserverà la tua { -passkey } (il tuo telefono o computer). Ti chiederà di confermare con impronta, volto, PIN o blocco schermo, e conserva la chiave sul dispositivo.
device-smartphone = Apri questa pagina su un computer, con il telefono vicino e il Bluetooth attivo. Quando il browser chiede dove salvare la { -passkey }, scegli il telefono («Usa un telefono o un tablet») e inquadra il codice QR con la fotocamera del telefono; la { -passkey } resta sul telefono.
device-contactless-card = Tieni a portata di mano la carta contactless e un lettore di carte (NFC). Quando il browser lo chiede, scegli una chiave di sicurezza e appoggia la carta sul lettore fino al termine; la { -passkey } resta sulla carta.
device-hardware-key = Tieni a portata di mano la tua chiave di sicurezza FIDO2. Quando il browser lo chiede, inserisci la chiave (o avvicinala al lettore) e toccala quando lampeggia; potrebbe esserti chiesto il suo PIN. La { -passkey } resta sulla chiave.

## Codice di registrazione

enroll-page-title = Inserisci il codice
enroll-title = Configura la tua { -passkey }
enroll-intro = Inserisci il codice di 9 caratteri che ti ha dato l'amministratore. Il passaggio successivo ti dice cosa fare con il dispositivo che conserverà la tua { -passkey }: questo telefono o computer, il tuo telefono, una chiave di sicurezza o una carta. Il codice funziona una volta e solo per poco tempo.
enroll-code = Codice
enroll-continue = Continua
enroll-done-signed-in = La tua { -passkey } è pronta e hai eseguito l'accesso su questo dispositivo.
enroll-to-account = Vai al tuo account

## Registrazione

signup-title = Crea il tuo account
signup-intro = Scegli un nome utente, poi crea una { -passkey } su questo dispositivo: è con essa che accederai. Nessuna password necessaria.
signup-given-name = Nome
signup-family-name = Cognome
signup-email = Email
signup-button = Crea account e { -passkey }
signup-have-account = Hai già un account?
signup-done = Benvenuto, { $name }. La tua { -passkey } è pronta.

## Account

account-title = Il tuo account
account-console = Vai alla console di amministrazione
account-signed-in-as = Accesso eseguito come { $name }
account-passkeys = Passkey
account-welcome = Benvenuto! Non hai ancora una { -passkey }: aggiungine una ora per accedere con essa d'ora in poi.
account-synced = sincronizzata
account-device-bound = legata al dispositivo
account-created = creata il { $when }
account-last-used = ultimo uso il { $when }
account-removed = rimossa
account-rename = Rinomina
account-remove = Rimuovi
account-add = Aggiungi una { -passkey }
account-sessions = Sessioni attive
account-since = dal { $when }
account-this-browser = questo browser
account-sign-out = Esci
account-applications = Applicazioni
account-remove-access = Revoca l'accesso
account-no-applications = Nessuna applicazione ti fa ancora accedere.
account-recent = Accessi recenti
account-signed-in = Accesso eseguito
account-refused = Rifiutato
account-no-signins = Ancora nessun accesso.
account-sign-out-everywhere = Esci da tutti i dispositivi
account-rename-prompt = Nuovo nome per questa { -passkey }
account-remove-confirm = Rimuovere questa { -passkey }? Non potrai più accedere con essa.
account-unlink-confirm = Revocare l'accesso di questa applicazione? Dovrà chiedertelo di nuovo.
account-everywhere-confirm = Uscire su tutti i dispositivi, compreso questo?
account-language = Lingua
account-language-save = Salva

## Applicazioni che chiedono di farti accedere

consent-page-title = Consentire { $app }?
consent-title = Consentire a { $app } di farti accedere?
consent-receives = Hai eseguito l'accesso come { $name }. { $app } riceverà:
consent-withdraw = Puoi revocare questo consenso in qualsiasi momento nella pagina del tuo account.
consent-allow = Consenti
consent-cancel = Annulla

## Collegare un dispositivo (TV, riga di comando)

device-page-title = Collega un dispositivo
device-confirm-title = Consentire a { $app } di accedere sul tuo dispositivo?
device-check-code = Codice { $code }. Prosegui solo se è il codice mostrato dal tuo dispositivo.
device-intro = Inserisci il codice mostrato dal tuo dispositivo (una TV, una riga di comando, un chiosco).
device-deny = Nega

## Uscire dalle applicazioni

logout-page-title = Esci
logout-title = Uscire?
logout-intro = Hai eseguito l'accesso come { $name }. Uscendo qui esci da Keybound e dalle applicazioni a cui hai eseguito l'accesso con esso.
form-post-title = Accesso in corso…

## Configurazione dell'amministratore

setup-page-title = Configurazione dell'amministratore
setup-title = Benvenuto, amministratore
setup-intro = Questo link monouso è per { $name } ({ $username }). Crea una { -passkey } su questo dispositivo: è con essa che d'ora in poi accederai alla console di Keybound. Il link funziona una volta, fino al { $expires }.
setup-done = La tua { -passkey } è pronta. Apertura della console…

## Messaggi

title-link-invalid = Link non valido
title-link-gone = Link non più valido
title-suspended = Account sospeso
title-signup-unavailable = Registrazione non disponibile
title-something-wrong = Qualcosa è andato storto
title-signout-refused = Uscita rifiutata
title-signed-out = Disconnesso
text-signed-out = Sei uscito.
title-request-denied = Richiesta negata
text-device-denied = Il dispositivo non ha eseguito l'accesso.
title-no-access = Accesso negato
title-device-connected = Dispositivo collegato
text-device-connected = Hai consentito l'accesso. Torna al tuo dispositivo: proseguirà da solo.
device-unknown-code = Nessun dispositivo è in attesa con questo codice. Controllalo e riprova, oppure ricomincia dal dispositivo.
text-link-spent = Questo link di accesso è già stato usato o è scaduto. Chiedine uno nuovo al tuo amministratore.

## Email

email-name-enrollment = Registrazione passkey (predefinito)
email-name-link = Link di accesso (predefinito)
email-name-one-time = Accesso singolo (predefinito)
email-name-pin = PIN della chiave di sicurezza (predefinito)
email-subject-for = { $subject } per { $organization }
email-hello = Ciao { $name },
email-enrollment-subject = Configura la tua { -passkey }
email-enrollment-intro = Sei stato invitato ad accedere con una { -passkey }. { $instructions } Poi segui i passaggi:
email-enrollment-button = Configura la tua { -passkey }
email-link-subject = Il tuo link di accesso
email-link-intro = Ecco un link monouso per accedere e aggiungere una { -passkey } al tuo account:
email-link-button = Accedi
email-one-time-subject = Il tuo link di accesso monouso
email-one-time-intro = Hai chiesto un link per accedere senza la tua { -passkey }. Se non sei stato tu, ignora questa email.
email-one-time-button = Accedi una volta
email-pin-subject = Il PIN della tua chiave di sicurezza
email-pin-intro = L'amministratore ha configurato per te la chiave di sicurezza { $key }. Il suo PIN, che ti verrà chiesto all'accesso, è:
email-expires = Funziona una volta e scade il { $date } (tra { $duration }).
email-date = { $day }/{ $month }/{ $year } alle { $time } ({ $zone })
duration-days = { $count ->
    [one] { $count } giorno
   *[other] { $count } giorni
}
duration-hours = { $count ->
    [one] { $count } ora
   *[other] { $count } ore
}
duration-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minuti
}

## L'SDK JS

sdk-not-a-link = Questo non è un link di registrazione Keybound.
sdk-unsupported = Questo browser non può creare passkey.
sdk-cancelled = La richiesta della passkey è stata annullata o è scaduta. Riprova.
sdk-closed = La richiesta della passkey è stata chiusa prima di finire. Riprova.
sdk-already-there = Questo dispositivo ha già una passkey per questo account.
sdk-wrong-site = L'indirizzo di questa pagina non corrisponde al sito della passkey. Apri la pagina dal suo indirizzo abituale e riprova.
sdk-not-supported = Questo dispositivo non può creare questo tipo di passkey. Prova un altro dispositivo o una chiave di sicurezza.
sdk-failed = La passkey non ha funzionato
sdk-unreachable = Impossibile raggiungere Keybound
sdk-request-failed = La richiesta non è riuscita
sdk-no-passkeys = Questo browser non può usare le passkey. Usa una versione recente di Chrome, Edge, Safari o Firefox, oppure un altro dispositivo.

## Scopes

scope-openid = chi sei (un identificativo del tuo account)
scope-profile = il tuo nome e nome utente
scope-email = il tuo indirizzo email
scope-groups = i gruppi di cui fai parte
scope-offline-access = accesso mentre sei assente

## Devices

device-browser-on-system = { $browser } su { $system }
device-a-browser-on = Un browser su { $system }
device-unknown = Browser sconosciuto

## Cosa è andato storto, come viene detto alla persona

title-page-not-found = Pagina non trovata
text-page-not-found = A questo indirizzo non c’è nessuna pagina. Controlla il link o ricomincia dalla pagina iniziale.
error-passkey-not-accepted = Questa { -passkey } non è accettata qui. Usane un’altra o chiedi al tuo amministratore.
error-passkey-removed = Questa { -passkey } non funziona più qui: è stata rimossa. Accedi con un’altra { -passkey } o chiedi al tuo amministratore una nuova registrazione.
error-signin-expired = Questo tentativo di accesso è scaduto o è già stato usato. Ricomincia.
error-passkey-unverified = Non è stato possibile verificare la { -passkey }: { $reason }
error-passkey-must-verify = Questa { -passkey } deve verificarti (impronta, volto o PIN) ogni volta. Riprova e completa la verifica.
error-passkey-turned-off = Questa { -passkey } è stata disattivata. Usane un’altra o chiedi al tuo amministratore.
error-bad-code = Questo codice non funziona. Controllalo o chiedine uno nuovo al tuo amministratore.
error-link-invalid = Questo link non è valido. Controlla di averlo copiato per intero.
error-too-many-codes = Troppi codici errati dalla tua rete. Attendi dieci minuti e riprova.
error-attempt-expired = Questo tentativo è scaduto o è già stato usato. Ricomincia.
error-link-complete = Questo link è già stato usato per creare una { -passkey }.
error-link-expired = Questo link è scaduto. Chiedine uno nuovo.
error-link-revoked = Questo link è stato revocato. Chiedine uno nuovo.
error-link-undelivered = Non è stato possibile recapitare questo invito. Chiedine uno nuovo.
error-email-signin-off = L’accesso via email non è disponibile qui.
error-too-many-requests = Troppe richieste. Attendi quindici minuti e riprova.
error-admin-link-spent = Questo link di amministratore è già stato usato o è scaduto. Esegui `keybound admin link` per ottenerne uno nuovo.
error-signup-link-spent = Questo link di registrazione è esaurito, scaduto o revocato. Chiedine uno nuovo.
error-signup-off = Le registrazioni qui sono disattivate. Chiedi un account al tuo amministratore.
error-signup-needs-link = Per registrarti qui serve un link di invito. Chiedilo al tuo amministratore.
error-username-taken = Questo nome utente è già in uso. Scegline un altro.
error-last-passkey = È la tua ultima { -passkey }: senza di essa non potrai più accedere. Conferma per rimuoverla comunque.
error-suspended = Questo account è sospeso. Contatta il tuo amministratore.
error-signed-out = Non hai effettuato l’accesso.
error-no-app-access = Il tuo account non ha accesso a questa applicazione. Chiedi al tuo amministratore se ti serve.
error-model-denied = { $name } ({ $model }) non è consentito da questa organizzazione. Usa un altro gestore di passkey o un’altra chiave di sicurezza.
error-unnamed-model-denied = Questo autenticatore ({ $model }) non è consentito da questa organizzazione. Usa un altro gestore di passkey o un’altra chiave di sicurezza.
error-synced-not-allowed = Sarebbe una { -passkey } sincronizzata (copiata sugli altri tuoi dispositivi dal tuo gestore), e questa organizzazione consente solo { -passkeys } che restano su un dispositivo. Usa una chiave di sicurezza o un dispositivo che conserva le { -passkeys } per sé.
error-not-built-in-smartphone = Qui serve uno smartphone, non l’autenticatore integrato del dispositivo. Usa il dispositivo giusto e riprova.
error-not-built-in-card = Qui serve una carta contactless, non l’autenticatore integrato del dispositivo. Usa la carta giusta e riprova.
error-not-built-in-key = Qui serve una chiave di sicurezza hardware FIDO2, non l’autenticatore integrato del dispositivo. Usa la chiave giusta e riprova.
error-needs-phone = Qui serve uno smartphone collegato via Bluetooth (l’opzione telefono nella finestra del browser). Riprova con il tuo telefono.
error-no-bluetooth = La prossimità Bluetooth è disattivata per questa chiave: collega il telefono in un altro modo (USB) e riprova.
error-needs-card = Qui serve una carta contactless avvicinata al lettore (NFC). Riprova con la carta.
error-needs-key = Qui serve una chiave di sicurezza FIDO2 (USB, NFC o Bluetooth). Riprova con la chiave.
error-no-attestation = Questa chiave di sicurezza non ha fornito alcuna attestazione, e questa organizzazione ne richiede una. Usa una chiave approvata.
error-model-not-approved = Questo modello di chiave di sicurezza ({ $model }) non è nell’elenco approvato. Usa una chiave approvata.
error-self-attestation = Questa chiave di sicurezza ha firmato da sé la propria attestazione, il che non dimostra nulla sul suo modello. Usa una chiave approvata certificata dal produttore.
error-attestation-untraceable = L’attestazione di questa chiave di sicurezza ({ $format }) non è riconducibile al produttore. Usa una chiave approvata.
error-model-not-in-metadata = Questo modello di chiave di sicurezza ({ $model }) non è nei metadati FIDO di cui si fida questa organizzazione. Usa una chiave approvata.
error-mds-revoked = { $model } non può più essere usato: la certificazione del produttore è stata revocata. Usa un’altra chiave di sicurezza.
error-mds-attestation-compromised = { $model } non può più essere usato: la sua chiave di attestazione è compromessa. Usa un’altra chiave di sicurezza.
error-mds-keys-extractable = { $model } non può più essere usato: le chiavi che contiene possono essere estratte. Usa un’altra chiave di sicurezza.
error-mds-verification-bypass = { $model } non può più essere usato: la sua verifica dell’utente può essere aggirata. Usa un’altra chiave di sicurezza.
error-not-genuine = Il certificato di attestazione di questa chiave di sicurezza non è tra quelli indicati dal produttore ({ $maker }). Usa una chiave autentica.
oidc-title-unknown-app = Applicazione sconosciuta
oidc-title-refused = Richiesta di accesso rifiutata
oidc-title-expired = Richiesta di accesso scaduta
oidc-unknown-app = L’applicazione che ti ha mandato qui non è registrata presso questo servizio di accesso.
oidc-bad-redirect = L’applicazione ha chiesto di mandarti a un indirizzo che non ha registrato, quindi non sei stato mandato lì.
oidc-request-gone = Questa richiesta di accesso è scaduta o è già stata completata. Torna all’applicazione e ricomincia.
oidc-request-used = Questa richiesta di accesso è scaduta o è già stata usata. Torna all’applicazione e ricomincia.
oidc-par-required = Questa applicazione invia in anticipo le sue richieste di accesso (richieste di autorizzazione inviate); questa è arrivata direttamente, quindi viene rifiutata.
oidc-no-redirect = L’applicazione non ha indicato dove rimandarti (redirect_uri).
