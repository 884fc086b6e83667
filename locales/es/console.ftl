# La consola de administración.

## Diseño

console-page-title = { $page } · Consola de Keybound
console-skip = Ir al contenido
console-nav = Consola
console-menu = Menú
console-realm = Dominio
console-realm-switch = Cambiar
console-your-account = Tu cuenta
console-sign-out = Cerrar sesión
console-copied = Copiado
console-copy-by-hand = Pulsa Ctrl+C
console-nav-dashboard = Panel
console-nav-users = Usuarios
console-nav-groups = Grupos
console-nav-signup = Tokens de registro
console-nav-configs = Configuraciones de autenticador
console-nav-templates = Plantillas de correo
console-nav-applications = Aplicaciones
console-nav-ldap = LDAP
console-nav-provisioning = Aprovisionamiento
console-nav-api = Tokens de API
console-nav-audit = Registro de auditoría
console-nav-settings = Ajustes

## Rechazos y problemas

console-no-access = Sin acceso a la consola
console-no-access-text = Has iniciado sesión, pero no tienes ningún rol en esta consola. Pide acceso a un administrador.
console-not-for-role = Fuera de tu rol
console-not-for-role-text = Tu rol en esta consola no incluye esta página. Vuelve a la página de inicio de la consola (/console) o pregunta a un administrador.
console-needs-passkey = Inicia sesión con una { -passkey }
console-needs-passkey-text = La consola solo se abre para sesiones iniciadas con una { -passkey }. Iniciaste sesión con un enlace de un solo uso: añade una { -passkey } en la página de tu cuenta (/account), cierra sesión y vuelve a iniciarla con ella.
console-form-too-large = Lo que enviaste supera los 2 MiB que admite un formulario de la consola. Para importar más personas, divide el archivo CSV en partes de 2 MiB como máximo (unas 20 000 líneas) e impórtalas una tras otra.
console-form-refused = Formulario rechazado
console-form-refused-text = Este formulario no procede de esta consola o tu sesión ha cambiado. Vuelve atrás, recarga la página e inténtalo de nuevo.
console-problem-title = Algo ha salido mal
console-go-back = Volver
console-no-such-realm = Ese dominio no existe.
console-cancel = Cancelar

## Panel y registro de auditoría

console-find-person = Buscar a una persona
console-find-placeholder = Nombre, usuario o correo
console-search = Buscar
console-find-hint = Luego elige «Inscribir» a su lado: un correo, un código de 9 caracteres o un enlace de inicio de sesión.
console-status-enrolled = Inscrito
console-status-pending = Pendiente
console-status-invite-failed = Invitación fallida
console-status-suspended = Suspendido
console-chart = { -passkeys } vinculadas, últimos 30 días
console-chart-label = { -passkeys } vinculadas por día en los últimos 30 días: { $total } en total
console-recent-events = Eventos recientes
console-col-when = Cuándo
console-col-action = Acción
console-col-actor = Autor
console-col-outcome = Resultado
console-col-detail = Detalle
console-col-target = Objeto
console-col-person = Persona
console-col-address = Dirección
console-outcome-success = Éxito
console-outcome-failure = Error
console-nothing-yet = Nada todavía.
console-whole-audit-log = Todo el registro de auditoría
console-audit-user = Usuario
console-audit-user-placeholder = usuario o id
console-any = Cualquiera
console-audit-from = Desde
console-audit-to = Hasta
console-filter = Filtrar
console-export-csv = Exportar CSV
console-audit-count = { $count ->
    [one] { $count } evento
   *[other] { $count } eventos
}
console-audit-none = Ningún evento coincide.
console-audit-older = Eventos anteriores
console-actor-system = sistema (línea de comandos)
console-actor-api-token = token de API { $name }
console-actor-scim = SCIM ({ $name })
console-target-passkey = { -passkey }
console-target-enrolment = inscripción
console-target-session = sesión
console-target-group = grupo { $name }
console-target-signup-token = enlace de registro
console-target-deleted = { $name } (eliminado)

## Aplicaciones

console-issuer = Emisor
console-discovery-url = URL de descubrimiento
console-copy = Copiar
console-applications-intro = Las aplicaciones inician la sesión de sus usuarios a través de Keybound con OpenID Connect. Da a una aplicación el emisor de este dominio; su biblioteca encuentra el resto en el documento de descubrimiento.
console-new-application = Nueva aplicación
console-col-name = Nombre
console-client-id = ID de cliente
console-col-type = Tipo
console-col-redirect-uris = URI de redirección
console-col-created = Creado
console-app-kind-public = Pública
console-app-kind-confidential = Confidencial
console-no-applications = Todavía no hay aplicaciones.
console-back-applications = ← Aplicaciones
console-client-secret = Secreto de cliente
console-client-secret-once = Copia el secreto ahora: no se volverá a mostrar. Keybound solo guarda su hash.
console-close = Cerrar
console-rotate-secret = Renovar el secreto
console-rotate-secret-confirm = ¿Crear un nuevo secreto de cliente? El actual deja de funcionar al instante.
console-not-saved-fields = No se ha guardado: revisa los campos marcados abajo.
console-not-saved = No se ha guardado: { $reason }
console-app-confidential = Confidencial: una aplicación de servidor que guarda un secreto
console-app-public = Pública: una aplicación de página única o nativa, sin secreto, siempre con PKCE
console-app-client-auth = Autenticación del cliente (aplicaciones confidenciales)
console-app-auth-basic = client_secret_basic (HTTP Basic)
console-app-auth-post = client_secret_post (en el formulario)
console-app-redirect-uris = URI de redirección, una por línea
console-app-logout-uris = URI de redirección tras cerrar sesión, una por línea
console-app-resources = API para las que pueden ser sus tokens de acceso (RFC 8707), una por línea: esos tokens son JWT
console-app-resources-placeholder = opcional, como https://api.example.com
console-app-grants = Concesiones que puede usar
console-app-scopes = Ámbitos que puede pedir
console-app-pkce = Exigir PKCE (S256)
console-app-access-lifetime = Duración del token de acceso
console-app-refresh-lifetime = Duración del token de actualización
console-app-id-token-alg = Firma del token de ID
console-app-backchannel = URI de cierre de sesión back-channel
console-optional = opcional
console-logo-url = URL del logotipo
console-optional-https = opcional, https
console-app-groups = Solo pueden iniciar sesión los miembros de estos grupos (ninguno marcado: todo el dominio)
console-app-skip-consent = Omitir la pantalla de consentimiento (aplicación propia)
console-app-dpop = Vincular sus tokens a su clave (DPoP)
console-app-par = Aceptar solo solicitudes de autorización enviadas (PAR)
console-save = Guardar
console-delete-application = Eliminar la aplicación
console-create-application = Crear la aplicación
console-activity = Actividad
console-app-choose-type = Elige confidencial o pública.
console-delete-confirm = ¿Eliminar { $name }?
console-delete-application-text = Sus usuarios ya no podrán iniciar sesión en ella a través de Keybound, y los tokens que tiene dejarán de funcionar. Esto no se puede deshacer.

## Grupos y correos de inscripción en bloque

console-back-users = ← Usuarios
console-batch-title = Correos de inscripción
console-batch-sending = Enviando correos de inscripción…
console-batch-sent = Correos de inscripción enviados
console-batch-count-sent = Enviados
console-batch-count-waiting = En espera
console-batch-count-skipped = Omitidos
console-batch-made = { $made } de { $total } correos de inscripción preparados.
console-batch-updating = Esta página se actualiza sola hasta que termine el resto.
console-batch-each = La inscripción de cada persona aparece en su página.
console-batch-skipped = { $count } omitidos:
console-col-why = Motivo
console-description = Descripción
console-no-groups = Todavía no hay grupos.
console-new-group = Nuevo grupo
console-create-group = Crear el grupo
console-back-groups = ← Grupos
console-group-ldap = Este grupo viene del directorio LDAP: su nombre y sus miembros se gestionan allí y cambian allí.
console-group-scim = Este grupo se aprovisiona por SCIM: su nombre y sus miembros los gestiona el directorio que lo envía, y cambian allí.
console-delete-group = Eliminar el grupo
console-delete-group-confirm = ¿Eliminar el grupo { $name }?
console-delete-group-text = Sus miembros se quedan; solo desaparecen el grupo y su pertenencia a él.
console-members = Miembros
console-username = Usuario
console-col-status = Estado
console-remove = Quitar
console-no-members = Sin miembros.
console-add-member-username = Añadir un usuario por nombre de usuario
console-add-member = Añadir miembro

## Configuraciones de autenticador

console-configs-intro = Cómo se vinculan las { -passkeys }: en las páginas de Keybound (alojadas) o en tu aplicación con el SDK de JS (integradas).
console-invoke-url = URL de invocación
console-trusted-origins = Orígenes de confianza
console-attestation = Atestación de llaves físicas
console-col-id = Id
console-config-embedded = Integrada (SDK de JS)
console-config-hosted = Alojada
console-attestation-required = obligatoria
console-config-delete-confirm = ¿Eliminar esta configuración? Sus trabajos de vinculación pendientes se eliminan con ella.
console-delete = Eliminar
console-no-configs = Ninguna todavía. La consola crea una alojada la primera vez que inscribe a alguien.
console-mds-imported = Metadatos FIDO: BLOB número { $number }, importado { $imported }, { $entries ->
    [one] { $entries } modelo de autenticador
   *[other] { $entries } modelos de autenticador
}, próxima actualización el { $next }. Las atestaciones se comprueban con las raíces que indica para cada modelo.
console-mds-none = No hay metadatos FIDO importados: una atestación obligatoria se acepta según el modelo que declara. Para comprobarla con las raíces de cada fabricante, descarga el BLOB del FIDO Metadata Service y ejecuta { $command }.
console-new-config = Nueva configuración
console-invoke-url-embedded = URL de invocación (integrada)
console-trusted-origins-embedded = Orígenes de confianza (integrada; uno por línea)
console-synced-allowed = { -passkeys } sincronizadas permitidas (un gestor de llaves de acceso las copia a los demás dispositivos de la persona)
console-deny-list = Modelos de autenticador rechazados (AAGUID, uno por línea)
console-conveyance = Atestación solicitada
console-conveyance-none = Ninguna
console-conveyance-indirect = Indirecta
console-conveyance-direct = Directa
console-conveyance-enterprise = Empresarial
console-require-attestation = Las llaves físicas deben presentar una atestación
console-allow-list = Modelos de llave física permitidos (AAGUID, uno por línea; vacío: cualquiera)
console-create-config = Crear la configuración
console-config-choose-type = El tipo debe ser alojada o integrada.

## Aprovisionamiento (SCIM)

console-provisioning-intro = Directorios como Microsoft Entra ID, Okta y Google Workspace, o un sistema de RR. HH., envían personas y grupos a este dominio con SCIM 2.0.
console-provisioning-read-only = Lo que envían (nombres, usuario, correos, id externo, estado, los grupos y sus miembros) es de solo lectura aquí, marcado { $badge }: cámbialo en el directorio.
console-scim-token-created = Token SCIM creado
console-scim-token-once = Cópialo ahora en los ajustes de aprovisionamiento de tu directorio: no se volverá a mostrar.
console-scim-token = Token SCIM
console-scim-settings = Ajustes para tu directorio
console-scim-url = URL del inquilino (URL base de SCIM)
console-scim-auth = Autenticación: un token bearer (Entra ID lo llama token secreto; Okta, autenticación por encabezado HTTP). Necesita estos ámbitos:
console-token-name = Nombre del token
console-create-scim-token = Crear token SCIM
console-scim-changes = Últimos cambios SCIM
console-no-scim-changes = Todavía no hay cambios SCIM.

## Tokens de API y de registro

console-api-token-created = Token de API creado
console-secret-once = Copia el secreto ahora: no se volverá a mostrar.
console-secret = Secreto
console-scopes = Ámbitos
console-col-expires = Caduca
console-col-last-used = Último uso
console-never = nunca
console-api-token-revoke-confirm = ¿Revocar el token «{ $name }»? Los programas que lo usan dejarán de funcionar.
console-revoke = Revocar
console-no-api-tokens = No hay tokens de API.
console-new-api-token = Nuevo token de API
console-lifetime = Duración
console-lifetime-placeholder = p. ej. 30d; vacío: no caduca nunca
console-create-token = Crear token
console-signup-mode = Registro de usuarios
console-signup-disabled = Desactivado
console-signup-with-token = Registro con token
console-signup-open = Registro abierto
console-signup-link-created = Enlace de registro creado
console-signup-link-once = Envía este enlace a las personas que deben registrarse. Solo se muestra ahora.
console-signup-link = Enlace de registro
console-signup-disabled-warning = El registro está desactivado en este dominio: elige «Registro con token» arriba para que el enlace funcione.
console-col-state = Estado
console-col-usage = Uso
console-token-active = Activo
console-token-expired = Caducado
console-token-used-up = Agotado
console-token-revoked = Revocado
console-signup-revoke-confirm = ¿Revocar este enlace de registro? Nadie podrá registrarse con él después.
console-no-signup-tokens = Todavía no hay tokens de registro.
console-create-signup-token = Crear token de registro
console-usage-limit = Límite de usos
console-expires-after = Caduca tras
console-1-hour = 1 hora
console-12-hours = 12 horas
console-1-day = 1 día
console-1-week = 1 semana
console-4-weeks = 4 semanas
console-signup-groups = Grupos a los que se unen los nuevos usuarios
console-create = Crear

## LDAP

console-ldap-intro = Las personas y los grupos de un directorio (OpenLDAP, Active Directory, FreeIPA, lldap) se sincronizan en este dominio: según una programación y cuando pulsas «Sincronizar ahora».
console-ldap-read-only = Lo que pertenece al directorio (nombres, usuario, correo, sus grupos y sus miembros) es de solo lectura aquí, marcado { $badge }.
console-ldap-test = Probar la conexión
console-ldap-dry-run = Simulación (no cambiar nada)
console-ldap-force = Aunque se suspendiera a más de la mitad
console-ldap-sync-now = Sincronizar ahora
console-ldap-settings-hint = Los campos vacíos toman el valor predeterminado mostrado. Los campos marcados como «Bloqueado» se definen en el entorno o el archivo de configuración del servidor.
console-locked = Bloqueado
console-save-settings = Guardar los ajustes
console-ldap-last-syncs = Últimas sincronizaciones
console-ldap-col-by = Por
console-ldap-col-what = Qué pasó
console-ldap-dry-run-mark = (simulación)
console-ldap-skipped = { $count } omitidos
console-ldap-no-syncs = Todavía no hay sincronizaciones.
console-ldap-url = URL del directorio
console-ldap-url-placeholder = ldap://ldap.example.com:389 o ldaps://…:636
console-ldap-starttls = StartTLS en ldap://
console-ldap-bind-dn = DN de enlace (cuenta de servicio)
console-ldap-bind-dn-placeholder = vacío: anónimo
console-ldap-bind-password = Contraseña de enlace
console-ldap-password-saved = guardada; escribe una nueva para cambiarla
console-ldap-base-dn = DN base
console-ldap-user-filter = Filtro de personas
console-ldap-group-filter = Filtro de grupos
console-ldap-attr-unique-id = Atributo de id único
console-ldap-attr-unique-id-placeholder = entryUUID (Active Directory: objectGUID)
console-ldap-attr-username = Atributo de usuario
console-ldap-attr-username-placeholder = uid (Active Directory: sAMAccountName)
console-ldap-attr-email = Atributo de correo
console-ldap-attr-given-name = Atributo del nombre
console-ldap-attr-family-name = Atributo de los apellidos
console-ldap-attr-display-name = Atributo del nombre visible
console-ldap-attr-group-name = Atributo del nombre de grupo
console-ldap-attr-group-member = Atributo de miembros del grupo
console-ldap-attr-group-member-placeholder = member (también uniqueMember, memberUid)
console-ldap-nested-groups = Los miembros de grupos anidados son miembros (Active Directory)
console-ldap-admin-group = Grupo de administradores
console-ldap-admin-group-placeholder = sus miembros pasan a ser administradores de la consola
console-ldap-role-groups = Grupos de roles
console-ldap-removed = Personas que salen del directorio
console-ldap-removed-placeholder = suspend (suspender) o delete (eliminar)
console-ldap-page-size = Tamaño de página
console-ldap-sync-interval = Sincronizar cada
console-ldap-sync-interval-placeholder = 1h; 0 desactiva la programación
console-ldap-saved = Ajustes guardados.
console-ldap-not-saved = No se ha guardado.
console-ldap-connected = Conectado: { $people } personas, { $groups } grupos.
console-ldap-no-username = (sin usuario)
console-ldap-connection-failed = La conexión ha fallado.
console-ldap-sync-failed = La sincronización no ha cambiado nada.
console-ldap-would = haría: { $change }
console-ldap-skipped-entry = omitido { $entry }: { $reason }
console-ldap-summary = { $created } creados, { $updated } actualizados, { $suspended } suspendidos, { $deleted } eliminados, { $reactivated } reactivados; grupos { $groups_created } creados, { $groups_updated } actualizados, { $groups_deleted } eliminados; pertenencias +{ $memberships_added } -{ $memberships_removed }; roles +{ $roles_granted } -{ $roles_revoked }; { $skipped } omitidos
console-ldap-dry-run-summary = simulación: { $summary }

## Ajustes

console-saved = Guardado.
console-organisation = Organización
console-organisation-name = Nombre de la organización
console-organisation-name-hint = (aparece en los correos y en las páginas de inicio de sesión)
console-logo-url-hint = (aparece arriba en los correos integrados y en las páginas de inicio de sesión; https)
console-sign-in = Inicio de sesión
console-one-time-access = Acceso de un solo uso por correo
console-enroll-on-provision = Enviar un correo de inscripción a las personas añadidas por importación CSV, sincronización LDAP o SCIM
console-one-time-access-hint = Añade «¿No tienes acceso a tu llave de acceso?» a la página de inicio de sesión: las personas reciben por correo un enlace de un solo uso. Quien pueda leer el correo de una persona podrá entonces iniciar sesión como ella.
console-needs-smtp = Necesita SMTP (abajo).
console-default-language = Idioma predeterminado
console-default-language-hint = Para quienes no han elegido idioma y cuyo navegador no pide ninguno de estos. Cada persona puede elegir el suyo en la página de su cuenta.
console-time-zone = Zona horaria de los correos
console-email-delivery = Envío de correo
console-email-smtp = El correo sale por el servidor SMTP definido en la configuración ({ $variable } y los ajustes relacionados).
console-email-outbox = No hay ningún servidor SMTP configurado: el correo se escribe en la carpeta outbox del directorio de datos. Para enviarlo, define estas variables (consulta el README) y reinicia:
console-test-email-to = Enviar un correo de prueba a
console-send-test-email = Enviar correo de prueba
console-signup-mode-invalid = El modo de registro debe ser desactivado, con token o abierto.
console-logo-invalid = El logotipo debe ser una URL http(s), como https://example.com/logo.png.
console-test-email-sent = Enviado a { $to }: { $answer }
console-test-email-failed = No se pudo enviar a { $to }: { $why }

## Plantillas de correo

console-template-kind = Clase
console-template-language = Idioma
console-template-default = Predeterminada
console-template-every-language = Todos los idiomas
console-template-delete-confirm = ¿Eliminar la plantilla «{ $name }»?
console-templates-none = Por ahora, solo las plantillas integradas.
console-new-template = Nueva plantilla
console-edit-template = Editar «{ $name }»
console-template-is-default = Predeterminada para su clase
console-template-language-hint = Una plantilla predeterminada en un idioma se envía a quienes lo leen; los demás reciben la predeterminada para todos los idiomas o, si no hay, el correo integrado de Keybound en su idioma.
console-template-subject = Asunto
console-template-html = Cuerpo HTML
console-template-text = Cuerpo de texto
console-template-variables = Variables:
console-save-template = Guardar la plantilla
console-preview = Vista previa
console-preview-sample = (valores de ejemplo)
console-preview-html = Vista previa HTML
console-preview-failed = La vista previa ha fallado.

## Usuarios

console-new-user = Nuevo usuario
console-all = Todos
console-user-count = { $count ->
    [one] { $count } usuario
   *[other] { $count } usuarios
}
console-bulk-with = Con los usuarios seleccionados
console-bulk-enroll-email = Enviar correo de inscripción
console-suspend = Suspender
console-resume = Reactivar
console-bulk-all = { $count ->
    [one] El { $count } que coincide, no solo los marcados
   *[other] Los { $count } que coinciden, no solo los marcados
}
console-apply = Aplicar…
console-import-csv = Importar CSV
console-select-page = Seleccionar todos los usuarios de esta página
console-select-user = Seleccionar a { $name }
console-enroll-for = Inscribir una { -passkey } para { $name }
console-enroll = Inscribir
console-no-users = No hay usuarios.
console-no-users-match = Ningún usuario coincide.
console-pages = Páginas
console-previous-page = Página anterior
console-next-page = Página siguiente
console-page-of = Página { $page } de { $pages }
console-email = Correo
console-passkeys = { -passkeys }
console-last-sign-in = Último inicio de sesión
console-bulk-ask-enroll = { $count ->
    [one] ¿Enviar un correo de inscripción a { $count } usuario?
   *[other] ¿Enviar un correo de inscripción a { $count } usuarios?
}
console-bulk-ask-suspend = { $count ->
    [one] ¿Suspender a { $count } usuario?
   *[other] ¿Suspender a { $count } usuarios?
}
console-bulk-ask-resume = { $count ->
    [one] ¿Reactivar a { $count } usuario?
   *[other] ¿Reactivar a { $count } usuarios?
}
console-bulk-ask-delete = { $count ->
    [one] ¿Eliminar a { $count } usuario?
   *[other] ¿Eliminar a { $count } usuarios?
}
console-bulk-enroll-emails = Enviar correos de inscripción
console-delete-users = Eliminar usuarios
console-bulk-done-enroll = { $count ->
    [one] Enviando correos de inscripción a { $count } usuario.
   *[other] Enviando correos de inscripción a { $count } usuarios.
}
console-bulk-done-suspend = { $count ->
    [one] { $count } usuario suspendido y desconectado.
   *[other] { $count } usuarios suspendidos y desconectados.
}
console-bulk-done-resume = { $count ->
    [one] { $count } usuario reactivado.
   *[other] { $count } usuarios reactivados.
}
console-bulk-done-delete = { $count ->
    [one] { $count } usuario eliminado, con sus { -passkeys } y sesiones.
   *[other] { $count } usuarios eliminados, con sus { -passkeys } y sesiones.
}
console-bulk-choose-action = Elige qué hacer con los usuarios seleccionados.
console-bulk-tick = Marca los usuarios que quieres cambiar o elige todos los usuarios que coinciden.
console-bulk-too-many = Marca como máximo { $most } usuarios o elige todos los usuarios que coinciden.
console-bulk-more = y { $count } más
console-back-to-users = Volver a los usuarios

## Importación

console-import-title = Importar usuarios
console-import-intro = La primera línea nombra las columnas: username (obligatoria), email, given_name, family_name, display_name y groups (nombres de grupos separados por ;). Después, un usuario por línea. Un archivo exportado desde la lista de usuarios se puede volver a importar.
console-import-bad = { $bad } de { $lines } líneas no se pueden importar. No se ha añadido nada; corrígelas y vuelve a comprobar.
console-import-all-good = { $lines ->
    [one] La línea se puede importar. Todavía no se ha añadido nada.
   *[other] Las { $lines } líneas se pueden importar. Todavía no se ha añadido nada.
}
console-import-added = { $count ->
    [one] { $count } usuario añadido.
   *[other] { $count } usuarios añadidos.
}
console-import-ignored = Columnas ignoradas: { $columns }
console-col-line = Línea
console-col-result = Resultado
console-csv-file = Archivo CSV
console-csv-paste = O pega el CSV
console-import-check = Comprobar (simulación)
console-import = Importar
console-import-will-add = se añadirá
console-import-added-line = añadido
console-import-empty = El archivo está vacío. Su primera línea nombra las columnas: { $columns }
console-import-no-username = La primera línea nombra las columnas, y una de ellas debe ser username.
console-import-too-many = El archivo tiene { $count } usuarios; importa como máximo { $most } a la vez.
console-import-fields = tiene { $fields } campos; la primera línea nombra { $columns }
console-import-duplicate = este nombre de usuario, u otro que se le parece, ya está en una línea anterior
console-import-group-ambiguous = hay más de un grupo llamado «{ $name }»; cambia antes el nombre de uno en la consola
console-import-no-group = no hay ningún grupo llamado «{ $name }»
console-import-exists = ya existe un usuario con este nombre de usuario
console-import-looks-like = este nombre de usuario se parece al existente «{ $username }»

## Página de un usuario

console-role-groups = { $count ->
    [one] { $count } grupo
   *[other] { $count } grupos
}
console-enroll-passkey = Inscribir una { -passkey }
console-passkey = { -passkey }
console-notice-activation-outbox = Usuario creado. No hay ningún servidor SMTP configurado, así que el correo de activación a { $email } no se envió: se escribió en { $folder }. El usuario queda pendiente hasta que se active.
console-notice-activation-sent = Usuario creado. Se envió un correo de activación a { $email }; el usuario queda pendiente hasta que se active.
console-notice-created = Usuario creado. Usa «Inscribir una llave de acceso» para darle una forma de entrar.
console-notice-resent = Se volvió a enviar el correo de inscripción con un enlace nuevo; el anterior ya no funciona.
console-tab-profile = Perfil
console-tab-enrolments = Inscripciones
console-tab-sessions = Sesiones
console-username-is = Usuario { $username }
console-id-is = id { $id }
console-user-ldap = Esta persona viene del directorio LDAP: su nombre, usuario y correo se gestionan allí y cambian allí; la próxima sincronización trae el cambio aquí. Las { -passkeys }, sesiones y grupos de este dominio funcionan como para cualquiera.
console-user-scim = Esta persona se aprovisiona por SCIM (consulta { $provisioning }): su nombre, usuario, correos, id externo y estado los gestiona el directorio que la envía, y cambian allí. Las { -passkeys } y sesiones funcionan como para cualquiera.
console-display-name = Nombre visible
console-first-name = Nombre
console-last-name = Apellidos
console-directory-entry = Entrada del directorio
console-external-id = Id externo
console-suspend-confirm = ¿Suspender a { $name }? No podrá iniciar sesión.
console-delete-user = Eliminar usuario
console-delete-user-text = Se eliminarán { $name } ({ $username }) y sus { -passkeys }, sesiones e inscripciones pendientes. Esto no se puede deshacer.
console-role-title = Rol en la consola
console-role = Rol
console-role-none = Ninguno: sin acceso a la consola
console-role-limited = Limitado a los miembros de (ninguno marcado: todo el dominio)
console-save-role = Guardar el rol
console-no-such-role = Ese rol no existe.
console-role-helpdesk = Soporte
console-role-user-manager = Gestor de usuarios
console-role-app-manager = Gestor de aplicaciones
console-role-auditor = Auditor
console-role-admin = Administrador
console-no-sessions = { $name } no tiene ninguna sesión iniciada.
console-col-device = Dispositivo
console-col-signed-in = Inicio de sesión
console-col-last-seen = Visto por última vez
console-session-revoke-confirm = ¿Cerrar esta sesión de { $name }?
console-no-jobs = Todavía no se ha enviado ninguna inscripción a { $name }.
console-col-delivery = Entrega
console-col-key = Llave
console-col-actions = Acciones
console-job-link = Enlace
console-job-code = Código de 9 caracteres
console-job-opened = Abierto
console-job-delivered = Entregado
console-job-complete = Completado
console-job-failed = Error de envío
console-resend = Reenviar
console-job-revoke-confirm = ¿Revocar esta inscripción? Su enlace o código dejará de funcionar.
console-flagged = Marcada
console-passkey-synced = sincronizada
console-passkey-device-bound = ligada al dispositivo
console-device-any = Cualquier { -passkey }
console-device-smartphone = Smartphone
console-device-contactless-card = Tarjeta sin contacto
console-device-hardware-key = Llave de seguridad física FIDO2
console-policy-verification-required = verificación obligatoria
console-policy-verification-preferred = verificación preferida
console-policy-offline = inicio de sesión sin conexión
console-policy-no-bluetooth = sin Bluetooth
console-not-audited = Sin auditar
console-not-audited-title = Un administrador desactivó la auditoría de esta llave
console-not-audited-hint = sus inicios de sesión no se registran en el registro de auditoría
console-passkey-revoke-confirm = ¿Revocar la { -passkey } «{ $name }»? Ya no servirá para iniciar sesión.
console-no-passkeys = Todavía no hay { -passkeys }.
console-col-group = Grupo
console-in-no-group = En ningún grupo.
console-add-to-group = Añadir al grupo
console-add = Añadir
console-user-all-events = Todos los eventos de { $name } en el registro de auditoría
console-enroll-title = Inscribir una { -passkey } para { $name }
console-enroll-method = Elige el método
console-enroll-by-email = Enviar un correo de inscripción
console-enroll-by-code = Generar un código de 9 caracteres
console-enroll-by-link = Enlace de inicio de sesión
console-enroll-no-email = Este usuario no tiene dirección de correo: añade una primero en la pestaña Perfil.
console-email-template = Plantilla de correo
console-default-template = Plantilla predeterminada
console-enroll-send = Continuar y enviar el correo
console-enroll-code-hint = Un código que el usuario escribe en { $page } en el dispositivo que guardará la { -passkey }. Funciona una vez, durante 60 segundos.
console-enroll-link-hint = Un enlace de inicio de sesión de un solo uso: el usuario inicia sesión con él una vez y añade una { -passkey } en la página de su cuenta.
console-expiration = Caducidad
console-generate-link = Generar enlace
console-link-choose-lifetime = Elige cuánto tiempo funciona el enlace.
console-enroll-email-sent = Correo de inscripción enviado
console-enroll-email-sent-to = Se envió un correo de inscripción a { $to }.
console-enroll-works-until = Su enlace funciona una vez, hasta el { $expires }.
console-enroll-then-enrolled = Cuando cree su { -passkey }, aparecerá como inscrito en la lista de usuarios.
console-code-title = Código de 9 caracteres
console-code-share = Comparte este código con { $name } por mensaje o teléfono.
console-code-where = Lo escribe en { $page } en el dispositivo que guardará su { -passkey }.
console-code-expires-in = Caduca en { $seconds } segundos.
console-code-expired = El código ha caducado.
console-code-warning = No compartas nunca el código con personas no autorizadas.
console-link-send = Envía este enlace a { $name }.
console-link-until = Le permite iniciar sesión una vez, hasta el { $expires }, para añadir una { -passkey }.

## Nuevo usuario y activación de tarjetas

console-wizard-info = Datos del usuario
console-wizard-key = Llave de seguridad
console-wizard-confirm = Confirmar
console-wizard-not-added = No se añadió el usuario: revisa los campos marcados abajo.
console-wizard-email-hint = El correo de activación se envía a esta dirección.
console-next = Siguiente
console-back = Atrás
console-wizard-no-groups = Este dominio todavía no tiene grupos.
console-wizard-assign-key = Asignar una llave de seguridad
console-wizard-key-device = Tipo de llave de seguridad
console-wizard-card-name = Nombre de la tarjeta
console-wizard-card-name-placeholder = p. ej. Credencial 1042
console-wizard-activation = Activación
console-wizard-activate-admin = Activar ahora como administrador
console-wizard-activate-admin-hint = tienes la tarjeta contigo
console-wizard-activate-user = Activación por el usuario
console-wizard-activate-user-hint = se envía por correo un enlace de registro
console-wizard-auditable = Auditable
console-wizard-auditable-hint = registrar los inicios de sesión de esta llave en el registro de auditoría
console-wizard-bluetooth = Proximidad Bluetooth
console-wizard-bluetooth-hint = comprobar que el teléfono está cerca del ordenador
console-wizard-offline = Inicio de sesión sin conexión
console-wizard-verification = Verificación
console-wizard-verification-required = Obligatoria (huella, cara o PIN en cada uso)
console-wizard-verification-preferred = Preferida
console-wizard-key-hint = El usuario activa la llave desde el enlace de registro de su correo de activación.
console-wizard-no-key = Ninguna
console-wizard-send-email = Enviar el correo de activación
console-wizard-choose-device = Elige un tipo de llave de seguridad.
console-assign-card = Asignar tarjeta sin contacto
console-card-for = Tarjeta { $card } para { $name }
console-card-step-reader = Asegúrate de que el lector de tarjetas (y su controlador) está conectado a este ordenador.
console-card-step-assign = Haz clic en «Asignar tarjeta sin contacto». Keybound muestra un PIN: configúralo en la tarjeta cuando el navegador lo pida.
console-card-step-tap = Acerca la tarjeta al lector cuando se te pida.
console-card-pin = PIN que configurar en la tarjeta:
console-card-set-pin = Configura el PIN de arriba en la tarjeta cuando el navegador lo pida y luego acerca la tarjeta…
console-card-assigned-emailed = La tarjeta está asignada. Su PIN se envió por correo a {"{"}email{"}"}.
console-card-assigned = La tarjeta está asignada. El usuario no tiene dirección de correo: dile el PIN.
console-request-failed = La solicitud ha fallado
console-request-refused = Esta solicitud no procede de esta consola. Recarga la página e inténtalo de nuevo.
console-no-such-user = no hay ningún usuario «{ $username }» en este dominio
console-skip-you = eres tú
console-skip-suspended = ya suspendido
console-skip-not-suspended = no suspendido
console-skip-deleted = eliminado mientras tanto
console-bad-page = La página debe ser un número de página.
console-bad-status = El estado debe ser activo o suspendido.
