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
                "Portalen bruger ingen sporing og ingen cookies fra tredjeparter. Når du tilmelder dig et seminar eller skriver til os, gemmer vi kun de oplysninger, du selv giver, og kun så længe vi har brug for dem.",
                "Du kan altid få indsigt i, rette eller slette dine oplysninger ved at skrive til erfaringsportalen@example.org.",
            ],
            "en": [
                "The portal uses no tracking and no third-party cookies. When you sign up for a seminar or write to us, we keep only the information you give us, and only for as long as we need it.",
                "You can always see, correct or delete your information by writing to erfaringsportalen@example.org.",
            ],
            "uk": [
                "Портал не використовує стеження та сторонні файли cookie. Коли ви реєструєтеся на семінар або пишете нам, ми зберігаємо лише надану вами інформацію і лише стільки, скільки потрібно.",
                "Ви завжди можете переглянути, виправити або видалити свої дані, написавши на erfaringsportalen@example.org.",
            ],
            "ar": [
                "لا تستخدم البوابة أي تتبع ولا ملفات تعريف ارتباط من جهات خارجية. عندما تسجّل في ندوة أو تكتب إلينا، نحتفظ فقط بالمعلومات التي تقدمها، وللمدة التي نحتاجها فقط.",
                "يمكنك دائمًا الاطلاع على معلوماتك أو تصحيحها أو حذفها بالكتابة إلى erfaringsportalen@example.org.",
            ],
            "pl": [
                "Portal nie stosuje śledzenia ani plików cookie stron trzecich. Gdy zapisujesz się na seminarium lub do nas piszesz, przechowujemy tylko podane przez Ciebie informacje i tylko tak długo, jak są potrzebne.",
                "Zawsze możesz wglądać w swoje dane, poprawić je lub usunąć, pisząc na erfaringsportalen@example.org.",
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
