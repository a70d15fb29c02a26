"""What base.html makes a first visit download: the Arabic font preloaded, no DKFDS script up front.

The fonts themselves (subsets with unicode-range) are built by frontend/build.mjs; these tests hold the
template to the same plan, so that a page does not fetch more than its own script needs.
"""

import re

import pytest
from wagtail.models import Locale


def preloads(html):
    return re.findall(r'<link rel="preload" href="([^"]+)" as="font" type="font/woff2" crossorigin>', html)


def script_sources(html):
    return re.findall(r'<script\b[^>]*\ssrc="([^"]+)"', html)


@pytest.mark.django_db
class TestFirstVisit:
    def test_danish_page_preloads_no_font(self, client, tree):
        """Measured: preloading the latin regular did not raise Lighthouse's score (it competes with CSS)."""
        html = client.get("/da/").content.decode()
        assert preloads(html) == []
        assert "arabic-font.css" not in html

    def test_arabic_page_preloads_the_three_arabic_weights_it_uses(self, client, home_page):
        """Measured: with the regular alone preloaded, the semibold swap shifted search results (CLS 0.21)."""
        arabic = Locale.objects.get(language_code="ar")
        home_page.copy_for_translation(arabic).save_revision().publish()
        html = client.get("/ar/").content.decode()
        assert 'dir="rtl"' in html
        assert preloads(html) == [
            f"/static/dist/fonts/ibm-plex-sans-arabic/ibm-plex-sans-arabic-arabic-{weight}-normal.woff2"
            for weight in (400, 600, 700)
        ]
        assert "/static/dist/css/arabic-font.css" in html

    @pytest.mark.parametrize("page_type", ["home", "municipality", "case_index", "case_study"])
    def test_dkfds_script_is_left_to_portal_js(self, client, tree, page_type):
        """No template uses a DKFDS JavaScript component; portal.js loads the script if one ever does."""
        url = "/da/" if page_type == "home" else tree[page_type].url
        html = client.get(url).content.decode()
        assert script_sources(html) == ["/static/js/portal.js"]
        assert 'data-dkfds="/static/dist/js/dkfds.min.js"' in html
        for component in ("accordion", "js-dropdown", "tab-container", "fds-modal", "tooltip-wrapper"):
            assert f'class="{component}' not in html


@pytest.mark.django_db
class TestImages:
    """Pictures in body text come as WebP renditions in three widths, loaded only when scrolled to."""

    @pytest.fixture
    def picture(self, settings, tmp_path):
        from io import BytesIO

        from django.core.files.images import ImageFile
        from PIL import Image as PillowImage
        from wagtail.images import get_image_model

        settings.MEDIA_ROOT = str(tmp_path)
        buffer = BytesIO()
        PillowImage.new("RGB", (1600, 900), (30, 90, 140)).save(buffer, "JPEG")
        return get_image_model().objects.create(
            title="Sprogcafé", file=ImageFile(buffer, name="sprogcafe.jpg")
        )

    def test_captioned_image_is_a_lazy_webp_srcset(self, picture):
        from home.blocks import CaptionedImageBlock

        block = CaptionedImageBlock()
        value = block.to_python({"image": picture.pk, "alt": "Deltagere ved bordet", "caption": "Sprogcafé"})
        html = block.render(value)

        image_tag = re.search(r"<img [^>]+>", html).group(0)
        candidates = re.search(r'srcset="([^"]+)"', image_tag).group(1).split(", ")
        assert sorted(candidate.rsplit(" ", 1)[1] for candidate in candidates) == ["1200w", "400w", "800w"]
        assert 'width="800"' in image_tag
        assert all(candidate.split(" ")[0].endswith(".webp") for candidate in candidates)
        assert re.search(r'src="[^"]+\.webp"', image_tag)
        assert 'sizes="(min-width: 50em) 800px, 100vw"' in image_tag
        assert 'loading="lazy"' in image_tag
        assert 'alt="Deltagere ved bordet"' in image_tag
        assert "<figcaption>Sprogcafé</figcaption>" in html
        assert sorted(rendition.width for rendition in picture.renditions.all()) == [400, 800, 1200]


class TestIconSprite:
    """The templates' icons come from a sprite of only those icons (1.5 KB), not DKFDS's whole one (53 KB)."""

    def test_every_icon_a_template_names_is_in_the_sprite(self, settings):
        from pathlib import Path

        templates = Path(settings.BASE_DIR, "site", "templates")
        named = set()
        for template in templates.rglob("*.html"):
            text = template.read_text(encoding="utf-8")
            named.update(re.findall(r"icons }}#([a-z0-9-]+)", text))
            if "dist/img/icons.svg" in text and "file-pdf" in text:
                named.update({"file", "file-pdf"})
            assert "all-svg-icons.svg" not in text, template
        sprite = Path(settings.BASE_DIR, "site", "static", "dist", "img", "icons.svg").read_text()
        assert named >= {"check", "chevron-right", "search"}
        assert {name for name in named if f'<symbol id="{name}"' not in sprite} == set()
        assert len(sprite) < 4000


@pytest.mark.django_db
class TestCompressedPages:
    def test_html_is_sent_gzipped_to_a_browser_that_accepts_it(self, client, tree):
        import gzip

        plain = client.get(tree["municipality"].url)
        packed = client.get(tree["municipality"].url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
        assert packed["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in packed["Vary"]
        assert gzip.decompress(packed.content) == plain.content
        assert len(packed.content) < len(plain.content) / 2

    def test_page_cache_keeps_the_compressed_and_the_plain_page_apart(self, client, tree, settings):
        import gzip

        from django.core.cache import cache

        from home.models import PortalSettings

        PortalSettings.for_site(tree["municipality"].get_site())
        settings.PAGE_CACHE_SECONDS = 300
        cache.clear()
        url = tree["municipality"].url
        assert client.get(url, HTTP_ACCEPT_ENCODING="gzip")["X-Page-Cache"] == "miss"
        hit = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
        assert (hit["X-Page-Cache"], hit["Content-Encoding"]) == ("hit", "gzip")
        plain = client.get(url)
        assert plain["X-Page-Cache"] == "miss"
        assert not plain.has_header("Content-Encoding")
        assert gzip.decompress(hit.content) == client.get(url).content
