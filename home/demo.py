"""Demo content of the base app: the home page in five languages and the helpers the loaders share."""

from html import escape

from django.utils.text import slugify
from wagtail.models import Locale

from home.factories import TargetGroupFactory
from home.localization import translate_with_strings
from home.models import HomePage, TargetGroup

LANGUAGE_CODES = ["da", "en", "uk", "ar", "pl"]
TRANSLATED_LANGUAGES = LANGUAGE_CODES[1:]

HOME = {
    "da": {
        "title": "Erfaringsportalen",
        "intro": "Erfaringsportalen samler bibliotekernes erfaringer med at byde nytilkomne velkommen: "
        "hvem man kan samarbejde med i kommunen, hvad der virkede andre steder, og hvor man mødes.",
        "about": [
            "Portalen er udviklet i projektet Newcomers – Samarbejde på tværs, hvor folkebiblioteker, "
            "jobcentre, sprogskoler, International Citizen Service, foreninger og virksomheder har arbejdet "
            "sammen om at hjælpe internationale medarbejdere, deres familier og flygtninge godt i gang.",
            "Her finder du aktørerne i alle 98 kommuner, cases om samarbejder der virkede, og de "
            "formidlingsseminarer hvor erfaringerne deles.",
        ],
    },
    "en": {
        "title": "The Experience Portal",
        "intro": "The Experience Portal gathers the Danish libraries' experience of welcoming newcomers: "
        "who to work with in the municipality, what worked elsewhere, and where to meet.",
        "about": [
            "The portal was developed in the project Newcomers – Cooperation across sectors, in which public "
            "libraries, job centres, language schools, International Citizen Service, associations and "
            "employers worked together to help international workers, their families and refugees settle in.",
            "Here you find the actors in all 98 municipalities, case studies of cooperation that worked, and "
            "the seminars where the experience is shared.",
        ],
    },
    "uk": {
        "title": "Портал досвіду",
        "intro": "Портал досвіду збирає досвід данських бібліотек у прийомі новоприбулих: з ким співпрацювати "
        "в муніципалітеті, що спрацювало в інших місцях і де зустрітися.",
        "about": [
            "Портал створено в межах проєкту Newcomers – співпраця між секторами, у якому публічні бібліотеки, "
            "центри зайнятості, мовні школи, International Citizen Service, об'єднання та роботодавці разом "
            "допомагали іноземним працівникам, їхнім родинам і біженцям облаштуватися.",
            "Тут ви знайдете організації в усіх 98 муніципалітетах, приклади успішної співпраці та семінари, "
            "на яких діляться досвідом.",
        ],
    },
    "ar": {
        "title": "بوابة الخبرات",
        "intro": "تجمع بوابة الخبرات تجارب المكتبات الدنماركية في استقبال القادمين الجدد: مع من يمكن التعاون "
        "في البلدية، وما الذي نجح في أماكن أخرى، وأين نلتقي.",
        "about": [
            "طُوّرت البوابة في مشروع Newcomers – التعاون بين القطاعات، حيث عملت المكتبات العامة ومراكز العمل "
            "ومدارس اللغة وخدمة International Citizen Service والجمعيات وأصحاب العمل معًا لمساعدة العمال "
            "الدوليين وعائلاتهم واللاجئين على الاستقرار.",
            "ستجد هنا الجهات الفاعلة في جميع البلديات الـ 98، ودراسات حالة لتعاون ناجح، والندوات التي تُتبادل "
            "فيها الخبرات.",
        ],
    },
    "pl": {
        "title": "Portal doświadczeń",
        "intro": "Portal doświadczeń gromadzi doświadczenia duńskich bibliotek w przyjmowaniu nowo przybyłych: "
        "z kim współpracować w gminie, co sprawdziło się gdzie indziej i gdzie się spotkać.",
        "about": [
            "Portal powstał w projekcie Newcomers – współpraca ponad sektorami, w którym biblioteki publiczne, "
            "urzędy pracy, szkoły językowe, International Citizen Service, stowarzyszenia i pracodawcy wspólnie "
            "pomagali pracownikom z zagranicy, ich rodzinom i uchodźcom zadomowić się w Danii.",
            "Znajdziesz tu organizacje we wszystkich 98 gminach, przykłady udanej współpracy oraz seminaria, "
            "na których dzieli się doświadczeniami.",
        ],
    },
}


def paragraphs(texts):
    """Rich text from plain paragraphs, escaped the way wagtail-localize extracts its segments."""
    return "".join(f"<p>{escape(text, quote=False)}</p>" for text in texts)


def text_pairs(source, target, *keys):
    """Pairs of (source text, translated text) from two parallel structures of strings and lists."""
    pairs = {}
    for key in keys:
        a, b = source.get(key), target.get(key)
        if isinstance(a, list) and isinstance(b, list):
            pairs.update(zip(a, b, strict=False))
        elif isinstance(a, str) and isinstance(b, str):
            pairs[a] = b
    return pairs


def load_home():
    """Fill in the Danish home page the migrations created, point the site at BASE_URL, and return it."""
    from urllib.parse import urlsplit

    from django.conf import settings
    from wagtail.models import Site

    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    port = address.port or (443 if address.scheme == "https" else 80)
    Site.objects.filter(is_default_site=True).exclude(hostname=address.hostname, port=port).update(
        hostname=address.hostname, port=port
    )
    for order, (code, _label) in enumerate(TargetGroup.CHOICES):
        TargetGroupFactory(code=code, sort_order=order)
    home = HomePage.objects.get(locale__language_code="da", depth=2)
    text = HOME["da"]
    if home.about_project != paragraphs(text["about"]):
        home.title = text["title"]
        home.intro = text["intro"]
        home.about_project = paragraphs(text["about"])
        home.save_revision().publish()
    return home


def translate_once(instance, language_code, strings):
    """Translate through wagtail-localize unless a translation into that language exists already."""
    locale = Locale.objects.get(language_code=language_code)
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing
    return translate_with_strings(instance, language_code, strings)


def translate_home(home):
    for code in TRANSLATED_LANGUAGES:
        translate_once(home, code, text_pairs(HOME["da"], HOME[code], "title", "intro", "about"))


def generated_image(title, colour, seed=0):
    """A picture drawn locally with Pillow, so the demo needs nothing downloaded."""
    import io
    import random

    from django.core.files.base import ContentFile
    from PIL import Image as PillowImage
    from PIL import ImageDraw
    from wagtail.images import get_image_model

    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing
    rng = random.Random(seed)
    picture = PillowImage.new("RGB", (1200, 675), colour)
    draw = ImageDraw.Draw(picture)
    for _step in range(14):
        x, y, r = rng.randint(0, 1200), rng.randint(0, 675), rng.randint(40, 220)
        shade = tuple(min(255, max(0, c + rng.randint(-60, 80))) for c in picture.getpixel((0, 0)))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=shade)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    return image_model.objects.create(
        title=title, file=ContentFile(buffer.getvalue(), name=f"demo-{seed}.jpg")
    )


def generated_document(title, lines, seed=0):
    """A small PDF drawn locally with Pillow."""
    import io

    from django.core.files.base import ContentFile
    from PIL import Image as PillowImage
    from PIL import ImageDraw, ImageFont
    from wagtail.documents import get_document_model

    document_model = get_document_model()
    existing = document_model.objects.filter(title=title).first()
    if existing:
        return existing
    page = PillowImage.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=44)
    y = 120
    for line in [title, *lines]:
        draw.text((100, y), line, fill="black", font=font)
        y += 80
    buffer = io.BytesIO()
    page.save(buffer, format="PDF")
    return document_model.objects.create(
        title=title, file=ContentFile(buffer.getvalue(), name=f"materiale-{seed}.pdf")
    )


STANDARD_PAGES = [
    {
        "setting": "accessibility_page",
        "slug": "tilgaengelighedserklaering",
        "title": {
            "da": "Tilgængelighedserklæring",
            "en": "Accessibility statement",
            "uk": "Заява про доступність",
            "ar": "بيان إمكانية الوصول",
            "pl": "Deklaracja dostępności",
        },
        "intro": {
            "da": "Erfaringsportalen skal kunne bruges af alle. Portalen følger webtilgængelighedsloven og WCAG 2.1 på niveau AA.",
            "en": "Everyone should be able to use the Experience Portal. It follows the Danish Web Accessibility Act and WCAG 2.1 at level AA.",
            "uk": "Портал досвіду має бути доступним для всіх. Він відповідає данському закону про доступність вебсайтів і WCAG 2.1 на рівні AA.",
            "ar": "يجب أن يتمكن الجميع من استخدام بوابة الخبرات. تلتزم البوابة بقانون إمكانية الوصول إلى المواقع الدنماركي وبمعايير WCAG 2.1 على المستوى AA.",
            "pl": "Z Portalu doświadczeń powinien móc korzystać każdy. Portal spełnia duńską ustawę o dostępności stron internetowych i WCAG 2.1 na poziomie AA.",
        },
        "body": {
            "da": [
                "Alle sider testes automatisk for tilgængelighed, og de kan bruges med tastatur, skærmlæser og forstørrelse. Indhold på arabisk vises fra højre mod venstre.",
                "Finder du noget, der ikke virker, så skriv til erfaringsportalen@example.org. Du kan også klage til Digitaliseringsstyrelsen.",
            ],
            "en": [
                "Every page is tested automatically for accessibility and works with a keyboard, a screen reader and magnification. Arabic content is shown from right to left.",
                "If you find something that does not work, write to erfaringsportalen@example.org. You can also complain to the Agency for Digital Government.",
            ],
            "uk": [
                "Кожна сторінка автоматично перевіряється на доступність і працює з клавіатурою, програмою зчитування екрана та збільшенням. Арабський вміст відображається справа наліво.",
                "Якщо щось не працює, напишіть на erfaringsportalen@example.org. Ви також можете подати скаргу до Агентства цифрового уряду Данії.",
            ],
            "ar": [
                "تُختبر كل صفحة تلقائيًا من حيث إمكانية الوصول، وتعمل مع لوحة المفاتيح وقارئ الشاشة والتكبير. يُعرض المحتوى العربي من اليمين إلى اليسار.",
                "إذا وجدت شيئًا لا يعمل، فاكتب إلى erfaringsportalen@example.org. يمكنك أيضًا تقديم شكوى إلى الوكالة الدنماركية للحكومة الرقمية.",
            ],
            "pl": [
                "Każda strona jest automatycznie sprawdzana pod kątem dostępności i działa z klawiaturą, czytnikiem ekranu i powiększeniem. Treści po arabsku są wyświetlane od prawej do lewej.",
                "Jeśli coś nie działa, napisz na erfaringsportalen@example.org. Możesz też złożyć skargę do duńskiej Agencji Cyfryzacji.",
            ],
        },
    },
    {
        "setting": "privacy_page",
        "slug": "privatlivspolitik",
        "title": {
            "da": "Privatlivspolitik",
            "en": "Privacy policy",
            "uk": "Політика конфіденційності",
            "ar": "سياسة الخصوصية",
            "pl": "Polityka prywatności",
        },
        "intro": {
            "da": "Sådan behandler Erfaringsportalen oplysninger om dig.",
            "en": "How the Experience Portal handles information about you.",
            "uk": "Як Портал досвіду обробляє інформацію про вас.",
            "ar": "كيف تتعامل بوابة الخبرات مع المعلومات الخاصة بك.",
            "pl": "Jak Portal doświadczeń przetwarza informacje o Tobie.",
        },
        "body": {
            "da": [
                "Portalen bruger ingen sporing og ingen cookies fra tredjeparter.",
                "Når du foreslår en aktør eller en rettelse, deler en case, skriver til en aktør gennem portalen eller tilmelder dig et seminar, beder vi om dit navn og din e-mailadresse. Vi bruger dem kun til at behandle det, du sender: en koordinator kan spørge dig om det, vi fortæller dig, om det blev offentliggjort, og beskeder til aktører sendes videre, så de kan svare dig. Dit navn og din e-mail bliver aldrig offentliggjort og opbevares adskilt fra indholdet.",
                "Hver formular fortæller, hvad vi gemmer og hvorfor, og du sætter selv kryds for at give samtykke. Vi gemmer den ordlyd, du sagde ja til, og tidspunktet. Intet af det, du skriver, kommer på portalen, før en koordinator har godkendt det.",
                "Vi sletter automatisk dit navn, din e-mail og din besked senest 12 måneder efter, du sendte dem. Det, du foreslog, bliver på portalen, hvis det blev godkendt, men uden dine oplysninger. Aktørernes kontaktoplysninger er organisationers arbejdsoplysninger, ikke privatpersoners. Billeder, du uploader, gemmes uden oplysninger om, hvor de er taget.",
                "Du har ret til at se de oplysninger, vi har om dig, få dem rettet eller slettet og trække dit samtykke tilbage når som helst. Skriv til erfaringsportalen@example.org. Du kan også klage til Datatilsynet.",
            ],
            "en": [
                "The portal uses no tracking and no third-party cookies.",
                "When you suggest an actor or a correction, share a case study, write to an actor through the portal or sign up for a seminar, we ask for your name and e-mail address. We use them only to handle what you send: a coordinator can ask you about it, we tell you whether it was published, and messages to actors are passed on so that they can answer you. Your name and e-mail are never published and are kept apart from the content.",
                "Each form says what we keep and why, and you tick a box to give your consent. We keep the wording you agreed to and the time. Nothing you write appears on the portal before a coordinator has approved it.",
                "We automatically delete your name, e-mail and message 12 months after you sent them at the latest. What you suggested stays on the portal if it was approved, but without your details. The actors' contact details are organisations' work details, not private persons'. Pictures you upload are saved without information about where they were taken.",
                "You have the right to see the information we have about you, to have it corrected or deleted, and to withdraw your consent at any time. Write to erfaringsportalen@example.org. You can also complain to the Danish Data Protection Agency (Datatilsynet).",
            ],
            "uk": [
                "Портал не використовує стеження та сторонні файли cookie.",
                "Коли ви пропонуєте організацію чи виправлення, ділитеся історією співпраці, пишете організації через портал або реєструєтеся на семінар, ми просимо ваше ім'я та адресу електронної пошти. Ми використовуємо їх лише для опрацювання надісланого: координатор може поставити вам запитання, ми повідомимо, чи це опубліковано, а повідомлення організаціям пересилаються, щоб вони могли вам відповісти. Ваше ім'я та електронна пошта ніколи не публікуються і зберігаються окремо від вмісту.",
                "Кожна форма пояснює, що ми зберігаємо і навіщо, а ви самі ставите позначку, щоб дати згоду. Ми зберігаємо текст, на який ви погодилися, і час згоди. Ніщо з написаного вами не з'являється на порталі, доки це не схвалить координатор.",
                "Ми автоматично видаляємо ваше ім'я, електронну пошту та повідомлення не пізніше ніж через 12 місяців після надсилання. Запропоноване вами залишається на порталі, якщо його схвалено, але без ваших даних. Контактні дані організацій є робочими даними організацій, а не приватних осіб. Завантажені вами зображення зберігаються без даних про місце зйомки.",
                "Ви маєте право переглянути дані, які ми маємо про вас, виправити або видалити їх і будь-коли відкликати згоду. Напишіть на erfaringsportalen@example.org. Ви також можете подати скаргу до Данського агентства із захисту даних (Datatilsynet).",
            ],
            "ar": [
                "لا تستخدم البوابة أي تتبع ولا ملفات تعريف ارتباط من جهات خارجية.",
                "عندما تقترح جهة فاعلة أو تصحيحًا، أو تشارك تجربة تعاون، أو تكتب إلى جهة فاعلة عبر البوابة، أو تسجّل في ندوة، نطلب اسمك وعنوان بريدك الإلكتروني. نستخدمهما فقط لمعالجة ما ترسله: يمكن لمنسّق أن يسألك عنه، ونخبرك إن كان قد نُشر، وتُحوَّل الرسائل إلى الجهات الفاعلة لكي تتمكن من الرد عليك. لا يُنشر اسمك وبريدك الإلكتروني أبدًا، ويُحفظان منفصلين عن المحتوى.",
                "يوضّح كل نموذج ما نحتفظ به ولماذا، وتضع أنت علامة في المربع لتعطي موافقتك. نحتفظ بنص الموافقة الذي وافقت عليه ووقتها. لا يظهر شيء مما تكتبه على البوابة قبل أن يوافق عليه منسّق.",
                "نحذف تلقائيًا اسمك وبريدك الإلكتروني ورسالتك بعد 12 شهرًا على الأكثر من إرسالها. يبقى ما اقترحته على البوابة إذا تمت الموافقة عليه، ولكن دون بياناتك. بيانات الاتصال الخاصة بالجهات الفاعلة هي بيانات عمل لمؤسسات وليست لأشخاص عاديين. تُحفظ الصور التي ترفعها دون معلومات عن مكان التقاطها.",
                "يحق لك الاطلاع على المعلومات التي لدينا عنك، وتصحيحها أو حذفها، وسحب موافقتك في أي وقت. اكتب إلى erfaringsportalen@example.org. يمكنك أيضًا تقديم شكوى إلى هيئة حماية البيانات الدنماركية (Datatilsynet).",
            ],
            "pl": [
                "Portal nie stosuje śledzenia ani plików cookie stron trzecich.",
                "Gdy proponujesz organizację lub poprawkę, dzielisz się przykładem współpracy, piszesz do organizacji przez portal albo zapisujesz się na seminarium, prosimy o Twoje imię i nazwisko oraz adres e-mail. Używamy ich tylko do obsługi tego, co przysyłasz: koordynator może Cię o to zapytać, informujemy Cię, czy zostało to opublikowane, a wiadomości do organizacji są przekazywane dalej, aby mogły Ci odpowiedzieć. Twoje imię i e-mail nigdy nie są publikowane i są przechowywane oddzielnie od treści.",
                "Każdy formularz mówi, co przechowujemy i dlaczego, a Ty sam zaznaczasz pole, aby wyrazić zgodę. Zapisujemy treść zgody, na którą się zgodziłeś, oraz jej czas. Nic z tego, co napiszesz, nie pojawi się na portalu, zanim nie zatwierdzi tego koordynator.",
                "Automatycznie usuwamy Twoje imię, e-mail i wiadomość najpóźniej 12 miesięcy po ich wysłaniu. To, co zaproponowałeś, pozostaje na portalu, jeśli zostało zatwierdzone, ale bez Twoich danych. Dane kontaktowe organizacji to dane służbowe organizacji, a nie osób prywatnych. Przesłane przez Ciebie zdjęcia są zapisywane bez informacji o miejscu ich wykonania.",
                "Masz prawo wglądu w dane, które o Tobie mamy, do ich poprawienia lub usunięcia oraz do wycofania zgody w dowolnym momencie. Napisz na erfaringsportalen@example.org. Możesz też złożyć skargę do duńskiego organu ochrony danych (Datatilsynet).",
            ],
        },
    },
]


def load_standard_pages(home, portal_settings):
    """The accessibility statement and privacy policy, linked from every page's footer."""
    from home.factories import StandardPageFactory
    from home.models import StandardPage

    pages = []
    for data in STANDARD_PAGES:
        page = StandardPage.objects.child_of(home).filter(slug=data["slug"]).first()
        if page is None:
            page = StandardPageFactory(
                parent=home,
                title=data["title"]["da"],
                slug=data["slug"],
                intro=data["intro"]["da"],
                body=[("paragraph", paragraphs(data["body"]["da"]))],
            )
            page.save_revision().publish()
        if getattr(portal_settings, f"{data['setting']}_id") != page.pk:
            setattr(portal_settings, data["setting"], page)
            portal_settings.save()
        pages.append(page)
    return pages


def translate_standard_pages(pages):
    for data, page in zip(STANDARD_PAGES, pages, strict=True):
        for code in TRANSLATED_LANGUAGES:
            strings = text_pairs(
                {"title": data["title"]["da"], "intro": data["intro"]["da"], "body": data["body"]["da"]},
                {"title": data["title"][code], "intro": data["intro"][code], "body": data["body"][code]},
                "title",
                "intro",
                "body",
            )
            strings[data["slug"]] = slugify(data["title"][code], allow_unicode=True)
            translate_once(page, code, strings)
