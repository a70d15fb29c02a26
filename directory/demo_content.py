"""Demo content for Erfaringsportalen's directory of local actors.

Pure data: a loader elsewhere turns these structures into database rows.
Nothing here imports Django or the project; only the standard library is used.

Contact details are deliberately unreachable:
* e-mail addresses always use the domain example.org (reserved by RFC 2606),
* websites are always https://<something>.example.org/...,
* phone numbers have the form "+45 00 00 XX XX". Danish subscriber numbers are
  eight digits and never start with 0, so a number starting "00" cannot belong
  to anybody.

All actors (associations, companies, schools, named teams) are fictional, even
where they are placed in real municipalities, real postcodes and real streets.
"""

import datetime

SECTORS = ["library", "job_centre", "citizen_service", "language_school", "education", "health",
           "housing", "association", "employer", "culture", "other"]

TARGET_GROUPS = ["workers", "partners", "families", "students", "refugees"]

LANGUAGES = [
    ("da", "Dansk"),
    ("en", "English"),
    ("uk", "Українська"),
    ("ar", "العربية"),
    ("pl", "Polski"),
    ("de", "Deutsch"),
    ("ro", "Română"),
    ("lt", "Lietuvių"),
    ("lv", "Latviešu"),
    ("bg", "Български"),
    ("so", "Soomaali"),
    ("ti", "ትግርኛ"),
    ("fa", "فارسی"),
    ("prs", "دری"),
    ("ps", "پښتو"),
    ("ku", "Kurdî"),
    ("tr", "Türkçe"),
    ("ur", "اردو"),
    ("es", "Español"),
    ("fr", "Français"),
    ("it", "Italiano"),
    ("pt", "Português"),
    ("ru", "Русский"),
    ("hu", "Magyar"),
    ("vi", "Tiếng Việt"),
    ("tl", "Tagalog"),
    ("zh", "中文"),
    ("hi", "हिन्दी"),
    ("ta", "தமிழ்"),
    ("ne", "नेपाली"),
]

FEATURED_MUNICIPALITIES = ["101", "147", "265", "316", "461", "530", "540", "561", "630", "657", "751", "791", "851"]
# (København, Frederiksberg, Roskilde, Holbæk, Odense, Billund, Sønderborg, Esbjerg, Vejle, Herning, Aarhus, Viborg, Aalborg)

MUNICIPALITY_INTRO = {
    "da": (
        "Her finder du de steder i {name} ({region}), hvor du som ny borger kan få hjælp, møde andre "
        "og lære dansk. Biblioteket, jobcentret, borgerservice, sprogcentret og de lokale foreninger "
        "arbejder sammen om at tage godt imod dig – uanset om du er flyttet hertil for at arbejde, er "
        "fulgt med din partner, skal studere eller har søgt beskyttelse. Oplysningerne bliver løbende "
        "tjekket af bibliotekets koordinator for nytilkomne, og du er altid velkommen til at kontakte "
        "os, hvis du ikke kan finde det, du leder efter."
    ),
    "en": (
        "Here you will find the places in {name} ({region}) where you, as a new resident, can get help, "
        "meet people and learn Danish. The library, the job centre, citizen service, the language school "
        "and local associations work together to give you a good welcome – whether you moved here to "
        "work, came with your partner, are here to study or have sought protection. The information is "
        "checked regularly by the library's newcomer coordinator, and you are always welcome to contact "
        "us if you cannot find what you are looking for."
    ),
    "uk": (
        "Тут ви знайдете місця в муніципалітеті {name} ({region}), де нові мешканці можуть отримати "
        "допомогу, познайомитися з людьми та вивчати данську мову. Бібліотека, центр зайнятості, "
        "громадський сервіс, мовна школа й місцеві об’єднання працюють разом, щоб гідно вас прийняти, — "
        "незалежно від того, чи ви переїхали сюди працювати, приїхали разом із партнером, навчаєтеся чи "
        "шукаєте захисту. Інформацію регулярно перевіряє координатор бібліотеки для новоприбулих, і ви "
        "завжди можете звернутися до нас, якщо не знайшли того, що шукаєте."
    ),
    "ar": (
        "تجد هنا الأماكن في بلدية {name} ({region}) التي يمكنك فيها، بصفتك ساكنًا جديدًا، الحصول على "
        "المساعدة والتعرف على الناس وتعلّم اللغة الدنماركية. تتعاون المكتبة ومركز العمل وخدمة المواطنين "
        "ومدرسة اللغة والجمعيات المحلية لاستقبالك استقبالًا حسنًا، سواء انتقلت إلى هنا للعمل أو جئت مع "
        "شريك حياتك أو للدراسة أو طلبًا للحماية. يراجع منسق القادمين الجدد في المكتبة هذه المعلومات "
        "بانتظام، ويسعدنا دائمًا أن تتواصل معنا إذا لم تجد ما تبحث عنه."
    ),
    "pl": (
        "Tutaj znajdziesz miejsca w gminie {name} ({region}), w których jako nowy mieszkaniec możesz "
        "uzyskać pomoc, poznać ludzi i uczyć się duńskiego. Biblioteka, urząd pracy, biuro obsługi "
        "mieszkańców, szkoła językowa i lokalne stowarzyszenia współpracują, aby dobrze Cię przyjąć — "
        "niezależnie od tego, czy przyjeżdżasz tu do pracy, razem z partnerem, na studia, czy w "
        "poszukiwaniu ochrony. Informacje są regularnie sprawdzane przez koordynatora biblioteki ds. nowo "
        "przybyłych, a jeśli nie znajdziesz tego, czego szukasz, zawsze możesz się z nami skontaktować."
    ),
}

COORDINATOR_TITLE = {
    "da": "Koordinator for nytilkomne, biblioteket",
    "en": "Newcomer coordinator, public library",
    "uk": "Координатор для новоприбулих, бібліотека",
    "ar": "منسق شؤون القادمين الجدد، المكتبة",
    "pl": "Koordynator ds. nowo przybyłych, biblioteka",
}

# ---------------------------------------------------------------------------
# Opening hours: compact specs rendered into each language.
# "mon-fri 8-22; sat-sun 10-16"; times may be "8.30"; "appt" = "and by appointment".
# ---------------------------------------------------------------------------

_DAY_ORDER = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_DAY_NAMES = {
    "da": ["man", "tirs", "ons", "tors", "fre", "lør", "søn"],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "uk": ["пн", "вт", "ср", "чт", "пт", "сб", "нд"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
    "pl": ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."],
}
_APPT = {
    "da": "og efter aftale",
    "en": "and by appointment",
    "uk": "та за попереднім записом",
    "ar": "وبموعد مسبق",
    "pl": "oraz po wcześniejszym umówieniu",
}


def _parse_time(text):
    if "." in text:
        h, m = text.split(".")
        return int(h), int(m)
    return int(text), 0


def _fmt_time(lang, h, m):
    if lang == "da":
        return "%d" % h if not m else "%d.%02d" % (h, m)
    if lang == "en":
        suffix = "am" if h < 12 else "pm"
        hh = h if h <= 12 else h - 12
        return ("%d%s" % (hh, suffix)) if not m else ("%d:%02d%s" % (hh, m, suffix))
    return "%d:%02d" % (h, m)


def _fmt_days(lang, days):
    names = _DAY_NAMES[lang]
    if "-" in days:
        a, b = days.split("-")
        first, last = names[_DAY_ORDER.index(a)], names[_DAY_ORDER.index(b)]
        if lang == "ar":
            return "من %s إلى %s" % (first, last)
        return "%s–%s" % (first, last)
    return names[_DAY_ORDER.index(days)]


def _render_hours(spec, langs):
    out = {}
    for lang in langs:
        parts = []
        appt = False
        for seg in [s.strip() for s in spec.split(";")]:
            if seg == "appt":
                appt = True
                continue
            days, times = seg.split(" ")
            t1, t2 = times.split("-")
            open_, close = _parse_time(t1), _parse_time(t2)
            parts.append("%s %s–%s" % (_fmt_days(lang, days), _fmt_time(lang, *open_), _fmt_time(lang, *close)))
        sep = "، " if lang == "ar" else ", "
        text = sep.join(parts)
        if appt:
            text = text + " " + _APPT[lang] if lang != "ar" else text + " " + _APPT[lang]
        if lang != "ar":
            text = text[0].upper() + text[1:]
        out[lang] = text
    return out


# ---------------------------------------------------------------------------
# Five-language texts for the library and citizen service actors that are
# shown in Ukrainian, Arabic and Polish as well.
# ---------------------------------------------------------------------------

ML_LANGS = ["da", "en", "uk", "ar", "pl"]

_ML_LIBRARY_DESC = [
    {
        "da": ["{name} er et gratis og åbent sted for alle, der er nye i {town}. Du kan låne bøger på mange sprog, "
               "bruge computere og printer og få hjælp af bibliotekarer, der er vant til at guide nytilkomne.",
               "Vi hjælper dig med MitID, Digital Post og borger.dk, og hver uge mødes frivillige og nye borgere i "
               "vores sprogcafé for at øve dansk i en afslappet stemning."],
        "en": ["{name} is a free, open place for everyone who is new to {town}. You can borrow books in many "
               "languages, use computers and printers and get help from librarians who are used to guiding newcomers.",
               "We help you with MitID, Digital Post and borger.dk, and every week volunteers and new residents meet "
               "in our language café to practise Danish in a relaxed atmosphere."],
        "uk": ["{name} — безкоштовне й відкрите місце для всіх, хто нещодавно приїхав до міста {town}. Тут можна "
               "брати книжки багатьма мовами, користуватися комп’ютерами й принтером та отримати допомогу від "
               "бібліотекарів, які мають досвід роботи з новоприбулими.",
               "Ми допоможемо вам із MitID, Digital Post та borger.dk, а щотижня волонтери й нові мешканці "
               "зустрічаються в нашому мовному кафе, щоб у невимушеній атмосфері практикувати данську."],
        "ar": ["{name} مكان مجاني ومفتوح لكل القادمين الجدد إلى {town}. يمكنك استعارة الكتب بلغات عديدة، واستخدام "
               "الحواسيب والطابعة، والحصول على مساعدة من أمناء مكتبة اعتادوا على إرشاد القادمين الجدد.",
               "نساعدك في استخدام MitID وDigital Post وموقع borger.dk، وكل أسبوع يلتقي المتطوعون والسكان الجدد في "
               "مقهى اللغة لدينا لممارسة اللغة الدنماركية في أجواء مريحة."],
        "pl": ["{name} to bezpłatne i otwarte miejsce dla wszystkich, którzy niedawno przyjechali do miasta {town}. "
               "Możesz wypożyczać książki w wielu językach, korzystać z komputerów i drukarki oraz uzyskać pomoc "
               "bibliotekarzy, którzy na co dzień wspierają nowo przybyłych.",
               "Pomożemy Ci z MitID, Digital Post i borger.dk, a co tydzień wolontariusze i nowi mieszkańcy spotykają "
               "się w naszej kawiarni językowej, aby w swobodnej atmosferze ćwiczyć duński."],
    },
    {
        "da": ["{name} er meget mere end bøger. Her kan hele familien komme forbi, læse aviser fra hjemlandet, låne "
               "børnebøger på dansk og modersmål og møde andre, der også er nye i {town}.",
               "Vores koordinator for nytilkomne holder åben rådgivning hver uge og kan vise vej til jobcenter, "
               "sprogcenter og foreninger. Om lørdagen er der læsestund for børn på flere sprog."],
        "en": ["{name} is much more than books. The whole family can drop in, read newspapers from home, borrow "
               "children's books in Danish and in their mother tongue, and meet others who are also new to {town}.",
               "Our newcomer coordinator holds open office hours every week and can point you to the job centre, "
               "the language school and local associations. On Saturdays there is story time for children in "
               "several languages."],
        "uk": ["{name} — це набагато більше, ніж книжки. Сюди може прийти вся родина: почитати газети з рідної "
               "країни, взяти дитячі книжки данською та рідною мовою й познайомитися з іншими, хто теж нещодавно "
               "переїхав до міста {town}.",
               "Наш координатор для новоприбулих щотижня проводить відкриті консультації й підкаже, як знайти центр "
               "зайнятості, мовну школу та місцеві об’єднання. По суботах для дітей проходять читання кількома мовами."],
        "ar": ["{name} أكثر بكثير من مجرد كتب. يمكن للعائلة بأكملها أن تأتي لقراءة صحف من بلدها الأم، واستعارة كتب "
               "الأطفال بالدنماركية وباللغة الأم، والتعرف على آخرين وصلوا حديثًا إلى {town} أيضًا.",
               "يستقبل منسق القادمين الجدد لدينا الأسئلة كل أسبوع، ويمكنه إرشادك إلى مركز العمل ومدرسة اللغة "
               "والجمعيات المحلية. وفي أيام السبت نقدم جلسات قراءة للأطفال بعدة لغات."],
        "pl": ["{name} to dużo więcej niż książki. Może tu przyjść cała rodzina: poczytać gazety z kraju pochodzenia, "
               "wypożyczyć książki dla dzieci po duńsku i w języku ojczystym oraz poznać innych, którzy również "
               "niedawno zamieszkali w mieście {town}.",
               "Nasz koordynator ds. nowo przybyłych co tydzień prowadzi otwarte konsultacje i wskaże drogę do urzędu "
               "pracy, szkoły językowej i lokalnych stowarzyszeń. W soboty odbywają się głośne czytania dla dzieci "
               "w kilku językach."],
    },
]

_ML_CITIZEN_DESC = [
    {
        "da": ["{name} er stedet, hvor du får styr på det praktiske, når du flytter til {town}: CPR-nummer, "
               "sundhedskort, valg af læge og NemKonto. Tag pas, opholdsdokument og lejekontrakt med, når du kommer.",
               "Vi hjælper dig med at forstå breve fra det offentlige, og du kan få en tolk, hvis du har brug for det. "
               "Book gerne tid på forhånd, så undgår du ventetid."],
        "en": ["{name} is where you sort out the practical things when you move to {town}: CPR number, health "
               "insurance card, choice of doctor and NemKonto. Bring your passport, residence document and rental "
               "contract when you come.",
               "We help you understand letters from public authorities, and you can have an interpreter if you need "
               "one. Please book an appointment in advance to avoid waiting."],
        "uk": ["{name} — місце, де ви владнаєте практичні справи після переїзду до міста {town}: номер CPR, картка "
               "медичного страхування, вибір лікаря та NemKonto. Візьміть із собою паспорт, документ про право на "
               "проживання та договір оренди.",
               "Ми допоможемо вам зрозуміти листи від державних установ, а за потреби можна отримати перекладача. "
               "Радимо записатися на прийом заздалегідь, щоб не чекати в черзі."],
        "ar": ["{name} هو المكان الذي تنجز فيه الأمور العملية عند انتقالك إلى {town}: رقم CPR، وبطاقة التأمين الصحي، "
               "واختيار الطبيب، وحساب NemKonto. أحضر معك جواز السفر ووثيقة الإقامة وعقد الإيجار عند زيارتك.",
               "نساعدك على فهم الرسائل الواردة من الجهات الرسمية، ويمكنك طلب مترجم إذا احتجت إلى ذلك. ننصحك بحجز "
               "موعد مسبقًا لتجنب الانتظار."],
        "pl": ["{name} to miejsce, w którym załatwisz sprawy praktyczne po przeprowadzce do miasta {town}: numer CPR, "
               "kartę ubezpieczenia zdrowotnego, wybór lekarza i NemKonto. Zabierz ze sobą paszport, dokument "
               "pobytowy i umowę najmu.",
               "Pomożemy Ci zrozumieć pisma z urzędów, a w razie potrzeby możesz poprosić o tłumacza. Warto wcześniej "
               "zarezerwować wizytę, aby uniknąć czekania."],
    },
    {
        "da": ["Hos {name} møder du medarbejdere, der kender reglerne for både EU-borgere, familiesammenførte og "
               "flygtninge. Vi tager imod dig i {town} med hjælp til registrering, pas, kørekort og ansøgning om "
               "børne- og ungeydelse.",
               "Har du svært ved de digitale løsninger, sætter vi os sammen med dig ved skærmen. Mandag eftermiddag "
               "har vi ekstra tid til nytilkomne uden tidsbestilling."],
        "en": ["At {name} you meet staff who know the rules for EU citizens, family-reunified residents and refugees "
               "alike. We welcome you to {town} with help with registration, passports, driving licences and "
               "applying for child benefit.",
               "If you find the digital self-service difficult, we sit down with you at the screen. On Monday "
               "afternoons we set aside extra time for newcomers without an appointment."],
        "uk": ["Співробітники установи «{name}» знають правила для громадян ЄС, для людей, які приїхали через "
               "возз’єднання сім’ї, і для біженців. Ми допоможемо вам у місті {town} з реєстрацією, паспортом, "
               "водійським посвідченням і заявою на допомогу на дітей.",
               "Якщо вам складно користуватися цифровими сервісами, ми сядемо поруч і зробимо все разом. У понеділок "
               "після обіду ми приділяємо додатковий час новоприбулим без попереднього запису."],
        "ar": ["يعرف موظفو {name} القواعد الخاصة بمواطني الاتحاد الأوروبي والقادمين عبر لمّ الشمل واللاجئين على حد "
               "سواء. نستقبلك في {town} ونساعدك في التسجيل وجواز السفر ورخصة القيادة وطلب إعانة الأطفال.",
               "إذا وجدت صعوبة في استخدام الخدمات الرقمية، نجلس معك أمام الشاشة ونقوم بالخطوات معًا. وفي أيام الاثنين "
               "بعد الظهر نخصص وقتًا إضافيًا للقادمين الجدد دون موعد مسبق."],
        "pl": ["Pracownicy placówki „{name}” znają przepisy dotyczące obywateli UE, osób przybyłych w ramach łączenia "
               "rodzin oraz uchodźców. W mieście {town} pomożemy Ci z rejestracją, paszportem, prawem jazdy i "
               "wnioskiem o zasiłek na dzieci.",
               "Jeśli korzystanie z usług cyfrowych sprawia Ci trudność, usiądziemy razem przy ekranie. W poniedziałkowe "
               "popołudnia mamy dodatkowy czas dla nowo przybyłych bez wcześniejszej rezerwacji."],
    },
]

_ML_LIBRARY_SERVICES = [
    ({"da": "Sprogcafé hver tirsdag", "en": "Language café every Tuesday", "uk": "Мовне кафе щовівторка",
      "ar": "مقهى اللغة كل يوم ثلاثاء", "pl": "Kawiarnia językowa w każdy wtorek"},
     {"da": "Øv dansk med frivillige over en kop kaffe. Alle niveauer er velkomne, og det kræver ingen tilmelding.",
      "en": "Practise Danish with volunteers over a cup of coffee. All levels are welcome, and no registration is needed.",
      "uk": "Практикуйте данську з волонтерами за чашкою кави. Запрошуємо учасників із будь-яким рівнем мови, "
            "реєстрація не потрібна.",
      "ar": "تدرّب على اللغة الدنماركية مع متطوعين على فنجان قهوة. الجميع مرحب بهم مهما كان مستواهم، ولا حاجة إلى التسجيل.",
      "pl": "Ćwicz duński z wolontariuszami przy filiżance kawy. Zapraszamy osoby na każdym poziomie, zapisy nie są potrzebne."}),
    ({"da": "Hjælp til MitID og Digital Post", "en": "Help with MitID and Digital Post",
      "uk": "Допомога з MitID та Digital Post", "ar": "المساعدة في MitID وDigital Post", "pl": "Pomoc z MitID i Digital Post"},
     {"da": "Vi viser dig, hvordan du får MitID, læser Digital Post og finder rundt på borger.dk. Tag pas og mobiltelefon med.",
      "en": "We show you how to get MitID, read your Digital Post and find your way around borger.dk. Bring your "
            "passport and mobile phone.",
      "uk": "Ми покажемо, як отримати MitID, читати листи в Digital Post і користуватися сайтом borger.dk. Візьміть "
            "із собою паспорт і мобільний телефон.",
      "ar": "نشرح لك كيفية الحصول على MitID وقراءة رسائل Digital Post واستخدام موقع borger.dk. أحضر جواز سفرك وهاتفك المحمول.",
      "pl": "Pokażemy Ci, jak uzyskać MitID, czytać Digital Post i poruszać się po stronie borger.dk. Zabierz ze sobą "
            "paszport i telefon komórkowy."}),
    ({"da": "Læsestund for børn på flere sprog", "en": "Story time for children in several languages",
      "uk": "Читання для дітей кількома мовами", "ar": "قراءة القصص للأطفال بعدة لغات",
      "pl": "Czytanie dla dzieci w kilku językach"},
     {"da": "Hver lørdag læser vi højt for børn mellem 3 og 8 år på dansk og et andet sprog. Forældre er velkomne til at blive.",
      "en": "Every Saturday we read aloud to children aged 3 to 8 in Danish and another language. Parents are welcome to stay.",
      "uk": "Щосуботи ми читаємо вголос дітям віком від 3 до 8 років данською та ще однією мовою. Батьки можуть "
            "залишитися з дітьми.",
      "ar": "كل يوم سبت نقرأ القصص بصوت عالٍ للأطفال من عمر 3 إلى 8 سنوات بالدنماركية وبلغة أخرى. ويمكن للوالدين البقاء مع أطفالهم.",
      "pl": "W każdą sobotę czytamy na głos dzieciom w wieku od 3 do 8 lat po duńsku i w innym języku. Rodzice mogą "
            "zostać razem z dziećmi."}),
    ({"da": "Jobcafé med CV-hjælp", "en": "Job café with CV help",
      "uk": "Кафе пошуку роботи з допомогою щодо резюме", "ar": "مقهى الوظائف والمساعدة في كتابة السيرة الذاتية",
      "pl": "Kawiarnia zawodowa z pomocą przy CV"},
     {"da": "Frivillige og en konsulent fra jobcentret hjælper dig med et dansk CV og en god ansøgning.",
      "en": "Volunteers and a consultant from the job centre help you write a Danish-style CV and a strong application.",
      "uk": "Волонтери та консультант із центру зайнятості допоможуть вам скласти резюме за данськими стандартами "
            "й написати переконливий мотиваційний лист.",
      "ar": "يساعدك متطوعون ومستشار من مركز العمل في إعداد سيرة ذاتية وفق الأسلوب الدنماركي وكتابة طلب توظيف جيد.",
      "pl": "Wolontariusze i doradca z urzędu pracy pomogą Ci przygotować CV w duńskim stylu i dobry list motywacyjny."}),
]

_ML_CITIZEN_SERVICES = [
    ({"da": "Tilflytning og CPR-nummer", "en": "Registering your address and CPR number",
      "uk": "Реєстрація адреси та номер CPR", "ar": "تسجيل العنوان ورقم CPR", "pl": "Zameldowanie i numer CPR"},
     {"da": "Vi registrerer din adresse og udsteder CPR-nummer og sundhedskort. Tag pas, opholdsdokument og lejekontrakt med.",
      "en": "We register your address and issue your CPR number and health insurance card. Bring your passport, "
            "residence document and rental contract.",
      "uk": "Ми зареєструємо вашу адресу та видамо номер CPR і картку медичного страхування. Візьміть паспорт, "
            "документ про право на проживання та договір оренди.",
      "ar": "نسجل عنوانك ونصدر لك رقم CPR وبطاقة التأمين الصحي. أحضر جواز السفر ووثيقة الإقامة وعقد الإيجار.",
      "pl": "Zarejestrujemy Twój adres i wydamy numer CPR oraz kartę ubezpieczenia zdrowotnego. Zabierz paszport, "
            "dokument pobytowy i umowę najmu."}),
    ({"da": "Hjælp til at få MitID", "en": "Help getting MitID", "uk": "Допомога в отриманні MitID",
      "ar": "المساعدة في الحصول على MitID", "pl": "Pomoc w uzyskaniu MitID"},
     {"da": "Har du ikke et dansk pas, kan du få MitID hos os. Vi kontrollerer din identitet og hjælper dig med at aktivere appen.",
      "en": "If you do not have a Danish passport, you can get MitID from us. We check your identity and help you "
            "activate the app.",
      "uk": "Якщо у вас немає данського паспорта, ви можете отримати MitID у нас. Ми перевіримо вашу особу й "
            "допоможемо активувати застосунок.",
      "ar": "إذا لم يكن لديك جواز سفر دنماركي، يمكنك الحصول على MitID لدينا. نتحقق من هويتك ونساعدك في تفعيل التطبيق.",
      "pl": "Jeśli nie masz duńskiego paszportu, możesz uzyskać MitID u nas. Sprawdzimy Twoją tożsamość i pomożemy "
            "aktywować aplikację."}),
    ({"da": "Tolk ved dit møde", "en": "An interpreter at your appointment", "uk": "Перекладач на вашій зустрічі",
      "ar": "مترجم في موعدك", "pl": "Tłumacz podczas wizyty"},
     {"da": "Sig til, når du bestiller tid, så sørger vi for en tolk – fremmødt, på video eller telefon.",
      "en": "Let us know when you book, and we will arrange an interpreter – in person, by video or by phone.",
      "uk": "Повідомте нам під час запису, і ми забезпечимо перекладача — особисто, через відеозв’язок або телефоном.",
      "ar": "أخبرنا عند حجز الموعد، وسنوفر لك مترجمًا حاضرًا أو عبر الفيديو أو الهاتف.",
      "pl": "Daj nam znać przy rezerwacji wizyty, a zapewnimy tłumacza — na miejscu, przez wideo lub telefonicznie."}),
    ({"da": "Ombytning af udenlandsk kørekort", "en": "Exchanging a foreign driving licence",
      "uk": "Обмін іноземного посвідчення водія", "ar": "استبدال رخصة القيادة الأجنبية",
      "pl": "Wymiana zagranicznego prawa jazdy"},
     {"da": "Vi fortæller dig, om dit kørekort kan byttes direkte til et dansk, og hjælper med ansøgningen.",
      "en": "We tell you whether your licence can be exchanged directly for a Danish one and help you with the application.",
      "uk": "Ми підкажемо, чи можна обміняти ваше посвідчення на данське без іспитів, і допоможемо з заявою.",
      "ar": "نخبرك ما إذا كان يمكن استبدال رخصتك مباشرة برخصة دنماركية، ونساعدك في تقديم الطلب.",
      "pl": "Powiemy Ci, czy Twoje prawo jazdy można wymienić bezpośrednio na duńskie, i pomożemy złożyć wniosek."}),
]

# ---------------------------------------------------------------------------
# Danish/English texts per kind of actor. Placeholders: {name}, {town}, {work},
# {area}, {day}, {ind} -- filled per language from the municipality facts.
# ---------------------------------------------------------------------------

_KINDS = {
    "library_main": dict(
        sector="library",
        desc=[
            (["{name} er åbent for alle, og det er gratis at komme her. Du kan låne bøger, film og lydbøger på mange "
              "sprog, bruge computere og printe dine dokumenter.",
              "Vi hjælper dig med MitID, Digital Post og de første breve fra kommunen. Bibliotekets koordinator for "
              "nytilkomne kender de lokale tilbud i {town} og viser dig gerne videre."],
             ["{name} is open to everyone, and it is free to visit. You can borrow books, films and audiobooks in "
              "many languages, use computers and print your documents.",
              "We help you with MitID, Digital Post and your first letters from the municipality. The library's "
              "newcomer coordinator knows the local services in {town} and is happy to point you in the right direction."]),
            (["På {name} kan du sidde og arbejde, læse aviser fra hele verden eller møde andre til en snak. Mange, der "
              "kommer til {town} for at arbejde inden for {work}, bruger biblioteket som deres første mødested.",
              "Vi har sprogcafé, lektiehjælp og arrangementer, hvor du lærer byen og foreningerne at kende. Spørg "
              "personalet – vi hjælper dig gerne."],
             ["At {name} you can sit and work, read newspapers from all over the world or meet others for a chat. "
              "Many people who come to {town} to work in {work} use the library as their first meeting place.",
              "We run a language café, homework help and events where you get to know the town and its associations. "
              "Just ask the staff – we are glad to help."]),
            (["{name} er et levende bibliotek midt i {town} med plads til både fordybelse og fællesskab. Vi har en "
              "særlig samling af bøger på ukrainsk, arabisk, polsk og engelsk og køber gerne nyt ind efter ønske.",
              "Hver måned holder vi velkomstmøde for nye borgere sammen med jobcentret og sprogcentret, hvor du kan "
              "stille alle dine spørgsmål."],
             ["{name} is a lively library in the centre of {town} with room for both quiet study and community. We "
              "have a special collection of books in Ukrainian, Arabic, Polish and English and are happy to buy new "
              "titles on request.",
              "Every month we hold a welcome meeting for new residents together with the job centre and the language "
              "school, where you can ask all your questions."]),
        ],
        services=[
            ("Sprogcafé hver {day}", "Language café every {day}",
             "Øv dansk med frivillige over en kop kaffe. Alle niveauer er velkomne, og det kræver ingen tilmelding.",
             "Practise Danish with volunteers over a cup of coffee. All levels are welcome and no registration is needed."),
            ("Hjælp til MitID og Digital Post", "Help with MitID and Digital Post",
             "Vi viser dig, hvordan du bestiller MitID, åbner Digital Post og finder rundt på borger.dk. Tag pas og telefon med.",
             "We show you how to get MitID, open Digital Post and find your way around borger.dk. Bring your passport and phone."),
            ("Jobcafé med CV-hjælp", "Job café with CV help",
             "Frivillige og en jobkonsulent hjælper med dansk CV, ansøgninger og din LinkedIn-profil.",
             "Volunteers and a job consultant help with a Danish-style CV, applications and your LinkedIn profile."),
            ("Bøger og aviser på dit sprog", "Books and newspapers in your language",
             "Vi har materialer på mere end 20 sprog og kan skaffe flere titler som fjernlån fra andre biblioteker.",
             "We have materials in more than 20 languages and can get more titles on inter-library loan."),
            ("Familielørdag med læsestund", "Family Saturday with story time",
             "Hver lørdag læser vi højt for børn på dansk og et andet sprog, og forældrene kan møde hinanden over en kop te.",
             "Every Saturday we read aloud to children in Danish and another language, and parents can meet over a cup of tea."),
        ],
        tg=[["workers", "partners", "families", "refugees"], ["partners", "families", "students", "refugees"],
            ["workers", "partners", "families"]],
        base_langs=["da", "en"], n_extra=3,
        hours=["mon-fri 8-22; sat-sun 10-16", "mon-thu 10-19; fri 10-17; sat 10-14", "mon-sun 7-22",
               "mon-fri 9-20; sat 10-15"],
    ),
    "library_branch": dict(
        sector="library",
        desc=[
            (["{name} ligger midt i {area} og er et lokalt mødested for mange familier. Her kan du låne bøger, bruge "
              "computere og få hjælp til breve fra det offentlige af personale, der taler flere sprog.",
              "Biblioteket har åbent med selvbetjening tidligt og sent, så du kan komme, når det passer dig."],
             ["{name} is located in the heart of {area} and is a local meeting place for many families. You can "
              "borrow books, use computers and get help with official letters from staff who speak several languages.",
              "The library is open with self-service early and late, so you can come when it suits you."]),
            (["{name} er et lille bibliotek med et stort netværk i {area}. Vi samarbejder med skolen, de "
              "boligsociale medarbejdere og lokale foreninger om aktiviteter for både børn og voksne.",
              "Kom til vores åbne rådgivning, hvor frivillige hjælper med skemaer og Digital Post, eller find en roman "
              "på dit eget sprog."],
             ["{name} is a small library with a big network in {area}. We work with the local school, social housing "
              "staff and local associations on activities for children and adults alike.",
              "Come to our open advice sessions, where volunteers help with forms and Digital Post, or find a novel in "
              "your own language."]),
        ],
        services=[
            ("Åben rådgivning om breve og skemaer", "Drop-in help with letters and forms",
             "Frivillige hjælper dig med at læse og svare på breve fra kommunen, Skattestyrelsen og Udbetaling Danmark.",
             "Volunteers help you read and reply to letters from the municipality, the tax agency and Udbetaling Danmark."),
            ("Lektiecafé for børn og unge", "Homework café for children and young people",
             "Frivillige hjælper skolebørn med dansk, matematik og engelsk hver {day} eftermiddag.",
             "Volunteers help schoolchildren with Danish, maths and English every {day} afternoon."),
            ("Syng og leg for de mindste", "Songs and play for toddlers",
             "Rim, remser og sange på dansk for børn under 3 år og deres forældre. En god måde at lære sproget sammen.",
             "Danish rhymes and songs for children under 3 and their parents. A good way to learn the language together."),
        ],
        tg=[["families", "refugees"], ["families", "refugees", "partners"]],
        base_langs=["da"], n_extra=3,
        hours=["mon-thu 12-18; fri 10-15", "tue-thu 13-19; sat 10-13", "mon-fri 7-21"],
    ),
    "job_centre": dict(
        sector="job_centre",
        desc=[
            (["{name} hjælper dig med at finde arbejde, uanset om du lige er kommet til {town} med din partner eller "
              "har boet her et stykke tid. I kommunen er der især brug for medarbejdere inden for {work}.",
              "Du får en fast kontaktperson, som sammen med dig lægger en plan for job, praktik eller uddannelse."],
             ["{name} helps you find work, whether you have just arrived in {town} with your partner or have lived "
              "here for a while. The municipality is especially looking for staff in {work}.",
              "You get a permanent contact person who works out a plan with you for a job, an internship or education."]),
            (["{name} har et særligt team for internationale borgere og flygtninge. Vi kender virksomhederne i {town} "
              "og kan hjælpe dig i gang med praktik, løntilskud eller en IGU-stilling, hvor du arbejder og lærer "
              "dansk på samme tid.",
              "Vi taler engelsk, og vi bruger tolk, når der er brug for det."],
             ["{name} has a dedicated team for international residents and refugees. We know the businesses in "
              "{town} and can help you get started with an internship, a wage subsidy or an IGU position where you "
              "work and learn Danish at the same time.",
              "We speak English, and we use interpreters when needed."]),
            (["{name} er kommunens indgang til job for medfølgende partnere, studerende og alle andre nye borgere. Vi "
              "holder korte workshops om det danske arbejdsmarked, fagforeninger, a-kasse og løn, så du ved, hvad du "
              "kan forvente.",
              "Har du en uddannelse fra udlandet, hjælper vi dig med at få den vurderet."],
             ["{name} is the municipality's gateway to work for accompanying partners, students and all other new "
              "residents. We run short workshops on the Danish labour market, trade unions, unemployment insurance "
              "and pay, so you know what to expect.",
              "If you have qualifications from abroad, we help you get them assessed."]),
        ],
        services=[
            ("Jobcafé for internationale", "Job café for internationals",
             "Mød en jobkonsulent uden tidsbestilling hver {day} og få hjælp til jobsøgning i {town}.",
             "Meet a job consultant without an appointment every {day} and get help with job hunting in {town}."),
            ("Virksomhedspraktik og IGU", "Work placement and IGU",
             "Vi matcher dig med en lokal virksomhed, hvor du kan prøve et fag og lære dansk på arbejdspladsen.",
             "We match you with a local business where you can try out a trade and learn Danish on the job."),
            ("Workshop: Sådan søger du job i Danmark", "Workshop: How to apply for jobs in Denmark",
             "To timer om danske ansøgninger, jobsamtaler og de uskrevne regler på arbejdspladsen.",
             "Two hours on Danish applications, job interviews and the unwritten rules of the workplace."),
            ("Vurdering af udenlandsk uddannelse", "Assessment of foreign qualifications",
             "Vi hjælper dig med at søge om vurdering af din uddannelse hos Uddannelses- og Forskningsstyrelsen.",
             "We help you apply to have your qualifications assessed by the Danish Agency for Higher Education and Science."),
            ("Partnerprogram for medfølgende", "Programme for accompanying partners",
             "Netværksmøder og personlig sparring for dig, der er flyttet med en partner, som har fået job her.",
             "Network meetings and one-to-one guidance for you who moved here with a partner who got a job locally."),
        ],
        tg=[["workers", "partners", "refugees"], ["partners", "refugees"], ["workers", "partners", "students", "refugees"]],
        base_langs=["da", "en"], n_extra=2,
        hours=["mon-wed 9-15; thu 9-17; fri 9-13", "mon-fri 9-14.30", "mon-thu 8.30-15; fri 8.30-12"],
    ),
    "citizen_service": dict(
        sector="citizen_service",
        desc=[
            (["{name} er stedet, hvor du får styr på det praktiske, når du flytter til {town}: CPR-nummer, "
              "sundhedskort, valg af læge og NemKonto. Tag pas, opholdsdokument og lejekontrakt med.",
              "Vi hjælper dig med at forstå breve fra det offentlige, og du kan få en tolk, hvis du har brug for det."],
             ["{name} is where you sort out the practical things when you move to {town}: CPR number, health insurance "
              "card, choice of doctor and NemKonto. Bring your passport, residence document and rental contract.",
              "We help you understand letters from public authorities, and you can have an interpreter if you need one."]),
            (["{name} ligger centralt i {town}, og du kan komme med dine spørgsmål om bolig, skat, pension, pas og "
              "sundhedskort. Mange af vores selvbetjeningsløsninger findes også på engelsk.",
              "Har du brug for hjælp til at udfylde en ansøgning, sætter vi os sammen med dig. Husk at bestille tid "
              "på forhånd til pas og kørekort."],
             ["{name} is centrally located in {town}, and you can come with your questions about housing, tax, "
              "pensions, passports and health insurance cards. Many of our self-service solutions are also in English.",
              "If you need help filling in an application, we sit down with you. Remember to book an appointment in "
              "advance for passports and driving licences."]),
            (["Hos {name} kender vi reglerne for både EU-borgere, familiesammenførte og flygtninge. Vi hjælper dig "
              "med registrering, kørekort og ansøgning om børne- og ungeydelse.",
              "Har du svært ved de digitale løsninger, sætter vi os sammen med dig ved skærmen. Vi har ekstra tid til "
              "nytilkomne én eftermiddag om ugen."],
             ["At {name} we know the rules for EU citizens, family-reunified residents and refugees alike. We help "
              "you with registration, driving licences and applying for child benefit.",
              "If you find the digital self-service difficult, we sit down with you at the screen. We set aside extra "
              "time for newcomers one afternoon a week."]),
        ],
        services=[
            ("Tilflytning og CPR-nummer", "Moving in and CPR number",
             "Vi registrerer din adresse og udsteder CPR-nummer og sundhedskort. Tag pas, opholdsdokument og lejekontrakt med.",
             "We register your address and issue your CPR number and health insurance card. Bring your passport, "
             "residence document and rental contract."),
            ("Hjælp til at få MitID", "Help getting MitID",
             "Har du ikke dansk pas, kan du få MitID hos os. Vi kontrollerer din identitet og hjælper med appen.",
             "If you do not have a Danish passport, you can get MitID here. We check your identity and help with the app."),
            ("Tolk ved dit møde", "An interpreter at your appointment",
             "Sig til, når du bestiller tid, så sørger vi for en tolk – fremmødt, på video eller telefon.",
             "Let us know when you book, and we will arrange an interpreter – in person, by video or by phone."),
            ("Ombytning af udenlandsk kørekort", "Exchanging a foreign driving licence",
             "Vi fortæller dig, om dit kørekort kan byttes direkte til et dansk, og hjælper med ansøgningen.",
             "We tell you whether your licence can be exchanged directly for a Danish one and help with the application."),
        ],
        tg=[["workers", "partners", "families", "refugees"], ["workers", "students", "refugees"]],
        base_langs=["da", "en"], n_extra=2,
        hours=["mon-wed 10-15; thu 10-17.30; fri 10-13", "mon 10-17; tue-fri 10-14", "mon-fri 9-13; appt"],
    ),
    "language_school": dict(
        sector="language_school",
        desc=[
            (["{name} underviser voksne udlændinge i dansk på alle niveauer – fra de første ord til Studieprøven. Du "
              "kan vælge hold om dagen, om aftenen eller online, så undervisningen passer til dit arbejde.",
              "Vi tilbyder også kurser i arbejdsmarkedsdansk og holder åbent hus for nye kursister den første onsdag "
              "i måneden."],
             ["{name} teaches Danish to adult foreigners at all levels – from your very first words to the "
              "Studieprøven exam. You can choose daytime, evening or online classes so your lessons fit around your work.",
              "We also offer workplace Danish courses and hold an open house for new students on the first Wednesday "
              "of every month."]),
            (["Hos {name} lærer du dansk sammen med mennesker fra hele verden. Mange af vores kursister arbejder inden "
              "for {work}, og vi tilrettelægger gerne hold direkte på arbejdspladsen.",
              "Før du starter, får du en samtale og en test, så du kommer på det rigtige modul. Vi har også hold for "
              "forældre på barsel."],
             ["At {name} you learn Danish together with people from all over the world. Many of our students work in "
              "{work}, and we are happy to arrange classes directly at the workplace.",
              "Before you start, you have an interview and a test so you are placed on the right module. We also run "
              "classes for parents on parental leave."]),
            (["{name} er sprogcenter for borgere i {town} og omegn. Vi tilbyder danskuddannelse, danskprøver og "
              "introduktionsforløb om samfundet, og vi samarbejder tæt med jobcentret og biblioteket.",
              "Husk, at selvforsørgende kursister skal betale et depositum, før de starter. Du får det tilbage, når "
              "du har gennemført modulerne til tiden."],
             ["{name} is the language school for residents of {town} and the surrounding area. We offer Danish "
              "courses, Danish exams and introduction courses about society, and we work closely with the job centre "
              "and the library.",
              "Remember that self-supporting students pay a deposit before they start. You get it back when you "
              "complete your modules on time."]),
        ],
        services=[
            ("Danskuddannelse på dag- og aftenhold", "Danish courses, day and evening classes",
             "Danskuddannelse 1, 2 og 3 med små hold og erfarne lærere. Du kan starte hver måned.",
             "Danish Education 1, 2 and 3 in small groups with experienced teachers. You can start every month."),
            ("Online dansk", "Online Danish",
             "Følg undervisningen hjemmefra med en lærer og en lille gruppe via video, fx før eller efter arbejde.",
             "Join lessons from home with a teacher and a small group by video, for example before or after work."),
            ("Arbejdsmarkedsdansk", "Workplace Danish",
             "Korte kurser med det sprog, du har brug for på din arbejdsplads, fx i byggeriet, på hospitalet eller i køkkenet.",
             "Short courses with the language you need at work, for example on building sites, in hospitals or in kitchens."),
            ("Forberedelse til danskprøver", "Preparation for Danish exams",
             "Ekstra træning til Prøve i Dansk 2 og 3 og Studieprøven, også på lørdage op til prøverne.",
             "Extra practice for the Danish 2 and 3 exams and Studieprøven, including Saturdays before the exams."),
            ("Kursus til indfødsretsprøven", "Citizenship test course",
             "Vi gennemgår dansk historie, kultur og samfund, så du står stærkt til indfødsretsprøven.",
             "We go through Danish history, culture and society so you are well prepared for the citizenship test."),
        ],
        tg=[["workers", "partners", "refugees"], ["workers", "partners", "students", "refugees"]],
        base_langs=["da", "en"], n_extra=2,
        hours=["mon-thu 8-21; fri 8-14", "mon-thu 8-20.30; fri 8-13", "mon-fri 8.30-16; sat 9-12"],
    ),
    "reception_class": dict(
        sector="education",
        desc=[
            (["{name} tager imod børn, der lige er kommet til {town} og ikke taler dansk endnu. Eleverne starter i "
              "modtagelsesklasse og kommer gradvist ud i en almindelig klasse, når de er klar.",
              "Vi holder en velkomstsamtale med familien og en tolk, så vi lærer barnet at kende, og forældrene får "
              "svar på deres spørgsmål om skole og SFO."],
             ["{name} welcomes children who have just arrived in {town} and do not yet speak Danish. Pupils start in "
              "a reception class and gradually join an ordinary class when they are ready.",
              "We hold a welcome meeting with the family and an interpreter so we get to know the child, and parents "
              "get answers to their questions about school and after-school care."]),
            (["På {name} går børn fra mere end 30 lande i skole sammen. Nyankomne elever får basisundervisning i dansk "
              "og deltager fra første dag i idræt, musik og billedkunst med deres nye klassekammerater.",
              "Forældrene bliver inviteret til møder med tolk, og vi hjælper med at finde en fritidsaktivitet til barnet."],
             ["At {name} children from more than 30 countries go to school together. Newly arrived pupils get basic "
              "Danish teaching and join PE, music and art with their new classmates from day one.",
              "Parents are invited to meetings with an interpreter, and we help find a leisure activity for the child."]),
        ],
        services=[
            ("Modtagelsesklasse", "Reception class",
             "Intensiv danskundervisning i små grupper for nyankomne elever i 1.–9. klasse.",
             "Intensive Danish teaching in small groups for newly arrived pupils in grades 1–9."),
            ("Modersmålsundervisning", "Mother-tongue teaching",
             "Undervisning i arabisk, ukrainsk og somali efter skoletid for børn, der ønsker at holde fast i deres sprog.",
             "Lessons in Arabic, Ukrainian and Somali after school for children who want to keep up their language."),
            ("Forældremøder med tolk", "Parent meetings with an interpreter",
             "Vi forklarer, hvordan den danske skole fungerer, og hvad vi forventer af samarbejdet med jer som forældre.",
             "We explain how Danish schools work and what we expect from our cooperation with you as parents."),
        ],
        tg=[["families", "refugees"], ["families", "refugees", "partners"]],
        base_langs=["da", "en"], n_extra=2,
        hours=["mon-fri 8-15.30", "mon-thu 8-16; fri 8-13"],
    ),
    "vuc": dict(
        sector="education",
        desc=[
            (["{name} tilbyder almen voksenuddannelse og HF for voksne – også for dig, der har gået i skole i et andet "
              "land. Du kan tage fag som dansk som andetsprog, engelsk og matematik på det niveau, du har brug for.",
              "En studievejleder hjælper dig med at finde ud af, hvilke fag der giver adgang til den uddannelse eller "
              "det job, du drømmer om."],
             ["{name} offers general adult education and the higher preparatory exam for adults – also for you who "
              "went to school in another country. You can take subjects such as Danish as a second language, English "
              "and maths at the level you need.",
              "A student counsellor helps you find out which subjects give access to the education or job you dream of."]),
        ],
        services=[
            ("Dansk som andetsprog", "Danish as a second language",
             "Enkeltfag på flere niveauer, som giver adgang til erhvervsuddannelser og videregående uddannelser.",
             "Single subjects at several levels that give access to vocational and higher education."),
            ("Studievejledning på engelsk", "Student counselling in English",
             "Book en samtale om dine muligheder og få lagt en plan for dine fag.",
             "Book a meeting about your options and get a plan for your subjects."),
            ("Ordblindeundervisning for voksne", "Dyslexia support for adults",
             "Gratis test og undervisning, hvis du har svært ved at læse og skrive på dansk.",
             "Free testing and teaching if you find it hard to read and write in Danish."),
        ],
        tg=[["students", "refugees", "partners"], ["students", "workers", "refugees"]],
        base_langs=["da", "en"], n_extra=1,
        hours=["mon-thu 8-20; fri 8-14", "mon-fri 8-15.30"],
    ),
    "university": dict(
        sector="education",
        desc=[
            (["{name} hjælper internationale studerende og forskere, der flytter til {town}, med bolig, "
              "opholdstilladelse og det praktiske omkring studiestart.",
              "Vi arrangerer introdage, buddyordning og sociale arrangementer, og vi har et særligt tilbud til "
              "medfølgende partnere om netværk og jobsøgning."],
             ["{name} helps international students and researchers moving to {town} with housing, residence permits "
              "and the practical side of starting their studies.",
              "We organise introduction days, a buddy programme and social events, and we have a special offer for "
              "accompanying partners on networking and job hunting."]),
            (["{name} er første stop for internationale studerende i {town}. Vi svarer på spørgsmål om SU, "
              "studiejob, sundhedskort og bankkonto og samarbejder med kommunen om en fælles velkomstdag.",
              "Har du familie med, hjælper vi gerne med at finde skole eller daginstitution."],
             ["{name} is the first stop for international students in {town}. We answer questions about student "
              "grants, student jobs, health insurance cards and bank accounts and hold a joint welcome day with the "
              "municipality.",
              "If you bring your family, we are happy to help you find a school or childcare."]),
        ],
        services=[
            ("Buddyordning", "Buddy programme",
             "Du bliver koblet med en dansk studerende, som viser dig rundt og svarer på spørgsmål det første semester.",
             "You are paired with a Danish student who shows you around and answers questions during your first term."),
            ("Velkomstdage for internationale studerende", "Welcome days for international students",
             "To dage med information om bolig, CPR, bank og studieliv – og en byvandring i {town}.",
             "Two days of information on housing, CPR, banking and student life – and a walking tour of {town}."),
            ("Netværk for medfølgende partnere", "Network for accompanying partners",
             "Månedlige møder med oplæg om jobsøgning og mulighed for at møde andre i samme situation.",
             "Monthly meetings with talks on job hunting and a chance to meet others in the same situation."),
        ],
        tg=[["students", "partners"], ["students", "partners", "families"]],
        base_langs=["da", "en"], n_extra=0,
        hours=["mon-thu 10-15; fri 10-13", "mon-fri 9-15"],
    ),
    "health_house": dict(
        sector="health",
        desc=[
            (["{name} er et sundhedstilbud for nytilkomne voksne og børn i {town}. Vi tilbyder en helbredssamtale, "
              "når du er kommet til kommunen, og hjælper dig med at forstå, hvordan det danske sundhedsvæsen fungerer.",
              "Vi bruger altid professionel tolk, og samtalen er fortrolig."],
             ["{name} is a health service for newly arrived adults and children in {town}. We offer a health "
              "check-up when you arrive in the municipality and help you understand how the Danish healthcare system works.",
              "We always use a professional interpreter, and the conversation is confidential."]),
            (["Hos {name} kan du få hjælp, hvis du har det svært efter flugt, krig eller et stort opbrud. Vores "
              "sygeplejersker og psykologer kender reaktionerne og hjælper dig videre.",
              "Vi vejleder også om egen læge, tandlæge, vaccinationer og hvad du gør, hvis du bliver syg uden for "
              "lægens åbningstid."],
             ["At {name} you can get help if you are struggling after fleeing war or a major upheaval. Our nurses and "
              "psychologists know the reactions and help you move on.",
              "We also advise on your GP, dentist, vaccinations and what to do if you fall ill outside your doctor's "
              "opening hours."]),
        ],
        services=[
            ("Helbredssamtale for nytilkomne", "Health check-up for newcomers",
             "En samtale med en sygeplejerske om dit helbred, dine vaccinationer og eventuelle behov for behandling.",
             "A conversation with a nurse about your health, vaccinations and any need for treatment."),
            ("Vejledning om læge, tandlæge og lægevagt", "Guidance on GP, dentist and out-of-hours doctor",
             "Vi forklarer, hvordan du vælger læge, hvornår du ringer til lægevagten, og hvad tandlægen koster.",
             "We explain how to choose a GP, when to call the out-of-hours doctor and what the dentist costs."),
            ("Samtaler om trivsel", "Talks about well-being",
             "Op til fem gratis samtaler med en psykolog for voksne, der har oplevet krig eller flugt.",
             "Up to five free sessions with a psychologist for adults who have experienced war or flight."),
        ],
        tg=[["refugees", "families"], ["refugees", "families", "workers"]],
        base_langs=["da", "en"], n_extra=3,
        hours=["mon-fri 8-15", "mon-thu 8.30-15.30; fri 8.30-13", "tue 9-12; thu 13-16; appt"],
    ),
    "health_visitor": dict(
        sector="health",
        desc=[
            (["{name} besøger familier med små børn og gravide, også dem der lige er flyttet til {town}. "
              "Sundhedsplejersken følger barnets trivsel og udvikling og svarer på spørgsmål om amning, søvn og "
              "vaccinationer.",
              "Vi har åbne mødregrupper og forældregrupper på engelsk, hvor du kan møde andre nye forældre."],
             ["{name} visits families with young children and expectant mothers, including those who have just "
              "moved to {town}. The health visitor follows the child's well-being and development and answers "
              "questions about breastfeeding, sleep and vaccinations.",
              "We run open parent groups in English where you can meet other new parents."]),
        ],
        services=[
            ("Hjemmebesøg af sundhedsplejersken", "Home visits from the health visitor",
             "Gratis besøg i hjemmet i barnets første leveår – med tolk, hvis du ønsker det.",
             "Free home visits during the child's first year – with an interpreter if you wish."),
            ("Åben forældregruppe på engelsk", "Open parent group in English",
             "Hver {day} formiddag mødes nye forældre med deres babyer til snak, sang og gode råd.",
             "Every {day} morning new parents meet with their babies for a chat, songs and good advice."),
            ("Åben konsultation", "Drop-in consultation",
             "Kom forbi med dit barn uden aftale og få vejning, måling og svar på dine spørgsmål.",
             "Drop in with your child without an appointment for weighing, measuring and answers to your questions."),
        ],
        tg=[["families"], ["families", "partners"]],
        base_langs=["da", "en"], n_extra=2,
        hours=["mon-fri 8-15", "mon-thu 8-15; fri 8-12"],
    ),
    "housing_assoc": dict(
        sector="housing",
        desc=[
            (["{name} er en almen boligorganisation med familieboliger og ungdomsboliger i {town}. Du kan skrive dig op "
              "på ventelisten online, og vi forklarer gerne, hvordan depositum, husleje og indflytningssyn fungerer.",
              "I flere afdelinger har vi boligsociale medarbejdere, som hjælper nye beboere med at falde til."],
             ["{name} is a non-profit housing organisation with family homes and youth housing in {town}. You can "
              "join the waiting list online, and we are happy to explain how the deposit, rent and move-in inspection work.",
              "In several estates we have social housing staff who help new residents settle in."]),
            (["Hos {name} bor mennesker fra mange lande side om side. Beboerdemokratiet er en vigtig del af dansk "
              "boligkultur, og vi opfordrer nye beboere til at komme til afdelingsmødet og være med i fællesskabet.",
              "Vores beboerrådgiver hjælper med budget, husleje og naboforhold."],
             ["At {name} people from many countries live side by side. Tenant democracy is an important part of "
              "Danish housing culture, and we encourage new residents to come to the estate meeting and join in.",
              "Our tenant adviser helps with budgeting, rent and relations with neighbours."]),
        ],
        services=[
            ("Venteliste og boligsøgning", "Waiting list and house hunting",
             "Vi hjælper dig med at skrive dig op og forklarer, hvor lang ventetiden typisk er i de forskellige afdelinger.",
             "We help you sign up and explain the typical waiting times in our different estates."),
            ("Velkomst til nye beboere", "Welcome for new residents",
             "En nabo fra afdelingsbestyrelsen viser dig vaskeri, affaldssortering og fælleshus.",
             "A neighbour from the residents' board shows you the laundry, waste sorting and the common house."),
            ("Beboerrådgivning", "Tenant advice",
             "Gratis og fortrolig rådgivning om budget, husleje, restancer og kontakt til kommunen.",
             "Free and confidential advice on budgeting, rent, arrears and contact with the municipality."),
        ],
        tg=[["families", "refugees", "students"], ["families", "refugees"]],
        base_langs=["da", "en"], n_extra=2,
        hours=["mon-thu 9-15; fri 9-12", "mon-wed 10-14; thu 10-17"],
    ),
    "housing_office": dict(
        sector="housing",
        desc=[
            (["{name} hjælper nye borgere med at finde en bolig i {town}. Vi rådgiver om lejekontrakter, depositum og "
              "dine rettigheder som lejer, så du undgår dårlige aftaler og snyd.",
              "Flygtninge, som kommunen skal boligplacere, får tilbudt en midlertidig bolig, indtil der er en "
              "permanent løsning."],
             ["{name} helps new residents find a home in {town}. We advise on rental contracts, deposits and your "
              "rights as a tenant, so you avoid bad deals and scams.",
              "Refugees whom the municipality must house are offered temporary accommodation until a permanent "
              "solution is found."]),
        ],
        services=[
            ("Rådgivning om lejekontrakt", "Advice on rental contracts",
             "Tag kontrakten med, så gennemgår vi den med dig, før du skriver under.",
             "Bring your contract, and we will go through it with you before you sign."),
            ("Hjælp til boligsøgning", "Help with house hunting",
             "Vi viser dig de almene boligorganisationer og de sikre boligportaler og advarer mod falske annoncer.",
             "We show you the non-profit housing organisations and the safe housing websites and warn you about fake ads."),
            ("Boligstøtte", "Housing benefit",
             "Vi hjælper dig med at søge boligstøtte hos Udbetaling Danmark, hvis din indtægt er lav.",
             "We help you apply for housing benefit from Udbetaling Danmark if your income is low."),
        ],
        tg=[["workers", "refugees", "families"], ["refugees", "families", "students"]],
        base_langs=["da", "en"], n_extra=2,
        hours=["mon-thu 9-14; fri 9-12", "tue 15-18; thu 10-13"],
    ),
    "volunteer_centre": dict(
        sector="association",
        desc=[
            (["{name} formidler kontakt mellem frivillige og nye borgere i {town}. Vi har besøgsvenner, familievenner "
              "og netværksgrupper, hvor du kan øve dansk og få en lokal ven.",
              "Vil du selv være frivillig? Det er en god måde at lære sproget og byen at kende – mange af vores "
              "frivillige er selv kommet til Danmark som voksne."],
             ["{name} puts volunteers in touch with new residents in {town}. We have visiting friends, family friends "
              "and network groups where you can practise Danish and make a local friend.",
              "Would you like to volunteer yourself? It is a great way to learn the language and get to know the town "
              "– many of our volunteers came to Denmark as adults themselves."]),
            (["I {name} mødes frivillige og nye borgere hver uge til fællesspisning, cykeltræning og hjælp til "
              "praktiske spørgsmål. Alle kan være med, og det koster ikke noget.",
              "Vi samarbejder med biblioteket og sprogcentret og kan hjælpe dig videre, hvis du har brug for mere."],
             ["At {name} volunteers and new residents meet every week for shared meals, cycling lessons and help with "
              "practical questions. Everyone can join, and it is free.",
              "We work with the library and the language school and can refer you on if you need more help."]),
        ],
        services=[
            ("Familievenner", "Family friends",
             "En dansk familie og en ny familie mødes et par gange om måneden til mad, ture og hverdagssnak.",
             "A Danish family and a newly arrived family meet a couple of times a month for meals, outings and everyday talk."),
            ("Cykelskole for voksne", "Cycling school for adults",
             "Lær at cykle sikkert i trafikken med frivillige instruktører. Vi låner dig en cykel og en hjelm.",
             "Learn to cycle safely in traffic with volunteer instructors. We lend you a bike and a helmet."),
            ("Fællesspisning hver {day}", "Shared meal every {day}",
             "Vi laver mad sammen og spiser ved lange borde. Pris 30 kr., børn gratis.",
             "We cook together and eat at long tables. Price DKK 30, children free."),
        ],
        tg=[["refugees", "families", "partners"], ["refugees", "partners"]],
        base_langs=["da", "en"], n_extra=2,
        hours=["tue 16-19; thu 16-19", "mon-thu 14-17", "wed 17-20"],
    ),
    "expat_network": dict(
        sector="association",
        desc=[
            (["{name} er et netværk for internationale tilflyttere og deres familier i {town}. Vi mødes til "
              "fællesspisning, vandreture og familieudflugter og deler erfaringer om alt fra skolevalg til vinterdæk.",
              "Netværket er drevet af frivillige, både danskere og internationale, og det er gratis at være med."],
             ["{name} is a network for international newcomers and their families in {town}. We meet for shared "
              "dinners, hikes and family outings and share experiences about everything from choosing a school to "
              "winter tyres.",
              "The network is run by volunteers, both Danes and internationals, and it is free to join."]),
            (["{name} hjælper medfølgende partnere med at finde fodfæste i {town}. Mange af vores medlemmer er flyttet "
              "hertil, fordi deres partner har fået job inden for {work}.",
              "Vi holder kaffemøder, jobsøgningsgrupper og danske traditioner som fastelavn og julefrokost, så du "
              "lærer kulturen at kende."],
             ["{name} helps accompanying partners find their feet in {town}. Many of our members moved here because "
              "their partner got a job in {work}.",
              "We hold coffee mornings, job-search groups and Danish traditions such as Shrovetide and the Christmas "
              "lunch, so you get to know the culture."]),
        ],
        services=[
            ("Kaffemøde for nye", "Coffee morning for newcomers",
             "Hver {day} formiddag mødes vi på en café i byen. Tag gerne børnene med.",
             "Every {day} morning we meet at a café in town. Feel free to bring your children."),
            ("Familieudflugter", "Family outings",
             "En lørdag om måneden tager vi på tur i naturen eller til et museum i området.",
             "One Saturday a month we go on a nature trip or visit a museum in the area."),
            ("Jobsøgningsgruppe", "Job-search group",
             "Partnere hjælper hinanden med ansøgninger, netværk og motivation – med besøg fra lokale virksomheder.",
             "Partners help each other with applications, networking and motivation – with visits from local businesses."),
        ],
        tg=[["partners", "families", "workers"], ["partners", "families"]],
        base_langs=["en", "da"], n_extra=2,
        hours=["sat 10-13; wed 16-18", "tue 9.30-12"],
    ),
    "sports_club": dict(
        sector="association",
        desc=[
            (["{name} er en idrætsforening med fodbold, svømning og motionsløb for børn og voksne. Vi har et "
              "velkomstforløb, hvor nye borgere kan træne gratis i de første tre måneder.",
              "Foreningslivet er en vigtig del af dansk kultur, og hos os lærer du hurtigt andre i {town} at kende."],
             ["{name} is a sports club with football, swimming and running for children and adults. We have a welcome "
              "scheme where new residents can train for free for their first three months.",
              "Clubs are an important part of Danish culture, and with us you will quickly get to know other people "
              "in {town}."]),
            (["Hos {name} spiller vi håndbold, badminton og basketball, og alle er velkomne uanset niveau. Vores "
              "trænere er vant til spillere, der ikke taler dansk endnu.",
              "Kan kontingentet være en udfordring, kan foreningen søge om fritidspas fra kommunen, så dit barn kan "
              "være med."],
             ["At {name} we play handball, badminton and basketball, and everyone is welcome whatever their level. "
              "Our coaches are used to players who do not speak Danish yet.",
              "If the membership fee is a challenge, the club can apply for a municipal leisure pass so your child "
              "can join."]),
        ],
        services=[
            ("Gratis prøvetræning", "Free trial sessions",
             "Prøv alle vores hold gratis i tre måneder, før du melder dig ind.",
             "Try all our teams for free for three months before you sign up."),
            ("Svømning for voksne begyndere", "Swimming for adult beginners",
             "Lær at svømme i et trygt miljø. Der er særskilte hold for kvinder.",
             "Learn to swim in a safe environment. There are separate classes for women."),
            ("Fritidspas til børn", "Leisure pass for children",
             "Vi hjælper med at søge kommunens fritidspas, så kontingentet bliver betalt.",
             "We help you apply for the municipal leisure pass so the membership fee is covered."),
        ],
        tg=[["families", "workers", "students"], ["families", "refugees"]],
        base_langs=["da", "en"], n_extra=1,
        hours=["mon-thu 16-21; sat 9-13", "tue-thu 17-21"],
    ),
    "women_network": dict(
        sector="association",
        desc=[
            (["{name} samler kvinder fra mange lande, som bor i {town}. Vi mødes hver uge til snak, madlavning og "
              "udflugter og inviterer oplægsholdere om job, sundhed og børns skolegang.",
              "Du kan tage dine små børn med, og vi taler både dansk, engelsk og mange andre sprog."],
             ["{name} brings together women from many countries who live in {town}. We meet every week to talk, cook "
              "and go on outings, and we invite speakers on jobs, health and children's schooling.",
              "You can bring your small children, and we speak Danish, English and many other languages."]),
            (["{name} er et trygt sted for kvinder, der vil øve dansk, få nye venner og lære mere om livet i {town}. "
              "Mange af os er selv kommet hertil som voksne.",
              "Vi har syværksted, gåture og en fast sundhedseftermiddag med besøg af en sundhedsplejerske."],
             ["{name} is a safe place for women who want to practise Danish, make new friends and learn more about "
              "life in {town}. Many of us came here as adults ourselves.",
              "We have a sewing workshop, walks and a regular health afternoon with a visit from a health visitor."]),
        ],
        services=[
            ("Kvindecafé hver {day}", "Women's café every {day}",
             "Snak, te og dansktræning i hyggelige rammer. Børn under skolealderen er velkomne.",
             "Talk, tea and Danish practice in a cosy setting. Children under school age are welcome."),
            ("Syværksted", "Sewing workshop",
             "Lær at reparere og sy tøj på vores symaskiner. Materialer er gratis.",
             "Learn to mend and sew clothes on our sewing machines. Materials are free."),
            ("Oplæg om job og uddannelse", "Talks on jobs and education",
             "En gang om måneden fortæller en gæst om vejen til job, fx som social- og sundhedshjælper.",
             "Once a month a guest talks about the path to work, for example as a healthcare assistant."),
        ],
        tg=[["partners", "families", "refugees"], ["refugees", "families"]],
        base_langs=["da"], n_extra=3,
        hours=["wed 10-13", "tue 17-20; sat 11-14"],
    ),
    "ukrainian_assoc": dict(
        sector="association",
        desc=[
            (["{name} blev startet af ukrainere, der kom til {town} i 2022, og er i dag et fællesskab for både nye og "
              "tidligere ankomne familier. Vi har lørdagsskole for børn, kulturarrangementer og hjælp til praktiske "
              "spørgsmål.",
              "Foreningen samarbejder med biblioteket og kommunen og hjælper gerne nye med at finde vej i det danske system."],
             ["{name} was started by Ukrainians who came to {town} in 2022 and is now a community for both newly and "
              "earlier arrived families. We run a Saturday school for children, cultural events and help with "
              "practical questions.",
              "The association works with the library and the municipality and is happy to help newcomers find their "
              "way in the Danish system."]),
        ],
        services=[
            ("Lørdagsskole på ukrainsk", "Ukrainian Saturday school",
             "Børn får undervisning i ukrainsk sprog, litteratur og historie, så de kan holde fast i deres sprog.",
             "Children are taught Ukrainian language, literature and history so they can keep up their language."),
            ("Rådgivning om opholdstilladelse og job", "Advice on residence permits and work",
             "Frivillige med erfaring hjælper med forlængelse efter særloven og med at søge job.",
             "Experienced volunteers help with extensions under the special act and with job hunting."),
            ("Kulturaftener", "Culture evenings",
             "Koncerter, madlavning og markering af ukrainske højtider – danske venner er meget velkomne.",
             "Concerts, cooking and celebrations of Ukrainian holidays – Danish friends are very welcome."),
        ],
        tg=[["refugees", "families"], ["refugees", "families", "workers"]],
        base_langs=["uk", "da", "en"], n_extra=0,
        hours=["sat 10-14; wed 17-19", "sat 10-13"],
    ),
    "homework_cafe": dict(
        sector="association",
        desc=[
            (["{name} er en frivillig forening, som hjælper børn og unge i lokalområdet med lektier. Frivillige "
              "studerende og pensionister sidder klar med hjælp til dansk, matematik og engelsk.",
              "Forældre er velkomne til at være med, og vi holder åbent hus med information om skole og uddannelse."],
             ["{name} is a volunteer association that helps children and young people in the neighbourhood with their "
              "homework. Volunteer students and pensioners are ready to help with Danish, maths and English.",
              "Parents are welcome to join, and we hold open evenings with information about school and education."]),
        ],
        services=[
            ("Lektiehjælp to gange om ugen", "Homework help twice a week",
             "Kom bare forbi efter skole – vi har frugt, ro og voksne med tid.",
             "Just drop in after school – we have fruit, peace and quiet and adults with time."),
            ("Forberedelse til afgangsprøven", "Preparation for the final school exams",
             "Ekstra hjælp i foråret til elever i 9. og 10. klasse.",
             "Extra help in spring for pupils in grades 9 and 10."),
            ("Forældreaften om uddannelsesvalg", "Parents' evening on education choices",
             "Vi forklarer, hvordan gymnasium, erhvervsuddannelse og 10. klasse fungerer – med tolk.",
             "We explain how upper secondary school, vocational training and 10th grade work – with an interpreter."),
        ],
        tg=[["families", "students"], ["families", "refugees", "students"]],
        base_langs=["da"], n_extra=2,
        hours=["mon-thu 14-17", "tue 15-18; thu 15-18"],
    ),
    "mentor_network": dict(
        sector="association",
        desc=[
            (["{name} matcher nye borgere med en frivillig mentor, der har erfaring fra det danske arbejdsmarked. "
              "Mentoren hjælper med netværk, ansøgninger og forståelse af arbejdskulturen i {town}.",
              "Et forløb varer typisk seks måneder, og I aftaler selv, hvor ofte I mødes."],
             ["{name} matches new residents with a volunteer mentor who has experience of the Danish labour market. "
              "The mentor helps with networking, applications and understanding the working culture in {town}.",
              "A mentoring period usually lasts six months, and you agree yourselves how often you meet."]),
        ],
        services=[
            ("Personlig mentor", "Personal mentor",
             "Vi finder en mentor med en baggrund, der passer til dit fag og dine mål.",
             "We find a mentor whose background matches your profession and goals."),
            ("Netværksaftener", "Networking evenings",
             "Mød mentorer, virksomheder og andre nye borgere til uformelle aftener med korte oplæg.",
             "Meet mentors, businesses and other newcomers at informal evenings with short talks."),
        ],
        tg=[["workers", "partners", "refugees"], ["partners", "students", "refugees"]],
        base_langs=["da", "en"], n_extra=1,
        hours=["mon-thu 10-15", "wed 16-20"],
    ),
    "employer": dict(
        sector="employer",
        desc=[
            (["{name} er en virksomhed inden for {ind} med medarbejdere fra mere end 20 lande. Vi har et "
              "onboardingprogram for nye internationale medarbejdere med hjælp til bolig, CPR-nummer og skattekort.",
              "Vi tilbyder danskundervisning i arbejdstiden i samarbejde med sprogcentret, og vi har et netværk for "
              "medfølgende partnere."],
             ["{name} is a company in {ind} with employees from more than 20 countries. We have an onboarding "
              "programme for new international employees with help with housing, CPR number and tax card.",
              "We offer Danish lessons during working hours in cooperation with the language school, and we have a "
              "network for accompanying partners."]),
            (["Hos {name} arbejder vi med {ind}, og vi ansætter løbende faglærte og ufaglærte fra hele Europa. Vi "
              "samarbejder med jobcentret om praktik og IGU-forløb for flygtninge.",
              "Nye medarbejdere får en fast makker de første måneder, og vi holder informationsmøder om fagforening, "
              "ferie og pension."],
             ["At {name} we work in {ind}, and we regularly hire skilled and unskilled workers from all over Europe. "
              "We work with the job centre on internships and IGU programmes for refugees.",
              "New employees get a permanent buddy for the first months, and we hold information meetings on trade "
              "unions, holidays and pensions."]),
        ],
        services=[
            ("Onboarding for internationale medarbejdere", "Onboarding for international employees",
             "En fast kontaktperson hjælper med bolig, CPR-nummer, skattekort og bankkonto de første uger.",
             "A dedicated contact person helps with housing, CPR number, tax card and bank account in the first weeks."),
            ("Dansk i arbejdstiden", "Danish during working hours",
             "To lektioner om ugen på arbejdspladsen med en lærer fra sprogcentret.",
             "Two lessons a week at the workplace with a teacher from the language school."),
            ("Partnernetværk", "Partner network",
             "Vi introducerer medfølgende partnere for lokale netværk og virksomheder, der søger medarbejdere.",
             "We introduce accompanying partners to local networks and businesses that are hiring."),
            ("Praktik og IGU", "Internships and IGU",
             "Vi tager hvert år flygtninge i praktik og IGU-forløb i samarbejde med jobcentret.",
             "Every year we take refugees on internships and IGU programmes together with the job centre."),
        ],
        tg=[["workers", "partners"], ["workers", "refugees"], ["workers", "partners", "refugees"]],
        base_langs=["da", "en"], n_extra=2,
        hours=["mon-fri 7-16", "mon-thu 6-15; fri 6-12", "mon-fri 7.30-15.30"],
    ),
    "culture_house": dict(
        sector="culture",
        desc=[
            (["{name} er et kulturhus med koncerter, værksteder og fællesspisning for alle i {town}. Vi har faste "
              "aktiviteter, hvor nye og gamle borgere laver noget sammen – fra syværksted til madklub.",
              "Mange af vores arrangementer er gratis, og programmet findes på dansk og engelsk."],
             ["{name} is a culture house with concerts, workshops and shared meals for everyone in {town}. We have "
              "regular activities where new and long-time residents do things together – from sewing workshops to a "
              "food club.",
              "Many of our events are free, and the programme is available in Danish and English."]),
            (["I {name} kan du låne et lokale, spille musik eller være med i et af de mange frivillige fællesskaber. "
              "Huset er åbent for alle, og vi hjælper gerne nye foreninger i gang.",
              "En gang om måneden holder vi verdenskøkken, hvor nye borgere laver mad fra deres hjemland."],
             ["At {name} you can borrow a room, play music or join one of many volunteer groups. The house is open to "
              "everyone, and we are happy to help new associations get started.",
              "Once a month we hold a world kitchen evening where new residents cook food from their home countries."]),
        ],
        services=[
            ("Verdenskøkken", "World kitchen",
             "Nye borgere laver mad fra deres hjemland for 60 gæster. Kom og spis med, eller meld dig som kok.",
             "New residents cook food from their home countries for 60 guests. Come and eat, or sign up as a cook."),
            ("Åbne værksteder", "Open workshops",
             "Keramik, træværksted og syning med frivillige instruktører. Ingen forkundskaber nødvendige.",
             "Ceramics, woodwork and sewing with volunteer instructors. No experience needed."),
            ("Gratis koncerter", "Free concerts",
             "Musik fra hele verden hver anden fredag – ofte med lokale musikere med international baggrund.",
             "Music from around the world every other Friday – often with local musicians with international backgrounds."),
        ],
        tg=[["families", "partners", "refugees"], ["families", "workers", "students"]],
        base_langs=["da", "en"], n_extra=1,
        hours=["tue-sun 10-17", "mon-fri 12-21; sat 10-16", "tue-thu 15-21; sat 10-14"],
    ),
    "museum": dict(
        sector="culture",
        desc=[
            (["{name} fortæller historien om {town} og egnen. Børn og unge under 18 kommer gratis ind, og vi tilbyder "
              "omvisninger på let dansk, hvor nye borgere kan lære om lokal historie og traditioner.",
              "Sammen med sprogcentret arrangerer vi ture, hvor danskkursister bruger museet som klasseværelse."],
             ["{name} tells the story of {town} and the surrounding area. Children and young people under 18 get in "
              "free, and we offer tours in easy Danish where new residents can learn about local history and traditions.",
              "Together with the language school we organise visits where Danish students use the museum as their "
              "classroom."]),
        ],
        services=[
            ("Omvisning på let dansk", "Tour in easy Danish",
             "En times omvisning i roligt tempo med enkle ord. Gratis for danskkursister.",
             "A one-hour tour at a gentle pace with simple words. Free for Danish language students."),
            ("Familiesøndag", "Family Sunday",
             "Første søndag i måneden har vi værksteder for børn og gratis entré for hele familien.",
             "On the first Sunday of the month we have workshops for children and free entry for the whole family."),
        ],
        tg=[["families", "students", "partners"], ["families", "refugees"]],
        base_langs=["da", "en"], n_extra=1,
        hours=["tue-sun 10-16", "tue-sun 11-17"],
    ),
    "music_school": dict(
        sector="culture",
        desc=[
            (["{name} tilbyder undervisning i musik, billedkunst og teater for børn og unge i {town}. Nytilkomne "
              "familier kan søge om friplads, så økonomien ikke står i vejen.",
              "Vi har også et åbent kor for voksne, hvor du ikke behøver at kunne læse noder – sang er en god vej ind "
              "i sproget."],
             ["{name} offers lessons in music, visual arts and drama for children and young people in {town}. Newly "
              "arrived families can apply for a free place, so money is not an obstacle.",
              "We also have an open choir for adults where you do not need to read music – singing is a great way "
              "into the language."]),
        ],
        services=[
            ("Friplads til nye familier", "Free places for new families",
             "Søg om gratis undervisning for dit barn det første år i kommunen.",
             "Apply for free lessons for your child during your first year in the municipality."),
            ("Åbent kor for voksne", "Open choir for adults",
             "Vi synger danske sange og sange fra hele verden hver {day} aften.",
             "We sing Danish songs and songs from around the world every {day} evening."),
        ],
        tg=[["families"], ["families", "partners"]],
        base_langs=["da", "en"], n_extra=0,
        hours=["mon-thu 14-20", "mon-fri 13-19"],
    ),
    "legal_aid": dict(
        sector="other",
        desc=[
            (["{name} er en gratis retshjælp drevet af frivillige jurister og jurastuderende. Vi giver råd om "
              "lejekontrakter, ansættelsesforhold, gæld og forbrugerklager – også til dig, der er ny i Danmark.",
              "Rådgivningen er anonym, og vi kan tage samtalen på engelsk."],
             ["{name} is a free legal aid service run by volunteer lawyers and law students. We give advice on rental "
              "contracts, employment, debt and consumer complaints – also to you who are new to Denmark.",
              "The advice is anonymous, and we can hold the conversation in English."]),
        ],
        services=[
            ("Åben retshjælp", "Drop-in legal advice",
             "Kom uden aftale og få en snak med en frivillig jurist om dit problem.",
             "Come without an appointment and talk to a volunteer lawyer about your problem."),
            ("Tjek af ansættelseskontrakt", "Employment contract check",
             "Vi gennemgår din kontrakt og forklarer løn, opsigelse og overenskomst.",
             "We go through your contract and explain pay, notice periods and collective agreements."),
        ],
        tg=[["workers", "refugees", "students"], ["workers", "partners"]],
        base_langs=["da", "en"], n_extra=1,
        hours=["tue 16-19", "mon 17-19; thu 17-19"],
    ),
    "intl_community": dict(
        sector="other",
        desc=[
            (["{name} er et samarbejde mellem kommunen og lokale virksomheder om at tiltrække og fastholde "
              "internationale medarbejdere i {town}. Vi holder velkomstarrangementer, informationsmøder og sociale events.",
              "Vi hjælper også medfølgende partnere med at bygge netværk og finde job inden for fx {work}."],
             ["{name} is a partnership between the municipality and local businesses to attract and retain "
              "international employees in {town}. We hold welcome events, information meetings and social events.",
              "We also help accompanying partners build networks and find jobs in fields such as {work}."]),
        ],
        services=[
            ("Velkomstarrangement for nye internationale", "Welcome event for new internationals",
             "To gange om året inviterer borgmesteren nye internationale borgere til velkomst med mad og musik.",
             "Twice a year the mayor invites new international residents to a welcome event with food and music."),
            ("Informationsmøder om skat og ferie", "Information meetings on tax and holidays",
             "Korte møder på engelsk om skattekort, feriepenge, pension og a-kasse.",
             "Short meetings in English on tax cards, holiday pay, pensions and unemployment insurance."),
            ("Spouse-netværk", "Spouse network",
             "Netværk og jobsøgningsworkshops for partnere til internationale medarbejdere.",
             "Networking and job-search workshops for the partners of international employees."),
        ],
        tg=[["workers", "partners"], ["workers", "partners", "families"]],
        base_langs=["en", "da"], n_extra=1,
        hours=["mon-fri 9-15", "mon-thu 9-16; fri 9-14"],
    ),
    "faith": dict(
        sector="other",
        desc=[
            (["{name} er en international menighed med gudstjenester på engelsk og dansk. Alle er velkomne uanset "
              "baggrund, og efter gudstjenesten er der kaffe og tid til at tale sammen.",
              "Menigheden har også en gruppe for nye i {town}, hvor frivillige hjælper med praktiske spørgsmål og "
              "giver et første netværk."],
             ["{name} is an international congregation with services in English and Danish. Everyone is welcome "
              "whatever their background, and after the service there is coffee and time to talk.",
              "The congregation also has a group for newcomers to {town}, where volunteers help with practical "
              "questions and offer a first network."]),
        ],
        services=[
            ("Gudstjeneste på engelsk", "Service in English",
             "Hver søndag kl. 11 med efterfølgende kirkekaffe.",
             "Every Sunday at 11am followed by coffee."),
            ("Café for nye i byen", "Café for newcomers",
             "Hver {day} aften mødes vi til suppe og snak. Alle er velkomne – også dem, der ikke er troende.",
             "Every {day} evening we meet for soup and a chat. Everyone is welcome – believers or not."),
        ],
        tg=[["workers", "partners", "families", "refugees"], ["workers", "families"]],
        base_langs=["en", "da"], n_extra=1,
        hours=["sun 11-13; wed 17-19", "sun 10.30-13; thu 18-20"],
    ),
}

_DAYS = [("mandag", "Monday"), ("tirsdag", "Tuesday"), ("onsdag", "Wednesday"), ("torsdag", "Thursday")]

# ---------------------------------------------------------------------------
# Municipality facts and the actors in each municipality.
# Actor tuple: (kind, name_da, name_en, address, postcode, city[, extra])
# ---------------------------------------------------------------------------

_M = {
    "101": dict(
        slug="kobenhavn", town={"da": "København", "en": "Copenhagen", "uk": "Копенгаген", "ar": "كوبنهاغن", "pl": "Kopenhaga"},
        work=("sundhed, IT, hotel og restauration og byggeri", "healthcare, IT, hospitality and construction"),
        area=("Tingbjerg", "Tingbjerg"),
        langs=["uk", "ar", "ur", "tr", "so", "es", "fr", "zh", "fa"],
        actors=[
            ("library_main", "Hovedbiblioteket, Københavns Biblioteker", "Copenhagen Main Library",
             "Krystalgade 12", "1172", "København K"),
            ("library_branch", "Tingbjerg Bibliotek og Kulturhus", "Tingbjerg Library and Culture House",
             "Ruten 8", "2700", "Brønshøj"),
            ("job_centre", "Jobcenter København, Internationalt Team", "Jobcentre Copenhagen, International Team",
             "Kalvebod Brygge 43", "1560", "København V"),
            ("citizen_service", "Borgerservice København, Nytilkomne", "Citizen Service Copenhagen, Newcomer Desk",
             "Gyldenløvesgade 7", "1600", "København V"),
            ("language_school", "Sprogskolen Øresund", "Øresund Language School",
             "Vester Farimagsgade 19", "1606", "København V"),
            ("volunteer_centre", "Frivilligcenter Nørrebro", "Nørrebro Volunteer Centre",
             "Nørrebrogade 66", "2200", "København N"),
            ("women_network", "Kvindenetværket Bellahøj", "Bellahøj Women's Network",
             "Bellahøjvej 120", "2700", "Brønshøj"),
            ("homework_cafe", "Lektiehjælpen Sydhavnen", "Sydhavnen Homework Help",
             "Sydhavns Plads 4", "2450", "København SV"),
            ("university", "Øresunds Professionshøjskole, International Office",
             "Øresund University College, International Office", "Tagensvej 18", "2200", "København N"),
            ("health_house", "Sundhedshuset for Nytilkomne, Vesterbro", "Newcomer Health Centre, Vesterbro",
             "Istedgade 88", "1650", "København V"),
            ("housing_assoc", "Boligselskabet Amagerhjem", "Amagerhjem Housing Association",
             "Amagerbrogade 150", "2300", "København S"),
            ("employer", "Hovedstadens Hotel- og Konferencedrift A/S", "Capital Hotel & Conference Operations Ltd.",
             "Ørestads Boulevard 40", "2300", "København S",
             {"ind": ("hotel- og konferencebranchen", "the hotel and conference industry")}),
            ("culture_house", "Kulturværftet Valby", "Valby Culture Yard", "Valby Langgade 70", "2500", "Valby"),
            ("legal_aid", "Retshjælpen Indre By", "City Centre Legal Aid", "Nørre Voldgade 30", "1358", "København K"),
        ],
    ),
    "147": dict(
        slug="frederiksberg", town={"da": "Frederiksberg", "en": "Frederiksberg", "uk": "Фредеріксберг",
                                    "ar": "فريدريكسبيرغ", "pl": "Frederiksberg"},
        work=("forskning, sundhed, detailhandel og undervisning", "research, healthcare, retail and teaching"),
        area=("Frederiksberg", "Frederiksberg"),
        langs=["es", "it", "fr", "de", "uk", "pt", "hi"],
        actors=[
            ("library_main", "Frederiksberg Hovedbibliotek", "Frederiksberg Main Library",
             "Solbjergvej 21", "2000", "Frederiksberg"),
            ("job_centre", "Jobcenter Frederiksberg", "Jobcentre Frederiksberg", "Howitzvej 9", "2000", "Frederiksberg"),
            ("citizen_service", "Borgerservice Frederiksberg", "Frederiksberg Citizen Service",
             "Smallegade 4", "2000", "Frederiksberg"),
            ("language_school", "Sprogcentret på Gammel Kongevej", "Gammel Kongevej Language Centre",
             "Gammel Kongevej 120", "1850", "Frederiksberg C"),
            ("expat_network", "Frederiksberg International Families", "Frederiksberg International Families",
             "Falkoner Allé 50", "2000", "Frederiksberg"),
            ("sports_club", "Idrætsforeningen Fasanen", "Fasanen Sports Club", "Nordre Fasanvej 180", "2000", "Frederiksberg"),
            ("mentor_network", "Mentornetværket Frederiksberg", "Frederiksberg Mentor Network",
             "Godthåbsvej 45", "2000", "Frederiksberg"),
            ("reception_class", "Kastanjeskolen, modtagelsesklasserne", "Kastanje School, reception classes",
             "Kastanievej 2", "1876", "Frederiksberg C"),
            ("health_visitor", "Sundhedsplejen Frederiksberg", "Frederiksberg Health Visitors",
             "Rolighedsvej 14", "1958", "Frederiksberg C"),
            ("housing_office", "Boligrådgivningen for Tilflyttere", "Housing Advice for Newcomers",
             "Frederiksberg Allé 60", "1820", "Frederiksberg C"),
            ("employer", "Frederiksberg Biotek Service ApS", "Frederiksberg Biotech Service ApS",
             "Finsensvej 78", "2000", "Frederiksberg",
             {"ind": ("laboratorieservice og bioteknologi", "laboratory services and biotechnology")}),
            ("music_school", "Kulturskolen Frederiksberg", "Frederiksberg School of Culture",
             "Godthåbsvej 20", "2000", "Frederiksberg"),
            ("faith", "International Menighed på Frederiksberg", "International Congregation Frederiksberg",
             "Frederiksberg Bredegade 3", "2000", "Frederiksberg"),
        ],
    ),
    "265": dict(
        slug="roskilde", town={"da": "Roskilde", "en": "Roskilde", "uk": "Роскілле", "ar": "روسكيلده", "pl": "Roskilde"},
        work=("detailhandel, transport, sundhed og forskning", "retail, transport, healthcare and research"),
        area=("Jyllinge", "Jyllinge"),
        langs=["uk", "pl", "ar", "ro", "ti"],
        actors=[
            ("library_main", "Roskilde Bibliotek", "Roskilde Library", "Dronning Margrethes Vej 14", "4000", "Roskilde"),
            ("library_branch", "Jyllinge Bibliotek", "Jyllinge Library", "Bygaden 10", "4040", "Jyllinge"),
            ("job_centre", "Jobcenter Roskilde", "Jobcentre Roskilde", "Køgevej 80", "4000", "Roskilde"),
            ("citizen_service", "Borgerservice Roskilde", "Roskilde Citizen Service", "Rådhusbuen 3", "4000", "Roskilde"),
            ("language_school", "Sprogcenter Roskilde-Lejre", "Roskilde-Lejre Language Centre",
             "Maglegårdsvej 8", "4000", "Roskilde"),
            ("ukrainian_assoc", "Ukrainsk Forening Roskilde", "Ukrainian Association Roskilde",
             "Hersegade 22", "4000", "Roskilde"),
            ("volunteer_centre", "Frivillighuset ved Domkirken", "Cathedral Volunteer House",
             "Stændertorvet 5", "4000", "Roskilde"),
            ("university", "Campus Trekroner, International Studenterservice",
             "Trekroner Campus International Student Service", "Universitetsvej 9", "4000", "Roskilde"),
            ("health_house", "Sundhedscenter Roskilde, Team Nytilkomne", "Roskilde Health Centre, Newcomer Team",
             "Køgevej 3", "4000", "Roskilde"),
            ("housing_assoc", "Boligforeningen Fjordhjem", "Fjordhjem Housing Association",
             "Ringstedvej 40", "4000", "Roskilde"),
            ("employer", "Fjordbyens Distributionscenter A/S", "Fjordbyen Distribution Centre Ltd.",
             "Københavnsvej 81", "4000", "Roskilde", {"ind": ("lager og logistik", "warehousing and logistics")}),
            ("culture_house", "Musicon Værkstedshus", "Musicon Workshop House", "Rabalderstræde 6", "4000", "Roskilde"),
            ("intl_community", "International Roskilde", "International Roskilde", "Algade 31", "4000", "Roskilde"),
        ],
    ),
    "316": dict(
        slug="holbaek", town={"da": "Holbæk", "en": "Holbæk", "uk": "Голбек", "ar": "هولبيك", "pl": "Holbæk"},
        work=("fødevareproduktion, landbrug, byggeri og ældrepleje",
              "food production, agriculture, construction and elderly care"),
        area=("Holbæk", "Holbæk"),
        langs=["uk", "pl", "ar", "ro", "lt", "ti"],
        actors=[
            ("library_main", "Holbæk Bibliotek", "Holbæk Library", "Kanalstræde 2", "4300", "Holbæk"),
            ("job_centre", "Jobcenter Holbæk", "Jobcentre Holbæk", "Kanalstræde 14", "4300", "Holbæk"),
            ("citizen_service", "Borgerservice Holbæk", "Holbæk Citizen Service", "Ahlgade 1", "4300", "Holbæk"),
            ("language_school", "Sprogcenter Nordvestsjælland", "North-West Zealand Language Centre",
             "Smedelundsgade 16", "4300", "Holbæk"),
            ("women_network", "Kvindecaféen Holbæk", "Holbæk Women's Café", "Jernbanevej 9", "4300", "Holbæk"),
            ("sports_club", "Holbæk Fjord Idrætsforening", "Holbæk Fjord Sports Club", "Stadionvej 6", "4300", "Holbæk"),
            ("ukrainian_assoc", "Ukrainsk Fællesskab Nordvestsjælland", "Ukrainian Community North-West Zealand",
             "Ahlgade 40", "4300", "Holbæk"),
            ("vuc", "Voksenuddannelsescenter Isefjord", "Isefjord Adult Education Centre",
             "Kalundborgvej 20", "4300", "Holbæk"),
            ("health_visitor", "Sundhedsplejen i Holbæk Kommune", "Holbæk Municipal Health Visitors",
             "Slotsvej 7", "4300", "Holbæk"),
            ("housing_office", "Boliganvisningen Holbæk", "Holbæk Housing Allocation Office",
             "Jernbanevej 30", "4300", "Holbæk"),
            ("employer", "Isefjordens Fødevarer A/S", "Isefjord Foods Ltd.", "Tveje Merløsevej 60", "4300", "Holbæk",
             {"ind": ("fødevareproduktion", "food production")}),
            ("museum", "Byhistorisk Samling Holbæk", "Holbæk Town History Collection",
             "Klosterstræde 16", "4300", "Holbæk"),
            ("faith", "Den Internationale Kirkegruppe i Holbæk", "Holbæk International Church Group",
             "Kirkestræde 3", "4300", "Holbæk"),
        ],
    ),
    "461": dict(
        slug="odense", town={"da": "Odense", "en": "Odense", "uk": "Оденсе", "ar": "أودنسه", "pl": "Odense"},
        work=("sundhed, robotteknologi, byggeri og rengøring", "healthcare, robotics, construction and cleaning"),
        area=("Vollsmose", "Vollsmose"),
        langs=["ar", "so", "ku", "uk", "fa", "tr", "pl"],
        actors=[
            ("library_main", "Odense Hovedbibliotek", "Odense Main Library", "Østre Stationsvej 15", "5000", "Odense C"),
            ("library_branch", "Vollsmose Bibliotek", "Vollsmose Library", "Vollsmose Allé 14", "5240", "Odense NØ"),
            ("job_centre", "Jobcenter Odense, Internationalt Team", "Jobcentre Odense, International Team",
             "Ørbækvej 100", "5220", "Odense SØ"),
            ("citizen_service", "Borgerservice Odense", "Odense Citizen Service", "Flakhaven 2", "5000", "Odense C"),
            ("language_school", "Sprogcenter Fyn", "Funen Language Centre", "Ejbygade 4", "5000", "Odense C"),
            ("homework_cafe", "Lektiecaféen Vollsmose", "Vollsmose Homework Café", "Vollsmose Torv 6", "5240", "Odense NØ"),
            ("mentor_network", "Fynsk Mentornetværk", "Funen Mentor Network", "Vestergade 60", "5000", "Odense C"),
            ("expat_network", "Odense International Club", "Odense International Club", "Kongensgade 45", "5000", "Odense C"),
            ("university", "Campus Odense, International Student Centre", "Campus Odense International Student Centre",
             "Campusvej 31", "5230", "Odense M"),
            ("health_house", "Sundhedscenter for Nytilkomne, Odense", "Odense Newcomer Health Centre",
             "Klosterbakken 4", "5000", "Odense C"),
            ("housing_assoc", "Boligforeningen Fynbo", "Fynbo Housing Association", "Nyborgvej 120", "5220", "Odense SØ"),
            ("employer", "Robotdalen Montage ApS", "Robot Valley Assembly ApS", "Forskerparken 30", "5230", "Odense M",
             {"ind": ("robotteknologi og montage", "robotics and assembly")}),
            ("culture_house", "Kulturhuset Munkemose", "Munkemose Culture House", "Munkemosevej 4", "5000", "Odense C"),
            ("legal_aid", "Retshjælpen Fyn", "Funen Legal Aid", "Overgade 22", "5000", "Odense C"),
        ],
    ),
    "530": dict(
        slug="billund", town={"da": "Billund", "en": "Billund", "uk": "Біллунн", "ar": "بيلوند", "pl": "Billund"},
        work=("lufthavnen, logistik, turisme og produktion", "the airport, logistics, tourism and manufacturing"),
        area=("Grindsted", "Grindsted"),
        langs=["pl", "ro", "lt", "uk", "de", "tl", "hu"],
        actors=[
            ("library_main", "Billund Bibliotek", "Billund Library", "Jorden Rundt 2", "7190", "Billund"),
            ("library_branch", "Grindsted Bibliotek", "Grindsted Library", "Torvegade 12", "7200", "Grindsted"),
            ("job_centre", "Jobcenter Billund", "Jobcentre Billund", "Jernbanegade 16", "7200", "Grindsted"),
            ("citizen_service", "Borgerservice Billund", "Billund Citizen Service", "Hans Jensens Vej 8", "7190", "Billund"),
            ("language_school", "Sprogcenter Sydvest, afdeling Billund", "South-West Language Centre, Billund branch",
             "Nordmarksvej 5", "7190", "Billund"),
            ("expat_network", "Billund Internationals", "Billund Internationals", "Hans Jensens Vej 20", "7190", "Billund"),
            ("sports_club", "Billund Svømme- og Idrætsklub", "Billund Swimming and Sports Club",
             "Grindstedvej 30", "7190", "Billund"),
            ("reception_class", "Vestbyskolen, modtagelsesklasser", "Vestby School, reception classes",
             "Vestergade 40", "7200", "Grindsted"),
            ("health_visitor", "Sundhedsplejen Billund", "Billund Health Visitors", "Hans Jensens Vej 12", "7190", "Billund"),
            ("housing_office", "Boligservice for Internationale, Billund", "Housing Service for Internationals, Billund",
             "Nordmarksvej 2", "7190", "Billund"),
            ("employer", "Lufthavnsbyens Handling A/S", "Airport Town Ground Handling Ltd.",
             "Lufthavnsvej 20", "7190", "Billund",
             {"ind": ("lufthavnsservice og bagagehåndtering", "airport services and baggage handling")}),
            ("music_school", "Billund Musik- og Billedskole", "Billund School of Music and Art",
             "Hans Jensens Vej 14", "7190", "Billund"),
            ("intl_community", "Work & Live Billund", "Work & Live Billund", "Jorden Rundt 6", "7190", "Billund"),
        ],
    ),
    "540": dict(
        slug="sonderborg", town={"da": "Sønderborg", "en": "Sønderborg", "uk": "Сеннерборг", "ar": "سوندربورغ",
                                 "pl": "Sønderborg"},
        work=("industri, elektronik, energi og turisme", "industry, electronics, energy and tourism"),
        area=("Nordborg", "Nordborg"),
        langs=["de", "pl", "ro", "uk", "bg", "lt", "hi"],
        actors=[
            ("library_main", "Sønderborg Bibliotek", "Sønderborg Library", "Kongevej 28", "6400", "Sønderborg"),
            ("library_branch", "Nordborg Bibliotek", "Nordborg Library", "Storegade 30", "6430", "Nordborg"),
            ("job_centre", "Jobcenter Sønderborg", "Jobcentre Sønderborg", "Rådhustorvet 10", "6400", "Sønderborg"),
            ("citizen_service", "Borgerservice Sønderborg", "Sønderborg Citizen Service",
             "Rådhustorvet 8", "6400", "Sønderborg"),
            ("language_school", "Sprogcenter Als", "Als Language Centre", "Perlegade 50", "6400", "Sønderborg"),
            ("mentor_network", "Grænselandets Mentorkorps", "Borderland Mentor Corps",
             "Jernbanegade 22", "6400", "Sønderborg"),
            ("expat_network", "Als International Families", "Als International Families",
             "Alsgade 12", "6400", "Sønderborg"),
            ("university", "Campus Alsion, International Student Service", "Campus Alsion International Student Service",
             "Alsion 5", "6400", "Sønderborg"),
            ("health_house", "Sundhedshuset Sønderborg, Team Nytilkomne", "Sønderborg Health House, Newcomer Team",
             "Sundsgade 7", "6400", "Sønderborg"),
            ("housing_assoc", "Boligselskabet Alshjem", "Alshjem Housing Company", "Ringgade 40", "6400", "Sønderborg"),
            ("employer", "Sydals Elektronik A/S", "South Als Electronics Ltd.", "Nørre Landevej 50", "6400", "Sønderborg",
             {"ind": ("elektronik og automation", "electronics and automation")}),
            ("museum", "Fortællerummet på Als", "The Story Room on Als", "Sønderbro 2", "6400", "Sønderborg"),
            ("faith", "Sønderborg Internationale Menighed", "Sønderborg International Congregation",
             "Kirkegade 4", "6400", "Sønderborg"),
        ],
    ),
    "561": dict(
        slug="esbjerg", town={"da": "Esbjerg", "en": "Esbjerg", "uk": "Есб’єрг", "ar": "إسبيرغ", "pl": "Esbjerg"},
        work=("vindenergi og offshore, havnen, fiskeindustri og sundhed",
              "wind energy and offshore, the port, fish processing and healthcare"),
        area=("Kvaglund", "Kvaglund"),
        langs=["pl", "ro", "lv", "lt", "uk", "ar", "so", "tl"],
        actors=[
            ("library_main", "Esbjerg Hovedbibliotek", "Esbjerg Main Library", "Nørregade 19", "6700", "Esbjerg"),
            ("library_branch", "Kvaglund Bibliotek", "Kvaglund Library", "Kvaglundvej 80", "6705", "Esbjerg Ø"),
            ("job_centre", "Jobcenter Esbjerg, Team International", "Jobcentre Esbjerg, Team International",
             "Torvegade 74", "6700", "Esbjerg"),
            ("citizen_service", "Borgerservice Esbjerg", "Esbjerg Citizen Service", "Kongensgade 23", "6700", "Esbjerg"),
            ("language_school", "Sprogcenter Vestkysten", "West Coast Language Centre", "Skolegade 44", "6700", "Esbjerg"),
            ("volunteer_centre", "Frivillighuset Esbjerg", "Esbjerg Volunteer House", "Stormgade 9", "6700", "Esbjerg"),
            ("women_network", "Kvindenetværket Kvaglund", "Kvaglund Women's Network", "Kvaglundvej 84", "6705", "Esbjerg Ø"),
            ("vuc", "Voksenuddannelsescenter Vestkysten", "West Coast Adult Education Centre",
             "Spangsbjerg Kirkevej 100", "6700", "Esbjerg"),
            ("health_visitor", "Sundhedsplejen Esbjerg", "Esbjerg Health Visitors", "Skolegade 14", "6700", "Esbjerg"),
            ("housing_assoc", "Boligforeningen Havbrisen", "Havbrisen Housing Association",
             "Gl. Vardevej 50", "6715", "Esbjerg N"),
            ("employer", "Vesterhavets Vindservice A/S", "North Sea Wind Service Ltd.", "Dokhavnsvej 8", "6700", "Esbjerg",
             {"ind": ("service på havvindmøller", "servicing offshore wind turbines")}),
            ("culture_house", "Kulturmøllen Esbjerg", "Esbjerg Culture Mill", "Havnegade 30", "6700", "Esbjerg"),
            ("legal_aid", "Vestkystens Retshjælp", "West Coast Legal Aid", "Kongensgade 60", "6700", "Esbjerg"),
        ],
    ),
    "630": dict(
        slug="vejle", town={"da": "Vejle", "en": "Vejle", "uk": "Вайле", "ar": "فايله", "pl": "Vejle"},
        work=("logistik, IT, produktion og byggeri", "logistics, IT, manufacturing and construction"),
        area=("Jelling", "Jelling"),
        langs=["uk", "pl", "ro", "ar", "tr", "ti", "vi"],
        actors=[
            ("library_main", "Vejle Bibliotek", "Vejle Library", "Willy Sørensens Plads 2", "7100", "Vejle"),
            ("library_branch", "Jelling Bibliotek", "Jelling Library", "Gormsgade 15", "7300", "Jelling"),
            ("job_centre", "Jobcenter Vejle", "Jobcentre Vejle", "Enghavevej 2", "7100", "Vejle"),
            ("citizen_service", "Borgerservice Vejle", "Vejle Citizen Service", "Skolegade 1", "7100", "Vejle"),
            ("language_school", "Sprogcenter Vejle Fjord", "Vejle Fjord Language Centre", "Vissingsgade 4", "7100", "Vejle"),
            ("ukrainian_assoc", "Ukrainsk Kulturforening Vejle", "Ukrainian Cultural Association Vejle",
             "Dæmningen 40", "7100", "Vejle"),
            ("homework_cafe", "Lektiecaféen Nørremarken", "Nørremarken Homework Café", "Nørremarksvej 70", "7100", "Vejle"),
            ("reception_class", "Fjordskolen, modtagelsesklasser", "Fjord School, reception classes",
             "Sønderbrogade 20", "7100", "Vejle"),
            ("health_house", "Sundhedscenter Vejle, Team Nytilkomne", "Vejle Health Centre, Newcomer Team",
             "Kirketorvet 22", "7100", "Vejle"),
            ("housing_office", "Boligrådgivningen Vejle", "Vejle Housing Advice", "Vestergade 24", "7100", "Vejle"),
            ("employer", "Trekantområdets Lagerlogistik A/S", "Triangle Region Warehouse Logistics Ltd.",
             "Ødstedvej 30", "7120", "Vejle Øst", {"ind": ("lager og logistik", "warehousing and logistics")}),
            ("culture_house", "Kulturhuset ved Fjorden", "Fjordside Culture House", "Havnepromenaden 10", "7100", "Vejle"),
            ("intl_community", "International Vejle", "International Vejle", "Dæmningen 12", "7100", "Vejle"),
        ],
    ),
    "657": dict(
        slug="herning", town={"da": "Herning", "en": "Herning", "uk": "Гернінг", "ar": "هيرنينغ", "pl": "Herning"},
        work=("tekstil og design, messer og events, produktion og landbrug",
              "textiles and design, trade fairs and events, manufacturing and agriculture"),
        area=("Holtbjerg", "Holtbjerg"),
        langs=["pl", "lt", "ro", "uk", "ar", "bg", "lv"],
        actors=[
            ("library_main", "Herning Bibliotek", "Herning Library", "Bryggergade 8", "7400", "Herning"),
            ("job_centre", "Jobcenter Herning", "Jobcentre Herning", "Fredhøjvej 1", "7400", "Herning"),
            ("citizen_service", "Borgerservice Herning", "Herning Citizen Service", "Torvet 5", "7400", "Herning"),
            ("language_school", "Sprogcenter Midt-Vest", "Mid-West Language Centre", "Dalgasgade 31", "7400", "Herning"),
            ("sports_club", "Herning Håndbold- og Motionsklub", "Herning Handball and Fitness Club",
             "Fruehøjgårdvej 4", "7400", "Herning"),
            ("volunteer_centre", "Frivillighuset Herning", "Herning Volunteer House", "Østergade 12", "7400", "Herning"),
            ("women_network", "Kvindenetværket Holtbjerg", "Holtbjerg Women's Network", "Holtbjergvej 60", "7400", "Herning"),
            ("vuc", "Herning Voksenuddannelsescenter", "Herning Adult Education Centre", "Gl. Landevej 61", "7400", "Herning"),
            ("health_visitor", "Sundhedsplejen Herning", "Herning Health Visitors", "Østergade 40", "7400", "Herning"),
            ("housing_assoc", "Boligforeningen Hedehjem", "Hedehjem Housing Association", "Holtbjergvej 10", "7400", "Herning"),
            ("employer", "Vestjysk Tekstilproduktion A/S", "West Jutland Textile Production Ltd.",
             "Birk Centerpark 30", "7400", "Herning", {"ind": ("tekstil og tryk", "textiles and printing")}),
            ("culture_house", "Kulturhuset Fabrikken", "The Factory Culture House", "Fabrikvej 7", "7400", "Herning"),
            ("intl_community", "Herning International Network", "Herning International Network",
             "Bredgade 20", "7400", "Herning"),
        ],
    ),
    "751": dict(
        slug="aarhus", town={"da": "Aarhus", "en": "Aarhus", "uk": "Орхус", "ar": "آرهوس", "pl": "Aarhus"},
        work=("sundhed, byggeri, IT og hotel og restauration", "healthcare, construction, IT and hospitality"),
        area=("Gellerup", "Gellerup"),
        langs=["ar", "so", "tr", "uk", "fa", "ro", "vi", "prs"],
        actors=[
            ("library_main", "Aarhus Hovedbibliotek", "Aarhus Main Library", "Hack Kampmanns Plads 2", "8000", "Aarhus C"),
            ("library_branch", "Gellerup Bibliotek", "Gellerup Library", "Gudrunsvej 18", "8220", "Brabrand"),
            ("job_centre", "Jobcenter Aarhus, Internationalt Team", "Jobcentre Aarhus, International Team",
             "Værkmestergade 15", "8000", "Aarhus C"),
            ("citizen_service", "Borgerservice Aarhus", "Aarhus Citizen Service", "Hack Kampmanns Plads 4", "8000", "Aarhus C"),
            ("language_school", "Sprogcenter Midt-Øst", "Mid-East Language Centre", "Søren Frichs Vej 38", "8230", "Åbyhøj"),
            ("women_network", "Kvindenetværket i Gellerup", "Gellerup Women's Network", "Dortesvej 10", "8220", "Brabrand"),
            ("expat_network", "Aarhus Tilflytterklub", "Aarhus Newcomers' Club", "Frederiks Allé 40", "8000", "Aarhus C"),
            ("homework_cafe", "Lektiehjælpen Bispehaven", "Bispehaven Homework Help", "Rymarksvej 10", "8210", "Aarhus V"),
            ("university", "Internationalt Studenterkontor, Aarhus Campus", "Aarhus Campus International Student Office",
             "Nordre Ringgade 3", "8000", "Aarhus C"),
            ("health_house", "Sundhedshuset for Nytilkomne, Aarhus", "Aarhus Newcomer Health House",
             "Sønder Allé 33", "8000", "Aarhus C"),
            ("housing_assoc", "Boligforeningen Brabrandhjem", "Brabrandhjem Housing Association",
             "Edwin Rahrs Vej 20", "8220", "Brabrand"),
            ("employer", "Østjysk Byggeservice A/S", "East Jutland Construction Services Ltd.",
             "Grøndalsvej 5", "8260", "Viby J", {"ind": ("byggeri og anlæg", "construction and civil engineering")}),
            ("culture_house", "Kulturværkstedet Åbyhøj", "Åbyhøj Culture Workshop", "Silkeborgvej 200", "8230", "Åbyhøj"),
            ("legal_aid", "Retshjælpen Østjylland", "East Jutland Legal Aid", "Klostergade 22", "8000", "Aarhus C"),
        ],
    ),
    "791": dict(
        slug="viborg", town={"da": "Viborg", "en": "Viborg", "uk": "Віборг", "ar": "فيبورغ", "pl": "Viborg"},
        work=("forsvaret, offentlig administration, landbrug og produktion",
              "defence, public administration, agriculture and manufacturing"),
        area=("Bjerringbro", "Bjerringbro"),
        langs=["uk", "pl", "ti", "ar", "ro", "prs"],
        actors=[
            ("library_main", "Viborg Bibliotek", "Viborg Library", "Vesterbrogade 15", "8800", "Viborg"),
            ("library_branch", "Bjerringbro Bibliotek", "Bjerringbro Library", "Nørregade 8", "8850", "Bjerringbro"),
            ("job_centre", "Jobcenter Viborg", "Jobcentre Viborg", "Prinsens Allé 5", "8800", "Viborg"),
            ("citizen_service", "Borgerservice Viborg", "Viborg Citizen Service", "Prinsens Allé 7", "8800", "Viborg"),
            ("language_school", "Sprogcenter Viborg og Skive", "Viborg and Skive Language Centre",
             "Skottenborg 26", "8800", "Viborg"),
            ("ukrainian_assoc", "Ukrainsk Forening i Viborg", "Ukrainian Association in Viborg",
             "Sct. Mathias Gade 50", "8800", "Viborg"),
            ("mentor_network", "Viborg Mentornetværk", "Viborg Mentor Network", "Banegårdspladsen 4", "8800", "Viborg"),
            ("reception_class", "Domsognets Skole, modtagelsesklasser", "Cathedral Parish School, reception classes",
             "Gl. Skivevej 10", "8800", "Viborg"),
            ("health_house", "Sundhedshuset Viborg, Flygtningeteamet", "Viborg Health House, Refugee Team",
             "Reberbanen 4", "8800", "Viborg"),
            ("housing_office", "Boliganvisningen i Viborg", "Viborg Housing Allocation", "Prinsens Allé 9", "8800", "Viborg"),
            ("employer", "Hedens Maskinfabrik A/S", "Heath Machine Works Ltd.", "Bruunshåbvej 40", "8800", "Viborg",
             {"ind": ("metal og maskinproduktion", "metalwork and machine manufacturing")}),
            ("music_school", "Viborg Kulturskole", "Viborg School of Culture", "Reberbanen 12", "8800", "Viborg"),
            ("faith", "Viborg Internationale Menighed", "Viborg International Congregation",
             "Domkirkepladsen 2", "8800", "Viborg"),
        ],
    ),
    "851": dict(
        slug="aalborg", town={"da": "Aalborg", "en": "Aalborg", "uk": "Ольборг", "ar": "ألبورغ", "pl": "Aalborg"},
        work=("byggeri, sundhed, IT og universitetet", "construction, healthcare, IT and the university"),
        area=("Aalborg Øst", "Aalborg East"),
        langs=["uk", "ar", "so", "ro", "pl", "ku", "fa", "ne"],
        actors=[
            ("library_main", "Aalborg Hovedbibliotek", "Aalborg Main Library", "Rendsburggade 2", "9000", "Aalborg"),
            ("library_branch", "Aalborg Øst Bibliotek", "Aalborg East Library", "Fyrkildevej 7", "9220", "Aalborg Øst"),
            ("job_centre", "Jobcenter Aalborg, Team International", "Jobcentre Aalborg, Team International",
             "Vesterbro 14", "9000", "Aalborg"),
            ("citizen_service", "Borgerservice Aalborg", "Aalborg Citizen Service", "Boulevarden 13", "9000", "Aalborg"),
            ("language_school", "Sprogcenter Nordjylland", "North Jutland Language Centre",
             "Danmarksgade 40", "9000", "Aalborg"),
            ("volunteer_centre", "Frivillighuset Limfjorden", "Limfjord Volunteer House", "Nytorv 20", "9000", "Aalborg"),
            ("sports_club", "Aalborg Øst Idrætsforening", "Aalborg East Sports Club", "Tornhøjvej 5", "9220", "Aalborg Øst"),
            ("women_network", "Kvindecaféen i Nørresundby", "Nørresundby Women's Café", "Torvet 6", "9400", "Nørresundby"),
            ("university", "Internationalt Studenterkontor, Campus Aalborg", "Campus Aalborg International Student Office",
             "Fredrik Bajers Vej 9", "9220", "Aalborg Øst"),
            ("health_visitor", "Sundhedsplejen Aalborg", "Aalborg Health Visitors", "Kjellerups Torv 4", "9000", "Aalborg"),
            ("housing_assoc", "Boligselskabet Fjordparken Nord", "Fjordparken Nord Housing Company",
             "Sjællandsgade 12", "9000", "Aalborg"),
            ("employer", "Nordjysk Betonelement A/S", "North Jutland Precast Concrete Ltd.",
             "Hjulmagervej 30", "9000", "Aalborg",
             {"ind": ("byggeri og betonelementer", "construction and precast concrete")}),
            ("museum", "Limfjordens Kulturhistoriske Samling", "Limfjord Cultural History Collection",
             "Algade 48", "9000", "Aalborg"),
            ("intl_community", "Internationalt Netværk Aalborg", "International Network Aalborg",
             "Vesterbro 60", "9000", "Aalborg"),
        ],
    ),
}

# Actors that are also presented in Ukrainian, Arabic and Polish.
_ML_NAMES = {
    "101-library": {"uk": "Центральна бібліотека Копенгагена", "ar": "المكتبة المركزية في كوبنهاغن",
                    "pl": "Biblioteka Główna w Kopenhadze"},
    "101-citizen_service": {"uk": "Громадський сервіс Копенгагена для новоприбулих",
                            "ar": "خدمة المواطنين في كوبنهاغن – مكتب القادمين الجدد",
                            "pl": "Biuro Obsługi Mieszkańców Kopenhagi – punkt dla nowo przybyłych"},
    "751-library": {"uk": "Центральна бібліотека Орхуса", "ar": "المكتبة المركزية في آرهوس",
                    "pl": "Biblioteka Główna w Aarhus"},
    "751-citizen_service": {"uk": "Громадський сервіс Орхуса", "ar": "خدمة المواطنين في آرهوس",
                            "pl": "Biuro Obsługi Mieszkańców w Aarhus"},
    "461-library": {"uk": "Центральна бібліотека Оденсе", "ar": "المكتبة المركزية في أودنسه",
                    "pl": "Biblioteka Główna w Odense"},
    "461-citizen_service": {"uk": "Громадський сервіс Оденсе", "ar": "خدمة المواطنين في أودنسه",
                            "pl": "Biuro Obsługi Mieszkańców w Odense"},
    "851-library": {"uk": "Центральна бібліотека Ольборга", "ar": "المكتبة المركزية في ألبورغ",
                    "pl": "Biblioteka Główna w Aalborgu"},
    "851-citizen_service": {"uk": "Громадський сервіс Ольборга", "ar": "خدمة المواطنين في ألبورغ",
                            "pl": "Biuro Obsługi Mieszkańców w Aalborgu"},
    "561-library": {"uk": "Центральна бібліотека Есб’єрга", "ar": "المكتبة المركزية في إسبيرغ",
                    "pl": "Biblioteka Główna w Esbjergu"},
    "540-library": {"uk": "Бібліотека Сеннерборга", "ar": "مكتبة سوندربورغ", "pl": "Biblioteka w Sønderborgu"},
    "630-citizen_service": {"uk": "Громадський сервіс Вайле", "ar": "خدمة المواطنين في فايله",
                            "pl": "Biuro Obsługi Mieszkańców w Vejle"},
    "265-citizen_service": {"uk": "Громадський сервіс Роскілле", "ar": "خدمة المواطنين في روسكيلده",
                            "pl": "Biuro Obsługi Mieszkańców w Roskilde"},
}

_SECTOR_SLUG = {
    "library": "bibliotek", "job_centre": "jobcenter", "citizen_service": "borgerservice",
    "language_school": "sprogcenter", "education": "uddannelse", "health": "sundhed", "housing": "bolig",
    "association": "forening", "employer": "virksomhed", "culture": "kultur", "other": "netvaerk",
}


def _build_actors():
    actors = []
    counter = 0
    for m_index, code in enumerate(FEATURED_MUNICIPALITIES):
        m = _M[code]
        seen = {}
        for a_index, spec in enumerate(m["actors"]):
            kind, name_da, name_en, address, postcode, city = spec[:6]
            extra = spec[6] if len(spec) > 6 else {}
            k = _KINDS[kind]
            sector = k["sector"]
            seen[sector] = seen.get(sector, 0) + 1
            n = seen[sector]
            key = "%s-%s" % (code, sector) if n == 1 else "%s-%s-%d" % (code, sector, n)
            rot = m_index + a_index  # rotates the variants so neighbours differ

            day_da, day_en = _DAYS[(m_index * 3 + a_index) % len(_DAYS)]
            ind = extra.get("ind", m["work"])
            ctx = {
                "da": dict(town=m["town"]["da"], work=m["work"][0], area=m["area"][0], day=day_da, ind=ind[0]),
                "en": dict(town=m["town"]["en"], work=m["work"][1], area=m["area"][1], day=day_en, ind=ind[1]),
            }

            if key in _ML_NAMES:
                langs_out = ML_LANGS
                names = {"da": name_da, "en": name_en}
                names.update(_ML_NAMES[key])
                if sector == "library":
                    desc_t, serv_pool = _ML_LIBRARY_DESC, _ML_LIBRARY_SERVICES
                else:
                    desc_t, serv_pool = _ML_CITIZEN_DESC, _ML_CITIZEN_SERVICES
                variant = desc_t[rot % len(desc_t)]
                description = {
                    lang: [p.format(name=names[lang], town=m["town"][lang]) for p in variant[lang]]
                    for lang in langs_out
                }
                n_serv = 2 + (rot % 2)
                picks = [serv_pool[(rot + i) % len(serv_pool)] for i in range(n_serv)]
                services = [{"name": dict(s_name), "description": dict(s_desc)} for s_name, s_desc in picks]
            else:
                langs_out = ["da", "en"]
                names = {"da": name_da, "en": name_en}
                da_paras, en_paras = k["desc"][rot % len(k["desc"])]
                description = {
                    "da": [p.format(name=name_da, **ctx["da"]) for p in da_paras],
                    "en": [p.format(name=name_en, **ctx["en"]) for p in en_paras],
                }
                pool = k["services"]
                n_serv = min(len(pool), 2 + (rot % 2))
                picks = [pool[(rot + i) % len(pool)] for i in range(n_serv)]
                services = [
                    {"name": {"da": s[0].format(**ctx["da"]), "en": s[1].format(**ctx["en"])},
                     "description": {"da": s[2].format(**ctx["da"]), "en": s[3].format(**ctx["en"])}}
                    for s in picks
                ]

            languages = list(k["base_langs"])
            if key in _ML_NAMES:
                languages = ["da", "en", "uk", "ar", "pl"]
            community = m["langs"]
            for i in range(k["n_extra"]):
                code_l = community[(rot + i) % len(community)]
                if code_l not in languages:
                    languages.append(code_l)

            target_groups = list(k["tg"][rot % len(k["tg"])])
            hours_spec = k["hours"][rot % len(k["hours"])]

            slug_sector = _SECTOR_SLUG[sector] + ("" if n == 1 else str(n))
            phone_n = 1001 + counter * 47
            verified = datetime.date(2025, 8, 18) + datetime.timedelta(days=(counter * 41) % 400)

            actors.append({
                "key": key,
                "municipality": code,
                "sector": sector,
                "name": names,
                "description": description,
                "services": services,
                "languages": languages,
                "target_groups": target_groups,
                "address": address,
                "postcode": postcode,
                "city": city,
                "phone": "+45 00 00 %02d %02d" % (phone_n // 100, phone_n % 100),
                "email": "%s.%s@example.org" % (m["slug"], slug_sector),
                "website": "https://%s.%s.example.org/" % (slug_sector, m["slug"]),
                "opening_hours": _render_hours(hours_spec, langs_out),
                "verified_on": verified.isoformat(),
            })
            counter += 1
    return actors


ACTORS = _build_actors()
