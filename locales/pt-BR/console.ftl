# O console de administração.

## Estrutura

console-page-title = { $page } · Console do Keybound
console-skip = Pular para o conteúdo
console-nav = Console
console-menu = Menu
console-realm = Realm
console-realm-switch = Trocar
console-your-account = Sua conta
console-sign-out = Sair
console-copied = Copiado
console-copy-by-hand = Pressione Ctrl+C
console-nav-dashboard = Painel
console-nav-users = Usuários
console-nav-groups = Grupos
console-nav-signup = Tokens de cadastro
console-nav-configs = Configurações de autenticador
console-nav-templates = Modelos de e-mail
console-nav-applications = Aplicativos
console-nav-ldap = LDAP
console-nav-provisioning = Provisionamento
console-nav-api = Tokens de API
console-nav-audit = Log de auditoria
console-nav-settings = Configurações

## Recusas e problemas

console-no-access = Sem acesso ao console
console-no-access-text = Você está conectado, mas não tem nenhuma função neste console. Peça acesso a um administrador.
console-not-for-role = Fora da sua função
console-not-for-role-text = Sua função neste console não inclui esta página. Volte para a página inicial do console (/console) ou fale com um administrador.
console-needs-passkey = Entre com uma { -passkey }
console-needs-passkey-text = O console só abre para sessões iniciadas com uma { -passkey }. Você entrou com um link de uso único: adicione uma { -passkey } na página da sua conta (/account), saia e entre de novo com ela.
console-form-too-large = O que você enviou passa dos 2 MiB aceitos por um formulário do console. Para importar mais pessoas, divida o arquivo CSV em partes de no máximo 2 MiB (cerca de 20.000 linhas) e importe uma após a outra.
console-form-refused = Formulário recusado
console-form-refused-text = Este formulário não veio deste console, ou sua sessão mudou. Volte, recarregue a página e tente de novo.
console-problem-title = Algo deu errado
console-go-back = Voltar
console-no-such-realm = Este realm não existe.
console-cancel = Cancelar

## Painel e log de auditoria

console-find-person = Encontrar uma pessoa
console-find-placeholder = Nome, usuário ou e-mail
console-search = Pesquisar
console-find-hint = Depois escolha “Inscrever” ao lado da pessoa: um e-mail, um código de 9 caracteres ou um link de acesso.
console-status-enrolled = Inscrito
console-status-pending = Pendente
console-status-invite-failed = Convite com falha
console-status-suspended = Suspenso
console-chart = { -passkeys } vinculadas, últimos 30 dias
console-chart-label = { -passkeys } vinculadas por dia nos últimos 30 dias: { $total } no total
console-recent-events = Eventos recentes
console-col-when = Quando
console-col-action = Ação
console-col-actor = Autor
console-col-outcome = Resultado
console-col-detail = Detalhe
console-col-target = Alvo
console-col-person = Pessoa
console-col-address = Endereço
console-outcome-success = Sucesso
console-outcome-failure = Falha
console-nothing-yet = Nada ainda.
console-whole-audit-log = Todo o log de auditoria
console-audit-user = Usuário
console-audit-user-placeholder = usuário ou id
console-any = Qualquer
console-audit-from = De
console-audit-to = Até
console-filter = Filtrar
console-export-csv = Exportar CSV
console-audit-count = { $count ->
    [one] { $count } evento
   *[other] { $count } eventos
}
console-audit-none = Nenhum evento encontrado.
console-audit-older = Eventos mais antigos
console-actor-system = sistema (linha de comando)
console-actor-api-token = token de API { $name }
console-actor-scim = SCIM ({ $name })
console-target-passkey = { -passkey }
console-target-enrolment = inscrição
console-target-session = sessão
console-target-group = grupo { $name }
console-target-signup-token = link de cadastro
console-target-deleted = { $name } (excluído)

## Aplicativos

console-issuer = Emissor
console-discovery-url = URL de descoberta
console-copy = Copiar
console-applications-intro = Os aplicativos conectam seus usuários pelo Keybound com OpenID Connect. Dê a um aplicativo o emissor deste realm; a biblioteca dele encontra o resto no documento de descoberta.
console-new-application = Novo aplicativo
console-col-name = Nome
console-client-id = ID do cliente
console-col-type = Tipo
console-col-redirect-uris = URIs de redirecionamento
console-col-created = Criado
console-app-kind-public = Público
console-app-kind-confidential = Confidencial
console-no-applications = Nenhum aplicativo ainda.
console-back-applications = ← Aplicativos
console-client-secret = Segredo do cliente
console-client-secret-once = Copie o segredo agora: ele não será mostrado de novo. O Keybound guarda só o hash.
console-close = Fechar
console-rotate-secret = Renovar segredo
console-rotate-secret-confirm = Criar um novo segredo do cliente? O atual para de funcionar na hora.
console-not-saved-fields = Não salvo: veja os campos marcados abaixo.
console-not-saved = Não salvo: { $reason }
console-app-confidential = Confidencial: um aplicativo de servidor que guarda um segredo
console-app-public = Público: um aplicativo de página única ou nativo, sem segredo, sempre com PKCE
console-app-client-auth = Autenticação do cliente (aplicativos confidenciais)
console-app-auth-basic = client_secret_basic (HTTP Basic)
console-app-auth-post = client_secret_post (no formulário)
console-app-redirect-uris = URIs de redirecionamento, uma por linha
console-app-logout-uris = URIs de redirecionamento após sair, uma por linha
console-app-resources = APIs para as quais seus tokens de acesso podem valer (RFC 8707), uma por linha: esses tokens são JWTs
console-app-resources-placeholder = opcional, como https://api.example.com
console-app-grants = Concessões que pode usar
console-app-scopes = Escopos que pode pedir
console-app-pkce = Exigir PKCE (S256)
console-app-access-lifetime = Validade do token de acesso
console-app-refresh-lifetime = Validade do token de atualização
console-app-id-token-alg = Assinatura do token de ID
console-app-backchannel = URI de logout back-channel
console-optional = opcional
console-logo-url = URL do logotipo
console-optional-https = opcional, https
console-app-groups = Só membros destes grupos podem entrar (nenhum marcado: todos do realm)
console-app-skip-consent = Pular a tela de consentimento (aplicativo próprio)
console-app-dpop = Vincular os tokens à chave dele (DPoP)
console-app-par = Aceitar só pedidos de autorização enviados (PAR)
console-save = Salvar
console-delete-application = Excluir aplicativo
console-create-application = Criar aplicativo
console-activity = Atividade
console-app-choose-type = Escolha confidencial ou público.
console-delete-confirm = Excluir { $name }?
console-delete-application-text = Os usuários dele não poderão mais entrar nele pelo Keybound, e os tokens que ele tem param de funcionar. Isso não pode ser desfeito.

## Grupos e e-mails de inscrição em massa

console-back-users = ← Usuários
console-batch-title = E-mails de inscrição
console-batch-sending = Enviando e-mails de inscrição…
console-batch-sent = E-mails de inscrição enviados
console-batch-count-sent = Enviados
console-batch-count-waiting = Aguardando
console-batch-count-skipped = Ignorados
console-batch-made = { $made } de { $total } e-mails de inscrição preparados.
console-batch-updating = Esta página se atualiza sozinha até o restante terminar.
console-batch-each = A inscrição de cada pessoa aparece na página dela.
console-batch-skipped = { $count } ignorados:
console-col-why = Motivo
console-description = Descrição
console-no-groups = Nenhum grupo ainda.
console-new-group = Novo grupo
console-create-group = Criar grupo
console-back-groups = ← Grupos
console-group-ldap = Este grupo vem do diretório LDAP: o nome e os membros são gerenciados e alterados lá.
console-group-scim = Este grupo é provisionado por SCIM: o nome e os membros são gerenciados pelo diretório que o envia, e alterados lá.
console-delete-group = Excluir grupo
console-delete-group-confirm = Excluir o grupo { $name }?
console-delete-group-text = Os membros ficam; só o grupo e a participação neles somem.
console-members = Membros
console-username = Usuário
console-col-status = Status
console-remove = Remover
console-no-members = Nenhum membro.
console-add-member-username = Adicionar um usuário pelo nome de usuário
console-add-member = Adicionar membro

## Configurações de autenticador

console-configs-intro = Como as { -passkeys } são vinculadas: nas páginas do próprio Keybound (hospedadas) ou no seu aplicativo com o SDK JS (incorporadas).
console-invoke-url = URL de chamada
console-trusted-origins = Origens confiáveis
console-attestation = Atestado de chaves físicas
console-col-id = Id
console-config-embedded = Incorporada (SDK JS)
console-config-hosted = Hospedada
console-attestation-required = exigido
console-config-delete-confirm = Excluir esta configuração? Os trabalhos de vinculação pendentes vão junto.
console-delete = Excluir
console-no-configs = Nenhuma ainda. O console cria uma hospedada na primeira vez que inscreve alguém.
console-mds-imported = Metadados FIDO: BLOB número { $number }, importado { $imported }, { $entries ->
    [one] { $entries } modelo de autenticador
   *[other] { $entries } modelos de autenticador
}, próxima atualização prevista para { $next }. Os atestados são conferidos com as raízes que ele lista para cada modelo.
console-mds-none = Nenhum metadado FIDO importado: um atestado exigido é aceito pelo modelo que declara. Para conferi-lo com as raízes de cada fabricante, baixe o BLOB do FIDO Metadata Service e execute { $command }.
console-new-config = Nova configuração
console-invoke-url-embedded = URL de chamada (incorporada)
console-trusted-origins-embedded = Origens confiáveis (incorporada; uma por linha)
console-synced-allowed = { -passkeys } sincronizadas permitidas (um gerenciador de chaves de acesso as copia para os outros dispositivos da pessoa)
console-deny-list = Modelos de autenticador recusados (AAGUIDs, um por linha)
console-conveyance = Atestado solicitado
console-conveyance-none = Nenhum
console-conveyance-indirect = Indireto
console-conveyance-direct = Direto
console-conveyance-enterprise = Empresarial
console-require-attestation = Chaves físicas devem apresentar um atestado
console-allow-list = Modelos de chave física permitidos (AAGUIDs, um por linha; vazio: qualquer um)
console-create-config = Criar configuração
console-config-choose-type = O tipo deve ser hospedada ou incorporada.

## Provisionamento (SCIM)

console-provisioning-intro = Diretórios como Microsoft Entra ID, Okta e Google Workspace, ou um sistema de RH, enviam pessoas e grupos para este realm com SCIM 2.0.
console-provisioning-read-only = O que eles enviam (nomes, usuário, e-mails, id externo, status, os grupos e seus membros) é somente leitura aqui, marcado com { $badge }: altere no diretório.
console-scim-token-created = Token SCIM criado
console-scim-token-once = Copie agora para as configurações de provisionamento do seu diretório: ele não será mostrado de novo.
console-scim-token = Token SCIM
console-scim-settings = Configurações para o seu diretório
console-scim-url = URL do locatário (URL base do SCIM)
console-scim-auth = Autenticação: um token bearer (o Entra ID chama de token secreto; o Okta, autenticação por cabeçalho HTTP). Ele precisa destes escopos:
console-token-name = Nome do token
console-create-scim-token = Criar token SCIM
console-scim-changes = Últimas alterações SCIM
console-no-scim-changes = Nenhuma alteração SCIM ainda.

## Tokens de API e de cadastro

console-api-token-created = Token de API criado
console-secret-once = Copie o segredo agora: ele não será mostrado de novo.
console-secret = Segredo
console-scopes = Escopos
console-col-expires = Expira
console-col-last-used = Último uso
console-never = nunca
console-api-token-revoke-confirm = Revogar o token “{ $name }”? Os programas que o usam param de funcionar.
console-revoke = Revogar
console-no-api-tokens = Nenhum token de API.
console-new-api-token = Novo token de API
console-lifetime = Validade
console-lifetime-placeholder = ex.: 30d; vazio: nunca expira
console-create-token = Criar token
console-signup-mode = Cadastro de usuários
console-signup-disabled = Desativado
console-signup-with-token = Cadastro com token
console-signup-open = Cadastro aberto
console-signup-link-created = Link de cadastro criado
console-signup-link-once = Envie este link para as pessoas que devem se cadastrar. Ele só é mostrado agora.
console-signup-link = Link de cadastro
console-signup-disabled-warning = O cadastro está desativado neste realm: escolha “Cadastro com token” acima para o link funcionar.
console-col-state = Estado
console-col-usage = Uso
console-token-active = Ativo
console-token-expired = Expirado
console-token-used-up = Esgotado
console-token-revoked = Revogado
console-signup-revoke-confirm = Revogar este link de cadastro? Ninguém poderá se cadastrar com ele depois.
console-no-signup-tokens = Nenhum token de cadastro ainda.
console-create-signup-token = Criar token de cadastro
console-usage-limit = Limite de usos
console-expires-after = Expira após
console-1-hour = 1 hora
console-12-hours = 12 horas
console-1-day = 1 dia
console-1-week = 1 semana
console-4-weeks = 4 semanas
console-signup-groups = Grupos em que os novos usuários entram
console-create = Criar

## LDAP

console-ldap-intro = Pessoas e grupos de um diretório (OpenLDAP, Active Directory, FreeIPA, lldap) são sincronizados neste realm: por agendamento e quando você clica em “Sincronizar agora”.
console-ldap-read-only = O que pertence ao diretório (nomes, usuário, e-mail, os grupos dele e seus membros) é somente leitura aqui, marcado com { $badge }.
console-ldap-test = Testar conexão
console-ldap-dry-run = Simulação (não alterar nada)
console-ldap-force = Mesmo que mais da metade fosse suspensa
console-ldap-sync-now = Sincronizar agora
console-ldap-settings-hint = Campos vazios usam o padrão mostrado. Campos marcados como “Bloqueado” são definidos no ambiente ou no arquivo de configuração do servidor.
console-locked = Bloqueado
console-save-settings = Salvar configurações
console-ldap-last-syncs = Últimas sincronizações
console-ldap-col-by = Por
console-ldap-col-what = O que aconteceu
console-ldap-dry-run-mark = (simulação)
console-ldap-skipped = { $count } ignorados
console-ldap-no-syncs = Nenhuma sincronização ainda.
console-ldap-url = URL do diretório
console-ldap-url-placeholder = ldap://ldap.example.com:389 ou ldaps://…:636
console-ldap-starttls = StartTLS em ldap://
console-ldap-bind-dn = DN de bind (conta de serviço)
console-ldap-bind-dn-placeholder = vazio: anônimo
console-ldap-bind-password = Senha de bind
console-ldap-password-saved = salva; digite uma nova para alterar
console-ldap-base-dn = DN base
console-ldap-user-filter = Filtro de pessoas
console-ldap-group-filter = Filtro de grupos
console-ldap-attr-unique-id = Atributo do id único
console-ldap-attr-unique-id-placeholder = entryUUID (Active Directory: objectGUID)
console-ldap-attr-username = Atributo do nome de usuário
console-ldap-attr-username-placeholder = uid (Active Directory: sAMAccountName)
console-ldap-attr-email = Atributo do e-mail
console-ldap-attr-given-name = Atributo do nome
console-ldap-attr-family-name = Atributo do sobrenome
console-ldap-attr-display-name = Atributo do nome de exibição
console-ldap-attr-group-name = Atributo do nome do grupo
console-ldap-attr-group-member = Atributo dos membros do grupo
console-ldap-attr-group-member-placeholder = member (também uniqueMember, memberUid)
console-ldap-nested-groups = Membros de grupos aninhados são membros (Active Directory)
console-ldap-admin-group = Grupo de administradores
console-ldap-admin-group-placeholder = os membros viram administradores do console
console-ldap-role-groups = Grupos de funções
console-ldap-removed = Pessoas que saem do diretório
console-ldap-removed-placeholder = suspend (suspender) ou delete (excluir)
console-ldap-page-size = Tamanho da página
console-ldap-sync-interval = Sincronizar a cada
console-ldap-sync-interval-placeholder = 1h; 0 desliga o agendamento
console-ldap-saved = Configurações salvas.
console-ldap-not-saved = Não salvo.
console-ldap-connected = Conectado: { $people } pessoas, { $groups } grupos.
console-ldap-no-username = (sem nome de usuário)
console-ldap-connection-failed = A conexão falhou.
console-ldap-sync-failed = A sincronização não alterou nada.
console-ldap-would = faria: { $change }
console-ldap-skipped-entry = ignorado { $entry }: { $reason }
console-ldap-summary = { $created } criados, { $updated } atualizados, { $suspended } suspensos, { $deleted } excluídos, { $reactivated } reativados; grupos { $groups_created } criados, { $groups_updated } atualizados, { $groups_deleted } excluídos; participações +{ $memberships_added } -{ $memberships_removed }; funções +{ $roles_granted } -{ $roles_revoked }; { $skipped } ignorados
console-ldap-dry-run-summary = simulação: { $summary }

## Configurações

console-saved = Salvo.
console-organisation = Organização
console-organisation-name = Nome da organização
console-organisation-name-hint = (aparece nos e-mails e nas páginas de acesso)
console-logo-url-hint = (aparece no topo dos e-mails padrão e das páginas de acesso; https)
console-sign-in = Acesso
console-one-time-access = Acesso único por e-mail
console-enroll-on-provision = Enviar um e-mail de inscrição para pessoas adicionadas por importação CSV, sincronização LDAP ou SCIM
console-one-time-access-hint = Adiciona “Não tem acesso à sua chave de acesso?” à página de acesso: as pessoas recebem por e-mail um link de acesso de uso único. Quem puder ler o e-mail de uma pessoa poderá então entrar como ela.
console-needs-smtp = Precisa de SMTP (abaixo).
console-default-language = Idioma padrão
console-default-language-hint = Para quem não escolheu um idioma e cujo navegador não pede nenhum destes. Cada pessoa pode escolher o seu na página da conta.
console-time-zone = Fuso horário dos e-mails
console-email-delivery = Envio de e-mail
console-email-smtp = O e-mail sai pelo servidor SMTP definido na configuração ({ $variable } e as configurações relacionadas).
console-email-outbox = Nenhum servidor SMTP configurado: o e-mail é gravado na pasta outbox do diretório de dados. Para enviá-lo, defina estas variáveis (veja o README) e reinicie:
console-test-email-to = Enviar um e-mail de teste para
console-send-test-email = Enviar e-mail de teste
console-signup-mode-invalid = O modo de cadastro deve ser desativado, com token ou aberto.
console-logo-invalid = O logotipo deve ser uma URL http(s), como https://example.com/logo.png.
console-test-email-sent = Enviado para { $to }: { $answer }
console-test-email-failed = Não foi possível enviar para { $to }: { $why }

## Modelos de e-mail

console-template-kind = Tipo
console-template-language = Idioma
console-template-default = Padrão
console-template-every-language = Todos os idiomas
console-template-delete-confirm = Excluir o modelo “{ $name }”?
console-templates-none = Por enquanto, só os modelos padrão.
console-new-template = Novo modelo
console-edit-template = Editar “{ $name }”
console-template-is-default = Padrão para o seu tipo
console-template-language-hint = Um modelo padrão em um idioma vai para quem lê esse idioma; os demais recebem o padrão para todos os idiomas ou, se não houver, o e-mail padrão do Keybound no idioma deles.
console-template-subject = Assunto
console-template-html = Corpo HTML
console-template-text = Corpo de texto
console-template-variables = Variáveis:
console-save-template = Salvar modelo
console-preview = Prévia
console-preview-sample = (valores de exemplo)
console-preview-html = Prévia HTML
console-preview-failed = A prévia falhou.

## Usuários

console-new-user = Novo usuário
console-all = Todos
console-user-count = { $count ->
    [one] { $count } usuário
   *[other] { $count } usuários
}
console-bulk-with = Com os usuários selecionados
console-bulk-enroll-email = Enviar e-mail de inscrição
console-suspend = Suspender
console-resume = Reativar
console-bulk-all = { $count ->
    [one] O { $count } correspondente, não só os marcados
   *[other] Todos os { $count } correspondentes, não só os marcados
}
console-apply = Aplicar…
console-import-csv = Importar CSV
console-select-page = Selecionar todos os usuários desta página
console-select-user = Selecionar { $name }
console-enroll-for = Inscrever uma { -passkey } para { $name }
console-enroll = Inscrever
console-no-users = Nenhum usuário.
console-no-users-match = Nenhum usuário encontrado.
console-pages = Páginas
console-previous-page = Página anterior
console-next-page = Próxima página
console-page-of = Página { $page } de { $pages }
console-email = E-mail
console-passkeys = { -passkeys }
console-last-sign-in = Último acesso
console-bulk-ask-enroll = { $count ->
    [one] Enviar um e-mail de inscrição para { $count } usuário?
   *[other] Enviar um e-mail de inscrição para { $count } usuários?
}
console-bulk-ask-suspend = { $count ->
    [one] Suspender { $count } usuário?
   *[other] Suspender { $count } usuários?
}
console-bulk-ask-resume = { $count ->
    [one] Reativar { $count } usuário?
   *[other] Reativar { $count } usuários?
}
console-bulk-ask-delete = { $count ->
    [one] Excluir { $count } usuário?
   *[other] Excluir { $count } usuários?
}
console-bulk-enroll-emails = Enviar e-mails de inscrição
console-delete-users = Excluir usuários
console-bulk-done-enroll = { $count ->
    [one] Enviando e-mails de inscrição para { $count } usuário.
   *[other] Enviando e-mails de inscrição para { $count } usuários.
}
console-bulk-done-suspend = { $count ->
    [one] { $count } usuário suspenso e desconectado.
   *[other] { $count } usuários suspensos e desconectados.
}
console-bulk-done-resume = { $count ->
    [one] { $count } usuário reativado.
   *[other] { $count } usuários reativados.
}
console-bulk-done-delete = { $count ->
    [one] { $count } usuário excluído, com suas { -passkeys } e sessões.
   *[other] { $count } usuários excluídos, com suas { -passkeys } e sessões.
}
console-bulk-choose-action = Escolha o que fazer com os usuários selecionados.
console-bulk-tick = Marque os usuários a alterar ou escolha todos os usuários correspondentes.
console-bulk-too-many = Marque no máximo { $most } usuários ou escolha todos os usuários correspondentes.
console-bulk-more = e mais { $count }
console-back-to-users = Voltar aos usuários

## Importação

console-import-title = Importar usuários
console-import-intro = A primeira linha nomeia as colunas: username (obrigatória), email, given_name, family_name, display_name e groups (nomes de grupos separados por ;). Depois, um usuário por linha. Um arquivo exportado da lista de usuários pode ser lido de volta.
console-import-bad = { $bad } de { $lines } linhas não podem ser importadas. Nada foi adicionado; corrija-as e confira de novo.
console-import-all-good = { $lines ->
    [one] A linha pode ser importada. Nada foi adicionado ainda.
   *[other] Todas as { $lines } linhas podem ser importadas. Nada foi adicionado ainda.
}
console-import-added = { $count ->
    [one] { $count } usuário adicionado.
   *[other] { $count } usuários adicionados.
}
console-import-ignored = Colunas ignoradas: { $columns }
console-col-line = Linha
console-col-result = Resultado
console-csv-file = Arquivo CSV
console-csv-paste = Ou cole o CSV
console-import-check = Conferir (simulação)
console-import = Importar
console-import-will-add = será adicionado
console-import-added-line = adicionado
console-import-empty = O arquivo está vazio. A primeira linha dele nomeia as colunas: { $columns }
console-import-no-username = A primeira linha nomeia as colunas, e uma delas deve ser username.
console-import-too-many = O arquivo tem { $count } usuários; importe no máximo { $most } por vez.
console-import-fields = tem { $fields } campos; a primeira linha nomeia { $columns }
console-import-duplicate = este nome de usuário, ou um parecido, já está em uma linha anterior
console-import-group-ambiguous = há mais de um grupo chamado “{ $name }”; renomeie um no console primeiro
console-import-no-group = não há nenhum grupo chamado “{ $name }”
console-import-exists = já existe um usuário com este nome de usuário
console-import-looks-like = este nome de usuário parece o existente “{ $username }”

## Página de um usuário

console-role-groups = { $count ->
    [one] { $count } grupo
   *[other] { $count } grupos
}
console-enroll-passkey = Inscrever uma { -passkey }
console-passkey = { -passkey }
console-notice-activation-outbox = Usuário criado. Nenhum servidor SMTP está configurado, então o e-mail de ativação para { $email } não foi enviado: foi gravado em { $folder }. O usuário fica pendente até ativar.
console-notice-activation-sent = Usuário criado. Um e-mail de ativação foi enviado para { $email }; o usuário fica pendente até ativar.
console-notice-created = Usuário criado. Use “Inscrever uma chave de acesso” para dar a ele uma forma de entrar.
console-notice-resent = O e-mail de inscrição foi reenviado com um novo link; o link anterior não funciona mais.
console-tab-profile = Perfil
console-tab-enrolments = Inscrições
console-tab-sessions = Sessões
console-username-is = Usuário { $username }
console-id-is = id { $id }
console-user-ldap = Esta pessoa vem do diretório LDAP: nome, usuário e e-mail são gerenciados e alterados lá; a próxima sincronização traz a alteração para cá. { -passkeys }, sessões e grupos deste realm funcionam como para qualquer um.
console-user-scim = Esta pessoa é provisionada por SCIM (veja { $provisioning }): nome, usuário, e-mails, id externo e status são gerenciados pelo diretório que a envia, e alterados lá. { -passkeys } e sessões funcionam como para qualquer um.
console-display-name = Nome de exibição
console-first-name = Nome
console-last-name = Sobrenome
console-directory-entry = Entrada do diretório
console-external-id = Id externo
console-suspend-confirm = Suspender { $name }? A pessoa não poderá mais entrar.
console-delete-user = Excluir usuário
console-delete-user-text = { $name } ({ $username }) será excluído com as { -passkeys }, sessões e inscrições pendentes. Isso não pode ser desfeito.
console-role-title = Função no console
console-role = Função
console-role-none = Nenhuma: sem acesso ao console
console-role-limited = Limitada aos membros de (nenhum marcado: todo o realm)
console-save-role = Salvar função
console-no-such-role = Esta função não existe.
console-role-helpdesk = Suporte
console-role-user-manager = Gerente de usuários
console-role-app-manager = Gerente de aplicativos
console-role-auditor = Auditor
console-role-admin = Administrador
console-no-sessions = { $name } não está conectado em lugar nenhum.
console-col-device = Dispositivo
console-col-signed-in = Entrou em
console-col-last-seen = Visto por último
console-session-revoke-confirm = Desconectar { $name } desta sessão?
console-no-jobs = Nenhuma inscrição foi enviada para { $name } ainda.
console-col-delivery = Entrega
console-col-key = Chave
console-col-actions = Ações
console-job-link = Link
console-job-code = Código de 9 caracteres
console-job-opened = Aberto
console-job-delivered = Entregue
console-job-complete = Concluído
console-job-failed = Falha no envio
console-resend = Reenviar
console-job-revoke-confirm = Revogar esta inscrição? O link ou código dela para de funcionar.
console-flagged = Sinalizada
console-passkey-synced = sincronizada
console-passkey-device-bound = vinculada ao dispositivo
console-device-any = Qualquer { -passkey }
console-device-smartphone = Smartphone
console-device-contactless-card = Cartão por aproximação
console-device-hardware-key = Chave de segurança física FIDO2
console-policy-verification-required = verificação exigida
console-policy-verification-preferred = verificação preferida
console-policy-offline = acesso offline
console-policy-no-bluetooth = sem Bluetooth
console-not-audited = Sem auditoria
console-not-audited-title = Um administrador desativou a auditoria desta chave
console-not-audited-hint = os acessos com ela não são registrados no log de auditoria
console-passkey-revoke-confirm = Revogar a { -passkey } “{ $name }”? Ela não servirá mais para entrar.
console-no-passkeys = Nenhuma { -passkey } ainda.
console-col-group = Grupo
console-in-no-group = Em nenhum grupo.
console-add-to-group = Adicionar ao grupo
console-add = Adicionar
console-user-all-events = Todos os eventos de { $name } no log de auditoria
console-enroll-title = Inscrever uma { -passkey } para { $name }
console-enroll-method = Escolha o método
console-enroll-by-email = Enviar um e-mail de inscrição
console-enroll-by-code = Gerar código de 9 caracteres
console-enroll-by-link = Link de acesso
console-enroll-no-email = Este usuário não tem endereço de e-mail: adicione um na aba Perfil primeiro.
console-email-template = Modelo de e-mail
console-default-template = Modelo padrão
console-enroll-send = Continuar e enviar e-mail
console-enroll-code-hint = Um código que o usuário digita em { $page } no dispositivo que vai guardar a { -passkey }. Funciona uma vez, por 60 segundos.
console-enroll-link-hint = Um link de acesso de uso único: o usuário entra com ele uma vez e adiciona uma { -passkey } na página da conta.
console-expiration = Validade
console-generate-link = Gerar link
console-link-choose-lifetime = Escolha por quanto tempo o link funciona.
console-enroll-email-sent = E-mail de inscrição enviado
console-enroll-email-sent-to = Um e-mail de inscrição foi enviado para { $to }.
console-enroll-works-until = O link nele funciona uma vez, até { $expires }.
console-enroll-then-enrolled = Quando a pessoa criar a { -passkey }, ela aparecerá como inscrita na lista de usuários.
console-code-title = Código de 9 caracteres
console-code-share = Compartilhe este código com { $name } por mensagem ou telefone.
console-code-where = A pessoa o digita em { $page } no dispositivo que vai guardar a { -passkey }.
console-code-expires-in = Expira em { $seconds } segundos.
console-code-expired = O código expirou.
console-code-warning = Nunca compartilhe o código com pessoas não autorizadas.
console-link-send = Envie este link para { $name }.
console-link-until = Ele permite entrar uma vez, até { $expires }, para adicionar uma { -passkey }.

## Novo usuário e ativação de cartões

console-wizard-info = Dados do usuário
console-wizard-key = Chave de segurança
console-wizard-confirm = Confirmar
console-wizard-not-added = O usuário não foi adicionado: veja os campos marcados abaixo.
console-wizard-email-hint = O e-mail de ativação vai para este endereço.
console-next = Avançar
console-back = Voltar
console-wizard-no-groups = Este realm ainda não tem grupos.
console-wizard-assign-key = Atribuir uma chave de segurança
console-wizard-key-device = Tipo de chave de segurança
console-wizard-card-name = Nome do cartão
console-wizard-card-name-placeholder = ex.: Crachá 1042
console-wizard-activation = Ativação
console-wizard-activate-admin = Ativar agora como administrador
console-wizard-activate-admin-hint = o cartão está aqui com você
console-wizard-activate-user = Ativação pelo usuário
console-wizard-activate-user-hint = um link de registro é enviado por e-mail
console-wizard-auditable = Auditável
console-wizard-auditable-hint = registrar os acessos desta chave no log de auditoria
console-wizard-bluetooth = Proximidade Bluetooth
console-wizard-bluetooth-hint = verificar se o celular está perto do computador
console-wizard-offline = Acesso offline
console-wizard-verification = Verificação
console-wizard-verification-required = Exigida (digital, rosto ou PIN em cada uso)
console-wizard-verification-preferred = Preferida
console-wizard-key-hint = O usuário ativa a chave pelo link de registro no e-mail de ativação.
console-wizard-no-key = Nenhuma
console-wizard-send-email = Enviar o e-mail de ativação
console-wizard-choose-device = Escolha um tipo de chave de segurança.
console-assign-card = Atribuir cartão por aproximação
console-card-for = Cartão { $card } para { $name }
console-card-step-reader = Verifique se o leitor de cartões (e o driver dele) está conectado a este computador.
console-card-step-assign = Clique em “Atribuir cartão por aproximação”. O Keybound mostra um PIN: defina-o no cartão quando o navegador pedir.
console-card-step-tap = Aproxime o cartão do leitor quando solicitado.
console-card-pin = PIN a definir no cartão:
console-card-set-pin = Defina o PIN acima no cartão quando o navegador pedir e depois aproxime o cartão…
console-card-assigned-emailed = O cartão foi atribuído. O PIN dele foi enviado por e-mail para {"{"}email{"}"}.
console-card-assigned = O cartão foi atribuído. O usuário não tem endereço de e-mail: informe o PIN a ele.
console-request-failed = A solicitação falhou
console-request-refused = Esta solicitação não veio deste console. Recarregue a página e tente de novo.
console-no-such-user = nenhum usuário “{ $username }” neste realm
console-skip-you = é você
console-skip-suspended = já suspenso
console-skip-not-suspended = não suspenso
console-skip-deleted = excluído nesse meio-tempo
console-bad-page = A página deve ser um número de página.
console-bad-status = O status deve ser ativo ou suspenso.
