# Keybound em português do Brasil: as páginas em que cada pessoa cria sua chave de acesso, entra
# e gerencia a própria conta.

-passkey = chave de acesso
-passkeys = chaves de acesso

## Todas as páginas

language-name = Português (Brasil)
footer = Keybound
working = Siga as instruções no seu dispositivo…

## Entrar

login-title = Entrar
login-intro = Use a { -passkey } deste dispositivo, um celular por perto ou uma chave de segurança.
login-confirm-title = Confirme que é você
login-confirm-intro = Você entrou como { $name }. O aplicativo pede que você confirme isso com uma das suas { -passkeys }.
login-username = Nome de usuário
login-choose = Escolha sua { -passkey }
login-button = Entrar com uma { -passkey }
login-done = Você entrou como { $name }.
login-lost = Não consegue acessar sua { -passkey }?
login-new = Primeira vez aqui?
login-create-account = Criar uma conta

## Entrar por e-mail

email-login-title = Entrar por e-mail
email-login-intro = Digite o endereço de e-mail da sua conta. Enviaremos um link que faz você entrar uma única vez, para que possa adicionar uma nova { -passkey }.
email-login-address = Endereço de e-mail
email-login-button = Enviar um link
email-login-failed = Algo deu errado ({ $status }).

## Link de acesso de uso único

login-link-intro = Este link de uso único faz você entrar como { $name } ({ $username }), para que possa adicionar uma { -passkey } à sua conta. Ele funciona uma vez, até { $expires }.

## Criar uma chave de acesso

bind-title = Crie sua { -passkey }
bind-for = Para { $name } ({ $username })
bind-intro = Uma { -passkey } permite entrar sem senha.
bind-button = Criar { -passkey }
bind-done = Sua { -passkey } está pronta. Agora você pode entrar com ela.
bind-no-phone = Este navegador não consegue usar um celular para criar uma { -passkey }. Abra este link no Chrome, Edge ou Safari em um computador com Bluetooth.

## Instruções para cada tipo de dispositivo

device-any = Abra isto no dispositivo que vai guardar sua { -passkey } (seu celular ou computador). Ele vai pedir que você confirme com sua digital, rosto, PIN ou bloqueio de tela, e guarda a chave no dispositivo.
device-smartphone = Abra isto em um computador, com seu celular por perto e o Bluetooth ligado. Quando o navegador perguntar onde salvar a { -passkey }, escolha seu celular ("Usar um smartphone ou tablet") e leia o QR code com a câmera do celular; a { -passkey } fica no celular.
device-contactless-card = Tenha em mãos seu cartão por aproximação e um leitor de cartões (NFC). Quando o navegador pedir, escolha uma chave de segurança e mantenha o cartão no leitor até terminar; a { -passkey } fica no cartão.
device-hardware-key = Tenha em mãos sua chave de segurança FIDO2. Quando o navegador pedir, conecte a chave (ou aproxime-a do leitor) e toque nela quando piscar; talvez seja pedido o PIN dela. A { -passkey } fica na chave.

## Código de cadastro

enroll-page-title = Digite seu código
enroll-title = Configure sua { -passkey }
enroll-intro = Digite o código de 9 caracteres que o seu administrador passou. A próxima etapa diz o que fazer com o dispositivo que vai guardar sua { -passkey }: este celular ou computador, seu celular, uma chave de segurança ou um cartão. O código funciona uma vez e só por pouco tempo.
enroll-code = Código
enroll-continue = Continuar
enroll-done-signed-in = Sua { -passkey } está pronta e você entrou neste dispositivo.
enroll-to-account = Ir para sua conta

## Cadastro

signup-title = Crie sua conta
signup-intro = Escolha um nome de usuário e crie uma { -passkey } neste dispositivo: é com ela que você vai entrar. Não precisa de senha.
signup-given-name = Nome
signup-family-name = Sobrenome
signup-email = E-mail
signup-button = Criar conta e { -passkey }
signup-have-account = Já tem uma conta?
signup-done = Boas-vindas, { $name }. Sua { -passkey } está pronta.

## Conta

account-title = Sua conta
account-console = Ir para o console de administração
account-signed-in-as = Você entrou como { $name }
account-passkeys = Chaves de acesso
account-welcome = Boas-vindas! Você ainda não tem uma { -passkey }: adicione uma agora para entrar com ela daqui em diante.
account-synced = sincronizada
account-device-bound = vinculada ao dispositivo
account-created = criada em { $when }
account-last-used = usada pela última vez em { $when }
account-removed = removida
account-rename = Renomear
account-remove = Remover
account-add = Adicionar uma { -passkey }
account-sessions = Sessões ativas
account-since = desde { $when }
account-this-browser = este navegador
account-sign-out = Sair
account-applications = Aplicativos
account-remove-access = Remover acesso
account-no-applications = Nenhum aplicativo faz você entrar ainda.
account-recent = Acessos recentes
account-signed-in = Entrou
account-refused = Recusado
account-no-signins = Nenhum acesso ainda.
account-sign-out-everywhere = Sair de todos os dispositivos
account-rename-prompt = Novo nome para esta { -passkey }
account-remove-confirm = Remover esta { -passkey }? Você não poderá mais entrar com ela.
account-unlink-confirm = Remover o acesso deste aplicativo? Ele terá de pedir de novo.
account-everywhere-confirm = Sair em todos os dispositivos, inclusive neste?
account-language = Idioma
account-language-save = Salvar

## Aplicativos que pedem para fazer você entrar

consent-page-title = Permitir { $app }?
consent-title = Permitir que { $app } faça você entrar?
consent-receives = Você entrou como { $name }. { $app } vai receber:
consent-withdraw = Você pode retirar esta permissão a qualquer momento na página da sua conta.
consent-allow = Permitir
consent-cancel = Cancelar

## Conectar um dispositivo (TV, linha de comando)

device-page-title = Conectar um dispositivo
device-confirm-title = Permitir que { $app } entre no seu dispositivo?
device-check-code = Código { $code }. Só continue se este for o código que seu dispositivo mostra.
device-intro = Digite o código que seu dispositivo (uma TV, uma linha de comando, um quiosque) mostra.
device-deny = Negar

## Sair dos aplicativos

logout-page-title = Sair
logout-title = Sair?
logout-intro = Você entrou como { $name }. Sair aqui faz você sair do Keybound e dos aplicativos em que entrou com ele.
form-post-title = Entrando…

## Configuração do administrador

setup-page-title = Configuração do administrador
setup-title = Boas-vindas, administrador
setup-intro = Este link de uso único é para { $name } ({ $username }). Crie uma { -passkey } neste dispositivo: é com ela que você vai entrar no console do Keybound daqui em diante. O link funciona uma vez, até { $expires }.
setup-done = Sua { -passkey } está pronta. Abrindo o console…

## Mensagens

title-link-invalid = Link inválido
title-link-gone = O link não é mais válido
title-suspended = Conta suspensa
title-signup-unavailable = Cadastro indisponível
title-something-wrong = Algo deu errado
title-signout-refused = Saída recusada
title-signed-out = Você saiu
text-signed-out = Você saiu da sua conta.
title-request-denied = Solicitação negada
text-device-denied = O dispositivo não foi conectado.
title-no-access = Sem acesso
title-device-connected = Dispositivo conectado
text-device-connected = Você permitiu o acesso. Volte ao seu dispositivo: ele continua sozinho.
device-unknown-code = Nenhum dispositivo está aguardando com esse código. Confira e tente de novo, ou recomece no dispositivo.
text-link-spent = Este link de acesso já foi usado ou expirou. Peça um novo ao seu administrador.

## E-mail

email-name-enrollment = Cadastro de chave de acesso (padrão)
email-name-link = Link de acesso (padrão)
email-name-one-time = Acesso único (padrão)
email-name-pin = PIN da chave de segurança (padrão)
email-subject-for = { $subject } para { $organization }
email-hello = Olá, { $name },
email-enrollment-subject = Configure sua { -passkey }
email-enrollment-intro = Você foi convidado a entrar com uma { -passkey }. { $instructions } Depois siga as etapas:
email-enrollment-button = Configurar sua { -passkey }
email-link-subject = Seu link de acesso
email-link-intro = Aqui está um link de uso único para entrar e adicionar uma { -passkey } à sua conta:
email-link-button = Entrar
email-one-time-subject = Seu link de acesso de uso único
email-one-time-intro = Você pediu um link para entrar sem sua { -passkey }. Se não foi você, ignore este e-mail.
email-one-time-button = Entrar uma vez
email-pin-subject = O PIN da sua chave de segurança
email-pin-intro = Seu administrador configurou a chave de segurança { $key } para você. O PIN dela, pedido quando você entra, é:
email-expires = Ele funciona uma vez e expira em { $date } (daqui a { $duration }).
email-date = { $day }/{ $month }/{ $year } às { $time } ({ $zone })
duration-days = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}
duration-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
duration-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}

## O SDK JS

sdk-not-a-link = Este não é um link de cadastro do Keybound.
sdk-unsupported = Este navegador não consegue criar chaves de acesso.
sdk-cancelled = O pedido de chave de acesso foi cancelado ou expirou. Tente de novo.
sdk-closed = O pedido de chave de acesso foi fechado antes de terminar. Tente de novo.
sdk-already-there = Este dispositivo já tem uma chave de acesso para esta conta.
sdk-wrong-site = O endereço desta página não corresponde ao site da chave de acesso. Abra a página pelo endereço de sempre e tente de novo.
sdk-not-supported = Este dispositivo não consegue criar este tipo de chave de acesso. Tente outro dispositivo ou uma chave de segurança.
sdk-failed = A chave de acesso não funcionou
sdk-unreachable = Não foi possível conectar ao Keybound
sdk-request-failed = A solicitação falhou
sdk-no-passkeys = Este navegador não consegue usar chaves de acesso. Use uma versão atual do Chrome, Edge, Safari ou Firefox, ou outro dispositivo.

## Scopes

scope-openid = quem você é (um identificador da sua conta)
scope-profile = seu nome e nome de usuário
scope-email = seu endereço de e-mail
scope-groups = os grupos de que você faz parte
scope-offline-access = acesso enquanto você está ausente

## Devices

device-browser-on-system = { $browser } no { $system }
device-a-browser-on = Um navegador no { $system }
device-unknown = Navegador desconhecido
