# Keybound بالعربية: الصفحات التي يُنشئ فيها المستخدم مفتاح المرور ويسجّل الدخول ويدير حسابه.

-passkey = مفتاح المرور
-passkeys = مفاتيح المرور

## كل الصفحات

language-name = العربية
footer = Keybound
working = اتّبع التعليمات على جهازك…

## تسجيل الدخول

login-title = تسجيل الدخول
login-intro = استخدم { -passkey } على هذا الجهاز، أو هاتفًا قريبًا، أو مفتاح أمان.
login-confirm-title = تأكيد هويتك
login-confirm-intro = أنت مسجّل الدخول باسم { $name }. يطلب منك التطبيق تأكيد ذلك بأحد { -passkeys } الخاصة بك.
login-username = اسم المستخدم
login-choose = اختر { -passkey }
login-button = تسجيل الدخول باستخدام { -passkey }
login-done = تم تسجيل الدخول باسم { $name }.
login-lost = لا يمكنك الوصول إلى { -passkey }؟
login-new = جديد هنا؟
login-create-account = إنشاء حساب

## تسجيل الدخول عبر البريد الإلكتروني

email-login-title = تسجيل الدخول عبر البريد الإلكتروني
email-login-intro = أدخل عنوان البريد الإلكتروني لحسابك. سنرسل إليه رابطًا يسجّل دخولك مرة واحدة، لتتمكّن من إضافة { -passkey } جديد.
email-login-address = عنوان البريد الإلكتروني
email-login-button = أرسل لي رابطًا
email-login-failed = حدث خطأ ما ({ $status }).

## رابط تسجيل دخول لمرة واحدة

login-link-intro = يسجّل هذا الرابط دخولك مرة واحدة باسم { $name } ({ $username })، لتتمكّن من إضافة { -passkey } إلى حسابك. يعمل مرة واحدة، حتى { $expires }.

## إنشاء مفتاح مرور

bind-title = أنشئ { -passkey } الخاص بك
bind-for = للمستخدم { $name } ({ $username })
bind-intro = يتيح لك { -passkey } تسجيل الدخول بدون كلمة مرور.
bind-button = إنشاء { -passkey }
bind-done = { -passkey } جاهز. يمكنك الآن تسجيل الدخول به.
bind-no-phone = لا يستطيع هذا المتصفح استخدام هاتف لإنشاء { -passkey }. افتح هذا الرابط في Chrome أو Edge أو Safari على حاسوب مزوّد بالبلوتوث.

## تعليمات لكل نوع من الأجهزة

device-any = افتح هذه الصفحة على الجهاز الذي سيحفظ { -passkey } (هاتفك أو حاسوبك). سيطلب منك التأكيد ببصمة الإصبع أو الوجه أو رمز PIN أو قفل الشاشة، ويبقى المفتاح على الجهاز.
device-smartphone = افتح هذه الصفحة على حاسوب، وهاتفك قريب منه والبلوتوث مفعّل. عندما يسألك المتصفح أين يحفظ { -passkey }، اختر هاتفك («استخدام هاتف أو جهاز لوحي») وامسح رمز QR بكاميرا الهاتف؛ يبقى { -passkey } على الهاتف.
device-contactless-card = جهّز بطاقتك اللاتلامسية وقارئ البطاقات (NFC). عندما يطلب المتصفح ذلك، اختر مفتاح أمان وضع البطاقة على القارئ حتى تنتهي العملية؛ يبقى { -passkey } على البطاقة.
device-hardware-key = جهّز مفتاح الأمان FIDO2. عندما يطلب المتصفح ذلك، أدخل المفتاح (أو قرّبه من القارئ) والمسه عندما يومض؛ قد يُطلب منك رمز PIN الخاص به. يبقى { -passkey } على المفتاح.

## رمز التسجيل

enroll-page-title = أدخل الرمز
enroll-title = إعداد { -passkey }
enroll-intro = أدخل الرمز المكوّن من 9 أحرف الذي أعطاك إياه المسؤول. ستوضّح لك الخطوة التالية ما عليك فعله بالجهاز الذي سيحفظ { -passkey }: هذا الهاتف أو الحاسوب، أو هاتفك، أو مفتاح أمان، أو بطاقة. يعمل الرمز مرة واحدة ولمدة قصيرة فقط.
enroll-code = الرمز
enroll-continue = متابعة
enroll-done-signed-in = { -passkey } جاهز، وقد سجّلت الدخول على هذا الجهاز.
enroll-to-account = الانتقال إلى حسابك

## إنشاء حساب

signup-title = أنشئ حسابك
signup-intro = اختر اسم مستخدم، ثم أنشئ { -passkey } على هذا الجهاز: به ستسجّل الدخول. لا حاجة إلى كلمة مرور.
signup-given-name = الاسم الأول
signup-family-name = اسم العائلة
signup-email = البريد الإلكتروني
signup-button = إنشاء الحساب و{ -passkey }
signup-have-account = لديك حساب بالفعل؟
signup-done = مرحبًا بك يا { $name }. { -passkey } جاهز.

## الحساب

account-title = حسابك
account-console = الانتقال إلى لوحة الإدارة
account-signed-in-as = مسجّل الدخول باسم { $name }
account-passkeys = مفاتيح المرور
account-welcome = مرحبًا بك! ليس لديك { -passkey } بعد: أضف واحدًا الآن لتسجّل الدخول به من الآن فصاعدًا.
account-synced = متزامن
account-device-bound = مرتبط بالجهاز
account-created = أُنشئ في { $when }
account-last-used = آخر استخدام في { $when }
account-removed = محذوف
account-rename = إعادة تسمية
account-remove = إزالة
account-add = إضافة { -passkey }
account-sessions = الجلسات المفتوحة
account-since = منذ { $when }
account-this-browser = هذا المتصفح
account-sign-out = تسجيل الخروج
account-applications = التطبيقات
account-remove-access = إزالة الوصول
account-no-applications = لا يسجّل أي تطبيق دخولك بعد.
account-recent = عمليات تسجيل الدخول الأخيرة
account-signed-in = تم تسجيل الدخول
account-refused = مرفوض
account-no-signins = لا توجد عمليات تسجيل دخول بعد.
account-sign-out-everywhere = تسجيل الخروج من كل الأجهزة
account-rename-prompt = اسم جديد لهذا { -passkey }
account-remove-confirm = هل تريد إزالة { -passkey } هذا؟ لن تتمكّن من تسجيل الدخول به بعد الآن.
account-unlink-confirm = هل تريد إزالة وصول هذا التطبيق؟ سيتعيّن عليه أن يطلب إذنك مجددًا.
account-everywhere-confirm = هل تريد تسجيل الخروج من كل الأجهزة، بما فيها هذا الجهاز؟
account-language = اللغة
account-language-save = حفظ

## تطبيقات تطلب تسجيل دخولك

consent-page-title = السماح لـ { $app }؟
consent-title = هل تسمح لـ { $app } بتسجيل دخولك؟
consent-receives = أنت مسجّل الدخول باسم { $name }. سيتلقّى { $app }:
consent-withdraw = يمكنك سحب هذا الإذن في أي وقت من صفحة حسابك.
consent-allow = سماح
consent-cancel = إلغاء

## ربط جهاز (تلفاز، سطر أوامر)

device-page-title = ربط جهاز
device-confirm-title = هل تسمح لـ { $app } بتسجيل الدخول على جهازك؟
device-check-code = الرمز { $code }. لا تتابع إلا إذا كان هذا هو الرمز الذي يعرضه جهازك.
device-intro = أدخل الرمز الذي يعرضه جهازك (تلفاز أو سطر أوامر أو كشك).
device-deny = رفض

## تسجيل الخروج من التطبيقات

logout-page-title = تسجيل الخروج
logout-title = تسجيل الخروج؟
logout-intro = أنت مسجّل الدخول باسم { $name }. تسجيل الخروج هنا يخرجك من Keybound ومن التطبيقات التي سجّلت الدخول إليها به.
form-post-title = جارٍ تسجيل الدخول…

## إعداد المسؤول

setup-page-title = إعداد المسؤول
setup-title = مرحبًا بك أيها المسؤول
setup-intro = هذا الرابط لمرة واحدة مخصّص لـ { $name } ({ $username }). أنشئ { -passkey } على هذا الجهاز: به ستسجّل الدخول إلى لوحة Keybound من الآن فصاعدًا. يعمل الرابط مرة واحدة، حتى { $expires }.
setup-done = { -passkey } جاهز. جارٍ فتح لوحة الإدارة…

## الرسائل

title-link-invalid = الرابط غير صالح
title-link-gone = لم يعد الرابط صالحًا
title-suspended = الحساب معلّق
title-signup-unavailable = التسجيل غير متاح
title-something-wrong = حدث خطأ ما
title-signout-refused = تم رفض تسجيل الخروج
title-signed-out = تم تسجيل الخروج
text-signed-out = لقد سجّلت الخروج.
title-request-denied = تم رفض الطلب
text-device-denied = لم يتم تسجيل دخول الجهاز.
title-no-access = لا يوجد وصول
title-device-connected = تم ربط الجهاز
text-device-connected = لقد سمحت بتسجيل الدخول. عُد إلى جهازك: سيتابع من تلقاء نفسه.
device-unknown-code = لا يوجد جهاز ينتظر بهذا الرمز. تحقّق منه وحاول مرة أخرى، أو ابدأ من جديد على الجهاز.
text-link-spent = رابط تسجيل الدخول هذا مُستخدَم أو منتهي الصلاحية. اطلب رابطًا جديدًا من المسؤول.

## البريد الإلكتروني

email-name-enrollment = تسجيل مفتاح المرور (مدمج)
email-name-link = رابط تسجيل الدخول (مدمج)
email-name-one-time = وصول لمرة واحدة (مدمج)
email-name-pin = رمز PIN لمفتاح الأمان (مدمج)
email-subject-for = { $subject } - { $organization }
email-hello = مرحبًا { $name }،
email-enrollment-subject = أعدّ { -passkey } الخاص بك
email-enrollment-intro = تمت دعوتك لتسجيل الدخول باستخدام { -passkey }. { $instructions } ثم اتّبع الخطوات:
email-enrollment-button = إعداد { -passkey }
email-link-subject = رابط تسجيل الدخول
email-link-intro = هذا رابط لمرة واحدة لتسجيل الدخول وإضافة { -passkey } إلى حسابك:
email-link-button = تسجيل الدخول
email-one-time-subject = رابط تسجيل الدخول لمرة واحدة
email-one-time-intro = طلبت رابطًا لتسجيل الدخول بدون { -passkey }. إذا لم تكن أنت من طلبه، فتجاهل هذه الرسالة.
email-one-time-button = تسجيل الدخول مرة واحدة
email-pin-subject = رمز PIN لمفتاح الأمان
email-pin-intro = أعدّ المسؤول لك مفتاح الأمان { $key }. رمز PIN الخاص به، الذي يطلبه عند تسجيل الدخول، هو:
email-expires = يعمل مرة واحدة وتنتهي صلاحيته في { $date } (بعد { $duration }).
email-date = { $day }/{ $month }/{ $year }، الساعة { $time } ({ $zone })
duration-days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
duration-hours = { $count ->
    [zero] { $count } ساعة
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $count } ساعات
    [many] { $count } ساعة
   *[other] { $count } ساعة
}
duration-minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}

## حزمة JS SDK

sdk-not-a-link = هذا ليس رابط تسجيل من Keybound.
sdk-unsupported = لا يستطيع هذا المتصفح إنشاء مفاتيح المرور.
sdk-cancelled = أُلغي طلب مفتاح المرور أو انتهت مهلته. حاول مرة أخرى.
sdk-closed = أُغلق طلب مفتاح المرور قبل أن يكتمل. حاول مرة أخرى.
sdk-already-there = يحتوي هذا الجهاز بالفعل على مفتاح مرور لهذا الحساب.
sdk-wrong-site = عنوان هذه الصفحة لا يطابق الموقع الذي يخصّه مفتاح المرور. افتح الصفحة من عنوانها المعتاد وحاول مرة أخرى.
sdk-not-supported = لا يستطيع هذا الجهاز إنشاء هذا النوع من مفاتيح المرور. جرّب جهازًا آخر أو مفتاح أمان.
sdk-failed = لم يعمل مفتاح المرور
sdk-unreachable = تعذّر الوصول إلى Keybound
sdk-request-failed = فشل الطلب
sdk-no-passkeys = لا يستطيع هذا المتصفح استخدام مفاتيح المرور. استخدم إصدارًا حديثًا من Chrome أو Edge أو Safari أو Firefox، أو جهازًا آخر.

## Scopes

scope-openid = هويتك (معرّف لحسابك)
scope-profile = اسمك واسم المستخدم
scope-email = عنوان بريدك الإلكتروني
scope-groups = المجموعات التي تنتمي إليها
scope-offline-access = الوصول أثناء غيابك

## Devices

device-browser-on-system = { $browser } على { $system }
device-a-browser-on = متصفح على { $system }
device-unknown = متصفح غير معروف

## ما الذي حدث خطأ، كما يُقال للشخص

title-page-not-found = الصفحة غير موجودة
text-page-not-found = لا توجد صفحة على هذا العنوان. تحقّق من الرابط أو ابدأ من جديد من الصفحة الرئيسية.
error-passkey-not-accepted = { -passkey } هذا غير مقبول هنا. استخدم مفتاحًا آخر أو اسأل المسؤول.
error-passkey-removed = لم يعد { -passkey } هذا يعمل هنا: لقد أُزيل. سجّل الدخول بمفتاح مرور آخر أو اطلب من المسؤول تسجيلًا جديدًا.
error-signin-expired = انتهت صلاحية محاولة تسجيل الدخول هذه أو استُخدمت من قبل. ابدأ من جديد.
error-passkey-unverified = تعذّر التحقق من { -passkey }: { $reason }
error-passkey-must-verify = يجب أن يتحقق { -passkey } هذا من هويتك (بصمة أو وجه أو رقم PIN) في كل مرة. حاول مرة أخرى وأكمل التحقق.
error-passkey-turned-off = عُطّل { -passkey } هذا. استخدم مفتاحًا آخر أو اسأل المسؤول.
error-bad-code = هذا الرمز لا يعمل. تحقّق منه أو اطلب رمزًا جديدًا من المسؤول.
error-link-invalid = هذا الرابط غير صالح. تأكّد من نسخه كاملًا.
error-too-many-codes = رموز خاطئة كثيرة جدًا من شبكتك. انتظر عشر دقائق وحاول مرة أخرى.
error-attempt-expired = انتهت صلاحية هذه المحاولة أو استُخدمت من قبل. ابدأ من جديد.
error-link-complete = استُخدم هذا الرابط بالفعل لإنشاء { -passkey }.
error-link-expired = انتهت صلاحية هذا الرابط. اطلب رابطًا جديدًا.
error-link-revoked = أُبطل هذا الرابط. اطلب رابطًا جديدًا.
error-link-undelivered = تعذّر تسليم هذه الدعوة. اطلب دعوة جديدة.
error-email-signin-off = تسجيل الدخول عبر البريد الإلكتروني غير متاح هنا.
error-too-many-requests = طلبات كثيرة جدًا. انتظر خمس عشرة دقيقة وحاول مرة أخرى.
error-admin-link-spent = رابط المسؤول هذا مُستخدَم أو منتهي الصلاحية. شغّل `keybound admin link` للحصول على رابط جديد.
error-signup-link-spent = رابط التسجيل هذا مُستنفَد أو منتهي الصلاحية أو مُبطَل. اطلب رابطًا جديدًا.
error-signup-off = التسجيل معطّل هنا. اطلب حسابًا من المسؤول.
error-signup-needs-link = يتطلب التسجيل هنا رابط دعوة. اطلبه من المسؤول.
error-username-taken = اسم المستخدم هذا مأخوذ. اختر اسمًا آخر.
error-last-passkey = هذا آخر { -passkey } لديك: بدونه لن تتمكن من تسجيل الدخول مجددًا. أكّد لإزالته على أي حال.
error-suspended = هذا الحساب موقوف. تواصل مع المسؤول.
error-signed-out = لم تسجّل الدخول.
error-no-app-access = ليس لحسابك وصول إلى هذا التطبيق. اسأل المسؤول إن كنت تحتاج إليه.
error-model-denied = { $name } ({ $model }) غير مسموح به في هذه المؤسسة. استخدم مدير مفاتيح مرور آخر أو مفتاح أمان آخر.
error-unnamed-model-denied = هذا المصادِق ({ $model }) غير مسموح به في هذه المؤسسة. استخدم مدير مفاتيح مرور آخر أو مفتاح أمان آخر.
error-synced-not-allowed = سيكون هذا { -passkey } متزامنًا (ينسخه مدير المفاتيح إلى أجهزتك الأخرى)، ولا تسمح هذه المؤسسة إلا بمفاتيح المرور التي تبقى على جهاز واحد. استخدم مفتاح أمان أو جهازًا يحتفظ بمفاتيح المرور لديه.
error-not-built-in-smartphone = يلزم هنا هاتف ذكي، لا المصادِق المدمج في الجهاز. استخدم الجهاز الصحيح وحاول مرة أخرى.
error-not-built-in-card = تلزم هنا بطاقة لا تلامسية، لا المصادِق المدمج في الجهاز. استخدم البطاقة الصحيحة وحاول مرة أخرى.
error-not-built-in-key = يلزم هنا مفتاح أمان مادي FIDO2، لا المصادِق المدمج في الجهاز. استخدم المفتاح الصحيح وحاول مرة أخرى.
error-needs-phone = يلزم هنا هاتف ذكي متصل عبر البلوتوث (خيار الهاتف في نافذة المتصفح). حاول مرة أخرى بهاتفك.
error-no-bluetooth = التقارب عبر البلوتوث معطّل لهذا المفتاح: وصّل الهاتف بطريقة أخرى (USB) وحاول مرة أخرى.
error-needs-card = تلزم هنا بطاقة لا تلامسية تُلمس بها القارئ (NFC). حاول مرة أخرى بالبطاقة.
error-needs-key = يلزم هنا مفتاح أمان FIDO2 ‏(USB أو NFC أو بلوتوث). حاول مرة أخرى بالمفتاح.
error-no-attestation = لم يقدّم مفتاح الأمان هذا أي إثبات، وهذه المؤسسة تشترطه. استخدم مفتاحًا معتمدًا.
error-model-not-approved = طراز مفتاح الأمان هذا ({ $model }) ليس في القائمة المعتمدة. استخدم مفتاحًا معتمدًا.
error-self-attestation = وقّع مفتاح الأمان هذا إثباته بنفسه، وهذا لا يثبت شيئًا عن طرازه. استخدم مفتاحًا معتمدًا يصادق عليه مصنّعه.
error-attestation-untraceable = لا يمكن تتبّع إثبات مفتاح الأمان هذا ({ $format }) إلى مصنّعه. استخدم مفتاحًا معتمدًا.
error-model-not-in-metadata = طراز مفتاح الأمان هذا ({ $model }) ليس في بيانات FIDO الوصفية التي تثق بها هذه المؤسسة. استخدم مفتاحًا معتمدًا.
error-mds-revoked = لم يعد ممكنًا استخدام { $model }: أُلغيت شهادة مصنّعه. استخدم مفتاح أمان آخر.
error-mds-attestation-compromised = لم يعد ممكنًا استخدام { $model }: اختُرق مفتاح الإثبات الخاص به. استخدم مفتاح أمان آخر.
error-mds-keys-extractable = لم يعد ممكنًا استخدام { $model }: يمكن استخراج المفاتيح التي يحملها. استخدم مفتاح أمان آخر.
error-mds-verification-bypass = لم يعد ممكنًا استخدام { $model }: يمكن تجاوز التحقق من المستخدم فيه. استخدم مفتاح أمان آخر.
error-not-genuine = شهادة إثبات مفتاح الأمان هذا ليست من الشهادات التي يذكرها مصنّعه ({ $maker }). استخدم مفتاحًا أصليًا.
oidc-title-unknown-app = تطبيق غير معروف
oidc-title-refused = رُفض طلب تسجيل الدخول
oidc-title-expired = انتهت صلاحية طلب تسجيل الدخول
oidc-unknown-app = التطبيق الذي أرسلك إلى هنا غير مسجّل في خدمة تسجيل الدخول هذه.
oidc-bad-redirect = طلب التطبيق إرسالك إلى عنوان لم يسجّله، لذا لم تُرسَل إليه.
oidc-request-gone = انتهت صلاحية طلب تسجيل الدخول هذا أو اكتمل بالفعل. عُد إلى التطبيق وابدأ من جديد.
oidc-request-used = انتهت صلاحية طلب تسجيل الدخول هذا أو استُخدم بالفعل. عُد إلى التطبيق وابدأ من جديد.
oidc-par-required = يرسل هذا التطبيق طلبات تسجيل الدخول مسبقًا (طلبات التفويض المدفوعة)؛ وقد وصل هذا الطلب مباشرة، لذا رُفض.
oidc-no-redirect = لم يحدد التطبيق إلى أين يُعيدك (redirect_uri).
