"""Pseudonyms: stable within a report, and residents' names kept out of free text."""

from __future__ import annotations

from desktop_app.analysis.pseudonyms import Pseudonyms, word_for
from desktop_app.domain import Person

JAN = Person(display_name="Jan de Vries")
FATIMA = Person(display_name="Fatima")
ANNA = Person(display_name="Anna-Lena van 't Hof")


def names(with_names: bool = False) -> Pseudonyms:
    return Pseudonyms([JAN, FATIMA, ANNA], with_names=with_names)


def test_numbers_in_order_of_first_mention_and_stable():
    p = names()
    assert p.label(FATIMA.id) == "Bewoner 1"
    assert p.label(JAN.id) == "Bewoner 2"
    assert p.label(FATIMA.id) == "Bewoner 1"
    assert p.count == 2


def test_full_names_in_text_become_the_pseudonym():
    p = names()
    text = p.text("Gesproken met jan  DE vries en Fatima; Anna-Lena van 't Hof kwam later.")
    assert text == "Gesproken met Bewoner 1 en Bewoner 2; Bewoner 3 kwam later."
    assert p.label(JAN.id) == "Bewoner 1"  # the same number in tables afterwards


def test_parts_of_words_and_partial_names_are_left_alone():
    p = names()
    assert p.text("Familie Jansen en Fatimaatje, de Vries-straat") == (
        "Familie Jansen en Fatimaatje, de Vries-straat"
    )
    assert p.text("Jan, de Vries") == "Jan, de Vries"  # not one name: a comma in between
    assert p.count == 0


def test_with_names_nothing_changes():
    p = names(with_names=True)
    assert p.label(JAN.id) == "Jan de Vries"
    assert p.text("Met Jan de Vries") == "Met Jan de Vries"


def test_english_word_and_real_names_when_chosen():
    english = Pseudonyms([JAN], with_names=False, word=word_for("en"))
    assert english.label(JAN.id) == "Resident 1"
    assert english.contact("06-12345678") == ""
    named = Pseudonyms([JAN], with_names=True)
    assert named.label(JAN.id) == "Jan de Vries"
    assert named.contact("06-12345678") == "06-12345678"
