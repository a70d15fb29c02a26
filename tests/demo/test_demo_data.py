"""The demo's data files: they load, refer to each other correctly, and keep every text in its languages."""

import datetime

import pytest

from demo.loader import DATA, LANGUAGE_CODES, is_text, read, records, strings
from directory.municipalities import official_municipalities

ALL_LANGUAGES = set(LANGUAGE_CODES)
# The records the demo presents in all five languages; every other story, actor and seminar is in Danish and
# English.
FIVE_LANGUAGE_ACTORS = {
    "101-library",
    "101-citizen_service",
    "265-citizen_service",
    "461-library",
    "461-citizen_service",
    "540-library",
    "561-library",
    "630-citizen_service",
    "751-library",
    "751-citizen_service",
    "851-library",
    "851-citizen_service",
}
FIVE_LANGUAGE_CASE_STUDIES = {"sprogcafe-og-jobcafe-i-aarhus", "ukrainske-familier-i-vejle"}
FIVE_LANGUAGE_SEMINARS = {"demokrati-og-medborgerskab-aalborg-2027"}


def texts(value):
    """Every text (a mapping from language codes) in a record, at any depth."""
    if is_text(value):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from texts(item)


def languages(record, title):
    return set(record[title])


ACTORS = records("directory/actors")
CASE_STUDIES = records("casestudies/stories")
SEMINARS = records("seminars/events")
SITE_TEXTS = [
    "home/home.yaml",
    "home/standard_pages.yaml",
    "directory/index.yaml",
    "directory/municipalities.yaml",
    "casestudies/index.yaml",
    "casestudies/themes.yaml",
    "seminars/index.yaml",
    "scale.yaml",
]


class TestDataFiles:
    def test_every_data_file_is_read(self):
        files = sorted(DATA.rglob("*.yaml"))
        assert len(files) >= 40
        for path in files:
            assert read(path.relative_to(DATA)), path

    def test_the_demo_has_its_stories_actors_and_seminars(self):
        assert len(ACTORS) == 173
        assert len(CASE_STUDIES) == 14
        assert len(SEMINARS) == 8
        assert len({actor["key"] for actor in ACTORS}) == len(ACTORS)

    def test_dates_stay_text_whether_quoted_or_not(self, tmp_path, monkeypatch):
        monkeypatch.setattr("demo.loader.DATA", tmp_path)
        (tmp_path / "dates.yaml").write_text("start: 2025-03-13\nend: '2025-03-14'\n", encoding="utf-8")
        assert read("dates.yaml") == {"start": "2025-03-13", "end": "2025-03-14"}

    def test_dates_and_times_parse(self):
        for actor in ACTORS:
            datetime.date.fromisoformat(actor["verified_on"])
        for case_study in CASE_STUDIES:
            datetime.date.fromisoformat(case_study["start"])
        for seminar in SEMINARS:
            datetime.datetime.fromisoformat(seminar["start"])
            for item in seminar["programme"]:
                datetime.time.fromisoformat(item["time"])


class TestReferences:
    def test_actors_and_seminars_are_in_official_municipalities(self):
        codes = {row["code"] for row in official_municipalities()}
        assert {actor["municipality"] for actor in ACTORS} <= codes
        assert {seminar["municipality"] for seminar in SEMINARS} <= codes
        assert {code for case_study in CASE_STUDIES for code in case_study["municipalities"]} <= codes

    def test_case_studies_name_existing_actors_and_themes(self):
        actors = {actor["key"] for actor in ACTORS}
        themes = {theme["slug"] for theme in read("casestudies/themes.yaml")}
        for case_study in CASE_STUDIES:
            assert {item["actor"] for item in case_study["actors"]} <= actors, case_study["slug"]
            assert set(case_study["themes"]) <= themes, case_study["slug"]

    def test_seminars_present_existing_case_studies(self):
        slugs = {case_study["slug"] for case_study in CASE_STUDIES}
        for seminar in SEMINARS:
            assert set(seminar["case_studies"]) <= slugs, seminar["slug"]


class TestLanguages:
    @pytest.mark.parametrize("name", SITE_TEXTS)
    def test_site_texts_are_in_all_five_languages(self, name):
        found = list(texts(read(name)))
        assert found
        assert all(set(text) == ALL_LANGUAGES for text in found)

    @pytest.mark.parametrize(
        ("folder", "key", "title", "five"),
        [
            ("directory/actors", "key", "name", FIVE_LANGUAGE_ACTORS),
            ("casestudies/stories", "slug", "title", FIVE_LANGUAGE_CASE_STUDIES),
            ("seminars/events", "slug", "title", FIVE_LANGUAGE_SEMINARS),
        ],
    )
    def test_records_keep_their_languages(self, folder, key, title, five):
        for record in records(folder):
            expected = ALL_LANGUAGES if record[key] in five else {"da", "en"}
            assert set(record[title]) == expected, record[key]

    @pytest.mark.parametrize("folder", ["directory/actors", "casestudies/stories", "seminars/events"])
    def test_every_text_of_a_record_is_in_the_record_s_languages(self, folder):
        for record in records(folder):
            title = record.get("title") or record["name"]
            for text in texts(record):
                assert set(text) == set(title), (title["da"], text["da"])

    def test_paragraphs_are_translated_one_for_one(self):
        for record in ACTORS + CASE_STUDIES + SEMINARS:
            for text in texts(record):
                if isinstance(text["da"], list):
                    assert {len(paragraphs) for paragraphs in text.values()} == {len(text["da"])}

    def test_strings_pair_every_danish_text_with_its_translation(self):
        case_study = CASE_STUDIES[0]
        pairs = strings(case_study, "uk")
        assert pairs[case_study["title"]["da"]] == case_study["title"]["uk"]
        assert pairs[case_study["contact"]["role"]["da"]] == case_study["contact"]["role"]["uk"]
        quote = next(block["value"] for block in case_study["body"] if block["type"] == "quote")
        assert pairs[quote["text"]["da"]] == quote["text"]["uk"]
        assert all(pairs.values())
