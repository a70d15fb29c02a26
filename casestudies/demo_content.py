"""Demo content for case studies (Erfaringsportalen).

Pure data, no imports. Municipality codes refer to Danish municipalities
(101 København, 147 Frederiksberg, 265 Roskilde, 316 Holbæk, 461 Odense,
530 Billund, 540 Sønderborg, 561 Esbjerg, 630 Vejle, 657 Herning,
751 Aarhus, 791 Viborg, 851 Aalborg). Actors are referenced by the key
"<municipality code>-<sector>". People, e-mail addresses and phone numbers
are fictional.
"""

THEMES = [
    {
        "slug": "welcome",
        "name": {
            "da": "Velkomst og første skridt",
            "en": "Welcome and first steps",
            "uk": "Привітання та перші кроки",
            "ar": "الترحيب والخطوات الأولى",
            "pl": "Powitanie i pierwsze kroki",
        },
    },
    {
        "slug": "language",
        "name": {
            "da": "Dansk sprog",
            "en": "Learning Danish",
            "uk": "Вивчення датської мови",
            "ar": "تعلّم اللغة الدنماركية",
            "pl": "Nauka języka duńskiego",
        },
    },
    {
        "slug": "employment",
        "name": {
            "da": "Job og karriere",
            "en": "Jobs and careers",
            "uk": "Робота та кар'єра",
            "ar": "العمل والمسار المهني",
            "pl": "Praca i kariera",
        },
    },
    {
        "slug": "networks",
        "name": {
            "da": "Netværk og frivillighed",
            "en": "Networks and volunteering",
            "uk": "Соціальні зв'язки та волонтерство",
            "ar": "الشبكات الاجتماعية والعمل التطوعي",
            "pl": "Sieci społeczne i wolontariat",
        },
    },
    {
        "slug": "families",
        "name": {
            "da": "Børn og familier",
            "en": "Children and families",
            "uk": "Діти та родини",
            "ar": "الأطفال والعائلات",
            "pl": "Dzieci i rodziny",
        },
    },
    {
        "slug": "digital",
        "name": {
            "da": "Digital inklusion",
            "en": "Digital inclusion",
            "uk": "Цифрова інклюзія",
            "ar": "الشمول الرقمي",
            "pl": "Włączenie cyfrowe",
        },
    },
    {
        "slug": "democracy",
        "name": {
            "da": "Medborgerskab og demokrati",
            "en": "Citizenship and democracy",
            "uk": "Громадянство та демократія",
            "ar": "المواطنة والديمقراطية",
            "pl": "Obywatelstwo i demokracja",
        },
    },
    {
        "slug": "culture",
        "name": {
            "da": "Kultur og fritid",
            "en": "Culture and leisure",
            "uk": "Культура та дозвілля",
            "ar": "الثقافة والترفيه",
            "pl": "Kultura i czas wolny",
        },
    },
]


CASE_STUDIES = [
    # ------------------------------------------------------------------
    # 1. Aarhus: language café + job café (five languages)
    # ------------------------------------------------------------------
    {
        "slug": "sprogcafe-og-jobcafe-i-aarhus",
        "municipalities": ["751"],
        "themes": ["language", "employment"],
        "target_groups": ["workers", "partners"],
        "origin": "newcomers_project",
        "start": "2023-02-01",
        "end": "2024-06-30",
        "title": {
            "da": "Sprogcafé og jobcafé under samme tag i Aarhus",
            "en": "Language café and job café under one roof in Aarhus",
            "uk": "Мовне кафе та кафе з працевлаштування під одним дахом в Орхусі",
            "ar": "مقهى اللغة ومقهى العمل تحت سقف واحد في أورهوس",
            "pl": "Kawiarenka językowa i kawiarenka pracy pod jednym dachem w Aarhus",
        },
        "summary": {
            "da": "Hovedbiblioteket på Dokk1, Jobcenter Aarhus og sprogcentret slog deres tilbud sammen til én ugentlig torsdagscafé. Nytilkomne kan øve dansk med frivillige, få hjælp til CV på dansk og engelsk og tale med en jobkonsulent – uden tidsbestilling.",
            "en": "The main library at Dokk1, Jobcentre Aarhus and the language school merged their services into one weekly Thursday café. Newcomers can practise Danish with volunteers, get help with their CV in Danish and English and talk to an employment adviser – no appointment needed.",
            "uk": "Головна бібліотека в Dokk1, Центр зайнятості Орхуса та мовна школа об'єднали свої послуги в одне щотижневе кафе по четвергах. Новоприбулі можуть практикувати датську з волонтерами, отримати допомогу з резюме датською та англійською мовами й поговорити з консультантом із працевлаштування – без попереднього запису.",
            "ar": "جمعت المكتبة الرئيسية في Dokk1 ومركز التوظيف في أورهوس ومدرسة اللغة خدماتها في مقهى أسبوعي واحد كل يوم خميس. يمكن للقادمين الجدد التدرّب على اللغة الدنماركية مع متطوعين، والحصول على مساعدة في كتابة السيرة الذاتية بالدنماركية والإنجليزية، والتحدث مع مستشار توظيف دون موعد مسبق.",
            "pl": "Biblioteka główna w Dokk1, Jobcenter Aarhus i szkoła językowa połączyły swoje usługi w jedną cotygodniową czwartkową kawiarenkę. Nowo przybyli mogą ćwiczyć duński z wolontariuszami, uzyskać pomoc przy CV po duńsku i angielsku oraz porozmawiać z doradcą zawodowym – bez wcześniejszego umawiania się.",
        },
        "actors": [
            {
                "actor": "751-library",
                "role": {
                    "da": "Projektejer; lagde lokaler, computere og koordinering til",
                    "en": "Project owner; provided rooms, computers and coordination",
                    "uk": "Власник проєкту; надала приміщення, комп'ютери та координацію",
                    "ar": "صاحبة المشروع؛ وفّرت القاعات والحواسيب والتنسيق",
                    "pl": "Właściciel projektu; zapewniła sale, komputery i koordynację",
                },
            },
            {
                "actor": "751-job_centre",
                "role": {
                    "da": "Stillede med en virksomhedskonsulent hver torsdag",
                    "en": "Provided a business consultant every Thursday",
                    "uk": "Щочетверга направляв консультанта з роботи з підприємствами",
                    "ar": "وفّر مستشارًا للتواصل مع الشركات كل يوم خميس",
                    "pl": "Co czwartek zapewniał konsultanta ds. współpracy z firmami",
                },
            },
            {
                "actor": "751-language_school",
                "role": {
                    "da": "Leverede en dansklærer og rekrutterede frivillige samtalepartnere",
                    "en": "Provided a Danish teacher and recruited volunteer conversation partners",
                    "uk": "Надала вчителя датської та залучила волонтерів-співрозмовників",
                    "ar": "وفّرت معلمًا للغة الدنماركية وجنّدت متطوعين للمحادثة",
                    "pl": "Zapewniła nauczyciela duńskiego i zrekrutowała wolontariuszy do rozmów",
                },
            },
        ],
        "body": [
            ("challenge", {
                "da": [
                    "Mange internationale medarbejdere og deres medfølgende partnere i Aarhus gik til tre forskellige steder for at få hjælp: sprogskolen om dagen, jobcentret efter aftale og biblioteket om aftenen. Især partnerne, som ikke selv havde et job, faldt igennem. De kendte ikke systemet, turde ikke ringe til jobcentret og manglede et sted at øve det dansk, de lærte i undervisningen.",
                ],
                "en": [
                    "Many international employees and their accompanying partners in Aarhus went to three different places for help: the language school in the daytime, the job centre by appointment and the library in the evening. The partners in particular, who had no job of their own, fell through the cracks. They did not know the system, did not dare call the job centre and had nowhere to practise the Danish they learned in class.",
                ],
                "uk": [
                    "Багато іноземних працівників та їхніх партнерів в Орхусі зверталися по допомогу в три різні місця: до мовної школи вдень, до центру зайнятості за записом і до бібліотеки ввечері. Особливо партнери, які самі не мали роботи, залишалися поза увагою. Вони не знали системи, не наважувалися телефонувати до центру зайнятості й не мали де практикувати датську, яку вивчали на заняттях.",
                ],
                "ar": [
                    "كان كثير من الموظفين الدوليين وشركائهم المرافقين في أورهوس يتنقلون بين ثلاثة أماكن مختلفة للحصول على المساعدة: مدرسة اللغة في النهار، ومركز التوظيف بموعد مسبق، والمكتبة في المساء. وكان الشركاء الذين لا يعملون هم الأكثر عرضة للإهمال، فهم لا يعرفون النظام، ويترددون في الاتصال بمركز التوظيف، ولا يجدون مكانًا يتدربون فيه على اللغة الدنماركية التي يتعلمونها في الصف.",
                ],
                "pl": [
                    "Wielu zagranicznych pracowników i ich partnerów w Aarhus szukało pomocy w trzech różnych miejscach: w szkole językowej w ciągu dnia, w urzędzie pracy po umówieniu wizyty i w bibliotece wieczorem. Szczególnie partnerzy, którzy sami nie mieli pracy, wypadali z systemu. Nie znali go, bali się zadzwonić do urzędu pracy i nie mieli gdzie ćwiczyć duńskiego, którego uczyli się na zajęciach.",
                ],
            }),
            ("approach", {
                "da": [
                    "I februar 2023 åbnede vi en fælles café hver torsdag kl. 15-18 på Dokk1. Sprogcentret stillede med en lærer og et hold frivillige samtalepartnere, jobcentret sendte en virksomhedskonsulent, og biblioteket lagde lokaler, computere og printer til. Vi delte rummet i tre borde: Snak dansk, CV og ansøgning samt Spørg jobcentret. Deltagerne kunne bevæge sig frit mellem bordene, og vi serverede kaffe og kage for at gøre det uformelt.",
                ],
                "en": [
                    "In February 2023 we opened a joint café every Thursday from 3 to 6 pm at Dokk1. The language school provided a teacher and a group of volunteer conversation partners, the job centre sent a business consultant, and the library contributed rooms, computers and a printer. We divided the room into three tables: Speak Danish, CV and application, and Ask the job centre. Participants could move freely between the tables, and we served coffee and cake to keep it informal.",
                ],
                "uk": [
                    "У лютому 2023 року ми відкрили спільне кафе щочетверга з 15:00 до 18:00 у Dokk1. Мовна школа виділила вчителя та групу волонтерів-співрозмовників, центр зайнятості направив консультанта з роботи з підприємствами, а бібліотека надала приміщення, комп'ютери та принтер. Ми розділили залу на три столи: «Говоримо датською», «Резюме та заява» і «Запитай центр зайнятості». Учасники могли вільно переходити між столами, а каву й тістечка ми подавали, щоб зберегти невимушену атмосферу.",
                ],
                "ar": [
                    "في فبراير 2023 افتتحنا مقهى مشتركًا كل يوم خميس من الساعة الثالثة حتى السادسة مساءً في Dokk1. وفّرت مدرسة اللغة معلمًا ومجموعة من المتطوعين للمحادثة، وأرسل مركز التوظيف مستشارًا متخصصًا في التواصل مع الشركات، بينما قدّمت المكتبة القاعات والحواسيب والطابعة. قسّمنا القاعة إلى ثلاث طاولات: «تحدّث الدنماركية» و«السيرة الذاتية وطلب العمل» و«اسأل مركز التوظيف». وكان بإمكان المشاركين التنقل بحرية بين الطاولات، وقدّمنا القهوة والكعك للحفاظ على أجواء غير رسمية.",
                ],
                "pl": [
                    "W lutym 2023 roku otworzyliśmy wspólną kawiarenkę w każdy czwartek w godzinach 15–18 w Dokk1. Szkoła językowa zapewniła nauczyciela i grupę wolontariuszy do rozmów, urząd pracy oddelegował konsultanta ds. współpracy z firmami, a biblioteka udostępniła sale, komputery i drukarkę. Podzieliliśmy salę na trzy stoły: „Mów po duńsku”, „CV i podanie” oraz „Zapytaj urząd pracy”. Uczestnicy mogli swobodnie przechodzić między stołami, a kawa i ciasto pomagały zachować nieformalną atmosferę.",
                ],
            }),
            ("results", {
                "da": [
                    "Fra februar 2023 til juni 2024 havde caféen 1.850 besøg fordelt på 412 forskellige deltagere fra 47 lande. 236 fik hjælp til et dansk eller engelsk CV, og jobcentret registrerede 58 deltagere, der kom i job, praktik eller løntilskud inden for seks måneder. 22 af de frivillige samtalepartnere var selv tidligere deltagere.",
                ],
                "en": [
                    "From February 2023 to June 2024 the café had 1,850 visits by 412 different participants from 47 countries. 236 got help with a Danish or English CV, and the job centre recorded 58 participants who found a job, a work placement or a wage-subsidy position within six months. 22 of the volunteer conversation partners were former participants themselves.",
                ],
                "uk": [
                    "З лютого 2023 року до червня 2024 року кафе відвідали 1850 разів 412 різних учасників із 47 країн. 236 осіб отримали допомогу з резюме датською або англійською мовою, а центр зайнятості зареєстрував 58 учасників, які протягом шести місяців знайшли роботу, стажування або посаду із субсидованою зарплатою. 22 волонтери-співрозмовники самі раніше були учасниками кафе.",
                ],
                "ar": [
                    "من فبراير 2023 حتى يونيو 2024 سجّل المقهى 1850 زيارة قام بها 412 مشاركًا مختلفًا من 47 دولة. حصل 236 شخصًا على مساعدة في إعداد سيرة ذاتية بالدنماركية أو الإنجليزية، وسجّل مركز التوظيف 58 مشاركًا حصلوا على وظيفة أو تدريب عملي أو وظيفة مدعومة الأجر خلال ستة أشهر. وكان 22 من متطوعي المحادثة مشاركين سابقين في المقهى.",
                ],
                "pl": [
                    "Od lutego 2023 do czerwca 2024 roku kawiarenkę odwiedzono 1850 razy; przyszło 412 różnych uczestników z 47 krajów. 236 osób otrzymało pomoc przy CV po duńsku lub angielsku, a urząd pracy odnotował 58 uczestników, którzy w ciągu sześciu miesięcy znaleźli pracę, praktykę lub zatrudnienie z dopłatą do wynagrodzenia. 22 wolontariuszy do rozmów było wcześniej uczestnikami kawiarenki.",
                ],
            }),
            ("quote", {
                "text": {
                    "da": "Første gang kom jeg kun for kaffen. Nu øver jeg dansk hver torsdag, og det var jobkonsulenten ved bordet ved siden af, der hjalp mig til min første jobsamtale.",
                    "en": "The first time I only came for the coffee. Now I practise Danish every Thursday, and it was the adviser at the next table who helped me get my first job interview.",
                    "uk": "Уперше я прийшла лише по каву. Тепер я щочетверга практикую датську, і саме консультант за сусіднім столом допоміг мені потрапити на першу співбесіду.",
                    "ar": "في المرة الأولى جئت من أجل القهوة فقط. الآن أتدرّب على الدنماركية كل يوم خميس، والمستشار الجالس على الطاولة المجاورة هو من ساعدني في الحصول على أول مقابلة عمل.",
                    "pl": "Za pierwszym razem przyszłam tylko na kawę. Teraz ćwiczę duński w każdy czwartek, a to doradca przy sąsiednim stole pomógł mi dostać pierwszą rozmowę kwalifikacyjną.",
                },
                "attribution": {
                    "da": "Priya, medfølgende partner og deltager i caféen",
                    "en": "Priya, accompanying partner and café participant",
                    "uk": "Прія, партнерка іноземного працівника та учасниця кафе",
                    "ar": "بريا، شريكة مرافقة ومشاركة في المقهى",
                    "pl": "Priya, partnerka pracownika z zagranicy i uczestniczka kawiarenki",
                },
            }),
            ("image", {
                "caption": {
                    "da": "Torsdagscaféen på Dokk1 med de tre borde: Snak dansk, CV og ansøgning samt Spørg jobcentret.",
                    "en": "The Thursday café at Dokk1 with its three tables: Speak Danish, CV and application, and Ask the job centre.",
                    "uk": "Кафе по четвергах у Dokk1 з трьома столами: «Говоримо датською», «Резюме та заява» і «Запитай центр зайнятості».",
                    "ar": "مقهى الخميس في Dokk1 بطاولاته الثلاث: «تحدّث الدنماركية» و«السيرة الذاتية وطلب العمل» و«اسأل مركز التوظيف».",
                    "pl": "Czwartkowa kawiarenka w Dokk1 z trzema stołami: „Mów po duńsku”, „CV i podanie” oraz „Zapytaj urząd pracy”.",
                },
                "alt": {
                    "da": "Lyst biblioteksrum med store vinduer ud mod havnen. Ved tre runde borde sidder små grupper af voksne med kaffekopper, bærbare computere og papirer; en frivillig peger på en skærm.",
                    "en": "A bright library room with large windows facing the harbour. Small groups of adults sit at three round tables with coffee cups, laptops and papers; a volunteer points at a screen.",
                    "uk": "Світла бібліотечна зала з великими вікнами на гавань. За трьома круглими столами сидять невеликі групи дорослих із чашками кави, ноутбуками й паперами; волонтерка показує щось на екрані.",
                    "ar": "قاعة مكتبة مضيئة بنوافذ كبيرة تطل على الميناء. تجلس مجموعات صغيرة من البالغين حول ثلاث طاولات مستديرة مع أكواب القهوة والحواسيب المحمولة والأوراق، ومتطوعة تشير إلى شاشة.",
                    "pl": "Jasna sala biblioteczna z dużymi oknami wychodzącymi na port. Przy trzech okrągłych stołach siedzą małe grupy dorosłych z filiżankami kawy, laptopami i dokumentami; wolontariuszka wskazuje coś na ekranie.",
                },
                "colour": "#2a6f97",
            }),
            ("lessons", {
                "da": [
                    "Det vigtigste var, at jobcentret kom ud af sine egne lokaler. Mange deltagere fortalte, at de aldrig ville have booket en samtale, men at det var let at sætte sig ved et bord med kaffe.",
                    "Sørg for en fast kontaktperson fra hver organisation, og aftal fra start, hvem der registrerer fremmøde og resultater. Hold tilbuddet på samme dag og tid hele året – kontinuitet er vigtigere end et stort program.",
                ],
                "en": [
                    "The most important thing was that the job centre left its own premises. Many participants told us they would never have booked a meeting, but that it was easy to sit down at a table with coffee.",
                    "Make sure there is a fixed contact person from each organisation, and agree from the start who records attendance and results. Keep the same day and time all year – continuity matters more than a big programme.",
                ],
                "uk": [
                    "Найважливішим було те, що центр зайнятості вийшов за межі власних приміщень. Багато учасників розповідали, що ніколи б не записалися на зустріч, але сісти за стіл із кавою було легко.",
                    "Подбайте про те, щоб від кожної організації була постійна контактна особа, і з самого початку домовтеся, хто реєструє відвідуваність і результати. Тримайте той самий день і час протягом усього року – сталість важливіша за велику програму.",
                ],
                "ar": [
                    "كان الأهم أن يخرج مركز التوظيف من مكاتبه. أخبرنا كثير من المشاركين أنهم ما كانوا ليحجزوا موعدًا أبدًا، لكن الجلوس إلى طاولة مع فنجان قهوة كان أمرًا سهلًا.",
                    "احرصوا على وجود شخص اتصال ثابت من كل جهة، واتفقوا منذ البداية على من يسجّل الحضور والنتائج. وحافظوا على اليوم والوقت نفسيهما طوال العام، فالاستمرارية أهم من برنامج كبير.",
                ],
                "pl": [
                    "Najważniejsze było to, że urząd pracy wyszedł poza własne biuro. Wielu uczestników mówiło, że nigdy nie umówiłoby się na spotkanie, ale łatwo było usiąść przy stole z kawą.",
                    "Zadbajcie o stałą osobę kontaktową z każdej organizacji i od początku ustalcie, kto rejestruje frekwencję i wyniki. Utrzymujcie ten sam dzień i godzinę przez cały rok – ciągłość jest ważniejsza niż rozbudowany program.",
                ],
            }),
        ],
        "contact": {
            "name": "Mette Lund",
            "role": {
                "da": "Bibliotekar, Aarhus Hovedbibliotek (Dokk1)",
                "en": "Librarian, Aarhus Main Library (Dokk1)",
                "uk": "Бібліотекарка, Головна бібліотека Орхуса (Dokk1)",
                "ar": "أمينة مكتبة، مكتبة أورهوس الرئيسية (Dokk1)",
                "pl": "Bibliotekarka, Biblioteka Główna w Aarhus (Dokk1)",
            },
            "email": "mette.lund@example.org",
            "phone": "+45 00 00 41 12",
        },
    },
    # ------------------------------------------------------------------
    # 2. Vejle: Ukrainian families 2022-2023 (five languages)
    # ------------------------------------------------------------------
    {
        "slug": "ukrainske-familier-i-vejle",
        "municipalities": ["630"],
        "themes": ["welcome", "families", "language"],
        "target_groups": ["refugees", "families"],
        "origin": "newcomers_project",
        "start": "2022-03-21",
        "end": "2023-08-31",
        "title": {
            "da": "Et fast mødested for ukrainske familier i Vejle",
            "en": "A regular meeting place for Ukrainian families in Vejle",
            "uk": "Постійне місце зустрічей для українських родин у Вейле",
            "ar": "مكان لقاء دائم للعائلات الأوكرانية في فايله",
            "pl": "Stałe miejsce spotkań dla ukraińskich rodzin w Vejle",
        },
        "summary": {
            "da": "Da de første ukrainske familier kom til Vejle i marts 2022, åbnede Vejle Bibliotek et ugentligt mødested sammen med Borgerservice, sprogcentret og en lokal ukrainsk forening. Her kunne familierne få hjælp til CPR, MitID og skoleindskrivning, mens børnene legede og læste på ukrainsk.",
            "en": "When the first Ukrainian families arrived in Vejle in March 2022, Vejle Library opened a weekly meeting place together with Citizen Service, the language school and a local Ukrainian association. Families could get help with their CPR number, MitID and school enrolment while the children played and read in Ukrainian.",
            "uk": "Коли в березні 2022 року до Вейле прибули перші українські родини, бібліотека Вейле разом із центром обслуговування громадян, мовною школою та місцевим українським товариством відкрила щотижневе місце зустрічей. Тут родини могли отримати допомогу з номером CPR, MitID і записом дітей до школи, поки діти гралися та читали українською.",
            "ar": "عندما وصلت أولى العائلات الأوكرانية إلى فايله في مارس 2022، افتتحت مكتبة فايله مكان لقاء أسبوعيًا بالتعاون مع خدمة المواطنين ومدرسة اللغة وجمعية أوكرانية محلية. كان بإمكان العائلات الحصول على مساعدة في رقم CPR وMitID وتسجيل الأطفال في المدارس، بينما يلعب الأطفال ويقرؤون باللغة الأوكرانية.",
            "pl": "Kiedy w marcu 2022 roku do Vejle przyjechały pierwsze ukraińskie rodziny, biblioteka w Vejle wraz z biurem obsługi obywateli, szkołą językową i lokalnym stowarzyszeniem ukraińskim otworzyła cotygodniowe miejsce spotkań. Rodziny mogły tu uzyskać pomoc w sprawie numeru CPR, MitID i zapisów do szkoły, a dzieci w tym czasie bawiły się i czytały po ukraińsku.",
        },
        "actors": [
            {
                "actor": "630-library",
                "role": {
                    "da": "Projektejer; stillede børneafdelingen og bøger på ukrainsk til rådighed",
                    "en": "Project owner; provided the children's department and books in Ukrainian",
                    "uk": "Власник проєкту; надала дитячий відділ і книжки українською",
                    "ar": "صاحبة المشروع؛ وفّرت قسم الأطفال والكتب باللغة الأوكرانية",
                    "pl": "Właściciel projektu; udostępniła dział dziecięcy i książki po ukraińsku",
                },
            },
            {
                "actor": "630-citizen_service",
                "role": {
                    "da": "Hjalp med CPR, MitID og Digital Post på biblioteket",
                    "en": "Helped with CPR, MitID and Digital Post at the library",
                    "uk": "Допомагав із CPR, MitID і Digital Post у бібліотеці",
                    "ar": "ساعدت في رقم CPR وMitID والبريد الرقمي داخل المكتبة",
                    "pl": "Pomagało w sprawach CPR, MitID i Digital Post w bibliotece",
                },
            },
            {
                "actor": "630-association",
                "role": {
                    "da": "Stillede med tolke og frivillige fra det ukrainske miljø",
                    "en": "Provided interpreters and volunteers from the Ukrainian community",
                    "uk": "Забезпечувало перекладачів і волонтерів з української громади",
                    "ar": "وفّرت مترجمين ومتطوعين من الجالية الأوكرانية",
                    "pl": "Zapewniło tłumaczy i wolontariuszy ze społeczności ukraińskiej",
                },
            },
            {
                "actor": "630-language_school",
                "role": {
                    "da": "Introducerede familierne til danskuddannelse og tilmelding",
                    "en": "Introduced the families to Danish education and enrolment",
                    "uk": "Ознайомлювала родини з курсами датської мови та записом на них",
                    "ar": "عرّفت العائلات بدورات اللغة الدنماركية وكيفية التسجيل فيها",
                    "pl": "Zapoznawała rodziny z kursami duńskiego i zasadami zapisów",
                },
            },
        ],
        "body": [
            ("challenge", {
                "da": [
                    "I foråret 2022 modtog Vejle Kommune på få uger over 500 fordrevne fra Ukraine, de fleste mødre med børn og ældre. Borgerservice havde lange køer, og mange havde brug for hjælp til de samme ting: CPR-nummer, MitID, sundhedskort og Digital Post. Samtidig havde familierne brug for et roligt sted at være, hvor børnene kunne lege, og hvor de voksne kunne møde andre i samme situation.",
                ],
                "en": [
                    "In spring 2022 Vejle Municipality received more than 500 displaced people from Ukraine within a few weeks, most of them mothers with children and older people. Citizen Service had long queues, and many needed help with the same things: a CPR number, MitID, a health card and Digital Post. At the same time the families needed a calm place to be, where the children could play and the adults could meet others in the same situation.",
                ],
                "uk": [
                    "Навесні 2022 року муніципалітет Вейле за кілька тижнів прийняв понад 500 переміщених осіб з України, переважно матерів із дітьми та людей похилого віку. У центрі обслуговування громадян були довгі черги, і багатьом потрібна була допомога з тими самими речами: номером CPR, MitID, медичною карткою та Digital Post. Водночас родинам було потрібне спокійне місце, де діти могли б гратися, а дорослі – зустріти інших людей у такій самій ситуації.",
                ],
                "ar": [
                    "في ربيع 2022 استقبلت بلدية فايله أكثر من 500 نازح من أوكرانيا خلال أسابيع قليلة، معظمهم أمهات مع أطفالهن وكبار في السن. امتدت الطوابير طويلًا أمام خدمة المواطنين، واحتاج كثيرون إلى المساعدة في الأمور نفسها: رقم CPR وMitID والبطاقة الصحية والبريد الرقمي. وفي الوقت نفسه كانت العائلات بحاجة إلى مكان هادئ يلعب فيه الأطفال، ويلتقي فيه الكبار بأشخاص آخرين يمرّون بالظروف ذاتها.",
                ],
                "pl": [
                    "Wiosną 2022 roku gmina Vejle w ciągu kilku tygodni przyjęła ponad 500 osób wysiedlonych z Ukrainy, głównie matki z dziećmi i osoby starsze. W biurze obsługi obywateli tworzyły się długie kolejki, a wiele osób potrzebowało pomocy w tych samych sprawach: numer CPR, MitID, karta zdrowia i Digital Post. Jednocześnie rodziny potrzebowały spokojnego miejsca, w którym dzieci mogłyby się bawić, a dorośli spotkać innych w podobnej sytuacji.",
                ],
            }),
            ("approach", {
                "da": [
                    "Hver onsdag eftermiddag blev bibliotekets børneafdeling til et åbent mødested. Borgerservice flyttede en medarbejder til biblioteket, så man kunne få hjælp til MitID og Digital Post på stedet. Den ukrainske forening stillede med tolke og frivillige, og sprogcentret holdt korte introduktioner til dansk og til tilmelding på danskuddannelse. Biblioteket købte 600 børnebøger på ukrainsk og holdt højtlæsning på både ukrainsk og dansk.",
                ],
                "en": [
                    "Every Wednesday afternoon the library's children's department became an open meeting place. Citizen Service moved a staff member to the library so people could get help with MitID and Digital Post on the spot. The Ukrainian association provided interpreters and volunteers, and the language school gave short introductions to Danish and to enrolling in Danish education. The library bought 600 children's books in Ukrainian and held read-aloud sessions in both Ukrainian and Danish.",
                ],
                "uk": [
                    "Щосереди після обіду дитячий відділ бібліотеки перетворювався на відкрите місце зустрічей. Центр обслуговування громадян направляв до бібліотеки свого працівника, тож допомогу з MitID і Digital Post можна було отримати на місці. Українське товариство забезпечувало перекладачів і волонтерів, а мовна школа проводила короткі вступні заняття з датської мови та пояснювала, як записатися на курси. Бібліотека придбала 600 дитячих книжок українською мовою і влаштовувала читання вголос українською та датською.",
                ],
                "ar": [
                    "كل يوم أربعاء بعد الظهر كان قسم الأطفال في المكتبة يتحول إلى مكان لقاء مفتوح. نقلت خدمة المواطنين أحد موظفيها إلى المكتبة ليتمكن الناس من الحصول على المساعدة في MitID والبريد الرقمي في المكان نفسه. ووفّرت الجمعية الأوكرانية مترجمين ومتطوعين، وقدّمت مدرسة اللغة مقدمات قصيرة عن اللغة الدنماركية وعن التسجيل في دورات تعليمها. واشترت المكتبة 600 كتاب أطفال باللغة الأوكرانية، ونظّمت جلسات قراءة بصوت عالٍ بالأوكرانية والدنماركية.",
                ],
                "pl": [
                    "W każdą środę po południu dział dziecięcy biblioteki zamieniał się w otwarte miejsce spotkań. Biuro obsługi obywateli oddelegowało do biblioteki pracownika, dzięki czemu pomoc w sprawie MitID i Digital Post można było uzyskać na miejscu. Stowarzyszenie ukraińskie zapewniło tłumaczy i wolontariuszy, a szkoła językowa prowadziła krótkie wprowadzenia do duńskiego i wyjaśniała, jak zapisać się na kurs. Biblioteka kupiła 600 książek dla dzieci po ukraińsku i organizowała głośne czytanie po ukraińsku i po duńsku.",
                ],
            }),
            ("results", {
                "da": [
                    "I projektperioden kom der i gennemsnit 70 voksne og 45 børn hver onsdag. Borgerservice hjalp 380 personer med at aktivere MitID, og ventetiden i det centrale borgerservice faldt fra over en time til under 20 minutter. 310 voksne blev tilmeldt danskuddannelse via mødestedet. De ukrainske bøger blev lånt 4.200 gange, og otte ukrainske kvinder fortsatte som frivillige i bibliotekets lektiecafé.",
                ],
                "en": [
                    "During the project period an average of 70 adults and 45 children came every Wednesday. Citizen Service helped 380 people activate MitID, and the waiting time at the central Citizen Service fell from more than an hour to under 20 minutes. 310 adults were enrolled in Danish education through the meeting place. The Ukrainian books were borrowed 4,200 times, and eight Ukrainian women continued as volunteers in the library's homework café.",
                ],
                "uk": [
                    "Протягом проєкту щосереди в середньому приходили 70 дорослих і 45 дітей. Центр обслуговування громадян допоміг 380 особам активувати MitID, а час очікування в центральному відділенні скоротився з понад години до менш ніж 20 хвилин. Через місце зустрічей 310 дорослих записалися на курси датської мови. Українські книжки видавали 4200 разів, а вісім українських жінок залишилися волонтерками в бібліотечному кафе допомоги з домашніми завданнями.",
                ],
                "ar": [
                    "خلال فترة المشروع كان يحضر في المتوسط 70 بالغًا و45 طفلًا كل يوم أربعاء. ساعدت خدمة المواطنين 380 شخصًا على تفعيل MitID، وانخفض وقت الانتظار في المكتب المركزي من أكثر من ساعة إلى أقل من 20 دقيقة. وسُجّل 310 بالغين في دورات اللغة الدنماركية عن طريق مكان اللقاء. وبلغت إعارات الكتب الأوكرانية 4200 إعارة، واستمرت ثماني نساء أوكرانيات متطوعاتٍ في مقهى الواجبات المدرسية بالمكتبة.",
                ],
                "pl": [
                    "W okresie projektu w każdą środę przychodziło średnio 70 dorosłych i 45 dzieci. Biuro obsługi obywateli pomogło 380 osobom aktywować MitID, a czas oczekiwania w centralnym biurze skrócił się z ponad godziny do niecałych 20 minut. Za pośrednictwem miejsca spotkań 310 dorosłych zapisało się na kurs duńskiego. Ukraińskie książki wypożyczono 4200 razy, a osiem Ukrainek zostało wolontariuszkami w bibliotecznej kawiarence odrabiania lekcji.",
                ],
            }),
            ("quote", {
                "text": {
                    "da": "Biblioteket var det første sted i Danmark, hvor jeg ikke skulle vise papirer. Min datter fandt en bog på ukrainsk, og for første gang i flere uger sad hun stille og læste.",
                    "en": "The library was the first place in Denmark where I did not have to show any papers. My daughter found a book in Ukrainian, and for the first time in weeks she sat quietly and read.",
                    "uk": "Бібліотека була першим місцем у Данії, де мені не довелося показувати жодних документів. Моя донька знайшла книжку українською і вперше за кілька тижнів спокійно сиділа й читала.",
                    "ar": "كانت المكتبة أول مكان في الدنمارك لم يُطلب مني فيه إظهار أي أوراق. وجدت ابنتي كتابًا باللغة الأوكرانية، ولأول مرة منذ أسابيع جلست بهدوء تقرأ.",
                    "pl": "Biblioteka była pierwszym miejscem w Danii, w którym nie musiałam pokazywać żadnych dokumentów. Moja córka znalazła książkę po ukraińsku i po raz pierwszy od tygodni siedziała spokojnie i czytała.",
                },
                "attribution": {
                    "da": "Olena, mor til to og fast gæst om onsdagen",
                    "en": "Olena, mother of two and a Wednesday regular",
                    "uk": "Олена, мама двох дітей і постійна відвідувачка по середах",
                    "ar": "أولينا، أم لطفلين ومن روّاد يوم الأربعاء",
                    "pl": "Olena, mama dwójki dzieci i stała bywalczyni środowych spotkań",
                },
            }),
            ("image", {
                "caption": {
                    "da": "Højtlæsning på ukrainsk og dansk i børneafdelingen på Vejle Bibliotek.",
                    "en": "Reading aloud in Ukrainian and Danish in the children's department at Vejle Library.",
                    "uk": "Читання вголос українською та датською в дитячому відділі бібліотеки Вейле.",
                    "ar": "قراءة بصوت عالٍ بالأوكرانية والدنماركية في قسم الأطفال بمكتبة فايله.",
                    "pl": "Głośne czytanie po ukraińsku i po duńsku w dziale dziecięcym biblioteki w Vejle.",
                },
                "alt": {
                    "da": "En kvinde læser op af en billedbog for en gruppe børn, der sidder på farverige puder på gulvet. I baggrunden står forældre og snakker ved en reol med bøger på ukrainsk.",
                    "en": "A woman reads a picture book aloud to a group of children sitting on colourful cushions on the floor. In the background parents chat next to a shelf of books in Ukrainian.",
                    "uk": "Жінка читає вголос книжку з малюнками групі дітей, які сидять на різнокольорових подушках на підлозі. На задньому плані батьки розмовляють біля полиці з книжками українською.",
                    "ar": "امرأة تقرأ كتابًا مصوّرًا بصوت عالٍ لمجموعة من الأطفال الجالسين على وسائد ملونة على الأرض. وفي الخلفية يتحدث الآباء بجانب رف من الكتب الأوكرانية.",
                    "pl": "Kobieta czyta na głos książkę obrazkową grupie dzieci siedzących na kolorowych poduszkach na podłodze. W tle rodzice rozmawiają przy regale z książkami po ukraińsku.",
                },
                "colour": "#d9a21b",
            }),
            ("lessons", {
                "da": [
                    "Flyt myndighederne hen, hvor familierne allerede er. En enkelt medarbejder fra Borgerservice på biblioteket aflastede hele systemet. Indgå aftaler med den lokale forening tidligt, og betal for tolkning, så de frivillige ikke brænder ud.",
                    "Planlæg fra begyndelsen, hvordan mødestedet skal ændre sig, når de akutte behov er dækket. Hos os blev det til en sprogcafé og en lektiecafé, som stadig kører.",
                ],
                "en": [
                    "Move the authorities to where the families already are. A single Citizen Service employee at the library relieved the whole system. Make agreements with the local association early, and pay for interpreting so the volunteers do not burn out.",
                    "Plan from the outset how the meeting place should change once the urgent needs are met. For us it became a language café and a homework café that are still running.",
                ],
                "uk": [
                    "Переносьте послуги установ туди, де вже перебувають родини. Один працівник центру обслуговування громадян у бібліотеці розвантажив усю систему. Домовляйтеся з місцевим товариством якомога раніше й оплачуйте послуги перекладачів, щоб волонтери не вигорали.",
                    "Від самого початку плануйте, як має змінитися місце зустрічей, коли нагальні потреби буде задоволено. У нас воно перетворилося на мовне кафе та кафе допомоги з домашніми завданнями, які працюють досі.",
                ],
                "ar": [
                    "انقلوا خدمات الجهات الرسمية إلى حيث توجد العائلات أصلًا. فموظف واحد من خدمة المواطنين في المكتبة خفّف الضغط عن النظام بأكمله. اعقدوا اتفاقات مع الجمعية المحلية في وقت مبكر، وادفعوا مقابل الترجمة حتى لا يُستنزف المتطوعون.",
                    "وخطّطوا منذ البداية لكيفية تغيّر مكان اللقاء بعد تلبية الاحتياجات العاجلة. فقد تحوّل عندنا إلى مقهى للغة ومقهى للواجبات المدرسية ما زالا يعملان حتى اليوم.",
                ],
                "pl": [
                    "Przenieście usługi urzędów tam, gdzie rodziny już są. Jeden pracownik biura obsługi obywateli w bibliotece odciążył cały system. Wcześnie zawrzyjcie porozumienie z lokalnym stowarzyszeniem i płaćcie za tłumaczenia, aby wolontariusze się nie wypalili.",
                    "Od początku planujcie, jak miejsce spotkań ma się zmienić, gdy pilne potrzeby zostaną zaspokojone. U nas przekształciło się w kawiarenkę językową i kawiarenkę odrabiania lekcji, które działają do dziś.",
                ],
            }),
        ],
        "contact": {
            "name": "Louise Kjærgaard",
            "role": {
                "da": "Børnebibliotekar, Vejle Bibliotek",
                "en": "Children's librarian, Vejle Library",
                "uk": "Дитяча бібліотекарка, бібліотека Вейле",
                "ar": "أمينة مكتبة الأطفال، مكتبة فايله",
                "pl": "Bibliotekarka dziecięca, biblioteka w Vejle",
            },
            "email": "louise.kjaergaard@example.org",
            "phone": "+45 00 00 63 27",
        },
    },
    # ------------------------------------------------------------------
    # 3. Billund: network for accompanying partners
    # ------------------------------------------------------------------
    {
        "slug": "partnernetvaerk-for-internationale-i-billund",
        "municipalities": ["530"],
        "themes": ["networks", "welcome"],
        "target_groups": ["partners", "workers"],
        "origin": "newcomers_project",
        "start": "2023-09-01",
        "end": None,
        "title": {
            "da": "Et netværk for medfølgende partnere i Billund",
            "en": "A network for accompanying partners in Billund",
        },
        "summary": {
            "da": "Billund Bibliotek og International Citizen Service har bygget et netværk for de partnere, der følger med, når de store arbejdspladser i området rekrutterer fra udlandet. Netværket mødes hver anden tirsdag og drives i dag i høj grad af deltagerne selv.",
            "en": "Billund Library and International Citizen Service have built a network for the partners who come along when the large employers in the area recruit from abroad. The network meets every other Tuesday and is now largely run by the participants themselves.",
        },
        "actors": [
            {"actor": "530-library", "role": {"da": "Vært og tovholder; stiller lokaler og bibliotekar til rådighed", "en": "Host and coordinator; provides rooms and a librarian"}},
            {"actor": "530-citizen_service", "role": {"da": "Henviser nye partnere og holder oplæg om praktiske forhold", "en": "Refers new partners and gives talks on practical matters"}},
            {"actor": "530-association", "role": {"da": "Driver fællesspisning og familieture i weekenderne", "en": "Runs shared dinners and family outings at weekends"}},
        ],
        "body": [
            ("challenge", {
                "da": ["Billund er en lille kommune med mange internationale arbejdspladser. Når en ingeniør eller pilot flytter hertil, følger der ofte en partner med, som har opgivet sit eget job. International Citizen Service oplevede, at netop partnerne var dem, der mistrivedes mest, og at mange familier flyttede igen inden for to år, fordi partneren følte sig isoleret og uden faglig identitet."],
                "en": ["Billund is a small municipality with many international workplaces. When an engineer or pilot moves here, a partner who has given up their own job often comes along. International Citizen Service found that the partners were the ones struggling most, and that many families moved away again within two years because the partner felt isolated and without a professional identity."],
            }),
            ("approach", {
                "da": ["Vi startede med en velkomstaften på biblioteket, hvor International Citizen Service inviterede alle partnere, der var registreret det seneste år. Derefter mødtes gruppen hver anden tirsdag formiddag med skiftende emner: det danske arbejdsmarked, frivilligt arbejde, bogklub på engelsk og lokale gåture. Efter et halvt år overtog tre deltagere planlægningen, mens biblioteket fortsat står for lokaler, kaffe og kontakt til oplægsholdere."],
                "en": ["We started with a welcome evening at the library, where International Citizen Service invited all partners registered in the previous year. After that the group met every other Tuesday morning with changing topics: the Danish labour market, volunteering, a book club in English and local walks. After six months three participants took over the planning, while the library still provides rooms, coffee and contact with speakers."],
            }),
            ("results", {
                "da": ["Netværket har i dag 94 medlemmer fra 28 lande, og der kommer typisk 20-30 til hvert møde. 17 deltagere har fået arbejde, heraf seks gennem kontakter fra netværket, og 23 er blevet frivillige i lokale foreninger. Bogklubben på engelsk har udviklet sig til en blandet dansk-engelsk læsekreds med otte faste medlemmer."],
                "en": ["The network now has 94 members from 28 countries, and typically 20-30 people come to each meeting. 17 participants have found work, six of them through contacts from the network, and 23 have become volunteers in local associations. The English book club has developed into a mixed Danish-English reading circle with eight regular members."],
            }),
            ("quote", {
                "text": {
                    "da": "Min mand fik en kollega. Jeg fik ingenting – indtil jeg gik ind på biblioteket en tirsdag. Nu er det mig, der byder de nye velkommen.",
                    "en": "My husband got colleagues. I got nothing – until I walked into the library one Tuesday. Now I am the one who welcomes the new people.",
                },
                "attribution": {"da": "Carla, medfølgende partner fra Brasilien", "en": "Carla, accompanying partner from Brazil"},
            }),
            ("image", {
                "caption": {"da": "Netværksmøde i bibliotekets læsesal en tirsdag formiddag.", "en": "A network meeting in the library's reading room on a Tuesday morning."},
                "alt": {"da": "Omkring femten voksne sidder i en rundkreds af lænestole med kaffekopper. En kvinde står ved en flipover med overskriften Frivillig i Billund.", "en": "About fifteen adults sit in a circle of armchairs holding coffee cups. A woman stands by a flip chart headed Volunteering in Billund."},
                "colour": "#c8553d",
            }),
            ("lessons", {
                "da": ["Giv netværket til deltagerne så tidligt som muligt. Biblioteket skal være en stabil ramme, ikke den, der bærer hele indholdet. Det har også været afgørende, at International Citizen Service aktivt henviser nye partnere – ellers hører de aldrig om tilbuddet. Mød op på de store arbejdspladsers velkomstdage og fortæl om netværket dér."],
                "en": ["Hand the network over to the participants as early as possible. The library should be a stable framework, not the one carrying all the content. It has also been crucial that International Citizen Service actively refers new partners – otherwise they never hear about it. Show up at the large employers' welcome days and present the network there."],
            }),
        ],
        "contact": {
            "name": "Rikke Bundgaard",
            "role": {"da": "Bibliotekar, Billund Bibliotek", "en": "Librarian, Billund Library"},
            "email": "rikke.bundgaard@example.org",
            "phone": "+45 00 00 53 18",
        },
    },
    # ------------------------------------------------------------------
    # 4. Odense: homework café in Vollsmose
    # ------------------------------------------------------------------
    {
        "slug": "lektiecafe-i-vollsmose-odense",
        "municipalities": ["461"],
        "themes": ["families", "networks"],
        "target_groups": ["families", "refugees"],
        "origin": "seminar",
        "start": "2021-08-16",
        "end": None,
        "title": {
            "da": "Lektiecafé med frivillige studerende i Vollsmose",
            "en": "Homework café with volunteer students in Vollsmose",
        },
        "summary": {
            "da": "Vollsmose Bibliotek driver sammen med en frivilligforening en lektiecafé fire dage om ugen, hvor studerende fra Syddansk Universitet hjælper børn og unge med lektier. Forældrene inviteres med, så de også lærer skolens digitale systemer at kende.",
            "en": "Vollsmose Library runs a homework café four days a week together with a volunteer association, where students from the University of Southern Denmark help children and young people with homework. Parents are invited too, so they also get to know the school's digital systems.",
        },
        "actors": [
            {"actor": "461-library", "role": {"da": "Vært; stiller lokaler, computere og en fast koordinator", "en": "Host; provides rooms, computers and a permanent coordinator"}},
            {"actor": "461-association", "role": {"da": "Rekrutterer, uddanner og støtter de frivillige lektiehjælpere", "en": "Recruits, trains and supports the volunteer homework helpers"}},
        ],
        "body": [
            ("challenge", {
                "da": ["Mange børn i Vollsmose har forældre, der selv er kommet til Danmark som voksne og ikke kan hjælpe med dansk stil eller matematik på dansk. Skolernes egne lektiecaféer lukker tidligt, og familierne bor tæt, så der er ikke altid ro derhjemme. Samtidig oplevede forældrene, at Aula og skolens platforme var svære at forstå."],
                "en": ["Many children in Vollsmose have parents who came to Denmark as adults and cannot help with Danish essays or maths in Danish. The schools' own homework clubs close early, and families live in small flats, so there is not always peace at home. At the same time parents found Aula and the school's platforms difficult to understand."],
            }),
            ("approach", {
                "da": ["Lektiecaféen er åben mandag til torsdag kl. 15-18. Foreningen rekrutterer studerende, især lærer- og sygeplejestuderende, og giver dem et introkursus i at hjælpe flersprogede børn. Biblioteket har en fast koordinator, der kender børnene. Én gang om måneden holder vi forældreaften med tolk, hvor vi gennemgår Aula, MinUddannelse og skolens ugeplaner på forældrenes egne telefoner."],
                "en": ["The homework café is open Monday to Thursday from 3 to 6 pm. The association recruits students, especially student teachers and nursing students, and gives them an introductory course in helping multilingual children. The library has a permanent coordinator who knows the children. Once a month we hold a parents' evening with an interpreter, going through Aula, MinUddannelse and the school's weekly plans on the parents' own phones."],
            }),
            ("results", {
                "da": ["I skoleåret 2024/25 havde lektiecaféen 3.100 besøg og 46 aktive frivillige. 140 forskellige børn og unge kom mindst fem gange. Forældreaftenerne havde i gennemsnit 18 deltagere, og skolerne i området melder om flere forældre, der svarer på beskeder i Aula. Fire tidligere elever fra lektiecaféen er i dag selv frivillige."],
                "en": ["In the 2024/25 school year the homework café had 3,100 visits and 46 active volunteers. 140 different children and young people came at least five times. The parents' evenings had an average of 18 participants, and the local schools report more parents replying to messages in Aula. Four former pupils from the homework café are now volunteers themselves."],
            }),
            ("quote", {
                "text": {
                    "da": "Jeg troede, jeg skulle hjælpe med brøker. Det meste af tiden handler det om at være en voksen, der har tid og tror på, at de kan.",
                    "en": "I thought I would be helping with fractions. Most of the time it is about being an adult who has time and believes they can do it.",
                },
                "attribution": {"da": "Jonas, lærerstuderende og frivillig lektiehjælper", "en": "Jonas, student teacher and volunteer homework helper"},
            }),
            ("image", {
                "caption": {"da": "Lektiehjælp en mandag eftermiddag på Vollsmose Bibliotek.", "en": "Homework help on a Monday afternoon at Vollsmose Library."},
                "alt": {"da": "En ung frivillig sidder ved et bord sammen med to skolebørn, der regner i hæfter. På bordet ligger en lommeregner, blyanter og en pose frugt.", "en": "A young volunteer sits at a table with two schoolchildren working in exercise books. A calculator, pencils and a bag of fruit lie on the table."},
                "colour": "#3a7d44",
            }),
            ("lessons", {
                "da": ["En fast koordinator fra biblioteket er afgørende, fordi de frivillige skifter hvert semester. Lav en kort, fast introduktion til nye frivillige, og aftal med skolerne, hvordan I deler information om børnenes behov uden at bryde tavshedspligten. Forældreaftenerne gav mere end forventet – start dem fra dag ét, og brug tolke frem for børnene som oversættere."],
                "en": ["A permanent coordinator from the library is crucial, because the volunteers change every semester. Create a short, fixed introduction for new volunteers, and agree with the schools how you share information about the children's needs without breaching confidentiality. The parents' evenings gave more than expected – start them from day one, and use interpreters rather than the children as translators."],
            }),
        ],
        "contact": {
            "name": "Hanne Skovgaard",
            "role": {"da": "Koordinator, Vollsmose Bibliotek", "en": "Coordinator, Vollsmose Library"},
            "email": "hanne.skovgaard@example.org",
            "phone": "+45 00 00 46 51",
        },
    },
    # ------------------------------------------------------------------
    # 5. Holbæk: volunteer language friends
    # ------------------------------------------------------------------
    {
        "slug": "sprogvenner-i-holbaek",
        "municipalities": ["316"],
        "themes": ["language", "networks"],
        "target_groups": ["partners", "refugees", "workers"],
        "origin": "public_submission",
        "start": "2024-01-15",
        "end": None,
        "title": {
            "da": "Sprogvenner: frivillige samtalepartnere i Holbæk",
            "en": "Language friends: volunteer conversation partners in Holbæk",
        },
        "summary": {
            "da": "Holbæk Bibliotek matcher nytilkomne, der lærer dansk, med frivillige sprogvenner, som mødes med dem en time om ugen. Sprogskolen henviser kursister, og en lokal forening står for at rekruttere og følge op på de frivillige.",
            "en": "Holbæk Library matches newcomers learning Danish with volunteer language friends who meet them for an hour a week. The language school refers students, and a local association recruits the volunteers and follows up with them.",
        },
        "actors": [
            {"actor": "316-library", "role": {"da": "Matcher par og stiller mødesteder til rådighed", "en": "Matches pairs and provides meeting places"}},
            {"actor": "316-language_school", "role": {"da": "Henviser kursister og giver samtaleemner fra undervisningen", "en": "Refers students and supplies conversation topics from class"}},
            {"actor": "316-association", "role": {"da": "Rekrutterer og klæder de frivillige sprogvenner på", "en": "Recruits and prepares the volunteer language friends"}},
        ],
        "body": [
            ("challenge", {
                "da": ["Kursisterne på sprogskolen i Holbæk klarede sig fint i undervisningen, men fortalte, at de næsten aldrig talte dansk uden for klasselokalet. Kolleger skiftede til engelsk, og i supermarkedet var der ikke tid til at øve. Mange pensionister i byen ville gerne gøre noget frivilligt, men kendte ikke nogen nytilkomne."],
                "en": ["Students at the language school in Holbæk did well in class but said they almost never spoke Danish outside the classroom. Colleagues switched to English, and there was no time to practise in the supermarket. Many retired people in town wanted to volunteer but did not know any newcomers."],
            }),
            ("approach", {
                "da": ["Vi lavede et enkelt matchningsskema, hvor både kursister og frivillige skriver interesser, arbejdstider og hvilken bydel de bor i. Bibliotekaren matcher to og to, og parret mødes første gang på biblioteket sammen med os. Derefter vælger de selv, om de vil mødes på biblioteket, på en café eller gå en tur. Sprogskolen sender hver måned en liste med ord og emner, som kursisterne arbejder med."],
                "en": ["We created a simple matching form where both students and volunteers write down interests, working hours and which part of town they live in. The librarian matches them in pairs, and each pair meets for the first time at the library with us. After that they decide themselves whether to meet at the library, in a café or on a walk. Every month the language school sends a list of words and topics the students are working on."],
            }),
            ("results", {
                "da": ["Siden januar 2024 er 112 par blevet matchet, og 81 af dem mødtes stadig efter tre måneder. Sprogskolen ser, at kursister med en sprogven oftere består den mundtlige prøve på første forsøg. Flere frivillige har hjulpet deres sprogven videre med kontakter til praktikpladser, og to par har startet en fælles gåklub."],
                "en": ["Since January 2024, 112 pairs have been matched, and 81 of them were still meeting after three months. The language school sees that students with a language friend more often pass the oral exam at the first attempt. Several volunteers have helped their language friend with contacts for work placements, and two pairs have started a walking club together."],
            }),
            ("quote", {
                "text": {
                    "da": "Bent retter ikke mine fejl hele tiden. Han spørger til mine børn, og så taler vi bare. Det er derfor, jeg tør nu.",
                    "en": "Bent doesn't correct my mistakes all the time. He asks about my children, and then we just talk. That's why I dare to speak now.",
                },
                "attribution": {"da": "Ngoc Anh, kursist på Sprogcenter Holbæk", "en": "Ngoc Anh, student at the Holbæk language centre"},
            }),
            ("image", {
                "caption": {"da": "Et sprogvennepar på gåtur langs havnen i Holbæk.", "en": "A pair of language friends on a walk along the harbour in Holbæk."},
                "alt": {"da": "En ældre mand med kasket og en yngre kvinde i vinterjakke går side om side på en havnepromenade og griner. I baggrunden ses sejlbåde og fjorden.", "en": "An older man in a cap and a younger woman in a winter jacket walk side by side on a harbour promenade, laughing. Sailing boats and the fjord are visible in the background."},
                "colour": "#4f6d7a",
            }),
            ("lessons", {
                "da": ["Brug tid på det første møde – det er her, det afgøres, om parret fortsætter. Giv de frivillige en kort introduktion til, hvordan man taler langsomt og tydeligt uden at gå over i engelsk. Hold en fælles sprogvennefest to gange om året, så de frivillige mødes og deler erfaringer, og så det er let at matche igen, hvis et par stopper."],
                "en": ["Invest time in the first meeting – that is where it is decided whether the pair continues. Give the volunteers a short introduction to speaking slowly and clearly without switching to English. Hold a joint language friends party twice a year, so the volunteers meet and share experiences, and so it is easy to rematch if a pair stops."],
            }),
        ],
        "contact": {
            "name": "Birgitte Holm",
            "role": {"da": "Bibliotekar, Holbæk Bibliotek", "en": "Librarian, Holbæk Library"},
            "email": "birgitte.holm@example.org",
            "phone": "+45 00 00 31 64",
        },
    },
    # ------------------------------------------------------------------
    # 6. København: digital help with MitID and Digital Post
    # ------------------------------------------------------------------
    {
        "slug": "digital-hjaelp-paa-flere-sprog-i-koebenhavn",
        "municipalities": ["101"],
        "themes": ["digital", "welcome"],
        "target_groups": ["workers", "partners", "refugees"],
        "origin": "editorial",
        "start": "2023-10-02",
        "end": "2025-06-30",
        "title": {
            "da": "Digital hjælp på flere sprog: MitID og Digital Post i København",
            "en": "Digital help in several languages: MitID and Digital Post in Copenhagen",
        },
        "summary": {
            "da": "Københavns Biblioteker og Borgerservice oprettede faste digitale hjælpetider på engelsk, arabisk, ukrainsk og polsk på fire biblioteker. Frivillige med samme modersmål hjalp nytilkomne med MitID, Digital Post, sundhed.dk og e-Boks.",
            "en": "Copenhagen Libraries and Citizen Service set up regular digital help sessions in English, Arabic, Ukrainian and Polish at four libraries. Volunteers with the same mother tongue helped newcomers with MitID, Digital Post, sundhed.dk and e-Boks.",
        },
        "actors": [
            {"actor": "101-library", "role": {"da": "Projektejer; drev hjælpetiderne på fire biblioteker", "en": "Project owner; ran the help sessions at four libraries"}},
            {"actor": "101-citizen_service", "role": {"da": "Uddannede de frivillige og tog sager, der krævede myndighed", "en": "Trained the volunteers and handled cases requiring an official"}},
            {"actor": "101-association", "role": {"da": "Rekrutterede frivillige med arabisk, ukrainsk og polsk som modersmål", "en": "Recruited volunteers with Arabic, Ukrainian and Polish as mother tongue"}},
        ],
        "body": [
            ("challenge", {
                "da": ["Næsten al kontakt med det offentlige i Danmark foregår digitalt, men vejledningerne er på dansk og til dels engelsk. Nytilkomne, der lige har fået CPR-nummer, står med MitID-appen, breve i Digital Post om skat og lægevalg og en frist, de ikke forstår. Bibliotekets personale brugte meget tid på at hjælpe, men kunne ofte ikke forklare på deltagerens eget sprog."],
                "en": ["Almost all contact with the public sector in Denmark is digital, but the guidance is in Danish and partly English. Newcomers who have just received a CPR number are faced with the MitID app, letters in Digital Post about tax and choice of doctor, and deadlines they do not understand. Library staff spent a lot of time helping, but often could not explain in the participant's own language."],
            }),
            ("approach", {
                "da": ["Vi oprettede faste hjælpetider to gange om ugen på Hovedbiblioteket, Bibliotekshuset i Nordvest, Tingbjerg og Sundby. Foreningen fandt frivillige, som Borgerservice gav en dags kursus i MitID, Digital Post og datasikkerhed. Hver hjælpetid havde en frivillig med et bestemt sprog og en bibliotekar. Sager om fx nyt MitID med pas blev sendt direkte videre til en reserveret tid i Borgerservice."],
                "en": ["We set up regular help sessions twice a week at the Main Library, Bibliotekshuset in Nordvest, Tingbjerg and Sundby. The association found volunteers, whom Citizen Service gave a one-day course in MitID, Digital Post and data security. Each session had a volunteer with a specific language and a librarian. Cases such as a new MitID with a passport were passed directly to a reserved slot at Citizen Service."],
            }),
            ("results", {
                "da": ["I projektperioden blev der givet 2.940 vejledninger, heraf 38 procent på arabisk, 24 procent på ukrainsk, 21 procent på engelsk og 17 procent på polsk. De hyppigste emner var MitID-appen, breve fra Skattestyrelsen og valg af læge. 87 procent af de adspurgte deltagere sagde, at de næste gang ville kunne klare opgaven selv eller med mindre hjælp."],
                "en": ["During the project period 2,940 guidance sessions were given, 38 percent in Arabic, 24 percent in Ukrainian, 21 percent in English and 17 percent in Polish. The most frequent topics were the MitID app, letters from the Danish Tax Agency and choosing a doctor. 87 percent of the participants asked said they would be able to manage the task themselves or with less help next time."],
            }),
            ("quote", {
                "text": {
                    "da": "Jeg havde ikke åbnet Digital Post i tre måneder, fordi jeg var bange for brevene. Tomasz viste mig, at det mest var kvitteringer.",
                    "en": "I hadn't opened Digital Post for three months because I was afraid of the letters. Tomasz showed me that most of them were receipts.",
                },
                "attribution": {"da": "Marek, håndværker og deltager i den polske hjælpetid", "en": "Marek, tradesman and participant in the Polish help session"},
            }),
            ("image", {
                "caption": {"da": "Digital hjælpetid på arabisk i Bibliotekshuset i Nordvest.", "en": "Digital help session in Arabic at Bibliotekshuset in Nordvest."},
                "alt": {"da": "En frivillig og en ældre mand sidder skulder ved skulder foran en skærm med Digital Post. Manden holder sin mobiltelefon med MitID-appen åben.", "en": "A volunteer and an older man sit shoulder to shoulder in front of a screen showing Digital Post. The man holds his mobile phone with the MitID app open."},
                "colour": "#5b4b8a",
            }),
            ("lessons", {
                "da": ["Aftal på forhånd en klar grænse for, hvad frivillige må hjælpe med, og hvornår en sag skal videre til Borgerservice. Lad aldrig frivillige indtaste koder for borgeren. Fastholdelse af frivillige med bestemte sprog kræver, at de føler sig som en del af et hold – vi holdt en fælles aften hver måned med faglig opdatering og aftensmad."],
                "en": ["Agree in advance on a clear limit to what volunteers may help with, and when a case must be passed on to Citizen Service. Never let volunteers enter codes for the citizen. Keeping volunteers with specific languages requires that they feel part of a team – we held a joint evening every month with a professional update and dinner."],
            }),
        ],
        "contact": {
            "name": "Sofie Dalgaard",
            "role": {"da": "Projektleder, Københavns Biblioteker", "en": "Project manager, Copenhagen Libraries"},
            "email": "sofie.dalgaard@example.org",
            "phone": "+45 00 00 10 73",
        },
    },
    # ------------------------------------------------------------------
    # 7. Frederiksberg: baby song and storytelling in mother tongues
    # ------------------------------------------------------------------
    {
        "slug": "babysang-paa-modersmaal-paa-frederiksberg",
        "municipalities": ["147"],
        "themes": ["families", "culture", "language"],
        "target_groups": ["families", "partners"],
        "origin": "newcomers_project",
        "start": "2024-02-01",
        "end": "2025-05-31",
        "title": {
            "da": "Babysang og fortælletimer på modersmål på Frederiksberg",
            "en": "Baby song and story time in mother tongues in Frederiksberg",
        },
        "summary": {
            "da": "Frederiksberg Bibliotek udvidede sin populære babysang med hold, hvor sange og rim blev sunget både på dansk og på forældrenes modersmål. Forældre fra en lokal forening for internationale familier var medarrangører og stod for fortælletimer på spansk, hindi og ukrainsk.",
            "en": "Frederiksberg Library expanded its popular baby song sessions with groups where songs and rhymes were sung both in Danish and in the parents' mother tongues. Parents from a local association for international families co-organised the sessions and led story times in Spanish, Hindi and Ukrainian.",
        },
        "actors": [
            {"actor": "147-library", "role": {"da": "Arrangør; stillede børnebibliotekar og musiker til rådighed", "en": "Organiser; provided a children's librarian and a musician"}},
            {"actor": "147-association", "role": {"da": "Medarrangør; forældre ledte fortælletimer på modersmål", "en": "Co-organiser; parents led story times in mother tongues"}},
        ],
        "body": [
            ("challenge", {
                "da": ["Babysang på biblioteket er et af de tilbud, som internationale forældre på barsel finder hurtigst. Men mange fortalte, at de følte sig udenfor, når alle andre kunne sangene udenad. Samtidig ønskede de, at deres børn skulle vokse op med både dansk og modersmålet, og de savnede et sted at møde andre forældre i samme situation."],
                "en": ["Baby song at the library is one of the services international parents on parental leave find fastest. But many said they felt left out when everyone else knew the songs by heart. At the same time they wanted their children to grow up with both Danish and their mother tongue, and they missed a place to meet other parents in the same situation."],
            }),
            ("approach", {
                "da": ["Vi lavede tre hold om ugen, hvor hver sang først blev sunget på dansk og derefter på et af deltagernes sprog. Forældrene oversatte selv teksterne sammen med bibliotekaren, og vi trykte små sanghæfter med dansk tekst, oversættelse og udtale. Hver anden fredag holdt foreningens forældre en fortælletime på modersmål for de lidt større børn, mens de andre forældre drak kaffe."],
                "en": ["We ran three groups a week where each song was sung first in Danish and then in one of the participants' languages. The parents translated the lyrics themselves together with the librarian, and we printed small songbooks with Danish lyrics, translation and pronunciation. Every other Friday parents from the association held a story time in their mother tongue for the slightly older children, while the other parents had coffee."],
            }),
            ("results", {
                "da": ["Over 16 måneder deltog 214 familier med 31 forskellige sprog. Sanghæfterne findes nu på 12 sprog og bruges også af dagplejere i kommunen. Fortælletimerne havde i gennemsnit 14 børn, og bibliotekets udlån af børnebøger på andre sprog end dansk steg med 45 procent. Flere forældre fortæller, at de fandt deres første danske venner på holdet."],
                "en": ["Over 16 months 214 families with 31 different languages took part. The songbooks now exist in 12 languages and are also used by childminders in the municipality. The story times had an average of 14 children, and the library's loans of children's books in languages other than Danish rose by 45 percent. Several parents say they found their first Danish friends in the group."],
            }),
            ("quote", {
                "text": {
                    "da": "Da vi sang Mors lille Ole på spansk, græd jeg lidt. Det var første gang, mit sprog hørte til her.",
                    "en": "When we sang a Danish lullaby in Spanish, I cried a little. It was the first time my language belonged here.",
                },
                "attribution": {"da": "Lucía, mor til Mateo på otte måneder", "en": "Lucía, mother of eight-month-old Mateo"},
            }),
            ("image", {
                "caption": {"da": "Babysang på dansk og spansk i bibliotekets børnerum.", "en": "Baby song in Danish and Spanish in the library's children's room."},
                "alt": {"da": "Forældre sidder i en rundkreds på et tæppe med deres babyer på skødet. En bibliotekar med guitar synger, og på gulvet ligger farvede tørklæder og små sanghæfter.", "en": "Parents sit in a circle on a rug with their babies on their laps. A librarian with a guitar sings, and coloured scarves and small songbooks lie on the floor."},
                "colour": "#e07a5f",
            }),
            ("lessons", {
                "da": ["Lad forældrene selv eje oversættelserne – det skaber stolthed og ejerskab. Hold holdene små, højst 12 familier, og gentag de samme sange i flere uger, så alle kan nå at lære dem. Aftal ophavsret på sanghæfterne tidligt; vi brugte kun traditionelle sange og rim for at undgå rettighedsproblemer."],
                "en": ["Let the parents own the translations – it creates pride and ownership. Keep groups small, no more than 12 families, and repeat the same songs for several weeks so everyone has time to learn them. Sort out copyright for the songbooks early; we only used traditional songs and rhymes to avoid rights issues."],
            }),
        ],
        "contact": {
            "name": "Camilla Brandt",
            "role": {"da": "Børnebibliotekar, Frederiksberg Hovedbibliotek", "en": "Children's librarian, Frederiksberg Main Library"},
            "email": "camilla.brandt@example.org",
            "phone": "+45 00 00 14 78",
        },
    },
    # ------------------------------------------------------------------
    # 8. Aalborg: course before the citizenship test
    # ------------------------------------------------------------------
    {
        "slug": "kursus-forud-for-indfoedsretsproeven-i-aalborg",
        "municipalities": ["851"],
        "themes": ["democracy", "language"],
        "target_groups": ["workers", "partners", "refugees"],
        "origin": "seminar",
        "start": "2024-09-01",
        "end": None,
        "title": {
            "da": "Læsekreds om Danmark: forberedelse til indfødsretsprøven i Aalborg",
            "en": "Reading circle on Denmark: preparing for the citizenship test in Aalborg",
        },
        "summary": {
            "da": "Aalborg Bibliotekerne og sprogcentret tilbyder et gratis aftenforløb på otte gange, hvor deltagerne forbereder sig til indfødsretsprøven. Undervisningen foregår som samtale om læsematerialets emner, og en lokal forening bidrager med besøg af foreningsfolk og lokalpolitikere.",
            "en": "Aalborg Libraries and the language centre offer a free eight-session evening course where participants prepare for the citizenship test. The teaching takes the form of conversation about the topics of the official reading material, and a local association contributes visits from association members and local politicians.",
        },
        "actors": [
            {"actor": "851-library", "role": {"da": "Vært og tovholder; stiller materialer og lokaler", "en": "Host and coordinator; provides materials and rooms"}},
            {"actor": "851-language_school", "role": {"da": "Leverer en underviser og tilpasser materialet sprogligt", "en": "Provides a teacher and adapts the material linguistically"}},
            {"actor": "851-association", "role": {"da": "Arrangerer besøg af foreninger og politikere", "en": "Arranges visits from associations and politicians"}},
        ],
        "body": [
            ("challenge", {
                "da": ["Mange nytilkomne, der har boet i Aalborg i flere år, vil gerne søge dansk statsborgerskab, men indfødsretsprøven opleves som uoverskuelig. Læsematerialet om dansk historie, kultur og samfund er på et højt sprogniveau, og de private kurser er dyre. Bibliotekets personale fik mange spørgsmål om prøven, men havde ikke et samlet tilbud at henvise til."],
                "en": ["Many newcomers who have lived in Aalborg for several years want to apply for Danish citizenship, but the citizenship test feels overwhelming. The reading material on Danish history, culture and society is written at a high language level, and private courses are expensive. Library staff received many questions about the test but had no joint offer to refer people to."],
            }),
            ("approach", {
                "da": ["Forløbet kører tirsdag aften i otte uger på Hovedbiblioteket. Hver gang tager et emne fra læsematerialet op – fx grundloven, velfærdsstaten eller besættelsen – og sprogcentrets underviser gennemgår de sværeste ord. Derefter diskuterer deltagerne i små grupper. Foreningen inviterer gæster: en byrådspolitiker, en formand for en idrætsforening og en lokalhistoriker fra stadsarkivet."],
                "en": ["The course runs on Tuesday evenings for eight weeks at the Main Library. Each session covers a topic from the reading material – for example the constitution, the welfare state or the occupation – and the language centre's teacher goes through the hardest words. Participants then discuss in small groups. The association invites guests: a city council politician, the chair of a sports club and a local historian from the city archives."],
            }),
            ("results", {
                "da": ["Fem hold med i alt 138 deltagere har gennemført forløbet. Af de 96, der efterfølgende gik til prøve, bestod 71. Deltagerne vurderede forløbet til 4,7 ud af 5, og mange nævner besøgene som det mest lærerige. Udlånet af bøger om Danmarkshistorie på let dansk er fordoblet, og biblioteket har nu en fast hylde med materialer til prøven."],
                "en": ["Five groups with a total of 138 participants have completed the course. Of the 96 who subsequently sat the test, 71 passed. Participants rated the course 4.7 out of 5, and many mention the visits as the most instructive part. Loans of books on Danish history in easy Danish have doubled, and the library now has a permanent shelf of materials for the test."],
            }),
            ("quote", {
                "text": {
                    "da": "Jeg havde læst om grundloven tre gange uden at forstå den. Da vi diskuterede den med en rigtig politiker, gav det mening.",
                    "en": "I had read about the constitution three times without understanding it. When we discussed it with a real politician, it made sense.",
                },
                "attribution": {"da": "Rahel, sygeplejerske fra Eritrea og deltager på forår 2025-holdet", "en": "Rahel, nurse from Eritrea and participant in the spring 2025 group"},
            }),
            ("image", {
                "caption": {"da": "Gruppediskussion om grundloven på Aalborg Hovedbibliotek.", "en": "Group discussion about the constitution at Aalborg Main Library."},
                "alt": {"da": "Seks voksne sidder om et langt bord med kopier af læsematerialet og post-it-sedler. På en skærm bag dem ses et billede af Christiansborg.", "en": "Six adults sit around a long table with copies of the reading material and sticky notes. A picture of Christiansborg is shown on a screen behind them."},
                "colour": "#8c1c13",
            }),
            ("lessons", {
                "da": ["Samtalen er vigtigere end terperi af spørgsmål. Brug sprogcentrets erfaring med at gøre svære tekster tilgængelige, og hold holdene på højst 30 deltagere. Gæsterne fra lokalsamfundet gør stoffet levende og giver samtidig deltagerne kontakter. Vær tydelige om, at biblioteket ikke kan garantere, at man består – forløbet er en forberedelse, ikke et prøvekursus."],
                "en": ["Conversation matters more than drilling questions. Use the language centre's experience in making difficult texts accessible, and keep groups to a maximum of 30 participants. Guests from the local community bring the material to life and give participants contacts at the same time. Be clear that the library cannot guarantee a pass – the course is preparation, not an exam cram course."],
            }),
        ],
        "contact": {
            "name": "Anders Kirkegaard",
            "role": {"da": "Bibliotekar, Aalborg Bibliotekerne", "en": "Librarian, Aalborg Libraries"},
            "email": "anders.kirkegaard@example.org",
            "phone": "+45 00 00 85 20",
        },
    },
    # ------------------------------------------------------------------
    # 9. Esbjerg: onboarding foreign staff with local employers
    # ------------------------------------------------------------------
    {
        "slug": "onboarding-af-udenlandske-medarbejdere-i-esbjerg",
        "municipalities": ["561"],
        "themes": ["employment", "welcome"],
        "target_groups": ["workers", "families"],
        "origin": "newcomers_project",
        "start": "2024-03-01",
        "end": "2025-12-31",
        "title": {
            "da": "Biblioteket med i virksomhedernes onboarding i Esbjerg",
            "en": "The library joins company onboarding in Esbjerg",
        },
        "summary": {
            "da": "Esbjerg Kommunes Biblioteker, Jobcenter Esbjerg og International Citizen Service lavede sammen med seks virksomheder inden for energi og havn et fælles introforløb for nyansatte fra udlandet. Biblioteket stod for modulet om hverdagsliv, digitale løsninger og fritid for hele familien.",
            "en": "Esbjerg Libraries, Jobcentre Esbjerg and International Citizen Service worked with six companies in energy and port operations to create a joint introduction programme for newly hired staff from abroad. The library was responsible for the module on everyday life, digital services and leisure for the whole family.",
        },
        "actors": [
            {"actor": "561-library", "role": {"da": "Leverede modulet om hverdagsliv, digitalisering og fritid", "en": "Delivered the module on everyday life, digital services and leisure"}},
            {"actor": "561-job_centre", "role": {"da": "Koordinerede kontakten til virksomhederne", "en": "Coordinated contact with the companies"}},
            {"actor": "561-citizen_service", "role": {"da": "Gennemgik registrering, skat og sundhedskort", "en": "Covered registration, tax and health cards"}},
        ],
        "body": [
            ("challenge", {
                "da": ["Havvindsbranchen i Esbjerg rekrutterer hvert år mange teknikere og ingeniører fra hele Europa og Asien. Virksomhederne var gode til det faglige, men HR-afdelingerne brugte meget tid på spørgsmål om skat, sygesikring, skoler og fritid. Flere nyansatte rejste igen inden for det første år, ofte fordi familien ikke faldt til."],
                "en": ["The offshore wind industry in Esbjerg recruits many technicians and engineers from across Europe and Asia every year. The companies were good at the professional side, but HR departments spent a lot of time on questions about tax, health insurance, schools and leisure. Several new hires left again within the first year, often because the family did not settle in."],
            }),
            ("approach", {
                "da": ["Vi udviklede et introforløb på tre eftermiddage, som virksomhederne kunne melde nyansatte og deres partnere til. International Citizen Service tog registrering og skat, jobcentret fortalte om job til partnere, og biblioteket tog hverdagslivet: MitID, Digital Post, Aula, lånerkort, e-bøger på engelsk, sprogtilbud og foreningslivet. Sidste eftermiddag sluttede med en rundvisning på Hovedbiblioteket og en uformel middag."],
                "en": ["We developed a three-afternoon introduction programme to which the companies could sign up new hires and their partners. International Citizen Service covered registration and tax, the job centre talked about jobs for partners, and the library covered everyday life: MitID, Digital Post, Aula, library cards, e-books in English, language courses and associations. The last afternoon ended with a tour of the Main Library and an informal dinner."],
            }),
            ("results", {
                "da": ["I alt 11 forløb med 263 deltagere, heraf 79 partnere. 92 procent af deltagerne fik lånerkort på første dag, og virksomhederne vurderer, at HR sparer omkring fire timer pr. nyansat. Jobcentret har haft 41 partnere i samtale om job, og 19 af dem er kommet i arbejde. To virksomheder har siden gjort forløbet obligatorisk for alle nyansatte fra udlandet."],
                "en": ["A total of 11 programmes with 263 participants, 79 of them partners. 92 percent of participants got a library card on the first day, and the companies estimate that HR saves about four hours per new hire. The job centre has had 41 partners in for job interviews, and 19 of them have found work. Two companies have since made the programme mandatory for all new hires from abroad."],
            }),
            ("quote", {
                "text": {
                    "da": "Vi troede, biblioteket handlede om bøger. Nu sender vi alle nye kolleger derhen i første uge – også dem, der aldrig læser.",
                    "en": "We thought the library was about books. Now we send all new colleagues there in their first week – even those who never read.",
                },
                "attribution": {"da": "Kirsten, HR-partner i en havvindsvirksomhed", "en": "Kirsten, HR partner at an offshore wind company"},
            }),
            ("image", {
                "caption": {"da": "Nyansatte og partnere til introeftermiddag på Esbjerg Hovedbibliotek.", "en": "New hires and partners at an introduction afternoon at Esbjerg Main Library."},
                "alt": {"da": "Omkring 25 voksne i et mødelokale følger et oplæg. På skærmen ses en oversigt over Esbjergs foreninger, og nogle deltagere har firmalogoer på deres jakker.", "en": "About 25 adults in a meeting room follow a presentation. The screen shows an overview of Esbjerg's clubs and associations, and some participants have company logos on their jackets."},
                "colour": "#1b4965",
            }),
            ("lessons", {
                "da": ["Gør det let for virksomhederne: faste datoer, én tilmeldingsmail og en kort beskrivelse, HR kan sende videre. Insistér på, at partnerne inviteres med – det er dem, der afgør, om familien bliver. Brug jobcentrets virksomhedskonsulenter som døråbnere; de har allerede relationen til HR og kan sælge idéen bedre end biblioteket."],
                "en": ["Make it easy for the companies: fixed dates, one sign-up e-mail and a short description HR can forward. Insist that partners are invited too – they are the ones who decide whether the family stays. Use the job centre's business consultants as door openers; they already have the relationship with HR and can sell the idea better than the library."],
            }),
        ],
        "contact": {
            "name": "Morten Schmidt",
            "role": {"da": "Udviklingskonsulent, Esbjerg Kommunes Biblioteker", "en": "Development consultant, Esbjerg Libraries"},
            "email": "morten.schmidt@example.org",
            "phone": "+45 00 00 56 19",
        },
    },
    # ------------------------------------------------------------------
    # 10. Sønderborg: international welcome days
    # ------------------------------------------------------------------
    {
        "slug": "internationale-velkomstdage-i-soenderborg",
        "municipalities": ["540"],
        "themes": ["welcome", "culture"],
        "target_groups": ["workers", "partners", "students", "families"],
        "origin": "newcomers_project",
        "start": "2023-08-01",
        "end": None,
        "title": {
            "da": "Internationale velkomstdage på Sønderborg Bibliotek",
            "en": "International welcome days at Sønderborg Library",
        },
        "summary": {
            "da": "To gange om året inviterer Sønderborg Bibliotek, International Citizen Service og kommunens foreninger alle nytilkomne internationale til en velkomstlørdag. Her møder de foreninger, myndigheder og hinanden ved stande, workshops og en fælles frokost.",
            "en": "Twice a year Sønderborg Library, International Citizen Service and the municipality's associations invite all newly arrived internationals to a welcome Saturday. They meet associations, authorities and each other at stands, workshops and a shared lunch.",
        },
        "actors": [
            {"actor": "540-library", "role": {"da": "Vært og hovedarrangør", "en": "Host and main organiser"}},
            {"actor": "540-citizen_service", "role": {"da": "Inviterer nytilkomne og har stand med myndighedsvejledning", "en": "Invites newcomers and runs a stand with official guidance"}},
            {"actor": "540-association", "role": {"da": "Samler 30 foreninger til foreningsmarked", "en": "Brings together 30 associations for an association fair"}},
        ],
        "body": [
            ("challenge", {
                "da": ["Sønderborg tiltrækker mange internationale medarbejdere til industrien og studerende til universitetet, og mange af dem bor her med familie. Nytilkomne fik masser af information i indbakken, men kendte ingen, og foreningerne havde svært ved at nå dem. Især om vinteren oplevede International Citizen Service, at mange følte sig ensomme."],
                "en": ["Sønderborg attracts many international employees to local industry and students to the university, and many of them live here with their families. Newcomers received plenty of information in their inbox but knew nobody, and the associations found it hard to reach them. Especially in winter, International Citizen Service saw that many felt lonely."],
            }),
            ("approach", {
                "da": ["Hvert forår og efterår holder vi en velkomstlørdag kl. 10-14. Hele biblioteket bruges: foreningsmarked i foyeren, korte workshops om fx cykling om vinteren og dansk julekultur, børneaktiviteter i børnebiblioteket og vejledningsstande med skat, sundhed og sprogskole. Dagen slutter med en fælles frokost, hvor deltagerne sidder ved borde efter bydel, så de møder naboer."],
                "en": ["Every spring and autumn we hold a welcome Saturday from 10 am to 2 pm. The whole library is used: an association fair in the foyer, short workshops on topics such as cycling in winter and Danish Christmas traditions, children's activities in the children's library and guidance stands on tax, health and language school. The day ends with a shared lunch where participants sit at tables by neighbourhood so they meet neighbours."],
            }),
            ("results", {
                "da": ["De seks velkomstdage indtil nu har samlet i alt 1.420 deltagere fra over 60 lande. Foreningerne har registreret 310 nye medlemmer eller prøvemedlemskaber efter dagene, særligt i idræt, kor og spejder. 68 procent af deltagerne har efterfølgende lånt på biblioteket, og International Citizen Service bruger nu dagen som fast del af sin velkomstpakke."],
                "en": ["The six welcome days so far have brought together a total of 1,420 participants from more than 60 countries. The associations have registered 310 new members or trial memberships after the days, particularly in sports, choirs and scouts. 68 percent of participants have since borrowed from the library, and International Citizen Service now uses the day as a fixed part of its welcome package."],
            }),
            ("quote", {
                "text": {
                    "da": "Ved frokosten sad vi ved siden af en familie fra vores egen vej. I dag er vores børn bedste venner, og vi deler cykelanhænger.",
                    "en": "At lunch we sat next to a family from our own street. Today our children are friends and we share a bike trailer.",
                },
                "attribution": {"da": "Arjun, ingeniør og far til to", "en": "Arjun, engineer and father of two"},
            }),
            ("image", {
                "caption": {"da": "Foreningsmarked i foyeren på Sønderborg Bibliotek under efterårets velkomstlørdag.", "en": "Association fair in the foyer of Sønderborg Library during the autumn welcome Saturday."},
                "alt": {"da": "En travl foyer med stande fra idrætsforeninger, et kor og spejderne. Familier med barnevogne går mellem standene, og en frivillig deler balloner ud.", "en": "A busy foyer with stands from sports clubs, a choir and the scouts. Families with prams walk between the stands, and a volunteer hands out balloons."},
                "colour": "#e9c46a",
            }),
            ("lessons", {
                "da": ["Vælg en lørdag, så hele familien kan komme, og server mad – frokosten er dagens vigtigste programpunkt. Bed foreningerne om at have en engelsktalende person på standen og en konkret invitation til en prøvetræning eller øvedag. Send invitationen gennem International Citizen Service og arbejdspladserne, ikke kun bibliotekets egne kanaler."],
                "en": ["Choose a Saturday so the whole family can come, and serve food – the lunch is the most important item on the programme. Ask the associations to have an English-speaking person at their stand and a concrete invitation to a trial session or practice day. Send the invitation through International Citizen Service and the workplaces, not only through the library's own channels."],
            }),
        ],
        "contact": {
            "name": "Inge Lorenzen",
            "role": {"da": "Kulturformidler, Sønderborg Bibliotek", "en": "Cultural outreach officer, Sønderborg Library"},
            "email": "inge.lorenzen@example.org",
            "phone": "+45 00 00 54 36",
        },
    },
    # ------------------------------------------------------------------
    # 11. Herning: reading buddies for multilingual children
    # ------------------------------------------------------------------
    {
        "slug": "laesevenner-for-flersprogede-boern-i-herning",
        "municipalities": ["657"],
        "themes": ["families", "language"],
        "target_groups": ["families", "refugees"],
        "origin": "public_submission",
        "start": "2024-08-12",
        "end": "2025-06-20",
        "title": {
            "da": "Læsevenner for flersprogede børn i Herning",
            "en": "Reading buddies for multilingual children in Herning",
        },
        "summary": {
            "da": "Herning Bibliotekerne og en lokal frivilligforening parrede flersprogede børn i 1.-3. klasse med voksne læsevenner, der læste med dem en gang om ugen på biblioteket. Forældrene fik samtidig vejledning i at læse højt på deres eget sprog.",
            "en": "Herning Libraries and a local volunteer association paired multilingual children in years 1-3 with adult reading buddies who read with them once a week at the library. At the same time parents were given guidance on reading aloud in their own language.",
        },
        "actors": [
            {"actor": "657-library", "role": {"da": "Projektejer; valgte bøger og holdt forældremøder", "en": "Project owner; selected books and held parents' meetings"}},
            {"actor": "657-association", "role": {"da": "Rekrutterede og fulgte op på de frivillige læsevenner", "en": "Recruited and followed up with the volunteer reading buddies"}},
        ],
        "body": [
            ("challenge", {
                "da": ["Skolerne i Herning så, at mange børn med et andet modersmål end dansk halter efter i læsning allerede i indskolingen. Forældrene ønskede at hjælpe, men var usikre på, om de måtte læse på deres eget sprog, og mange havde ikke bøger derhjemme. Børnene kom sjældent på biblioteket uden for skoletid."],
                "en": ["Schools in Herning saw that many children with a mother tongue other than Danish fall behind in reading already in the first years of school. Parents wanted to help but were unsure whether they were allowed to read in their own language, and many had no books at home. The children rarely visited the library outside school hours."],
            }),
            ("approach", {
                "da": ["Foreningen fandt 34 frivillige, mest pensionerede lærere og pædagoger, som hver fik et eller to børn. Parret mødtes en halv time om ugen på biblioteket og valgte bøger sammen ud fra barnets interesser. Hver måned holdt biblioteket en forældreeftermiddag med tolk om højtlæsning, hvor vi viste bøger på arabisk, tigrinya, ukrainsk og somali og forklarede, at læsning på modersmålet styrker dansk."],
                "en": ["The association found 34 volunteers, mostly retired teachers and educators, each of whom got one or two children. The pairs met for half an hour a week at the library and chose books together based on the child's interests. Every month the library held a parents' afternoon with an interpreter about reading aloud, showing books in Arabic, Tigrinya, Ukrainian and Somali and explaining that reading in the mother tongue strengthens Danish."],
            }),
            ("results", {
                "da": ["52 børn deltog gennem hele skoleåret. Skolernes læsetest viste, at 38 af dem rykkede mindst ét niveau, mod cirka halvdelen i en sammenlignelig gruppe. Alle børn fik eget lånerkort, og familierne lånte i gennemsnit 6 bøger om måneden. 27 forældre deltog i mindst tre forældreeftermiddage, og 21 af de frivillige har meldt sig igen til næste år."],
                "en": ["52 children took part throughout the school year. The schools' reading tests showed that 38 of them moved up at least one level, compared with about half in a comparable group. All children got their own library card, and the families borrowed an average of 6 books a month. 27 parents attended at least three parents' afternoons, and 21 of the volunteers have signed up again for next year."],
            }),
            ("quote", {
                "text": {
                    "da": "Hver torsdag spørger Yusuf, om det er Grethe-dag. Nu læser han også for sin lillesøster om aftenen.",
                    "en": "Every Thursday Yusuf asks if it is Grethe day. Now he also reads to his little sister in the evening.",
                },
                "attribution": {"da": "Amal, mor til Yusuf på syv år", "en": "Amal, mother of seven-year-old Yusuf"},
            }),
            ("image", {
                "caption": {"da": "En læseven og en elev fra 2. klasse i børnebiblioteket i Herning.", "en": "A reading buddy and a year-2 pupil in the children's library in Herning."},
                "alt": {"da": "En gråhåret kvinde og en dreng sidder i en sækkestol og læser i en tegneserie. Bag dem står en reol med bøger med forsider vendt ud.", "en": "A grey-haired woman and a boy sit in a beanbag reading a comic. Behind them is a shelf with books displayed face out."},
                "colour": "#6a994e",
            }),
            ("lessons", {
                "da": ["Lad barnet vælge bøgerne – motivation er vigtigere end det rigtige niveau. Samarbejd med skolerne om at finde børnene, men hold læsevennerne på biblioteket, så familierne lærer stedet at kende. Sig tydeligt til forældrene, at deres modersmål er en styrke; det var det budskab, der betød mest for dem."],
                "en": ["Let the child choose the books – motivation matters more than the right level. Work with the schools to find the children, but keep the reading buddies at the library so the families get to know the place. Tell parents clearly that their mother tongue is a strength; that was the message that meant most to them."],
            }),
        ],
        "contact": {
            "name": "Pernille Vestergaard",
            "role": {"da": "Børnebibliotekar, Herning Bibliotekerne", "en": "Children's librarian, Herning Libraries"},
            "email": "pernille.vestergaard@example.org",
            "phone": "+45 00 00 65 42",
        },
    },
    # ------------------------------------------------------------------
    # 12. Viborg: democracy school before the 2025 local elections
    # ------------------------------------------------------------------
    {
        "slug": "demokratiskole-foer-kommunalvalget-i-viborg",
        "municipalities": ["791"],
        "themes": ["democracy", "networks"],
        "target_groups": ["refugees", "workers", "partners"],
        "origin": "editorial",
        "start": "2025-08-18",
        "end": "2025-11-18",
        "title": {
            "da": "Demokratiskole før kommunalvalget i Viborg",
            "en": "Democracy school before the local elections in Viborg",
        },
        "summary": {
            "da": "Op til kommunal- og regionsrådsvalget i november 2025 holdt Viborg Bibliotekerne, sprogcentret og en lokal forening en række aftener om, hvordan man stemmer, og hvad kommunen bestemmer. Mange nytilkomne har stemmeret til kommunalvalget uden at vide det.",
            "en": "In the run-up to the municipal and regional elections in November 2025, Viborg Libraries, the language centre and a local association held a series of evenings on how to vote and what the municipality decides. Many newcomers have the right to vote in local elections without knowing it.",
        },
        "actors": [
            {"actor": "791-library", "role": {"da": "Arrangør; stod for valgcafé og prøvestemning", "en": "Organiser; ran the election café and mock vote"}},
            {"actor": "791-language_school", "role": {"da": "Forberedte kursisterne i undervisningen og deltog med hold", "en": "Prepared students in class and attended with groups"}},
            {"actor": "791-association", "role": {"da": "Inviterede kandidater og sørgede for tolke", "en": "Invited candidates and arranged interpreters"}},
        ],
        "body": [
            ("challenge", {
                "da": ["Udenlandske statsborgere, der har haft fast bopæl i Danmark i fire år, og EU-borgere kan stemme til kommunalvalget. Alligevel er valgdeltagelsen blandt dem langt lavere end gennemsnittet. Kursisterne på sprogcentret i Viborg fortalte, at de ikke vidste, at de måtte stemme, eller at de ikke forstod, hvad kommunalbestyrelsen egentlig bestemmer over."],
                "en": ["Foreign nationals who have lived permanently in Denmark for four years, and EU citizens, can vote in local elections. Even so, turnout among them is far below average. Students at the language centre in Viborg said they did not know they were allowed to vote, or did not understand what the municipal council actually decides."],
            }),
            ("approach", {
                "da": ["Vi holdt fire aftener på Viborg Bibliotek i september og oktober. Første aften handlede om, hvad kommunen gør – skoler, ældrepleje, veje og kultur. Anden aften viste vi valgkortet og stemmesedlen og holdt en prøvestemning. Til de to sidste aftener kom kandidater fra alle partier og svarede på spørgsmål i små grupper med tolk. Sprogcentret brugte materialerne i undervisningen."],
                "en": ["We held four evenings at Viborg Library in September and October. The first evening covered what the municipality does – schools, elderly care, roads and culture. On the second we showed the poll card and the ballot paper and held a mock vote. Candidates from all parties came to the last two evenings and answered questions in small groups with interpreters. The language centre used the materials in class."],
            }),
            ("results", {
                "da": ["I alt deltog 186 personer, heraf 124 med stemmeret. 22 kandidater fra ni partier deltog i dialogaftenerne. En efterfølgende rundspørge blandt 70 deltagere viste, at 58 havde stemt, og 31 af dem gjorde det for første gang. Sprogcentret har gjort materialerne til en fast del af undervisningen i samfundsforhold."],
                "en": ["A total of 186 people took part, 124 of whom had the right to vote. 22 candidates from nine parties attended the dialogue evenings. A follow-up survey of 70 participants showed that 58 had voted, 31 of them for the first time. The language centre has made the materials a permanent part of its teaching on Danish society."],
            }),
            ("quote", {
                "text": {
                    "da": "I mit hjemland var valg noget farligt. Her stod jeg i kø med min nabo og bagefter drak vi kaffe.",
                    "en": "In my home country elections were something dangerous. Here I queued with my neighbour and afterwards we had coffee.",
                },
                "attribution": {"da": "Hassan, førstegangsvælger i Viborg", "en": "Hassan, first-time voter in Viborg"},
            }),
            ("image", {
                "caption": {"da": "Prøvestemning med rigtige stemmebokse på Viborg Bibliotek.", "en": "Mock vote with real voting booths at Viborg Library."},
                "alt": {"da": "To grå stemmebokse med forhæng står i et bibliotekslokale. En kvinde lægger en foldet stemmeseddel i en stemmekasse, mens andre deltagere ser på.", "en": "Two grey voting booths with curtains stand in a library room. A woman puts a folded ballot paper into a ballot box while other participants watch."},
                "colour": "#264653",
            }),
            ("lessons", {
                "da": ["Lån rigtige stemmebokse og stemmesedler af valgsekretariatet – det konkrete gør det trygt. Inviter alle partier på lige vilkår, og lad biblioteket være den neutrale vært. Start tidligt: mange skal først finde ud af, om de har stemmeret, og den information skal være klar, før valgkortene kommer."],
                "en": ["Borrow real voting booths and ballot papers from the election office – the tangible makes it feel safe. Invite all parties on equal terms, and let the library be the neutral host. Start early: many first need to find out whether they have the right to vote, and that information must be ready before the poll cards arrive."],
            }),
        ],
        "contact": {
            "name": "Lars Bech",
            "role": {"da": "Bibliotekar, Viborg Bibliotekerne", "en": "Librarian, Viborg Libraries"},
            "email": "lars.bech@example.org",
            "phone": "+45 00 00 79 13",
        },
    },
    # ------------------------------------------------------------------
    # 13. Roskilde: culture guides for newcomers
    # ------------------------------------------------------------------
    {
        "slug": "kulturguider-for-nytilkomne-i-roskilde",
        "municipalities": ["265"],
        "themes": ["culture", "networks"],
        "target_groups": ["partners", "students", "families"],
        "origin": "seminar",
        "start": "2024-04-01",
        "end": None,
        "title": {
            "da": "Kulturguider viser nytilkomne rundt i Roskilde",
            "en": "Culture guides show newcomers around Roskilde",
        },
        "summary": {
            "da": "Roskilde Bibliotekerne har uddannet frivillige kulturguider, der tager små grupper af nytilkomne med til koncerter, museer, loppemarkeder og foreningsaktiviteter. Borgerservice fortæller om tilbuddet, når nye internationale tilflyttere registrerer sig.",
            "en": "Roskilde Libraries have trained volunteer culture guides who take small groups of newcomers to concerts, museums, flea markets and association activities. Citizen Service tells new international residents about the offer when they register.",
        },
        "actors": [
            {"actor": "265-library", "role": {"da": "Uddanner kulturguiderne og planlægger turene", "en": "Trains the culture guides and plans the outings"}},
            {"actor": "265-association", "role": {"da": "Stiller frivillige og gratis billetter til rådighed", "en": "Provides volunteers and free tickets"}},
            {"actor": "265-citizen_service", "role": {"da": "Informerer nye internationale tilflyttere om tilbuddet", "en": "Informs new international residents about the offer"}},
        ],
        "body": [
            ("challenge", {
                "da": ["Roskilde har et rigt kulturliv – domkirken, Vikingeskibsmuseet, Ragnarock, festivalen og et hav af foreninger. Men nytilkomne, især medfølgende partnere og internationale studerende, fortalte, at de ikke vidste, hvor de skulle begynde, og at det var svært at gå alene til arrangementer, hvor alle andre kendte hinanden."],
                "en": ["Roskilde has a rich cultural life – the cathedral, the Viking Ship Museum, Ragnarock, the festival and countless associations. But newcomers, especially accompanying partners and international students, said they did not know where to start and that it was hard to go alone to events where everyone else knew each other."],
            }),
            ("approach", {
                "da": ["Biblioteket uddannede 18 frivillige kulturguider på et kursus over to aftener om at være vært, tale enkelt dansk og engelsk og fortælle om lokal kultur. Hver måned laver vi et program med fire til seks ture for grupper på højst otte personer. Foreningerne stiller gratis billetter til rådighed, og efter hver tur går gruppen på café og snakker om oplevelsen."],
                "en": ["The library trained 18 volunteer culture guides on a two-evening course about being a host, speaking simple Danish and English and telling people about local culture. Every month we publish a programme of four to six outings for groups of up to eight people. The associations provide free tickets, and after each outing the group goes to a café to talk about the experience."],
            }),
            ("results", {
                "da": ["Siden april 2024 er der gennemført 104 ture med i alt 612 deltagelser. 44 procent af deltagerne har været med mere end tre gange, og mange er begyndt at gå til arrangementer på egen hånd. Otte tidligere deltagere er selv blevet kulturguider, blandt andet en, der nu guider på spansk på Vikingeskibsmuseet."],
                "en": ["Since April 2024, 104 outings have been held with a total of 612 participations. 44 percent of participants have joined more than three times, and many have started going to events on their own. Eight former participants have become culture guides themselves, including one who now gives tours in Spanish at the Viking Ship Museum."],
            }),
            ("quote", {
                "text": {
                    "da": "Jeg havde boet her et år uden at have været inde i domkirken. Nu tager jeg mine egne gæster med derhen og fortæller historien.",
                    "en": "I had lived here a year without ever going inside the cathedral. Now I take my own guests there and tell them the story.",
                },
                "attribution": {"da": "Mei, medfølgende partner og senere kulturguide", "en": "Mei, accompanying partner and later culture guide"},
            }),
            ("image", {
                "caption": {"da": "En kulturguide med sin gruppe foran Vikingeskibsmuseet.", "en": "A culture guide with her group outside the Viking Ship Museum."},
                "alt": {"da": "En lille gruppe voksne står på en kaj ved fjorden og lytter til en kvinde med et bibliotekslogo på sin taske. Bag dem ligger rekonstruerede vikingeskibe.", "en": "A small group of adults stands on a quay by the fjord listening to a woman with a library logo on her bag. Reconstructed Viking ships are moored behind them."},
                "colour": "#2b9348",
            }),
            ("lessons", {
                "da": ["Små grupper er nøglen – ved mere end otte deltagere bliver det en rundvisning i stedet for en fælles oplevelse. Caféturen bagefter er lige så vigtig som selve arrangementet. Lav faste aftaler med foreningerne om billetter, så guiderne ikke skal forhandle hver gang, og giv guiderne en lille årlig tak, fx en fælles udflugt."],
                "en": ["Small groups are key – with more than eight participants it becomes a guided tour rather than a shared experience. The café visit afterwards is as important as the event itself. Make fixed agreements with the associations about tickets so the guides do not have to negotiate every time, and give the guides a small annual thank-you, such as a joint excursion."],
            }),
        ],
        "contact": {
            "name": "Jesper Mølgaard",
            "role": {"da": "Kulturformidler, Roskilde Bibliotekerne", "en": "Cultural outreach officer, Roskilde Libraries"},
            "email": "jesper.moelgaard@example.org",
            "phone": "+45 00 00 26 57",
        },
    },
    # ------------------------------------------------------------------
    # 14. Vejle + Billund: shared job fair for partners
    # ------------------------------------------------------------------
    {
        "slug": "faelles-jobmesse-for-partnere-i-vejle-og-billund",
        "municipalities": ["630", "530"],
        "themes": ["employment", "networks"],
        "target_groups": ["partners", "workers"],
        "origin": "newcomers_project",
        "start": "2025-01-06",
        "end": "2025-10-31",
        "title": {
            "da": "Fælles jobforløb og jobmesse for partnere i Vejle og Billund",
            "en": "Joint job programme and job fair for partners in Vejle and Billund",
        },
        "summary": {
            "da": "Bibliotekerne og jobcentrene i Vejle og Billund gik sammen om et forløb for internationale partnere på tværs af kommunegrænsen. Seks værksteder om CV, LinkedIn og danske jobsamtaler endte i en jobmesse på Vejle Bibliotek med 24 virksomheder.",
            "en": "The libraries and job centres in Vejle and Billund joined forces on a programme for international partners across the municipal border. Six workshops on CVs, LinkedIn and Danish job interviews culminated in a job fair at Vejle Library with 24 companies.",
        },
        "actors": [
            {"actor": "630-library", "role": {"da": "Vært for jobmessen og tre værksteder", "en": "Hosted the job fair and three workshops"}},
            {"actor": "530-library", "role": {"da": "Vært for tre værksteder og netværksmøder", "en": "Hosted three workshops and network meetings"}},
            {"actor": "630-job_centre", "role": {"da": "Rekrutterede virksomheder til jobmessen", "en": "Recruited companies for the job fair"}},
            {"actor": "530-job_centre", "role": {"da": "Holdt værksteder om CV og jobsamtaler", "en": "Held workshops on CVs and job interviews"}},
        ],
        "body": [
            ("challenge", {
                "da": ["Mange internationale familier bor i Vejle, mens den ene partner arbejder i Billund, eller omvendt. Partnerne søgte job i hele området, men hver kommunes tilbud gjaldt kun egne borgere, og virksomhederne rekrutterede på tværs af kommunegrænsen. Det gav dobbeltarbejde og efterlod mange partnere uden nogen hjælp."],
                "en": ["Many international families live in Vejle while one partner works in Billund, or the other way round. The partners looked for jobs across the whole area, but each municipality's services applied only to its own residents, and the companies recruited across the municipal border. This led to duplicated work and left many partners without any help at all."],
            }),
            ("approach", {
                "da": ["Vi lavede ét fælles forløb, åbent for borgere i begge kommuner. Seks værksteder blev holdt skiftevis på de to biblioteker: dansk CV og engelsk CV, LinkedIn, den danske jobsamtale, netværk og uopfordrede ansøgninger samt fagforeninger og a-kasser. Jobcentrene fordelte opgaverne efter styrker, og forløbet sluttede med en jobmesse på Vejle Bibliotek en lørdag i oktober."],
                "en": ["We created one joint programme open to residents of both municipalities. Six workshops were held alternately at the two libraries: Danish and English CVs, LinkedIn, the Danish job interview, networking and unsolicited applications, and trade unions and unemployment insurance funds. The job centres divided the tasks according to their strengths, and the programme ended with a job fair at Vejle Library on a Saturday in October."],
            }),
            ("results", {
                "da": ["87 partnere deltog i mindst tre værksteder, og 340 besøgte jobmessen, hvor 24 virksomheder deltog. Tre måneder efter havde 29 af forløbets deltagere fået job eller praktik, heraf 11 i den anden kommune end den, de bor i. Jobcentrene har aftalt at fortsætte samarbejdet med et fælles forløb hvert år."],
                "en": ["87 partners attended at least three workshops, and 340 visited the job fair, where 24 companies took part. Three months later 29 of the programme's participants had found a job or work placement, 11 of them in the municipality other than the one they live in. The job centres have agreed to continue the cooperation with a joint programme every year."],
            }),
            ("quote", {
                "text": {
                    "da": "Jeg er uddannet logistiker og havde sendt 60 ansøgninger. På jobmessen talte jeg ti minutter med en virksomhed fra Billund, og ugen efter var jeg til samtale.",
                    "en": "I am a trained logistician and had sent 60 applications. At the job fair I talked for ten minutes with a company from Billund, and the week after I had an interview.",
                },
                "attribution": {"da": "Katarzyna, partner og deltager i forløbet", "en": "Katarzyna, partner and programme participant"},
            }),
            ("image", {
                "caption": {"da": "Jobmesse for internationale partnere på Vejle Bibliotek.", "en": "Job fair for international partners at Vejle Library."},
                "alt": {"da": "Et stort, lyst biblioteksrum med roll-ups fra virksomheder. Jobsøgende i pænt tøj står i kø ved standene med CV'er i hænderne.", "en": "A large, bright library space with roll-up banners from companies. Jobseekers in smart clothes queue at the stands holding their CVs."},
                "colour": "#0f4c5c",
            }),
            ("lessons", {
                "da": ["Borgerne tænker ikke i kommunegrænser, og det bør tilbuddene heller ikke. Lav en skriftlig aftale mellem jobcentrene om, hvem der registrerer hvilke borgere, så samarbejdet ikke strander på statistik. Brug bibliotekerne som neutrale værter, og hold jobmessen på en lørdag, så partnere med små børn kan komme sammen med deres ægtefælle."],
                "en": ["Citizens do not think in municipal borders, and neither should the services. Make a written agreement between the job centres on who registers which citizens, so the cooperation does not run aground on statistics. Use the libraries as neutral hosts, and hold the job fair on a Saturday so partners with small children can come together with their spouse."],
            }),
        ],
        "contact": {
            "name": "Tina Sørensen",
            "role": {"da": "Projektkoordinator, Vejle Bibliotek", "en": "Project coordinator, Vejle Library"},
            "email": "tina.soerensen@example.org",
            "phone": "+45 00 00 63 84",
        },
    },
]
