"""Which text LIX reads, and the scores kept for the report when a Danish text is published."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

from directory.factories import ActorFactory
from home.factories import StandardPageFactory
from readability import scores
from readability.lix import readability
from readability.models import ReadabilityScore, TextKind
from readability.texts import readable_fields, readable_text

HARD_TEXT = (
    "<p>Kommunens integrationsindsats understøttes af tværsektorielle samarbejdsrelationer mellem "
    "biblioteksvæsenet og beskæftigelsesforvaltningen.</p>"
)
EASY_TEXT = "<p>Vi har kaffe. Kom og øv dansk.</p>"


def score_of(obj):
    owner = {"page_id": obj.pk} if isinstance(obj, Page) else {"actor_id": obj.pk}
    return ReadabilityScore.objects.filter(**owner).first()


def publish(obj, **changes):
    for name, value in changes.items():
        setattr(obj, name, value)
    obj.save_revision().publish()
    return obj


class TestReadableText:
    @pytest.mark.parametrize(
        ("model_name", "fields"),
        [
            ("directory.Actor", ["description", "services"]),
            ("directory.MunicipalityPage", ["intro"]),
            ("casestudies.CaseStudyPage", ["summary", "body"]),
            ("seminars.SeminarPage", ["intro", "programme", "summary"]),
            ("home.StandardPage", ["intro", "body"]),
        ],
    )
    def test_the_running_text_of_each_form(self, model_name, fields):
        """Rich text, textareas and StreamFields with text blocks: not the title, names, the search
        description, the opening hours, or galleries and document lists."""
        from django.apps import apps

        assert [field.name for field in readable_fields(apps.get_model(model_name))] == fields

    def test_an_actor_is_read_from_its_description_and_its_services(self, tree):
        actor = tree["library"]
        actor.description = "<p>Vi hjælper nytilkomne.</p><ul><li>Hver dag</li></ul>"
        actor.services = [("service", {"name": "Sprogcafé", "description": "Øv dansk med frivillige."})]
        actor.opening_hours = "Man–fre 10–16"
        assert readable_text(actor) == "Vi hjælper nytilkomne.\n\nHver dag\nØv dansk med frivillige."

    def test_a_case_study_is_read_from_its_summary_sections_and_quotes(self, tree):
        case_study = tree["case_study"]
        case_study.body = [
            ("challenge", "<p>Mange manglede netværk.</p>"),
            ("quote", {"text": "Nu taler jeg dansk.", "attribution": "Deltager"}),
        ]
        text = readable_text(case_study)
        assert text.splitlines() == [case_study.summary, "Mange manglede netværk.", "Nu taler jeg dansk."]

    def test_a_standard_pages_headings_are_left_out(self, home_page):
        page = StandardPageFactory.build(
            intro="Om portalen.", body=[("heading", "Kontakt"), ("paragraph", "<p>Skriv til os.</p>")]
        )
        assert readable_text(page) == "Om portalen.\nSkriv til os."

    def test_a_seminars_programme_descriptions_are_read(self, tree):
        seminar = tree["seminar"]
        seminar.programme = [
            ("item", {"time": "09:30", "title": "Velkomst", "speaker": "Mette", "description": "Vi starter."})
        ]
        seminar.summary = ""
        assert readable_text(seminar) == f"{seminar.intro}\nVi starter."


@pytest.mark.django_db
class TestScoresOnPublish:
    def test_publishing_a_danish_actor_scores_it(self, tree):
        actor = publish(tree["library"], description=HARD_TEXT)
        score = score_of(actor)
        expected = readability(readable_text(actor))
        assert (score.kind, score.title) == (TextKind.ACTOR, actor.name)
        assert score.municipality_id == actor.municipality_id
        assert (score.words, score.sentences, score.long_words) == (
            expected.words,
            expected.sentences,
            expected.long_words,
        )
        assert score.lix == pytest.approx(expected.lix)

    def test_publishing_again_scores_the_new_text(self, tree):
        actor = publish(tree["library"], description=HARD_TEXT)
        hard = score_of(actor).lix
        publish(actor, description=EASY_TEXT, services=[])
        assert score_of(actor).lix < hard
        assert ReadabilityScore.objects.filter(actor=actor).count() == 1

    def test_a_draft_leaves_the_published_score(self, tree):
        actor = publish(tree["library"], description=EASY_TEXT, services=[])
        published = score_of(actor).lix
        actor.description = HARD_TEXT
        actor.save_revision()
        assert score_of(actor).lix == published

    def test_unpublishing_removes_the_score(self, tree):
        actor = publish(tree["library"])
        actor.unpublish()
        assert score_of(actor) is None

    def test_deleting_removes_the_score(self, tree):
        actor = publish(ActorFactory(municipality=tree["municipality"], name="Sprogskolen"))
        pk = actor.pk
        actor.delete()
        assert not ReadabilityScore.objects.filter(actor_id=pk).exists()

    def test_a_translation_is_not_scored(self, tree, english):
        source = publish(tree["library"])
        translation = source.copy_for_translation(english)
        translation.save()
        publish(translation, description=HARD_TEXT)
        assert score_of(translation) is None
        assert score_of(source) is not None

    def test_a_municipality_page_is_its_own_municipality(self, tree):
        municipality = publish(tree["municipality"].specific)
        score = score_of(municipality)
        assert (score.kind, score.municipality_id) == (TextKind.MUNICIPALITY, municipality.pk)

    def test_a_case_study_has_its_first_municipality(self, tree):
        score = score_of(tree["case_study"])
        assert (score.kind, score.municipality_id) == (TextKind.CASE_STUDY, tree["municipality"].pk)

    def test_a_seminar_has_its_municipality(self, tree):
        seminar = publish(tree["seminar"].specific)
        assert (score_of(seminar).kind, score_of(seminar).municipality_id) == (
            TextKind.SEMINAR,
            tree["municipality"].pk,
        )

    def test_a_standard_page_has_no_municipality(self, home_page):
        page = StandardPageFactory(parent=home_page, intro="Om portalen. Skriv til os.")
        publish(page)
        assert (score_of(page).kind, score_of(page).municipality_id) == (TextKind.STANDARD_PAGE, None)

    def test_a_text_without_words_is_kept_without_a_score(self, tree):
        actor = publish(tree["library"], description="", services=[])
        assert score_of(actor).lix is None


@pytest.mark.django_db
class TestRefresh:
    def test_every_published_danish_text_is_scored_once(self, tree, english):
        translation = tree["library"].copy_for_translation(english)
        translation.save()
        draft = tree["job_centre"]
        draft.live = False
        draft.save()
        call_command("refresh_readability", stdout=None)
        scored = set(ReadabilityScore.objects.values_list("kind", "title"))
        assert (TextKind.ACTOR, "Aarhus Hovedbibliotek") in scored
        assert (TextKind.ACTOR, "Jobcenter Aarhus") not in scored
        assert (TextKind.CASE_STUDY, tree["case_study"].title) in scored
        assert (TextKind.MUNICIPALITY, "Aarhus") in scored
        assert (TextKind.SEMINAR, tree["seminar"].title) in scored
        assert ReadabilityScore.objects.filter(actor__locale=english).count() == 0

    def test_refreshing_twice_gives_the_same_scores(self, tree):
        first = scores.refresh()
        rows = set(ReadabilityScore.objects.values_list("kind", "title", "lix", "municipality_id"))
        assert scores.refresh() == first
        assert set(ReadabilityScore.objects.values_list("kind", "title", "lix", "municipality_id")) == rows

    def test_the_refreshed_score_is_the_published_one(self, tree):
        actor = publish(tree["library"], description=HARD_TEXT)
        on_publish = score_of(actor).lix
        scores.refresh()
        assert score_of(actor).lix == pytest.approx(on_publish)
