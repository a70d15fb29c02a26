"""The editor guide in the admin (roles/guide.py): the Help menu item every role sees, the guide in the
user's language with its screenshots, the screenshots' view refusing any other file, safe Markdown, and
rendering once per version of the file."""

import json
import os
import re
from html import unescape

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from roles import guide
from tests.roles.english import english_on
from tests.roles.roles_support import ROLES, client_for

GUIDE_URL = "/admin/guide/"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def set_admin_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save(update_fields=["preferred_language"])


SIDEBAR_PROPS = re.compile(
    r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', re.DOTALL
)


def sidebar_props(html):
    found = SIDEBAR_PROPS.search(html)
    return json.loads(found.group(1))


def menu_items(props):
    """Every menu item of the sidebar (telepath's packed form), however deep, as its first argument."""
    if isinstance(props, dict):
        if props.get("_type", "").startswith("wagtail.sidebar.") and props.get("_type").endswith("MenuItem"):
            yield props
        for value in props.values():
            yield from menu_items(value)
    elif isinstance(props, list):
        for value in props:
            yield from menu_items(value)


def help_menu(client):
    """(label of the Help menu, [(label, url) of each of its items]) as the dashboard's sidebar draws it."""
    props = sidebar_props(client.get(reverse("wagtailadmin_home")).content.decode())
    (help_item,) = [item for item in menu_items(props) if item["_args"][0]["name"] == "help"]
    children = [child["_args"][0] for child in help_item["_args"][1]]
    return help_item["_args"][0]["label"], [(child["label"], child.get("url")) for child in children]


def image_sources(html):
    return re.findall(r'<img alt="[^"]+" height="\d+" loading="lazy" src="([^"]+)" width="\d+">', html)


@pytest.mark.django_db
class TestHelpMenu:
    @pytest.mark.parametrize("role", ROLES)
    def test_every_role_finds_the_guide_under_help(self, role_users, role):
        _label, items = help_menu(client_for(role_users[role]))
        assert ("Redaktørvejledning", GUIDE_URL) in items

    def test_the_whole_help_menu_is_danish_for_a_danish_user(self, role_users):
        label, items = help_menu(client_for(role_users["editor"]))
        assert label == "Hjælp"
        assert [item_label for item_label, _url in items] == ["Redaktørvejledning", "Genveje"]

    def test_an_english_user_finds_the_editor_guide(self, role_users):
        set_admin_language(role_users["editor"], "en")
        _label, items = help_menu(client_for(role_users["editor"]))
        assert ("Editor guide", GUIDE_URL) in items

    def test_wagtails_outside_links_are_gone(self, role_users):
        html = client_for(role_users["coordinator"]).get(reverse("wagtailadmin_home")).content.decode()
        names = {item["_args"][0]["name"] for item in menu_items(sidebar_props(html))}
        assert "editor-guide" not in names
        assert not any(name.startswith("whats-new-in-wagtail") for name in names)
        assert "guide.wagtail.org" not in html
        assert "docs.wagtail.org" not in html


@pytest.mark.django_db
class TestDashboardLink:
    """The dashboard's account panel linked to Wagtail's guide too (roles/admin_templates.py)."""

    def test_the_account_panel_links_to_our_guide(self, role_users):
        html = client_for(role_users["editor"]).get(reverse("wagtailadmin_home")).content.decode()
        assert re.search(r'href="/admin/guide/">\s*Redaktørvejledning\s*</a>', html)
        assert "Wagtail 8" not in html


@pytest.mark.django_db
class TestGuidePage:
    def test_a_danish_user_reads_the_danish_guide(self, role_users):
        html = client_for(role_users["editor"]).get(GUIDE_URL).content.decode()
        assert '<div class="editor-guide" lang="da" dir="ltr">' in html
        assert '<h2 id="hvem-må-hvad">Hvem må hvad</h2>' in html
        assert "Who may do what" not in html

    def test_around_the_guide_the_page_speaks_danish(self, role_users):
        html = client_for(role_users["editor"]).get(GUIDE_URL).content.decode()
        before, rest = html.split('<article class="editor-guide__body">', 1)
        after = rest.split("</article>", 1)[1]
        assert english_on(before + after, data={"editor"}) == []

    def test_an_english_user_reads_the_english_guide(self, role_users):
        set_admin_language(role_users["translator"], "en")
        html = client_for(role_users["translator"]).get(GUIDE_URL).content.decode()
        assert '<div class="editor-guide" lang="en" dir="ltr">' in html
        assert '<h2 id="who-may-do-what">Who may do what</h2>' in html
        assert "Hvem må hvad" not in html

    def test_the_table_of_contents_links_to_the_headings(self, role_users):
        html = client_for(role_users["organiser"]).get(GUIDE_URL).content.decode()
        toc = html.split('<nav class="editor-guide__toc"', 1)[1].split("</nav>", 1)[0]
        assert "Indhold" in toc
        targets = re.findall(r'<a href="#([^"]+)">', toc)
        assert "seminararrangør" in targets
        for target in targets:
            assert f'id="{target}"' in html

    def test_the_page_has_one_title_the_admins(self, role_users):
        """The guide's own first heading repeats the admin's header, so it is left out."""
        html = client_for(role_users["editor"]).get(GUIDE_URL).content.decode()
        assert len(re.findall(r"<h1\b", html)) == 1
        assert "Redaktørvejledning til Erfaringsportalen" not in html

    @pytest.mark.parametrize("language", ["uk", "ar", "pl"])
    def test_other_admin_languages_read_danish_with_a_note_in_their_language(self, role_users, language):
        set_admin_language(role_users["translator"], language)
        html = client_for(role_users["translator"]).get(GUIDE_URL).content.decode()
        assert '<div class="editor-guide" lang="da" dir="ltr">' in html
        assert 'href="?language=en"' in html
        assert "The editor guide is only written in Danish and English." not in html

    def test_the_note_offers_the_english_guide(self, role_users):
        set_admin_language(role_users["translator"], "uk")
        html = client_for(role_users["translator"]).get(GUIDE_URL + "?language=en").content.decode()
        assert '<div class="editor-guide" lang="en" dir="ltr">' in html
        assert 'href="?language=da"' in html

    def test_an_unknown_language_choice_falls_back_to_the_admins(self, role_users):
        html = client_for(role_users["editor"]).get(GUIDE_URL + "?language=../../etc").content.decode()
        assert '<div class="editor-guide" lang="da" dir="ltr">' in html

    def test_anonymous_is_sent_to_the_login(self, client):
        response = client.get(GUIDE_URL)
        assert response.status_code == 302
        assert response.url.startswith(reverse("wagtailadmin_login"))

    def test_a_user_without_admin_access_is_refused(self, client, django_user_model):
        client.force_login(django_user_model.objects.create_user("reader", "reader@example.org", "pw"))
        response = client.get(GUIDE_URL)
        assert response.status_code in (302, 403)
        assert b"editor-guide__body" not in response.content


@pytest.mark.django_db
class TestScreenshots:
    @pytest.mark.parametrize("language", ["da", "en"])
    def test_every_screenshot_of_the_guide_is_served(self, role_users, language):
        set_admin_language(role_users["coordinator"], language)
        client = client_for(role_users["coordinator"])
        sources = image_sources(client.get(GUIDE_URL).content.decode())
        markdown_images = (guide.docs_folder() / guide.GUIDE_FILES[language]).read_text().count("![")
        assert len(sources) == markdown_images > 0
        for source in sources:
            response = client.get(source)
            assert response.status_code == 200, source
            assert response["Content-Type"] == "image/png"
            assert b"".join(response.streaming_content).startswith(PNG_SIGNATURE)

    def test_the_alt_texts_come_from_the_guide(self, role_users):
        html = client_for(role_users["editor"]).get(GUIDE_URL).content.decode()
        assert '<img alt="Log ind" height="860" loading="lazy" src="/admin/guide/images/da/login.png"' in html

    @pytest.mark.parametrize(
        "path",
        [
            "da/../../config/settings/base.py",
            "da/..%2F..%2Fconfig%2Fsettings%2Fbase.py",
            "da/%2e%2e%2f%2e%2e%2fconfig%2fsettings%2fbase.py",
            "..%2F..%2Fconfig/settings.py",
            "%2e%2e/login.png",
            "da/%2e%2e",
            "da/..",
            "da/.",
            "da/%2Fetc%2Fpasswd",
            "da//etc/passwd",
            "da/login",
            "da/LOGIN.PNG",
            "da/login.png.bak",
            "da/.png",
            "da/editor-guide.md",
            "uk/login.png",
            "xx/login.png",
            "DA/login.png",
            "da%2F..%2Fen/login.png",
        ],
    )
    def test_any_other_name_is_not_found(self, role_users, path):
        """Django may first add a slash (a redirect to another unknown address); the end is a 404."""
        response = client_for(role_users["editor"]).get(f"/admin/guide/images/{path}", follow=True)
        assert response.status_code == 404
        assert response["Content-Type"] != "image/png"

    @pytest.mark.parametrize("path", ["da/login.png%00", "da/login.png%00.txt", "da/%00"])
    def test_a_nul_byte_is_a_bad_request(self, role_users, path):
        """outages answers control characters in an address with 400 before any view sees them."""
        response = client_for(role_users["editor"]).get(f"/admin/guide/images/{path}")
        assert response.status_code == 400

    @pytest.mark.parametrize(
        "name",
        ["../../config/settings/base.py", "/etc/passwd", "login.png\x00", "..", "", "da/login.png", "login/"],
    )
    def test_names_that_cannot_come_through_a_url_are_refused_too(self, name):
        assert guide.screenshot_file("da", name) is None

    def test_a_symbolic_link_among_the_screenshots_is_not_followed(self, tmp_path, monkeypatch):
        (tmp_path / "images" / "da").mkdir(parents=True)
        (tmp_path / "secret.txt").write_text("secret")
        os.symlink(tmp_path / "secret.txt", tmp_path / "images" / "da" / "secret.png")
        (tmp_path / "images" / "da" / "login.png").write_bytes(PNG_SIGNATURE)
        monkeypatch.setattr(guide, "docs_folder", lambda: tmp_path)
        assert guide.screenshot_file("da", "secret.png") is None
        assert guide.screenshot_file("da", "login.png") == tmp_path / "images" / "da" / "login.png"

    def test_anonymous_is_sent_to_the_login(self, client):
        response = client.get("/admin/guide/images/da/login.png")
        assert response.status_code == 302
        assert response.url.startswith(reverse("wagtailadmin_login"))


class TestSafeMarkdown:
    """The file is ours, but its HTML lands in the admin: plain Markdown only."""

    def test_raw_html_is_shown_as_text(self):
        body = guide.render('<script>alert(1)</script>\n\nA <b onclick="steal()">bold</b> word.', "da").body
        assert "<script" not in body and "<b" not in body
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body

    @pytest.mark.parametrize(
        "address", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "vbscript:", "roles.md"]
    )
    def test_a_link_to_an_unsafe_or_missing_address_becomes_text(self, address):
        body = guide.render(f"Go [there]({address}).", "da").body
        assert "<a" not in body and address not in body
        assert "Go <span>there</span>." in body

    @pytest.mark.parametrize("address", ["https://www.kb.dk/", "mailto:hjaelp@example.org", "#koordinator"])
    def test_a_link_to_a_safe_address_is_kept(self, address):
        assert f'<a href="{address}">there</a>' in guide.render(f"[there]({address})", "da").body

    @pytest.mark.parametrize(
        "source",
        ["https://example.org/x.png", "images/da/../../secret.png", "/etc/passwd", "images/da/login.svg"],
    )
    def test_an_image_that_is_not_a_screenshot_becomes_its_alt_text(self, source):
        body = guide.render(f"![A picture]({source})", "da").body
        assert "<img" not in body and source not in body
        assert "<span>A picture</span>" in body

    def test_headings_get_ids_with_danish_letters(self):
        rendered = guide.render("# Title\n\n## Hvem må hvad\n\n### Skriv på dansk", "da")
        assert '<h2 id="hvem-må-hvad">' in rendered.body
        assert unescape(rendered.toc).count("<a href=") == 2


class TestRenderedOnce:
    @pytest.fixture
    def docs(self, tmp_path, monkeypatch):
        monkeypatch.setattr(guide, "docs_folder", lambda: tmp_path)
        guide._rendered.cache_clear()
        (tmp_path / "editor-guide.md").write_text("# Vejledning\n\n## Første udgave\n")
        calls = []
        render = guide.render

        def counted(text, language):
            calls.append(text)
            return render(text, language)

        monkeypatch.setattr(guide, "render", counted)
        yield tmp_path, calls
        guide._rendered.cache_clear()

    def test_the_file_is_rendered_once(self, docs):
        _folder, calls = docs
        first, second = guide.guide("da"), guide.guide("da")
        assert first is second
        assert len(calls) == 1

    def test_a_changed_file_is_rendered_again(self, docs):
        folder, calls = docs
        guide.guide("da")
        file = folder / "editor-guide.md"
        file.write_text("# Vejledning\n\n## Anden udgave\n")
        stat = file.stat()
        os.utime(file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        assert "Anden udgave" in guide.guide("da").body
        assert len(calls) == 2
