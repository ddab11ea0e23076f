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


def test_parts_of_words_are_left_alone():
    p = names()
    assert p.text("Familie Jansen en Fatimaatje, de Vries-straat") == (
        "Familie Jansen en Fatimaatje, de Vries-straat"
    )
    assert p.text("de bakker en de vries") == "de bakker en de vries"  # not written as names
    assert p.count == 0


def test_name_parts_and_initials_with_surname_become_the_pseudonym():
    wilma = Person(display_name="Wilma Kwikstaartje", contact="wilma.k@example.invalid")
    p = Pseudonyms([JAN, wilma], with_names=False)
    assert p.text("Mevrouw Kwikstaartje belde; W. Kwikstaartje komt.") == (
        "Mevrouw Bewoner 1 belde; Bewoner 1 komt."
    )
    assert p.text("Jan, de Vries en dhr. De Vries") == "Bewoner 2, Bewoner 2 en dhr. Bewoner 2"
    assert p.text("W.J. van der Kwikstaartje") == "Bewoner 1"


def test_a_part_shared_by_residents_becomes_a_neutral_mark():
    p = Pseudonyms(
        [Person(display_name="Wilma Kwikstaartje"), Person(display_name="Piet Kwikstaartje")],
        with_names=False,
    )
    assert p.text("Mevrouw Kwikstaartje en Piet Kwikstaartje") == "Mevrouw [bewoner] en Bewoner 1"


def test_every_e_mail_address_and_phone_number_becomes_a_mark():
    p = names()
    text = (
        "Bel 06-55512345, +31 6 5551 2345, 020-5550101 of (020) 555 01 01; "
        "mail iemand@example.invalid. Datum 01-05-2026, buurt BU03630001, 1234 AB."
    )
    assert p.text(text) == (
        "Bel [telefoonnummer], [telefoonnummer], [telefoonnummer] of [telefoonnummer]; "
        "mail [e-mail]. Datum 01-05-2026, buurt BU03630001, 1234 AB."
    )
    english = Pseudonyms([], with_names=False, word=word_for("en"))
    assert english.text("call 06-55512345") == "call [phone number]"


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
