"""LIX on texts whose score is worked out by hand in each test's docstring.

LIX = words / sentences + 100 × long words / words; a long word has more than six letters (lengths in
brackets, L for long). The rules for words and sentences are in readability/lix.py.
"""

import pytest

from home.plain_text import html_to_text
from readability.lix import Readability, band_for, lix, readability


def counted(text):
    result = readability(text)
    return result.words, result.sentences, result.long_words


class TestKnownScores:
    def test_two_plain_sentences(self):
        """Vi(2) har(3) en(2) sprogcafé(9 L) hver(4) tirsdag(7 L). Alle(4) er(2) velkomne(8 L).
        9 words, 2 sentences, 3 long: 9/2 + 100·3/9 = 4.5 + 33.3 = 37.8 → 38, medium."""
        text = "Vi har en sprogcafé hver tirsdag. Alle er velkomne."
        assert counted(text) == (9, 2, 3)
        assert readability(text).lix == pytest.approx(37.83, abs=0.01)
        assert lix(text) == 38
        assert readability(text).band.key == "medium"

    def test_short_words_in_short_sentences_are_very_easy(self):
        """Vi ses i dag. Du er glad. — 7 words, 2 sentences, none long: 7/2 + 0 = 3.5 → 4 (half up)."""
        assert lix("Vi ses i dag. Du er glad.") == 4
        assert readability("Vi ses i dag. Du er glad.").band.key == "very_easy"

    def test_officialese_is_very_hard(self):
        """Kommunens(9 L) integrationsindsats(19 L) understøttes(12 L) af(2) tværsektorielle(15 L)
        samarbejdsrelationer(20 L) mellem(6) biblioteksvæsenet(17 L) og(2) beskæftigelsesforvaltningen(27 L).
        10 words, 1 sentence, 7 long: 10/1 + 100·7/10 = 80, very hard."""
        text = (
            "Kommunens integrationsindsats understøttes af tværsektorielle samarbejdsrelationer mellem "
            "biblioteksvæsenet og beskæftigelsesforvaltningen."
        )
        assert counted(text) == (10, 1, 7)
        assert lix(text) == 80
        assert readability(text).band.key == "very_hard"

    def test_a_question_an_exclamation_and_a_colon_end_sentences(self):
        """Har du spørgsmål? Ring til os! Vi har åbent: hver dag.
        Har(3) du(2) spørgsmål(9 L) | Ring(4) til(3) os(2) | Vi(2) har(3) åbent(5) | hver(4) dag(3).
        11 words, 4 sentences, 1 long: 11/4 + 100·1/11 = 2.75 + 9.09 = 11.8 → 12."""
        text = "Har du spørgsmål? Ring til os! Vi har åbent: hver dag."
        assert counted(text) == (11, 4, 1)
        assert lix(text) == 12


class TestEdgeCases:
    def test_an_empty_text_has_no_score(self):
        """No words: no LIX, and no band (an empty field is neither easy nor hard)."""
        result = readability("")
        assert (result.words, result.lix, result.score, result.band) == (0, None, None, None)
        assert lix(None) is None

    def test_marks_and_numbers_alone_have_no_score(self):
        assert lix("... ?! – 2024 10.30") is None

    def test_one_short_word(self):
        """Hej(3): 1 word, 1 sentence (the end of the text ends it), none long: 1/1 + 0 = 1."""
        assert counted("Hej") == (1, 1, 0)
        assert lix("Hej") == 1

    def test_one_long_word(self):
        """Velkommen(9 L): 1/1 + 100·1/1 = 101."""
        assert lix("Velkommen") == 101

    def test_a_text_without_a_full_stop_is_one_sentence(self):
        """Vi(2) hjælper(7 L) nye(3) borgere(7 L) med(3) MitID(5): 6 words, 1 sentence, 2 long:
        6/1 + 100·2/6 = 6 + 33.3 = 39.3 → 39."""
        assert counted("Vi hjælper nye borgere med MitID") == (6, 1, 2)
        assert lix("Vi hjælper nye borgere med MitID") == 39

    def test_paragraphs_headings_and_list_items_of_rich_text_end_sentences(self):
        """Sprogcafé(9 L) | Kom(3) og(2) øv(2) dansk(5). | Hver(4) tirsdag(7 L) | Gratis(6):
        a heading, a paragraph and two list items are four sentences, though only one has a full stop.
        8 words, 4 sentences, 2 long: 8/4 + 100·2/8 = 2 + 25 = 27, easy."""
        html = "<h3>Sprogcafé</h3><p>Kom og øv dansk.</p><ul><li>Hver tirsdag</li><li>Gratis</li></ul>"
        text = html_to_text(html)
        assert counted(text) == (8, 4, 2)
        assert lix(text) == 27

    def test_tags_and_entities_are_not_words(self):
        """Mad(3) og(2) snak(4), "&amp;" is "&" (no letters), the tags are markup:
        3 words, 1 sentence, none long: 3."""
        assert counted(html_to_text('<p><a href="/x">Mad</a> &amp; <b>snak</b> og</p>')) == (3, 1, 0)

    def test_a_line_break_ends_a_sentence(self):
        """Åbningstider(12 L) ⏎ Mandag(6) til(3) fredag(6): 2 sentences."""
        assert counted("Åbningstider\nMandag til fredag") == (4, 2, 1)

    def test_a_full_stop_before_a_line_break_ends_one_sentence_not_two(self):
        assert counted("Kom i dag.\n\nVi ses.") == (5, 2, 0)

    def test_numbers_are_not_words(self):
        """Caféen(6) havde(5) 1.850 besøg(5) i(1) 2023. — the numbers are not words, and the full stop
        after 2023 still ends the sentence: 4 words, 1 sentence, none long: 4/1 = 4 (6 if the numbers
        counted)."""
        assert counted("Caféen havde 1.850 besøg i 2023.") == (4, 1, 0)
        assert lix("Caféen havde 1.850 besøg i 2023.") == 4

    def test_a_word_with_digits_is_a_word(self):
        """3F and covid-19 have letters: words of 1 and 5 letters."""
        assert counted("3F og covid-19") == (3, 1, 0)

    def test_dots_inside_a_token_end_nothing(self):
        """Mød(3) os(2) kl(2). 10.30 på(2) borger.dk(8 L) — "kl." is an abbreviation, the dots in 10.30
        and borger.dk are not followed by a space: 5 words, 1 sentence, 1 long: 5 + 20 = 25, easy."""
        text = "Mød os kl. 10.30 på borger.dk"
        assert counted(text) == (5, 1, 1)
        assert lix(text) == 25
        assert readability(text).band.key == "easy"

    @pytest.mark.parametrize("abbreviation", ["f.eks.", "bl.a.", "ca.", "dvs.", "(jf.", "Nr.", "tlf."])
    def test_common_abbreviations_do_not_end_a_sentence(self, abbreviation):
        assert counted(f"Vi har {abbreviation} kaffe.")[1] == 1

    def test_an_abbreviation_that_often_ends_a_sentence_does(self):
        """ "osv." stands at the end of a list and ends the sentence: 2 sentences."""
        assert counted("Vi har kaffe, te osv. Kom bare.")[1] == 2

    def test_a_hyphenated_word_is_one_word_counted_without_its_hyphen(self):
        """Vi(2) hjælper(7 L) ikke-vestlige(12 L) indvandrere(11 L). — 4 words, 1 sentence, 3 long:
        4/1 + 100·3/4 = 79 (as two words, "ikke" and "vestlige(8 L)", it would be 5 + 60 = 65)."""
        assert counted("Vi hjælper ikke-vestlige indvandrere.") == (4, 1, 3)
        assert lix("Vi hjælper ikke-vestlige indvandrere.") == 79

    def test_a_dash_between_spaces_is_not_a_word(self):
        assert counted("Kaffe – og kage.") == (3, 1, 0)

    def test_danish_letters_are_letters(self):
        """Åbenhed(7 L) og(2) ærlighed(8 L) får(3) øje(3) på(2) nærvær(6). — æ, ø and å count as letters,
        so Åbenhed is long and nærvær is not: 7 words, 1 sentence, 2 long: 7 + 28.6 = 35.6 → 36, medium.
        (Counting only a–z, "nærvær" would have four letters and "Åbenhed" six.)"""
        text = "Åbenhed og ærlighed får øje på nærvær."
        assert counted(text) == (7, 1, 2)
        assert lix(text) == 36

    def test_a_decomposed_danish_letter_counts_once(self):
        """ "Åbenhed" typed as A + combining ring is the same seven-letter word."""
        assert counted("A\u030abenhed") == counted("Åbenhed") == (1, 1, 1)

    def test_quotes_and_brackets_after_a_mark_still_end_the_sentence(self):
        """ "Kom(3) bare(4)!" siger(5) hun(3). (Se(2) side(4) 4.) — 3 sentences, 6 words."""
        assert counted('"Kom bare!" siger hun. (Se side 4.)') == (6, 3, 0)

    def test_marks_without_a_word_between_them_end_nothing_more(self):
        """Hvad?! ... Nej. — 2 words, 2 sentences: the "..." ends no empty sentence."""
        assert counted("Hvad?! ... Nej.") == (2, 2, 0)

    def test_hostile_input_is_just_text(self):
        text = "<script>alert(1)</script>\x00\u202e Ærø\ufeff\u200b 😀 ﷽"
        result = readability(text)
        assert result.words >= 1
        assert result.lix is not None


class TestBands:
    @pytest.mark.parametrize(
        ("score", "band"),
        [
            (0, "very_easy"),
            (24, "very_easy"),
            (25, "easy"),
            (34, "easy"),
            (35, "medium"),
            (44, "medium"),
            (45, "hard"),
            (54, "hard"),
            (55, "very_hard"),
            (101, "very_hard"),
        ],
    )
    def test_the_usual_danish_bands(self, score, band):
        assert band_for(score).key == band

    def test_no_band_without_a_score(self):
        assert band_for(None) is None

    def test_the_score_rounds_half_up_and_the_band_follows_it(self):
        """50 words in 20 sentences, 16 long: 2.5 + 32 = 34.5, shown as 35 and so medium (Python's own
        round() would show 34, easy, and the editor's Math.round 35)."""
        result = Readability(words=50, sentences=20, long_words=16)
        assert result.lix == 34.5
        assert result.score == 35
        assert result.band.key == "medium"

    def test_a_text_from_45_is_hard(self):
        assert Readability(words=10, sentences=1, long_words=4).is_hard  # 10 + 40 = 50
        assert not Readability(words=10, sentences=1, long_words=3).is_hard  # 10 + 30 = 40
        assert not Readability().is_hard
