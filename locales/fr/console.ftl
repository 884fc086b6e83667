# La console d’administration.

## Mise en page

console-page-title = { $page } · Console Keybound
console-skip = Aller au contenu
console-nav = Console
console-menu = Menu
console-realm = Domaine
console-realm-switch = Changer
console-your-account = Votre compte
console-sign-out = Se déconnecter
console-copied = Copié
console-copy-by-hand = Appuyez sur Ctrl+C
console-nav-dashboard = Tableau de bord
console-nav-users = Utilisateurs
console-nav-groups = Groupes
console-nav-signup = Jetons d’inscription
console-nav-configs = Configurations d’authentificateur
console-nav-templates = Modèles d’e-mail
console-nav-applications = Applications
console-nav-ldap = LDAP
console-nav-provisioning = Provisionnement
console-nav-api = Jetons d’API
console-nav-audit = Journal d’audit
console-nav-settings = Paramètres

## Refus et problèmes

console-no-access = Pas d’accès à la console
console-no-access-text = Vous êtes connecté, mais vous n’avez aucun rôle dans cette console. Demandez l’accès à un administrateur.
console-not-for-role = Hors de votre rôle
console-not-for-role-text = Votre rôle dans cette console n’inclut pas cette page. Revenez à l’accueil de la console (/console) ou adressez-vous à un administrateur.
console-needs-passkey = Connectez-vous avec une { -passkey }
console-needs-passkey-text = La console ne s’ouvre qu’aux sessions connectées avec une { -passkey }. Vous vous êtes connecté avec un lien à usage unique : ajoutez une { -passkey } sur la page de votre compte (/account), déconnectez-vous, puis reconnectez-vous avec elle.
console-form-too-large = Votre envoi dépasse les 2 Mio qu’accepte un formulaire de la console. Pour importer davantage de personnes, découpez le fichier CSV en parties d’au plus 2 Mio (environ 20 000 lignes) et importez-les l’une après l’autre.
console-form-refused = Formulaire refusé
console-form-refused-text = Ce formulaire ne provient pas de cette console, ou votre session a changé. Revenez en arrière, rechargez la page et réessayez.
console-problem-title = Un problème est survenu
console-go-back = Retour
console-no-such-realm = Ce domaine n’existe pas.
console-cancel = Annuler

## Tableau de bord et journal d’audit

console-find-person = Trouver une personne
console-find-placeholder = Nom, identifiant ou e-mail
console-search = Rechercher
console-find-hint = Choisissez ensuite « Inscrire » à côté d’elle : un e-mail, un code à 9 caractères ou un lien de connexion.
console-status-enrolled = Inscrit
console-status-pending = En attente
console-status-invite-failed = Invitation échouée
console-status-suspended = Suspendu
console-chart = { -passkeys } liées, 30 derniers jours
console-chart-label = { -passkeys } liées par jour sur les 30 derniers jours : { $total } au total
console-recent-events = Événements récents
console-col-when = Date
console-col-action = Action
console-col-actor = Auteur
console-col-outcome = Résultat
console-col-detail = Détail
console-col-target = Cible
console-col-person = Personne
console-col-address = Adresse
console-outcome-success = Réussite
console-outcome-failure = Échec
console-nothing-yet = Rien pour l’instant.
console-whole-audit-log = Tout le journal d’audit
console-audit-user = Utilisateur
console-audit-user-placeholder = identifiant ou id
console-any = Tous
console-audit-from = Du
console-audit-to = Au
console-filter = Filtrer
console-export-csv = Exporter en CSV
console-audit-count = { $count ->
    [one] { $count } événement
   *[other] { $count } événements
}
console-audit-none = Aucun événement ne correspond.
console-audit-older = Événements plus anciens
console-actor-system = système (ligne de commande)
console-actor-api-token = jeton d’API { $name }
console-actor-scim = SCIM ({ $name })
console-target-passkey = { -passkey }
console-target-enrolment = inscription
console-target-session = session
console-target-group = groupe { $name }
console-target-signup-token = lien d’inscription
console-target-deleted = { $name } (supprimé)

## Applications

console-issuer = Émetteur
console-discovery-url = URL de découverte
console-copy = Copier
console-applications-intro = Les applications connectent leurs utilisateurs via Keybound avec OpenID Connect. Donnez à une application l’émetteur de ce domaine ; sa bibliothèque trouve le reste dans le document de découverte.
console-new-application = Nouvelle application
console-col-name = Nom
console-client-id = ID client
console-col-type = Type
console-col-redirect-uris = URI de redirection
console-col-created = Créé
console-app-kind-public = Publique
console-app-kind-confidential = Confidentielle
console-no-applications = Aucune application pour l’instant.
console-back-applications = ← Applications
console-client-secret = Secret client
console-client-secret-once = Copiez le secret maintenant : il ne sera plus affiché. Keybound n’en garde que l’empreinte.
console-close = Fermer
console-rotate-secret = Renouveler le secret
console-rotate-secret-confirm = Créer un nouveau secret client ? L’actuel cesse de fonctionner immédiatement.
console-not-saved-fields = Non enregistré : voir les champs signalés ci-dessous.
console-not-saved = Non enregistré : { $reason }
console-app-confidential = Confidentielle : une application côté serveur qui garde un secret
console-app-public = Publique : une application monopage ou native, sans secret, toujours avec PKCE
console-app-client-auth = Authentification du client (applications confidentielles)
console-app-auth-basic = client_secret_basic (HTTP Basic)
console-app-auth-post = client_secret_post (dans le formulaire)
console-app-redirect-uris = URI de redirection, une par ligne
console-app-logout-uris = URI de redirection après déconnexion, une par ligne
console-app-resources = API auxquelles ses jetons d’accès peuvent être destinés (RFC 8707), une par ligne : ces jetons sont des JWT
console-app-resources-placeholder = facultatif, comme https://api.example.com
console-app-grants = Types d’autorisation permis
console-app-scopes = Portées qu’elle peut demander
console-app-pkce = Exiger PKCE (S256)
console-app-access-lifetime = Durée du jeton d’accès
console-app-refresh-lifetime = Durée du jeton de rafraîchissement
console-app-id-token-alg = Signature du jeton d’identité
console-app-backchannel = URI de déconnexion back-channel
console-optional = facultatif
console-logo-url = URL du logo
console-optional-https = facultatif, https
console-app-groups = Seuls les membres de ces groupes peuvent se connecter (aucun coché : tout le domaine)
console-app-skip-consent = Sauter l’écran de consentement (application interne)
console-app-dpop = Lier ses jetons à sa clé (DPoP)
console-app-par = N’accepter que les demandes d’autorisation poussées (PAR)
console-save = Enregistrer
console-delete-application = Supprimer l’application
console-create-application = Créer l’application
console-activity = Activité
console-app-choose-type = Choisissez confidentielle ou publique.
console-delete-confirm = Supprimer { $name } ?
console-delete-application-text = Ses utilisateurs ne pourront plus s’y connecter via Keybound, et les jetons qu’elle détient cesseront de fonctionner. Cette action est irréversible.

## Groupes et e-mails d’inscription en nombre

console-back-users = ← Utilisateurs
console-batch-title = E-mails d’inscription
console-batch-sending = Envoi des e-mails d’inscription…
console-batch-sent = E-mails d’inscription envoyés
console-batch-count-sent = Envoyés
console-batch-count-waiting = En attente
console-batch-count-skipped = Ignorés
console-batch-made = { $made } e-mails d’inscription sur { $total } préparés.
console-batch-updating = Cette page se met à jour d’elle-même jusqu’à la fin.
console-batch-each = L’inscription de chaque personne apparaît sur sa page.
console-batch-skipped = { $count } ignoré(s) :
console-col-why = Raison
console-description = Description
console-no-groups = Aucun groupe pour l’instant.
console-new-group = Nouveau groupe
console-create-group = Créer le groupe
console-back-groups = ← Groupes
console-group-ldap = Ce groupe vient de l’annuaire LDAP : son nom et ses membres y sont gérés et s’y modifient.
console-group-scim = Ce groupe est provisionné par SCIM : son nom et ses membres sont gérés par l’annuaire qui l’envoie, et s’y modifient.
console-delete-group = Supprimer le groupe
console-delete-group-confirm = Supprimer le groupe { $name } ?
console-delete-group-text = Ses membres restent ; seuls le groupe et leur appartenance à celui-ci disparaissent.
console-members = Membres
console-username = Identifiant
console-col-status = Statut
console-remove = Retirer
console-no-members = Aucun membre.
console-add-member-username = Ajouter un utilisateur par identifiant
console-add-member = Ajouter le membre

## Configurations d’authentificateur

console-configs-intro = Comment les { -passkeys } sont liées : sur les pages de Keybound (hébergées) ou dans votre application avec le SDK JS (intégrées).
console-invoke-url = URL d’appel
console-trusted-origins = Origines de confiance
console-attestation = Attestation des clés matérielles
console-col-id = Id
console-config-embedded = Intégrée (SDK JS)
console-config-hosted = Hébergée
console-attestation-required = exigée
console-config-delete-confirm = Supprimer cette configuration ? Ses tâches de liaison en attente disparaissent avec elle.
console-delete = Supprimer
console-no-configs = Aucune pour l’instant. La console en crée une hébergée lors de la première inscription.
console-mds-imported = Métadonnées FIDO : BLOB numéro { $number }, importé { $imported }, { $entries ->
    [one] { $entries } modèle d’authentificateur
   *[other] { $entries } modèles d’authentificateur
}, prochaine mise à jour prévue le { $next }. Les attestations sont vérifiées par rapport aux racines qu’il indique pour chaque modèle.
console-mds-none = Aucune métadonnée FIDO importée : une attestation exigée est prise au mot sur le modèle qu’elle annonce. Pour la vérifier par rapport aux racines de chaque fabricant, téléchargez le BLOB du FIDO Metadata Service et exécutez { $command }.
console-new-config = Nouvelle configuration
console-invoke-url-embedded = URL d’appel (intégrée)
console-trusted-origins-embedded = Origines de confiance (intégrée ; une par ligne)
console-synced-allowed = { -passkeys } synchronisées autorisées (un gestionnaire de clés d’accès les copie sur les autres appareils de la personne)
console-deny-list = Modèles d’authentificateur refusés (AAGUID, un par ligne)
console-conveyance = Attestation demandée
console-conveyance-none = Aucune
console-conveyance-indirect = Indirecte
console-conveyance-direct = Directe
console-conveyance-enterprise = Entreprise
console-require-attestation = Les clés matérielles doivent présenter une attestation
console-allow-list = Modèles de clés matérielles autorisés (AAGUID, un par ligne ; vide : tous)
console-create-config = Créer la configuration
console-config-choose-type = Le type doit être hébergé ou intégré.

## Provisionnement (SCIM)

console-provisioning-intro = Des annuaires comme Microsoft Entra ID, Okta et Google Workspace, ou un SIRH, envoient personnes et groupes dans ce domaine avec SCIM 2.0.
console-provisioning-read-only = Ce qu’ils envoient (noms, identifiant, e-mails, id externe, statut, les groupes et leurs membres) est en lecture seule ici, marqué { $badge } : modifiez-le dans l’annuaire.
console-scim-token-created = Jeton SCIM créé
console-scim-token-once = Copiez-le maintenant dans les paramètres de provisionnement de votre annuaire : il ne sera plus affiché.
console-scim-token = Jeton SCIM
console-scim-settings = Paramètres pour votre annuaire
console-scim-url = URL du locataire (URL de base SCIM)
console-scim-auth = Authentification : un jeton bearer (Entra ID l’appelle jeton secret ; Okta, authentification par en-tête HTTP). Il lui faut ces portées :
console-token-name = Nom du jeton
console-create-scim-token = Créer un jeton SCIM
console-scim-changes = Dernières modifications SCIM
console-no-scim-changes = Aucune modification SCIM pour l’instant.

## Jetons d’API et d’inscription

console-api-token-created = Jeton d’API créé
console-secret-once = Copiez le secret maintenant : il ne sera plus affiché.
console-secret = Secret
console-scopes = Portées
console-col-expires = Expire
console-col-last-used = Dernière utilisation
console-never = jamais
console-api-token-revoke-confirm = Révoquer le jeton « { $name } » ? Les programmes qui l’utilisent cesseront de fonctionner.
console-revoke = Révoquer
console-no-api-tokens = Aucun jeton d’API.
console-new-api-token = Nouveau jeton d’API
console-lifetime = Durée de vie
console-lifetime-placeholder = ex. 30d ; vide : n’expire jamais
console-create-token = Créer le jeton
console-signup-mode = Inscriptions des utilisateurs
console-signup-disabled = Désactivées
console-signup-with-token = Inscription avec jeton
console-signup-open = Inscription libre
console-signup-link-created = Lien d’inscription créé
console-signup-link-once = Envoyez ce lien aux personnes qui doivent s’inscrire. Il n’est affiché qu’une fois.
console-signup-link = Lien d’inscription
console-signup-disabled-warning = Les inscriptions sont désactivées dans ce domaine : choisissez « Inscription avec jeton » ci-dessus pour que le lien fonctionne.
console-col-state = État
console-col-usage = Utilisation
console-token-active = Actif
console-token-expired = Expiré
console-token-used-up = Épuisé
console-token-revoked = Révoqué
console-signup-revoke-confirm = Révoquer ce lien d’inscription ? Plus personne ne pourra s’inscrire avec.
console-no-signup-tokens = Aucun jeton d’inscription pour l’instant.
console-create-signup-token = Créer un jeton d’inscription
console-usage-limit = Limite d’utilisation
console-expires-after = Expire après
console-1-hour = 1 heure
console-12-hours = 12 heures
console-1-day = 1 jour
console-1-week = 1 semaine
console-4-weeks = 4 semaines
console-signup-groups = Groupes que rejoignent les nouveaux utilisateurs
console-create = Créer

## LDAP

console-ldap-intro = Les personnes et groupes d’un annuaire (OpenLDAP, Active Directory, FreeIPA, lldap) sont synchronisés dans ce domaine : selon un calendrier, et quand vous cliquez sur « Synchroniser maintenant ».
console-ldap-read-only = Ce qui appartient à l’annuaire (noms, identifiant, e-mail, ses groupes et leurs membres) est en lecture seule ici, marqué { $badge }.
console-ldap-test = Tester la connexion
console-ldap-dry-run = Essai à blanc (ne rien modifier)
console-ldap-force = Même si plus de la moitié serait suspendue
console-ldap-sync-now = Synchroniser maintenant
console-ldap-settings-hint = Les champs vides prennent la valeur par défaut affichée. Les champs marqués « Verrouillé » sont définis dans l’environnement ou le fichier de configuration du serveur.
console-locked = Verrouillé
console-save-settings = Enregistrer les paramètres
console-ldap-last-syncs = Dernières synchronisations
console-ldap-col-by = Par
console-ldap-col-what = Ce qui s’est passé
console-ldap-dry-run-mark = (essai à blanc)
console-ldap-skipped = { $count } ignoré(s)
console-ldap-no-syncs = Aucune synchronisation pour l’instant.
console-ldap-url = URL de l’annuaire
console-ldap-url-placeholder = ldap://ldap.example.com:389 ou ldaps://…:636
console-ldap-starttls = StartTLS sur ldap://
console-ldap-bind-dn = DN de liaison (compte de service)
console-ldap-bind-dn-placeholder = vide : anonyme
console-ldap-bind-password = Mot de passe de liaison
console-ldap-password-saved = enregistré ; saisissez-en un nouveau pour le changer
console-ldap-base-dn = DN de base
console-ldap-user-filter = Filtre des personnes
console-ldap-group-filter = Filtre des groupes
console-ldap-attr-unique-id = Attribut d’identifiant unique
console-ldap-attr-unique-id-placeholder = entryUUID (Active Directory : objectGUID)
console-ldap-attr-username = Attribut d’identifiant
console-ldap-attr-username-placeholder = uid (Active Directory : sAMAccountName)
console-ldap-attr-email = Attribut d’e-mail
console-ldap-attr-given-name = Attribut du prénom
console-ldap-attr-family-name = Attribut du nom
console-ldap-attr-display-name = Attribut du nom affiché
console-ldap-attr-group-name = Attribut du nom de groupe
console-ldap-attr-group-member = Attribut des membres du groupe
console-ldap-attr-group-member-placeholder = member (aussi uniqueMember, memberUid)
console-ldap-nested-groups = Les membres des groupes imbriqués sont membres (Active Directory)
console-ldap-admin-group = Groupe des administrateurs
console-ldap-admin-group-placeholder = ses membres deviennent administrateurs de la console
console-ldap-role-groups = Groupes de rôles
console-ldap-removed = Personnes qui quittent l’annuaire
console-ldap-removed-placeholder = suspend (suspendre) ou delete (supprimer)
console-ldap-page-size = Taille de page
console-ldap-sync-interval = Synchroniser toutes les
console-ldap-sync-interval-placeholder = 1h ; 0 désactive le calendrier
console-ldap-saved = Paramètres enregistrés.
console-ldap-not-saved = Non enregistré.
console-ldap-connected = Connecté : { $people } personnes, { $groups } groupes.
console-ldap-no-username = (sans identifiant)
console-ldap-connection-failed = La connexion a échoué.
console-ldap-sync-failed = La synchronisation n’a rien modifié.
console-ldap-would = ferait : { $change }
console-ldap-skipped-entry = ignoré { $entry } : { $reason }
console-ldap-summary = { $created } créés, { $updated } mis à jour, { $suspended } suspendus, { $deleted } supprimés, { $reactivated } réactivés ; groupes { $groups_created } créés, { $groups_updated } mis à jour, { $groups_deleted } supprimés ; appartenances +{ $memberships_added } -{ $memberships_removed } ; rôles +{ $roles_granted } -{ $roles_revoked } ; { $skipped } ignorés
console-ldap-dry-run-summary = essai à blanc : { $summary }

## Paramètres

console-saved = Enregistré.
console-organisation = Organisation
console-organisation-name = Nom de l’organisation
console-organisation-name-hint = (affiché dans les e-mails et sur les pages de connexion)
console-logo-url-hint = (affiché en haut des e-mails intégrés et des pages de connexion ; https)
console-sign-in = Connexion
console-one-time-access = Accès unique par e-mail
console-enroll-on-provision = Envoyer un e-mail d’inscription aux personnes ajoutées par import CSV, synchronisation LDAP ou SCIM
console-one-time-access-hint = Ajoute « Vous n’avez pas accès à votre clé d’accès ? » à la page de connexion : les personnes reçoivent par e-mail un lien de connexion à usage unique. Quiconque lit les e-mails d’une personne peut alors se connecter à sa place.
console-needs-smtp = Nécessite SMTP (ci-dessous).
console-default-language = Langue par défaut
console-default-language-hint = Pour les personnes qui n’ont choisi aucune langue et dont le navigateur n’en demande aucune de celles-ci. Chacun peut choisir la sienne sur la page de son compte.
console-time-zone = Fuseau horaire des e-mails
console-email-delivery = Envoi des e-mails
console-email-smtp = Les e-mails partent par le serveur SMTP défini dans la configuration ({ $variable } et les paramètres voisins).
console-email-outbox = Aucun serveur SMTP n’est configuré : les e-mails sont écrits dans le dossier outbox du répertoire de données. Pour les envoyer, définissez ces variables (voir le README) et redémarrez :
console-test-email-to = Envoyer un e-mail de test à
console-send-test-email = Envoyer l’e-mail de test
console-signup-mode-invalid = Le mode d’inscription doit être désactivé, avec jeton ou libre.
console-logo-invalid = Le logo doit être une URL http(s), comme https://example.com/logo.png.
console-test-email-sent = Envoyé à { $to } : { $answer }
console-test-email-failed = Impossible d’envoyer à { $to } : { $why }

## Modèles d’e-mail

console-template-kind = Type
console-template-language = Langue
console-template-default = Par défaut
console-template-every-language = Toutes les langues
console-template-delete-confirm = Supprimer le modèle « { $name } » ?
console-templates-none = Seulement les modèles intégrés pour l’instant.
console-new-template = Nouveau modèle
console-edit-template = Modifier « { $name } »
console-template-is-default = Par défaut pour son type
console-template-language-hint = Un modèle par défaut dans une langue est envoyé aux personnes qui la lisent ; les autres reçoivent le modèle par défaut pour toutes les langues, sinon l’e-mail intégré de Keybound dans leur langue.
console-template-subject = Objet
console-template-html = Corps HTML
console-template-text = Corps texte
console-template-variables = Variables :
console-save-template = Enregistrer le modèle
console-preview = Aperçu
console-preview-sample = (valeurs d’exemple)
console-preview-html = Aperçu HTML
console-preview-failed = L’aperçu a échoué.

## Utilisateurs

console-new-user = Nouvel utilisateur
console-all = Tous
console-user-count = { $count ->
    [one] { $count } utilisateur
   *[other] { $count } utilisateurs
}
console-bulk-with = Avec les utilisateurs sélectionnés
console-bulk-enroll-email = Envoyer l’e-mail d’inscription
console-suspend = Suspendre
console-resume = Réactiver
console-bulk-all = { $count ->
    [one] Le { $count } correspondant, pas seulement ceux cochés
   *[other] Les { $count } correspondants, pas seulement ceux cochés
}
console-apply = Appliquer…
console-import-csv = Importer un CSV
console-select-page = Sélectionner tous les utilisateurs de cette page
console-select-user = Sélectionner { $name }
console-enroll-for = Inscrire une { -passkey } pour { $name }
console-enroll = Inscrire
console-no-users = Aucun utilisateur.
console-no-users-match = Aucun utilisateur ne correspond.
console-pages = Pages
console-previous-page = Page précédente
console-next-page = Page suivante
console-page-of = Page { $page } sur { $pages }
console-email = E-mail
console-passkeys = { -passkeys }
console-last-sign-in = Dernière connexion
console-bulk-ask-enroll = { $count ->
    [one] Envoyer un e-mail d’inscription à { $count } utilisateur ?
   *[other] Envoyer un e-mail d’inscription à { $count } utilisateurs ?
}
console-bulk-ask-suspend = { $count ->
    [one] Suspendre { $count } utilisateur ?
   *[other] Suspendre { $count } utilisateurs ?
}
console-bulk-ask-resume = { $count ->
    [one] Réactiver { $count } utilisateur ?
   *[other] Réactiver { $count } utilisateurs ?
}
console-bulk-ask-delete = { $count ->
    [one] Supprimer { $count } utilisateur ?
   *[other] Supprimer { $count } utilisateurs ?
}
console-bulk-enroll-emails = Envoyer les e-mails d’inscription
console-delete-users = Supprimer les utilisateurs
console-bulk-done-enroll = { $count ->
    [one] Envoi des e-mails d’inscription à { $count } utilisateur.
   *[other] Envoi des e-mails d’inscription à { $count } utilisateurs.
}
console-bulk-done-suspend = { $count ->
    [one] { $count } utilisateur suspendu et déconnecté.
   *[other] { $count } utilisateurs suspendus et déconnectés.
}
console-bulk-done-resume = { $count ->
    [one] { $count } utilisateur réactivé.
   *[other] { $count } utilisateurs réactivés.
}
console-bulk-done-delete = { $count ->
    [one] { $count } utilisateur supprimé, avec ses { -passkeys } et sessions.
   *[other] { $count } utilisateurs supprimés, avec leurs { -passkeys } et sessions.
}
console-bulk-choose-action = Choisissez quoi faire des utilisateurs sélectionnés.
console-bulk-tick = Cochez les utilisateurs à modifier, ou choisissez tous les utilisateurs correspondants.
console-bulk-too-many = Cochez au plus { $most } utilisateurs, ou choisissez tous les utilisateurs correspondants.
console-bulk-more = et { $count } de plus
console-back-to-users = Retour aux utilisateurs

## Import

console-import-title = Importer des utilisateurs
console-import-intro = La première ligne nomme les colonnes : username (obligatoire), email, given_name, family_name, display_name et groups (noms de groupes séparés par ;). Puis un utilisateur par ligne. Un fichier exporté depuis la liste des utilisateurs se relit tel quel.
console-import-bad = { $bad } lignes sur { $lines } ne peuvent pas être importées. Rien n’a été ajouté ; corrigez-les et vérifiez à nouveau.
console-import-all-good = { $lines ->
    [one] La ligne peut être importée. Rien n’a encore été ajouté.
   *[other] Les { $lines } lignes peuvent être importées. Rien n’a encore été ajouté.
}
console-import-added = { $count ->
    [one] { $count } utilisateur ajouté.
   *[other] { $count } utilisateurs ajoutés.
}
console-import-ignored = Colonnes ignorées : { $columns }
console-col-line = Ligne
console-col-result = Résultat
console-csv-file = Fichier CSV
console-csv-paste = Ou collez le CSV
console-import-check = Vérifier (essai à blanc)
console-import = Importer
console-import-will-add = sera ajouté
console-import-added-line = ajouté
console-import-empty = Le fichier est vide. Sa première ligne nomme les colonnes : { $columns }
console-import-no-username = La première ligne nomme les colonnes, et l’une d’elles doit être username.
console-import-too-many = Le fichier contient { $count } utilisateurs ; importez-en au plus { $most } à la fois.
console-import-fields = a { $fields } champs ; la première ligne en nomme { $columns }
console-import-duplicate = cet identifiant, ou un qui lui ressemble, figure déjà sur une ligne précédente
console-import-group-ambiguous = plusieurs groupes s’appellent « { $name } » ; renommez-en un dans la console d’abord
console-import-no-group = aucun groupe ne s’appelle « { $name } »
console-import-exists = un utilisateur avec cet identifiant existe déjà
console-import-looks-like = cet identifiant ressemble à l’existant « { $username } »

## Page d’un utilisateur

console-role-groups = { $count ->
    [one] { $count } groupe
   *[other] { $count } groupes
}
console-enroll-passkey = Inscrire une { -passkey }
console-passkey = { -passkey }
console-notice-activation-outbox = Utilisateur créé. Aucun serveur SMTP n’est configuré : l’e-mail d’activation à { $email } n’a pas été envoyé mais écrit dans { $folder }. L’utilisateur reste en attente jusqu’à son activation.
console-notice-activation-sent = Utilisateur créé. Un e-mail d’activation a été envoyé à { $email } ; l’utilisateur reste en attente jusqu’à son activation.
console-notice-created = Utilisateur créé. Utilisez « Inscrire une clé d’accès » pour lui donner un accès.
console-notice-resent = L’e-mail d’inscription a été renvoyé avec un nouveau lien ; l’ancien ne fonctionne plus.
console-tab-profile = Profil
console-tab-enrolments = Inscriptions
console-tab-sessions = Sessions
console-username-is = Identifiant { $username }
console-id-is = id { $id }
console-user-ldap = Cette personne vient de l’annuaire LDAP : son nom, son identifiant et son e-mail y sont gérés et s’y modifient ; la prochaine synchronisation reporte le changement ici. { -passkeys }, sessions et groupes de ce domaine fonctionnent comme pour tout le monde.
console-user-scim = Cette personne est provisionnée par SCIM (voir { $provisioning }) : son nom, son identifiant, ses e-mails, son id externe et son statut sont gérés par l’annuaire qui l’envoie, et s’y modifient. { -passkeys } et sessions fonctionnent comme pour tout le monde.
console-display-name = Nom affiché
console-first-name = Prénom
console-last-name = Nom
console-directory-entry = Entrée d’annuaire
console-external-id = Id externe
console-suspend-confirm = Suspendre { $name } ? Cette personne ne pourra plus se connecter.
console-delete-user = Supprimer l’utilisateur
console-delete-user-text = { $name } ({ $username }) sera supprimé avec ses { -passkeys }, ses sessions et ses inscriptions en attente. Cette action est irréversible.
console-role-title = Rôle dans la console
console-role = Rôle
console-role-none = Aucun : pas d’accès à la console
console-role-limited = Limité aux membres de (aucun coché : tout le domaine)
console-save-role = Enregistrer le rôle
console-no-such-role = Ce rôle n’existe pas.
console-role-helpdesk = Support
console-role-user-manager = Gestionnaire des utilisateurs
console-role-app-manager = Gestionnaire des applications
console-role-auditor = Auditeur
console-role-admin = Administrateur
console-no-sessions = { $name } n’est connecté nulle part.
console-col-device = Appareil
console-col-signed-in = Connecté le
console-col-last-seen = Vu pour la dernière fois
console-session-revoke-confirm = Déconnecter { $name } de cette session ?
console-no-jobs = Aucune inscription n’a encore été envoyée à { $name }.
console-col-delivery = Envoi
console-col-key = Clé
console-col-actions = Actions
console-job-link = Lien
console-job-code = Code à 9 caractères
console-job-opened = Ouvert
console-job-delivered = Remis
console-job-complete = Terminé
console-job-failed = Échec de l’envoi
console-resend = Renvoyer
console-job-revoke-confirm = Révoquer cette inscription ? Son lien ou son code cessera de fonctionner.
console-flagged = Signalée
console-passkey-synced = synchronisée
console-passkey-device-bound = liée à l’appareil
console-device-any = Toute { -passkey }
console-device-smartphone = Smartphone
console-device-contactless-card = Carte sans contact
console-device-hardware-key = Clé de sécurité matérielle FIDO2
console-policy-verification-required = vérification exigée
console-policy-verification-preferred = vérification préférée
console-policy-offline = connexion hors ligne
console-policy-no-bluetooth = sans Bluetooth
console-not-audited = Non auditée
console-not-audited-title = Un administrateur a désactivé l’audit pour cette clé
console-not-audited-hint = ses connexions ne sont pas inscrites au journal d’audit
console-passkey-revoke-confirm = Révoquer la { -passkey } « { $name } » ? Elle ne permettra plus de se connecter.
console-no-passkeys = Aucune { -passkey } pour l’instant.
console-col-group = Groupe
console-in-no-group = Dans aucun groupe.
console-add-to-group = Ajouter au groupe
console-add = Ajouter
console-user-all-events = Tous les événements de { $name } dans le journal d’audit
console-enroll-title = Inscrire une { -passkey } pour { $name }
console-enroll-method = Choisir la méthode
console-enroll-by-email = Envoyer un e-mail d’inscription
console-enroll-by-code = Générer un code à 9 caractères
console-enroll-by-link = Lien de connexion
console-enroll-no-email = Cet utilisateur n’a pas d’adresse e-mail : ajoutez-en une d’abord dans l’onglet Profil.
console-email-template = Modèle d’e-mail
console-default-template = Modèle par défaut
console-enroll-send = Continuer et envoyer l’e-mail
console-enroll-code-hint = Un code que l’utilisateur saisit sur { $page } sur l’appareil qui gardera la { -passkey }. Il fonctionne une fois, pendant 60 secondes.
console-enroll-link-hint = Un lien de connexion à usage unique : l’utilisateur se connecte une fois avec et ajoute une { -passkey } sur la page de son compte.
console-expiration = Expiration
console-generate-link = Générer le lien
console-link-choose-lifetime = Choisissez combien de temps le lien fonctionne.
console-enroll-email-sent = E-mail d’inscription envoyé
console-enroll-email-sent-to = Un e-mail d’inscription a été envoyé à { $to }.
console-enroll-works-until = Son lien fonctionne une fois, jusqu’au { $expires }.
console-enroll-then-enrolled = Dès qu’elle aura créé sa { -passkey }, la personne apparaîtra comme inscrite dans la liste des utilisateurs.
console-code-title = Code à 9 caractères
console-code-share = Communiquez ce code à { $name } par message ou par téléphone.
console-code-where = La personne le saisit sur { $page } sur l’appareil qui gardera sa { -passkey }.
console-code-expires-in = Expire dans { $seconds } secondes.
console-code-expired = Le code a expiré.
console-code-warning = Ne communiquez jamais le code à des personnes non autorisées.
console-link-send = Envoyez ce lien à { $name }.
console-link-until = Il permet de se connecter une fois, jusqu’au { $expires }, pour ajouter une { -passkey }.

## Nouvel utilisateur et activation de carte

console-wizard-info = Informations sur l’utilisateur
console-wizard-key = Clé de sécurité
console-wizard-confirm = Confirmer
console-wizard-not-added = L’utilisateur n’a pas été ajouté : voir les champs signalés ci-dessous.
console-wizard-email-hint = L’e-mail d’activation est envoyé à cette adresse.
console-next = Suivant
console-back = Précédent
console-wizard-no-groups = Ce domaine n’a encore aucun groupe.
console-wizard-assign-key = Attribuer une clé de sécurité
console-wizard-key-device = Type de clé de sécurité
console-wizard-card-name = Nom de la carte
console-wizard-card-name-placeholder = ex. Badge 1042
console-wizard-activation = Activation
console-wizard-activate-admin = Activer maintenant en tant qu’administrateur
console-wizard-activate-admin-hint = la carte est avec vous
console-wizard-activate-user = Activation par l’utilisateur
console-wizard-activate-user-hint = un lien d’enregistrement est envoyé par e-mail
console-wizard-auditable = Auditée
console-wizard-auditable-hint = inscrire les connexions de cette clé au journal d’audit
console-wizard-bluetooth = Proximité Bluetooth
console-wizard-bluetooth-hint = vérifier que le téléphone est près de l’ordinateur
console-wizard-offline = Connexion hors ligne
console-wizard-verification = Vérification
console-wizard-verification-required = Exigée (empreinte, visage ou code PIN à chaque utilisation)
console-wizard-verification-preferred = Préférée
console-wizard-key-hint = L’utilisateur active la clé depuis le lien d’enregistrement de son e-mail d’activation.
console-wizard-no-key = Aucune
console-wizard-send-email = Envoyer l’e-mail d’activation
console-wizard-choose-device = Choisissez un type de clé de sécurité.
console-assign-card = Attribuer une carte sans contact
console-card-for = Carte { $card } pour { $name }
console-card-step-reader = Vérifiez que le lecteur de cartes (et son pilote) est branché sur cet ordinateur.
console-card-step-assign = Cliquez sur « Attribuer une carte sans contact ». Keybound affiche un code PIN : définissez-le sur la carte quand le navigateur le demande.
console-card-step-tap = Posez la carte sur le lecteur quand on vous le demande.
console-card-pin = Code PIN à définir sur la carte :
console-card-set-pin = Définissez le code PIN ci-dessus sur la carte quand le navigateur le demande, puis posez la carte…
console-card-assigned-emailed = La carte est attribuée. Son code PIN a été envoyé par e-mail à {"{"}email{"}"}.
console-card-assigned = La carte est attribuée. L’utilisateur n’a pas d’adresse e-mail : communiquez-lui le code PIN.
console-request-failed = La requête a échoué
console-request-refused = Cette requête ne provient pas de cette console. Rechargez la page et réessayez.
console-no-such-user = aucun utilisateur « { $username } » dans ce domaine
console-skip-you = c’est vous
console-skip-suspended = déjà suspendu
console-skip-not-suspended = pas suspendu
console-skip-deleted = supprimé entre-temps
console-bad-page = La page doit être un numéro de page.
console-bad-status = Le statut doit être actif ou suspendu.
