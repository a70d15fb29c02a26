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

    def test_arabic_page_preloads_only_the_arabic_regular_subset(self, client, home_page):
        arabic = Locale.objects.get(language_code="ar")
        home_page.copy_for_translation(arabic).save_revision().publish()
        html = client.get("/ar/").content.decode()
        assert 'dir="rtl"' in html
        assert preloads(html) == [
            "/static/dist/fonts/ibm-plex-sans-arabic/ibm-plex-sans-arabic-arabic-400-normal.woff2"
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
