"""Reporting verbs of rejection, blame and notice that attribute a claim as 'said' does."""

from __future__ import annotations

import pytest

from basewatch.extract.claims import Claims
from basewatch.extract.normalize import make_doc

_CLAIMS = Claims()


def _claims(text: str) -> list[tuple[str, str, bool]]:
    doc = _CLAIMS(make_doc(text))
    return [(c.speaker.name, c.cue, c.hedged) for c in doc.claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kremlin rejected any involvement in the drone flights over the base at Karup.",
         [("Kremlin", "rejected", False)]),
        ("Beijing rejects the claim that the pier at Ream will host its warships.", [("Beijing", "rejects", False)]),
        ('The foreign ministry in Hanoi dismissed the report as "groundless".',
         [("foreign ministry in Hanoi", "dismissed", False)]),
        ("The mayor's office blamed a faction of former guerrillas for the bombing near the barracks.",
         [("mayor's office", "blamed", False)]),
        ("The African Union condemned the attack on the peacekeepers' camp at Kismayo.",
         [("African Union", "condemned", False)]),
        ("The Ministry of Defence of Mongolia informed that the exercise had ended at Five Hills.",
         [("Ministry of Defence of Mongolia", "informed", False)]),
        ("The Danish Defence Command informs that the unit will be based at Almegårds.",
         [("Danish Defence Command", "informs", False)]),
        ("Henrik Larsen, an analyst at the Danish Defence College, assesses that the unit is a message to Moscow.",
         [("Henrik Larsen", "assesses", True)]),
    ],
)
def test_verbs_of_rejection_blame_and_notice_attribute(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Food Hygiene Rating scheme assesses the hygiene levels of restaurants and cafes.",
        "The committee assessed the damage to the runway at Hmeimim.",
    ],
)
def test_assessing_without_a_clear_speaker_is_no_claim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Noa Rosen, who studies imagery at a Haifa institute, counted 30 craters near the runway. "The missiles were '
         'accurate," she said.', [("Noa Rosen", "said", False)]),
        ("Colonel Jean Dupont, the base commander, inspected the runway at Bouaké on Monday. The works will be "
         "finished by June, he said.", [("Jean Dupont", "said", False)]),
        ("Maria Santos, a researcher at the University of Lisbon, counted 12 flights last month. She believes the "
         "number will grow.", [("Maria Santos", "believes", True)]),
        ("The jets landed near Kiryat Bialik, a town near Haifa. The runway was long, he said.",
         [("he", "said", False)]),
        ("Her idol is the skater Kurt Brown, who she has met twice. The jump is hard, she said.",
         [("she", "said", False)]),
    ],
)
def test_he_or_she_stands_for_the_person_introduced_last(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Lena Olsen said the harbour was busy. Interior Minister Tomas Varga drove to the border post on Friday. "We '
         'will hold this line," he told guards there.',
         [("Lena Olsen", "said", False), ("Tomas Varga", "told", False)]),
        ("Piet Mol said the funds were late. The head of the coast guard, Commodore Sara Lind, toured the new jetty. "
         "She said the boats would arrive in May.", [("Piet Mol", "said", False), ("Sara Lind", "said", False)]),
        ("Omar Haddad said the airport would reopen. Ruth Amsel, deputy governor of the province, opened the terminal "
         'on Sunday. "This is a good day," she said.', [("Omar Haddad", "said", False), ("Ruth Amsel", "said", False)]),
        # a name with no person's title beside it may be a place's; 'commander of X Y' names a body
        ('Lena Olsen said the harbour was busy. Santa Rosa hosts the patrol boats. "We are ready," she said.',
         [("Lena Olsen", "said", False), ("Lena Olsen", "said", False)]),
        ("Piet Mol said the funds were late. Admiral Jon Berg, commander of Northern Sea Region, toured the pier. He "
         "said the pier was ready.", [("Piet Mol", "said", False), ("Jon Berg", "said", False)]),
    ],
)
def test_he_or_she_stands_for_the_titled_person_opening_a_sentence(text: str,
                                                                   expected: list[tuple[str, str, bool]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The runway was finished last month, according to the air force's base commander, Colonel Budi Santoso.",
         [("Budi Santoso", "according to", False)]),
        ("According to the navy's spokesman, Commander Ana Lima, the frigate will stay at Natal.",
         [("Ana Lima", "According to", False)]),
        ("According to the minister, Slovenia's action served its own interests.",
         [("minister", "According to", False)]),
        ("In recent months, according to this source, Il-76 transports delivered armoured vehicles to Bamako.",
         [("source", "according to", False)]),
    ],
)
def test_a_name_set_off_after_the_role_cited_speaks(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army's infrastructure agency said the shelters at Čáslav would be finished by 2030.",
         [("army's infrastructure agency", "said", False)]),
        ("The navy's procurement office said the frigates would arrive at Souda in 2027.",
         [("navy's procurement office", "said", False)]),
    ],
)
def test_a_bodys_own_office_named_by_a_plain_noun_speaks_whole(text: str,
                                                                expected: list[tuple[str, str, bool]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Farmers fear the coast will be damaged, and some opposition politicians claim the harbour could later "
         "serve Chinese warships.", [("Farmers", "fear", True), ("opposition politicians", "claim", True)]),
        ("UN investigators said the drones had flown from the airport at Nyala.",
         [("UN investigators", "said", False)]),
        ("The tribal elders assured that the tribes would stand with the army at Makeen.",
         [("tribal elders", "assured", False)]),
    ],
)
def test_politicians_investigators_and_elders_speak(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _claims(text) == expected


def _speakers(text: str) -> list[tuple[str, str | None]]:
    doc = _CLAIMS(make_doc(text))
    return [(c.speaker.name, c.speaker.role) for c in doc.claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The drill opened on Monday near Phonsavan, the state news agency KPL reported.",
         [("KPL", "state news agency")]),
        ("The jets landed at Lajes on Sunday, the local newspaper Diário Insular reported.",
         [("Diário Insular", "local newspaper")]),
        ("The runway at Ohakea was long enough, Radio New Zealand reported.", [("Radio New Zealand", None)]),
    ],
)
def test_an_outlet_described_before_its_name_speaks_by_its_name(text: str,
                                                                 expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The Chinese embassy in Buenos Aires called her remarks "an attempt to sow discord".',
         [("Chinese embassy in Buenos Aires", "called", False)]),
        ("The minister called his latest visit a provocation.", [("minister", "called", False)]),
        ("The general called his mother on Sunday from the base.", []),
        ("His father had called their home and heard a new message on the machine.", []),
    ],
)
def test_calling_what_someone_did_a_name_judges_it(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The port director welcomed the new tugs but said the quay was still too short.",
         [("port director", "said", False)]),
        ("Senator Ilse Brandt praised the drills yet warned that the range was too close to the farms.",
         [("Ilse Brandt", "warned", False)]),
        # after a cue, 'but' joins the reported clause's own verbs: the farmers fear, not the mayor
        ("The mayor said farmers liked the new road but feared the convoys at night.", [("mayor", "said", False)]),
    ],
)
def test_a_cue_after_but_has_the_sentence_subject_for_speaker(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two patrol boats reached the atoll on Friday, the regional command posted on Facebook.",
         [("regional command", "posted", False)]),
        ("The first engineers landed at the airstrip in May, the Canadian embassy informed on X.",
         [("Canadian embassy", "informed", False)]),
        # a posting to a place, and pictures someone put online, report no words
        ("About 200 marines were posted on the island last spring.", []),
        ("The frigate left the harbour at dawn, according to photos the regional office posted on Instagram.",
         [("photos the regional office posted on Instagram", "according to", False)]),
    ],
)
def test_a_verb_of_posting_before_a_platform_reports(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A rice farmer near the old dam said the helicopters flew lower every week.",
         [("rice farmer near the old dam", "said", False)]),
        ("A ferry mechanic at the south pier said the navy boats took the best berths.",
         [("ferry mechanic at the south pier", "said", False)]),
        # someone the text placed speaks again as 'he' or 'she'
        ("A cook from the harbour district said she feared the new barracks would raise rents.",
         [("cook from the harbour district", "said", False)]),
        # an object placed somewhere is no speaker
        ("The jets flew over a school near the airport, officials said.", [("officials", "said", False)]),
    ],
)
def test_someone_placed_by_where_they_are_speaks(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _claims(text) == expected
