# Keybound en español: las páginas donde cada persona crea su llave de acceso, inicia sesión y
# gestiona su cuenta.

-passkey = llave de acceso
-passkeys = llaves de acceso

## Todas las páginas

language-name = Español
footer = Keybound
working = Sigue las indicaciones de tu dispositivo…

## Iniciar sesión

login-title = Iniciar sesión
login-intro = Usa la { -passkey } de este dispositivo, un teléfono cercano o una llave de seguridad.
login-confirm-title = Confirma que eres tú
login-confirm-intro = Has iniciado sesión como { $name }. La aplicación te pide que lo confirmes con una de tus { -passkeys }.
login-username = Nombre de usuario
login-choose = Elige tu { -passkey }
login-button = Iniciar sesión con una { -passkey }
login-done = Sesión iniciada como { $name }.
login-lost = ¿No tienes acceso a tu { -passkey }?
login-new = ¿Eres nuevo?
login-create-account = Crear una cuenta

## Iniciar sesión por correo

email-login-title = Iniciar sesión por correo
email-login-intro = Escribe la dirección de correo de tu cuenta. Te enviaremos un enlace que inicia sesión una sola vez, para que puedas añadir una { -passkey } nueva.
email-login-address = Dirección de correo
email-login-button = Enviarme un enlace
email-login-failed = Algo salió mal ({ $status }).

## Enlace de inicio de sesión de un solo uso

login-link-intro = Este enlace de un solo uso inicia sesión como { $name } ({ $username }), para que puedas añadir una { -passkey } a tu cuenta. Funciona una vez, hasta el { $expires }.

## Crear una llave de acceso

bind-title = Crea tu { -passkey }
bind-for = Para { $name } ({ $username })
bind-intro = Una { -passkey } te permite iniciar sesión sin contraseña.
bind-button = Crear { -passkey }
bind-done = Tu { -passkey } está lista. Ya puedes iniciar sesión con ella.
bind-no-phone = Este navegador no puede usar un teléfono para crear una { -passkey }. Abre este enlace en Chrome, Edge o Safari en un ordenador con Bluetooth.

## Indicaciones según el dispositivo

device-any = Abre esto en el dispositivo que guardará tu { -passkey } (tu teléfono u ordenador). Te pedirá que confirmes con tu huella, tu cara, tu PIN o el bloqueo de pantalla, y guarda la llave en el dispositivo.
device-smartphone = Abre esto en un ordenador, con tu teléfono cerca y el Bluetooth activado. Cuando el navegador pregunte dónde guardar la { -passkey }, elige tu teléfono («Usar un teléfono o una tableta») y escanea el código QR con la cámara del teléfono; la { -passkey } se queda en el teléfono.
device-contactless-card = Ten a mano tu tarjeta sin contacto y un lector de tarjetas (NFC). Cuando el navegador lo pida, elige una llave de seguridad y acerca la tarjeta al lector hasta que termine; la { -passkey } se queda en la tarjeta.
device-hardware-key = Ten a mano tu llave de seguridad FIDO2. Cuando el navegador lo pida, conecta la llave (o acércala al lector) y tócala cuando parpadee; puede que te pida su PIN. La { -passkey } se queda en la llave.

## Código de registro

enroll-page-title = Escribe tu código
enroll-title = Configura tu { -passkey }
enroll-intro = Escribe el código de 9 caracteres que te dio tu administrador. El siguiente paso indica qué hacer con el dispositivo que guardará tu { -passkey }: este teléfono u ordenador, tu teléfono, una llave de seguridad o una tarjeta. El código funciona una vez y solo durante poco tiempo.
enroll-code = Código
enroll-continue = Continuar
enroll-done-signed-in = Tu { -passkey } está lista y has iniciado sesión en este dispositivo.
enroll-to-account = Ir a tu cuenta

## Registro

signup-title = Crea tu cuenta
signup-intro = Elige un nombre de usuario y crea una { -passkey } en este dispositivo: así iniciarás sesión. No necesitas contraseña.
signup-given-name = Nombre
signup-family-name = Apellidos
signup-email = Correo electrónico
signup-button = Crear cuenta y { -passkey }
signup-have-account = ¿Ya tienes una cuenta?
signup-done = Te damos la bienvenida, { $name }. Tu { -passkey } está lista.

## Cuenta

account-title = Tu cuenta
account-console = Ir a la consola de administración
account-signed-in-as = Sesión iniciada como { $name }
account-passkeys = Llaves de acceso
account-welcome = ¡Te damos la bienvenida! Aún no tienes ninguna { -passkey }: añade una ahora para iniciar sesión con ella a partir de ahora.
account-synced = sincronizada
account-device-bound = vinculada al dispositivo
account-created = creada el { $when }
account-last-used = último uso el { $when }
account-removed = eliminada
account-rename = Cambiar nombre
account-remove = Eliminar
account-add = Añadir una { -passkey }
account-sessions = Sesiones abiertas
account-since = desde el { $when }
account-this-browser = este navegador
account-sign-out = Cerrar sesión
account-applications = Aplicaciones
account-remove-access = Quitar acceso
account-no-applications = Todavía ninguna aplicación inicia tu sesión.
account-recent = Inicios de sesión recientes
account-signed-in = Sesión iniciada
account-refused = Rechazado
account-no-signins = Aún no hay inicios de sesión.
account-sign-out-everywhere = Cerrar sesión en todas partes
account-rename-prompt = Nuevo nombre para esta { -passkey }
account-remove-confirm = ¿Eliminar esta { -passkey }? Ya no podrás iniciar sesión con ella.
account-unlink-confirm = ¿Quitar el acceso de esta aplicación? Tendrá que pedírtelo de nuevo.
account-everywhere-confirm = ¿Cerrar sesión en todos los dispositivos, incluido este?
account-language = Idioma
account-language-save = Guardar

## Aplicaciones que piden iniciar tu sesión

consent-page-title = ¿Permitir { $app }?
consent-title = ¿Permitir que { $app } inicie tu sesión?
consent-receives = Has iniciado sesión como { $name }. { $app } recibirá:
consent-withdraw = Puedes retirar este permiso en cualquier momento en la página de tu cuenta.
consent-allow = Permitir
consent-cancel = Cancelar

## Conectar un dispositivo (televisor, línea de comandos)

device-page-title = Conectar un dispositivo
device-confirm-title = ¿Permitir que { $app } inicie sesión en tu dispositivo?
device-check-code = Código { $code }. Continúa solo si es el código que muestra tu dispositivo.
device-intro = Escribe el código que muestra tu dispositivo (un televisor, una línea de comandos, un quiosco).
device-deny = Denegar

## Cerrar sesión en las aplicaciones

logout-page-title = Cerrar sesión
logout-title = ¿Cerrar sesión?
logout-intro = Has iniciado sesión como { $name }. Al cerrar sesión aquí, la cierras en Keybound y en las aplicaciones en las que entraste con él.
form-post-title = Iniciando sesión…

## Configuración del administrador

setup-page-title = Configuración del administrador
setup-title = Te damos la bienvenida, administrador
setup-intro = Este enlace de un solo uso es para { $name } ({ $username }). Crea una { -passkey } en este dispositivo: con ella entrarás a partir de ahora en la consola de Keybound. El enlace funciona una vez, hasta el { $expires }.
setup-done = Tu { -passkey } está lista. Abriendo la consola…

## Mensajes

title-link-invalid = Enlace no válido
title-link-gone = El enlace ya no es válido
title-suspended = Cuenta suspendida
title-signup-unavailable = Registro no disponible
title-something-wrong = Algo salió mal
title-signout-refused = Cierre de sesión rechazado
title-signed-out = Sesión cerrada
text-signed-out = Has cerrado la sesión.
title-request-denied = Solicitud denegada
text-device-denied = No se inició sesión en el dispositivo.
title-no-access = Sin acceso
title-device-connected = Dispositivo conectado
text-device-connected = Has permitido el inicio de sesión. Vuelve a tu dispositivo: continuará por sí solo.
device-unknown-code = Ningún dispositivo espera con ese código. Compruébalo y vuelve a intentarlo, o empieza de nuevo en el dispositivo.
text-link-spent = Este enlace de inicio de sesión ya se ha usado o ha caducado. Pide uno nuevo a tu administrador.

## Correo

email-name-enrollment = Registro de llave de acceso (integrada)
email-name-link = Enlace de inicio de sesión (integrada)
email-name-one-time = Acceso único (integrada)
email-name-pin = PIN de la llave de seguridad (integrada)
email-subject-for = { $subject } para { $organization }
email-hello = Hola, { $name }:
email-enrollment-subject = Configura tu { -passkey }
email-enrollment-intro = Te han invitado a iniciar sesión con una { -passkey }. { $instructions } Después sigue los pasos:
email-enrollment-button = Configurar tu { -passkey }
email-link-subject = Tu enlace de inicio de sesión
email-link-intro = Aquí tienes un enlace de un solo uso para iniciar sesión y añadir una { -passkey } a tu cuenta:
email-link-button = Iniciar sesión
email-one-time-subject = Tu enlace de inicio de sesión de un solo uso
email-one-time-intro = Has pedido un enlace para iniciar sesión sin tu { -passkey }. Si no has sido tú, ignora este correo.
email-one-time-button = Iniciar sesión una vez
email-pin-subject = El PIN de tu llave de seguridad
email-pin-intro = Tu administrador ha configurado para ti la llave de seguridad { $key }. Su PIN, que te pedirá al iniciar sesión, es:
email-expires = Funciona una vez y caduca el { $date } (dentro de { $duration }).
email-date = { $day }/{ $month }/{ $year }, { $time } ({ $zone })
duration-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
duration-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
duration-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}

## El SDK de JS

sdk-not-a-link = Esto no es un enlace de registro de Keybound.
sdk-unsupported = Este navegador no puede crear llaves de acceso.
sdk-cancelled = La solicitud de llave de acceso se canceló o caducó. Vuelve a intentarlo.
sdk-closed = La solicitud de llave de acceso se cerró antes de terminar. Vuelve a intentarlo.
sdk-already-there = Este dispositivo ya tiene una llave de acceso para esta cuenta.
sdk-wrong-site = La dirección de esta página no coincide con el sitio de la llave de acceso. Abre la página desde su dirección habitual y vuelve a intentarlo.
sdk-not-supported = Este dispositivo no puede crear este tipo de llave de acceso. Prueba con otro dispositivo o una llave de seguridad.
sdk-failed = La llave de acceso no funcionó
sdk-unreachable = No se pudo conectar con Keybound
sdk-request-failed = La solicitud falló
sdk-no-passkeys = Este navegador no puede usar llaves de acceso. Usa una versión reciente de Chrome, Edge, Safari o Firefox, u otro dispositivo.

## Scopes

scope-openid = quién eres (un identificador de tu cuenta)
scope-profile = tu nombre y tu nombre de usuario
scope-email = tu dirección de correo
scope-groups = los grupos a los que perteneces
scope-offline-access = acceso mientras no estás

## Devices

device-browser-on-system = { $browser } en { $system }
device-a-browser-on = Un navegador en { $system }
device-unknown = Navegador desconocido

## Qué salió mal, tal como se le dice a la persona

title-page-not-found = Página no encontrada
text-page-not-found = No hay ninguna página en esta dirección. Comprueba el enlace o empieza de nuevo desde la página principal.
error-passkey-not-accepted = Esta { -passkey } no se acepta aquí. Usa otra o pregunta a tu administrador.
error-passkey-removed = Esta { -passkey } ya no funciona aquí: se eliminó. Inicia sesión con otra { -passkey } o pide a tu administrador una nueva inscripción.
error-signin-expired = Este intento de inicio de sesión ha caducado o ya se usó. Empieza de nuevo.
error-passkey-unverified = No se pudo verificar la { -passkey }: { $reason }
error-passkey-must-verify = Esta { -passkey } debe verificarte (huella, cara o PIN) cada vez. Inténtalo de nuevo y completa la comprobación.
error-passkey-turned-off = Esta { -passkey } se ha desactivado. Usa otra o pregunta a tu administrador.
error-bad-code = Ese código no funciona. Compruébalo o pide uno nuevo a tu administrador.
error-link-invalid = Este enlace no es válido. Comprueba que lo copiaste entero.
error-too-many-codes = Demasiados códigos incorrectos desde tu red. Espera diez minutos e inténtalo de nuevo.
error-attempt-expired = Este intento ha caducado o ya se usó. Empieza de nuevo.
error-link-complete = Este enlace ya se usó para crear una { -passkey }.
error-link-expired = Este enlace ha caducado. Pide uno nuevo.
error-link-revoked = Este enlace se ha revocado. Pide uno nuevo.
error-link-undelivered = No se pudo entregar esta invitación. Pide una nueva.
error-email-signin-off = Aquí no se ofrece el inicio de sesión por correo.
error-too-many-requests = Demasiadas solicitudes. Espera quince minutos e inténtalo de nuevo.
error-admin-link-spent = Este enlace de administrador ya se usó o ha caducado. Ejecuta `keybound admin link` para obtener uno nuevo.
error-signup-link-spent = Este enlace de registro se ha agotado, ha caducado o se revocó. Pide uno nuevo.
error-signup-off = El registro está desactivado aquí. Pide una cuenta a tu administrador.
error-signup-needs-link = Para registrarte aquí necesitas un enlace de invitación. Pídeselo a tu administrador.
error-username-taken = Ese nombre de usuario ya está en uso. Elige otro.
error-last-passkey = Es tu última { -passkey }: sin ella no podrás volver a iniciar sesión. Confirma para eliminarla de todos modos.
error-suspended = Esta cuenta está suspendida. Ponte en contacto con tu administrador.
error-signed-out = No has iniciado sesión.
error-no-app-access = Tu cuenta no tiene acceso a esta aplicación. Pregunta a tu administrador si lo necesitas.
error-model-denied = { $name } ({ $model }) no está permitido en esta organización. Usa otro gestor de llaves de acceso u otra llave de seguridad.
error-unnamed-model-denied = Este autenticador ({ $model }) no está permitido en esta organización. Usa otro gestor de llaves de acceso u otra llave de seguridad.
error-synced-not-allowed = Sería una { -passkey } sincronizada (copiada a tus otros dispositivos por tu gestor), y esta organización solo permite { -passkeys } que se quedan en un dispositivo. Usa una llave de seguridad o un dispositivo que guarde las { -passkeys } para sí.
error-not-built-in-smartphone = Aquí hace falta un smartphone, no el autenticador integrado del dispositivo. Usa el dispositivo correcto e inténtalo de nuevo.
error-not-built-in-card = Aquí hace falta una tarjeta sin contacto, no el autenticador integrado del dispositivo. Usa la tarjeta correcta e inténtalo de nuevo.
error-not-built-in-key = Aquí hace falta una llave de seguridad física FIDO2, no el autenticador integrado del dispositivo. Usa la llave correcta e inténtalo de nuevo.
error-needs-phone = Aquí hace falta un smartphone conectado por Bluetooth (la opción de teléfono del diálogo del navegador). Inténtalo de nuevo con tu teléfono.
error-no-bluetooth = La proximidad Bluetooth está desactivada para esta llave: conecta el teléfono de otra forma (USB) e inténtalo de nuevo.
error-needs-card = Aquí hace falta una tarjeta sin contacto acercada al lector (NFC). Inténtalo de nuevo con la tarjeta.
error-needs-key = Aquí hace falta una llave de seguridad FIDO2 (USB, NFC o Bluetooth). Inténtalo de nuevo con la llave.
error-no-attestation = Esta llave de seguridad no dio ninguna atestación, y esta organización exige una. Usa una llave aprobada.
error-model-not-approved = Este modelo de llave de seguridad ({ $model }) no está en la lista aprobada. Usa una llave aprobada.
error-self-attestation = Esta llave de seguridad firmó su propia atestación, lo que no demuestra nada sobre su modelo. Usa una llave aprobada que certifique su fabricante.
error-attestation-untraceable = La atestación de esta llave de seguridad ({ $format }) no se puede rastrear hasta su fabricante. Usa una llave aprobada.
error-model-not-in-metadata = Este modelo de llave de seguridad ({ $model }) no está en los metadatos FIDO en los que confía esta organización. Usa una llave aprobada.
error-mds-revoked = { $model } ya no se puede usar: se revocó la certificación de su fabricante. Usa otra llave de seguridad.
error-mds-attestation-compromised = { $model } ya no se puede usar: su clave de atestación está comprometida. Usa otra llave de seguridad.
error-mds-keys-extractable = { $model } ya no se puede usar: las claves que guarda se pueden extraer. Usa otra llave de seguridad.
error-mds-verification-bypass = { $model } ya no se puede usar: su verificación del usuario se puede eludir. Usa otra llave de seguridad.
error-not-genuine = El certificado de atestación de esta llave de seguridad no es uno de los que indica su fabricante ({ $maker }). Usa una llave auténtica.
oidc-title-unknown-app = Aplicación desconocida
oidc-title-refused = Solicitud de inicio de sesión rechazada
oidc-title-expired = Solicitud de inicio de sesión caducada
oidc-unknown-app = La aplicación que te envió aquí no está registrada en este servicio de inicio de sesión.
oidc-bad-redirect = La aplicación pidió enviarte a una dirección que no ha registrado, así que no se te envió allí.
oidc-request-gone = Esta solicitud de inicio de sesión ha caducado o ya terminó. Vuelve a la aplicación y empieza de nuevo.
oidc-request-used = Esta solicitud de inicio de sesión ha caducado o ya se usó. Vuelve a la aplicación y empieza de nuevo.
oidc-par-required = Esta aplicación envía sus solicitudes de inicio de sesión por adelantado (solicitudes de autorización enviadas); esta llegó directamente, así que se rechaza.
oidc-no-redirect = La aplicación no indicó adónde devolverte (redirect_uri).
