"""Word lists of pattern_words.tsv: patterns are built from a language's words, so a language is new rows, not code."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from basewatch.data import table
from basewatch.extract import compass, coref, events, facilities, facility_attrs, places, sources
from basewatch.extract.compass import Compass
from basewatch.extract.events import _Cues as _EventCues
from basewatch.extract.facility_attrs import _Cues
from basewatch.extract.lexicon import PerLanguage, alternation, cores, event_words, pattern_words, word_lists_for


def _with(*rows: tuple[str, str, str]) -> list[dict[str, str]]:
    return [*table("pattern_words.tsv"), *({"lang": lang, "word": word, "class": name} for lang, word, name in rows)]


def test_a_word_listed_for_another_language_builds_its_patterns() -> None:
    cues = _Cues(word_lists_for(_with(("xx", "zorbex", "drill"), ("xx", "zorbexes", "drill")), "xx"))
    assert cues.exercise_included.search("The zorbexes, held in May, included tanks.")
    # the language's own drill words stand for English's; its missing classes are English's
    assert not cues.exercise_included.search("The drills, held in May, included tanks.")
    assert cues.relocated.search("The jets were moved from the base.")
    assert cues.exercise_words == ("zorbex",)


def test_english_is_unchanged_by_another_language() -> None:
    lists = word_lists_for(_with(("xx", "zorbex", "drill")), "en")
    assert lists == pattern_words("en") and "zorbex" not in lists["drill"]


def test_longer_words_come_first_and_spaces_are_the_patterns() -> None:
    source = alternation(["drill", "war games", "drills"], space=r"\s+")
    assert source == r"war\s+games|drills|drill"
    assert re.fullmatch(f"(?:{source})", "war  games")
    assert re.match(f"(?:{alternation(['drill', 'drills'])})", "drills").group() == "drills"


def test_cores_are_the_words_no_other_holds() -> None:
    assert cores(["Drill", "drills", "exercise", "exercises", "war games"]) == ("drill", "exercise", "war games")


def test_drill_words_of_another_language_build_the_event_patterns() -> None:
    rows = _with(("xx", "zorbex", "drill"), ("xx", "zorbex gala", "ceremony"), ("xx", "zorboat", "vessel"))
    drills = _EventCues(word_lists_for(rows, "xx"))
    assert drills.drill_word.search("Troops held a zorbex.")
    assert not drills.drill_word.search("Troops held an exercise.")
    assert drills.attended.search("the minister attended the zorbex  gala")
    assert drills.watched.search("watched the live-fire zorbex")
    assert drills.vessel.search("a zorboat called at the port") and not drills.vessel.search("a frigate called")


def test_report_and_habit_words_of_another_language_build_their_patterns() -> None:
    rows = _with(("xx", "zorbsaid", "reported on"), ("xx", "zorbthat", "that of voice"),
                 ("xx", "zorband", "clause opener"))
    cues = _EventCues(word_lists_for(rows, "xx"))
    assert cues.reported_on.search("The ministry zorbsaid on ") and not cues.reported_on.search("The ministry said on ")
    # the language's own word opening what was said keeps a date after it the event's
    assert not cues.reported_on.search("The ministry zorbsaid zorbthat jets landed on ")
    assert cues.reported_on.search("The ministry zorbsaid that jets on ")
    assert "zorbsaid" in cues.reporting_words
    assert cues.habit_clause_ends.search("Jets came in May, zorband ships call weekly")
    assert not cues.habit_clause_ends.search("Jets came in May, and ships call weekly")


def test_holding_and_headquarters_words_of_another_language_build_their_patterns() -> None:
    rows = _with(("xx", "zorbheld", "held"), ("xx", "zorbquarters", "headquarters"),
                 ("xx", "Zorbfleet", "headquartered force"), ("xx", "zorbkeeps", "keeps headquarters"),
                 ("xx", "zorbnavy", "possessing force"))
    cues = facilities._Cues(word_lists_for(rows, "xx"))
    assert cues.its_before.search("the Ruritanian Zorbnavy's main ") and not cues.its_before.search("the navy's ")
    assert cues.held.match("Ruritanian-zorbheld Westmark") and not cues.held.match("Ruritanian-occupied Westmark")
    assert cues.headquarters_where.match(", where the Northern Zorbfleet zorbkeeps its zorbquarters")
    assert not cues.headquarters_where.match(", where the Northern Fleet has its headquarters")
    assert cues.headquarters_name == "zorbquarters"
    assert "zorbheld" in _Cues(word_lists_for(rows, "xx")).prep_last_ends


def test_each_drill_pattern_takes_every_drill_word() -> None:
    drills = _EventCues(pattern_words("en"))
    assert drills.during_drills.search("The unit fired rockets during the war games.")
    assert drills.watched.search("The minister watched the live-firing demonstration.")
    assert drills.attended.search("a ceremony attended by the minister").group() == "ceremony"


def test_a_compound_may_be_written_with_a_hyphen_where_the_pattern_allows() -> None:
    cues = _Cues(pattern_words("en"))
    assert cues.not_builder.search("a think-tank said") and cues.not_builder.search("a think tank said")
    assert not cues.range.search("the training-ground")


def test_every_class_of_the_table_is_taken_by_a_pattern_and_named_in_its_header() -> None:
    # a class no module reads is dead data; one the header leaves out is undocumented
    # the source beside the module: compiled, the module's own file is the extension
    texts = "".join(
        (Path(module.__file__ or "").parent / f"{module.__name__.rpartition('.')[2]}.py").read_text(encoding="utf-8")
        for module in (compass, coref, events, facilities, facility_attrs, places, sources)
    )
    header = resources.files("basewatch.data").joinpath("pattern_words.tsv").read_text(encoding="utf-8")
    comments = " ".join(line.lstrip("# ") for line in header.splitlines() if line.startswith("#"))
    for name in pattern_words("en"):
        assert f"words['{name}']" in texts or f'words["{name}"]' in texts, name
        assert f" {name} (" in f" {comments}", name


def test_paying_words_of_another_language_build_the_payer_patterns() -> None:
    cues = _EventCues(word_lists_for(_with(("xx", "zorbpaid", "funded"), ("xx", "zorbcash", "funding")), "xx"))
    assert cues.paid_mark.match("-zorbpaid pier") and not cues.paid_mark.match("-funded pier")
    assert cues.paying_after.match("'s government zorbcash") and not cues.paying_after.match(" money")
    assert cues.paid_by_before.search("a pier, zorbpaid for by the ") and cues.paid_by_before.search("zorbcash from ")
    assert "zorbcash" in cues.paying_words
    # facilities take the same words for a state paying for work
    assert _Cues(word_lists_for(_with(("xx", "zorbcash", "funding")), "xx")).funds.search("with zorbcash")


def test_a_lender_is_no_payer() -> None:
    cues = _EventCues(pattern_words("en"))
    assert cues.paying_after.match(" funding") and cues.paying_after.match("'s aid")
    assert not cues.paying_after.match(" loans")


def test_words_of_any_script_pass_the_gates_read_off_a_pattern() -> None:
    rows = _with(("xx", "самолёты", "kit"), ("xx", "управляема", "run by"), ("xx", "эксплуатирует", "runs"))
    cues = _Cues(word_lists_for(rows, "xx"))
    assert facility_attrs._kit_word_next(cues.kit_next_words, "The самолёты were moved to", 0)
    assert not facility_attrs._kit_word_next(cues.kit_next_words, "The самолётыx were moved to", 0)
    text = "the base, управляема by the "
    assert facility_attrs._run_by_cue(cues, text, 0, len(text)) is not None
    assert cues.runs.match(" эксплуатирует")


def test_the_verbs_of_running_tell_their_class() -> None:
    cues = _Cues(pattern_words("en"))
    verbs = {word: cues.runs.match(f" {word} the").group("verb") for word in ("uses", "leases", "took control of")}
    assert verbs["uses"] in cues.uses and verbs["leases"] in cues.leases and verbs["took control of"] in cues.takes_over
    text = "X were garrisoned in practice by the Royal "
    assert facility_attrs._run_by_cue(cues, text, 0, len(text)).start() == 2 and len(text) - 2 <= cues.run_by_reach


def test_works_words_of_another_language_build_the_works_ending_pattern() -> None:
    rows = _with(("xx", "zorbwork", "works"), ("xx", "zorbdue", "works due"), ("xx", "zorbfinally", "works adverb"))
    ending = _EventCues(word_lists_for(rows, "xx")).works_ending
    assert ending.search("said the zorbwork is zorbdue to be ") and ending.search("the zorbwork was zorbfinally ")
    assert not ending.search("said the zorbwork is due to be ") and not ending.search("the zorbwork was finally ")
    english = _EventCues(pattern_words("en")).works_ending
    assert english.search("the work is due to be ") and english.search("the works were finally ")


def test_words_of_joining_visiting_works_and_bodies_build_the_event_patterns() -> None:
    rows = _with(("xx", "zorbjoined", "join"), ("xx", "zorbenvoy", "visitor"), ("xx", "zorbbegan", "works course"),
                 ("xx", "zorbministry", "body"), ("xx", "zorbwar", "body kind"))
    cues = _EventCues(word_lists_for(rows, "xx"))
    assert cues.joining.search("Its navy zorbjoined the drills") and cues.joining.search("took part in")
    assert cues.delegation.search("a zorbenvoy flew in") and not cues.delegation.search("a delegation flew in")
    assert cues.works_course.search(" zorbbegan in May") and not cues.works_course.search(" began in May")
    said = cues.the_body_said.search("The Zorbwar zorbministry said it would")
    assert said and said.group(1) == "zorbministry"
    assert cues.body_after.match("'s zorbwar zorbministry").group(1) == "zorbministry"


def test_a_body_is_named_in_either_case_and_speaks_through_the_speaking_verbs() -> None:
    cues = _EventCues(pattern_words("en"))
    assert cues.the_body_said.search("The Defence Ministry added that it").group(1) == "Ministry"
    assert cues.the_body_said.search("The air Force said they").group(1) == "air Force"
    assert not cues.the_body_said.search("The MINISTRY said it")
    assert cues.delegation.search("a crown  prince landed") and cues.joining.search("were participating")


def test_trigger_families_take_another_languages_words() -> None:
    rows = _with(("xx", "zorbhanded", "handing"), ("xx", "zorbseized", "take over"), ("xx", "zorbgot", "receiving"))
    cues = _EventCues(word_lists_for(rows, "xx"))
    assert "zorbhanded" in cues.handing and "handover" in cues.handing and "handed over" not in cues.handing
    assert cues.taking_over == {"zorbseized"} and "zorbgot" in cues.receiving and "will be home to" in cues.receiving
    english = _EventCues(pattern_words("en"))
    assert {"took over", "taking control of"} <= english.taking_over and "handed back" in english.handing


def test_armed_group_words_of_another_language_build_the_attacker_patterns() -> None:
    rows = _with(("xx", "zorbrebels", "members"), ("xx", "zorbmob", "armed group"), ("xx", "zorbthugs", "raiders"))
    cues = _EventCues(word_lists_for(rows, "xx"))
    assert cues.armed_group_before.search("Two days ago zorbrebels have ")
    assert not cues.armed_group_before.search("unidentified zorbrebels ")
    assert cues.group_again.match("The zorbmob, whose camps") and cues.group_opening.match("The zorbrebels stormed")
    assert cues.group_from.search("zorbthugs from the ") and not cues.group_before.search("zorbthugs")
    assert cues.by_armed_group.match(" by separatist zorbrebels") and not cues.by_armed_group.match(" by insurgents")


def test_bandits_tell_their_land_but_are_no_armed_group() -> None:
    cues = _EventCues(pattern_words("en"))
    assert cues.group_from.search("bandits from Nigeria") and not cues.group_before.search("armed bandits")
    assert cues.group_before.search("gunmen") and not cues.armed_group_before.search("mystery fighters ")


def test_force_nouns_of_another_language_build_the_forces_patterns() -> None:
    cues = _EventCues(word_lists_for(_with(("xx", "zorbtroops", "force noun"), ("xx", "zorbnavy", "service")), "xx"))
    assert cues.the_forces.match("The first zorbtroops") and not cues.the_forces.match("The first troops")
    assert cues.forces_and.match(" zorbtroops and ") and cues.force_noun.match("zorbtroops")
    assert cues.state_forces_after.match("'s zorbnavy") and cues.state_forces_after.match(" elite zorbtroops")
    assert cues.alliance_forces.search("NATO zorbtroops") and cues.alliance_forces.search("NATO's drones")


def test_a_state_s_forces_may_be_its_defence_force() -> None:
    cues = _EventCues(pattern_words("en"))
    assert cues.state_forces_after.match(" Defence Force") and cues.state_forces_after.match(" troops")
    assert cues.alliance_forces.search("NATO planes landed") and not cues.alliance_forces.search("NATO said")


def test_the_words_telling_a_state_s_forces_use_a_facility_are_the_language_s() -> None:
    cues = _Cues(word_lists_for(_with(("xx", "zorbtroops", "using forces")), "xx"))
    assert cues.using_forces == {"zorbtroops"} and "troops" in _Cues(pattern_words("en")).using_forces


def test_compass_words_of_another_language_build_every_pattern_that_places_by_them() -> None:
    rows = _with(("xx", "zorth", "point"), ("xx", "zorth-zeast", "quarter"), ("xx", "zorthish", "side"),
                 ("xx", "Zupper", "region opener"))
    points = Compass(word_lists_for(rows, "xx"))
    assert re.fullmatch(points.bearing, "zorth-zeast") and re.fullmatch(points.bearing, "zorthzeast")
    assert not re.fullmatch(points.bearing, "north")
    assert re.fullmatch(points.side, "zorthish") and re.fullmatch(points.adjective, "zorthish")
    assert re.match(points.region_opener, "Zorth-Zeast") and re.match(points.region_opener, "Zupper")
    assert points.side_ends == {"zorth", "zeast", "zorthzeast", "zorthish"}
    cues = _EventCues(word_lists_for(rows, "xx"))
    assert cues.locative_before.search("fighters in zorthish ") and not cues.locative_before.search("in northern ")
    assert cues.placed_phrase.fullmatch(" zorth of the capital")
    assert cues.place_object["deployment"].match(" troops to zorth-zeast Mali")
    facility = _Cues(word_lists_for(rows, "xx"))
    assert facility.prep_before.search("a base in zorthish ") and "zorthish" in facility.prep_last_words
    assert facility.distance_from.match(", 40 km zorthzeast of ")
    placing = places._Cues(points, word_lists_for(rows, "xx"))
    assert placing.comma_next.match(", zorthish Kerrow").group(1) == "Kerrow"
    assert placing.comma_next.match(" in northern Kerrow") is None
    assert placing.qualifier_gap.fullmatch(" in the zorthish ") and not placing.qualifier_gap.fullmatch(" in northern ")
    assert placing.unlisted.match("at Kerrow, 40 km zorth-zeast of the capital").group("h") == "Kerrow"
    assert not placing.unlisted.match("at Kerrow, 40 km north of the capital")
    assert placing.compass_words == {"zorth", "zorth-zeast", "zorthzeast", "zorthish"}
    # a letter after a comma opening a side's word may open a qualifier; one opening none may not
    assert "z" not in placing.qualifier_stops and {"n", "s"} <= set(placing.qualifier_stops)


def test_english_compass_words_keep_their_spellings() -> None:
    points = Compass(pattern_words("en"))
    assert re.fullmatch(points.bearing, "south-west") and re.fullmatch(points.bearing, "northeast")
    assert re.fullmatch(points.adjective, "north-eastern") and re.fullmatch(points.adjective, "northeastern")
    assert not re.fullmatch(points.adjective, "north")
    assert re.fullmatch(points.region_opener, "North-East") and not re.fullmatch(points.region_opener, "North-east")
    assert "north-eastern" not in points.plain_sides and "central" in points.plain_sides
    assert {"northeast", "north-east"} <= set(points.quarters)
    placing = places._Cues(points, pattern_words("en"))
    assert placing.comma_next.match(" in north-eastern Mali").group(1) == "Mali"
    assert set(placing.qualifier_stops).isdisjoint("nsewc") and "Northern" not in placing.compass_words


def test_event_word_families_of_another_language_build_their_sets_and_patterns() -> None:
    rows = _with(("xx", "zorbmoved", "relocation"), ("xx", "zorbgaveback", "giving back"),
                 ("xx", "zorbturn", "rotating"), ("xx", "zorbtook", "irregular past"),
                 ("xx", "zorbweighed", "undecided"),
                 ("xx", "zorbcame", "coming and going"), ("xx", "zorbgoes", "habitual"),
                 ("xx", "zorbwent to", "travelling to"),
                 ("xx", "zorbreopened", "reopening"), ("xx", "zorbshelled", "firing"), ("xx", "zorbshut", "closing"),
                 ("xx", "zorbpull", "pulling"), ("xx", "zorbflewhome", "going home"), ("xx", "zorbin", "came from"))
    cues = _EventCues(word_lists_for(rows, "xx"))
    assert cues.relocating == {"zorbmoved"} and cues.giving_back == {"zorbgaveback"} and cues.rotating == {"zorbturn"}
    assert cues.and_clause.search(", and the navy zorbtook delivery") and cues.and_clause.search(", and a ship called")
    assert not cues.and_clause.search(", and the navy took delivery")
    assert cues.and_verb.match(" and then zorbtook") and not cues.and_verb.match(" and held")
    assert cues.undecided_after.match(" of the base is being zorbweighed") and cues.undecided_words == ("zorbweighed",)
    assert not cues.undecided_after.match(" is being studied")
    assert (cues.coming_and_going, cues.habitual, cues.travelling_to) == (
        {"zorbcame", "zorbflewhome"}, {"zorbgoes"}, {"zorbwent to"})
    assert (cues.reopening, cues.firing, cues.closures, cues.pulling) == (
        {"zorbreopened"}, {"zorbshelled"}, {"zorbshut"}, {"zorbpull"})
    assert cues.going_home == {"zorbflewhome"}
    assert cues.came_from.search("jets zorbin from Volkel ") and not cues.came_from.search("jets flown in from Volkel ")


def test_english_event_word_families_keep_their_words() -> None:
    cues = _EventCues(pattern_words("en"))
    assert cues.and_clause.search(", and the navy took delivery of a boat")
    assert cues.and_verb.match(" and later visited")
    assert cues.undecided_after.match(" at the base would be considered next year")
    assert {"returned", "move"} <= cues.relocating and "returned" in cues.giving_back and "rotations" in cues.rotating
    assert "touched down" in cues.coming_and_going and "dropped bombs" in cues.firing
    assert "shut down" in cues.closures


def test_hosting_words_of_another_language_build_the_hosting_sets() -> None:
    rows = _with(("xx", "zorbhosted", "hosted"), ("xx", "zorbhosts", "hosts"), ("xx", "zorbwelcomed", "hosting"),
                 ("xx", "zorbhome to", "home to"))
    cues = _EventCues(word_lists_for(rows, "xx"))
    assert cues.hosting == {"zorbhosted", "zorbhosts", "zorbwelcomed", "zorbhome to"}
    assert cues.hosts_words == {"zorbhosted", "zorbhosts"} and "zorbhome to" in cues.receiving
    english = _EventCues(pattern_words("en"))
    assert {"hosted", "hosts", "will host", "became the home of"} <= english.hosting and english.hosts == {"hosts"}


def test_coreference_words_of_another_language_build_the_coreference_patterns() -> None:
    rows = _with(("xx", "zorbstrip", "its part"), ("xx", "zorbhoused", "it housed"), ("xx", "zorbparked", "there verb"),
                 ("xx", "zorbkeeps", "keep"), ("xx", "zorbruns", "runs it"), ("xx", "zorbdocked", "mooring"),
                 ("xx", "zorbcalled at", "ship stop"))
    cues = coref._Cues(word_lists_for(rows, "xx"), Compass(pattern_words("en")).bearing)
    assert cues.part_after_its.match(" zorbstrip") and not cues.part_after_its.match(" runway")
    assert cues.fronted_it.match("At its peak it zorbhoused") and not cues.it_housed.search("it housed")
    assert cues.there.search("jets are zorbparked there") and cues.longest_there_verb == len("zorbparked")
    assert cues.object_there.search("zorbkeeps two boats there") and cues.keeping_verbs == ("zorbkeeps",)
    assert cues.runs_before.search("which zorbruns ") and cues.running_verbs == ("zorbruns",)
    assert cues.called_at.search("a frigate zorbdocked at ") and cues.based_at.search("zorbdocked in ")
    # a ship's stop is read without the 'at' it ends on, as the pattern gives the preposition
    assert cues.called_at.search("a frigate zorbcalled in ") and not cues.called_at.search("a frigate docked at ")
    # the classes the language lacks are English's
    assert cues.based_at.search("exercised at ") and cues.distance_of.search("40 km north of the ")


def test_place_and_tie_words_of_another_language_build_the_facility_patterns() -> None:
    rows = _with(("xx", "zorbtown", "settlement"), ("xx", "zorbshire", "division"), ("xx", "zorbguard", "force at"),
                 ("xx", "zorbmight", "modal"), ("xx", "zorbmay", "lower modal"), ("xx", "zorbported", "ship based"))
    cues = _Cues(word_lists_for(rows, "xx"))
    assert cues.demonym_town.search("near the Iraqi zorbtown of ") and not cues.demonym_town.search("Iraqi town of ")
    assert cues.prep_before.search("a base in the zorbtown of ") and cues.prep_before.search("in the region of ")
    assert cues.division_of.search("the Zorbshire of ") and not cues.division_of.search("the province of ")
    assert cues.force_at.search("troops zorbguard the ") and "zorbguard" in cues.force_at_words
    assert cues.modal.search("jets Zorbmight come") and cues.modal.search("zorbmay")
    assert not cues.modal.search("on 4 Zorbmay")
    assert cues.ship_based.match(" is zorbported at") and cues.modal_words == ("would", "zorbmay", "zorbmight")


def test_reported_modal_and_basing_words_of_another_language_build_the_modal_pattern() -> None:
    rows = _with(("xx", "zorbwould", "reported modal"), ("xx", "zorbstation", "basing verb"),
                 ("xx", "zorbbased", "based"))
    cues = _Cues(word_lists_for(rows, "xx"))
    assert cues.modal.search("jets zorbwould come") and "zorbwould" in cues.modal_words
    # before a verb of basing, the language's own or 'be' and a based participle, it reports a plan
    assert not cues.modal.search("jets zorbwould zorbstation") and not cues.modal.search("jets zorbwould be zorbbased")
    assert cues.modal.search("jets zorbwould be stationed") and not cues.modal.search("jets would come")


def test_words_of_visiting_drilling_and_staying_of_another_language_build_their_sets() -> None:
    names = ("travel", "watching", "attending", "training together", "repairing", "testing", "leaving", "staying")
    rows = _with(*(("xx", f"zorb{i}", name) for i, name in enumerate(names)), ("xx", "zorbposted", "stationed"))
    cues = _EventCues(word_lists_for(rows, "xx"))
    found = (cues.travel, cues.watching, cues.attending, cues.training_together, cues.repairing, cues.testing,
             cues.leaving, cues.staying - {"zorbposted"})
    assert found == tuple({f"zorb{i}"} for i in range(len(names)))
    # the words of being stationed are words of staying and of standing both
    assert "zorbposted" in cues.staying & cues.standing and "stationed" not in cues.staying | cues.standing
    english = _EventCues(pattern_words("en"))
    assert "touched down" in english.travel and "presided over" in english.attending
    assert "will train alongside" in english.training_together and "test launch" in english.testing
    assert {"left", "based at"} <= english.leaving | english.staying and "rehabilitation" in english.repairing


def test_facility_words_of_another_language_build_the_facility_patterns() -> None:
    rows = _with(("xx", "zorbrun", "run mark"), ("xx", "zorbcorps", "service corps"), ("xx", "zorbbased", "unit based"),
                 ("xx", "zorbhq", "force based"), ("xx", "zorbsent", "unit placed"))
    cues = facilities._Cues(word_lists_for(rows, "xx"))
    assert cues.run_compound.match("-zorbrun base") and not cues.run_compound.match("-run base")
    assert cues.possessive_gap.fullmatch(" zorbcorps's ") and cues.possessive_gap.fullmatch(" navy ")
    assert cues.unit_based_at.search("the battalion will be zorbbased at ") and cues.basing_verbs == ("zorbbased",)
    assert cues.force_based_at.match("troops zorbhq at Kerrow") and cues.based_at_verb.match("zorbbased at ")
    assert cues.unit_based.match(", where the brigade is zorbsent")
    assert not cues.unit_based.match(", where troops deployed")


def test_words_of_moving_craft_of_another_language_build_their_sets() -> None:
    rows = _with(("xx", "zorbflew", "flying"), ("xx", "zorbused", "using"), ("xx", "zorbdocked", "mooring"),
                 ("xx", "zorbcalled at", "ship stop"))
    cues = _EventCues(word_lists_for(rows, "xx"))
    assert (cues.flying, cues.using, cues.mooring) == ({"zorbflew"}, {"zorbused"}, {"zorbdocked"})
    assert cues.ship_stops == {"zorbdocked", "zorbcalled at"} and {"zorbflew", "zorbused"} <= cues.unplaced_not
    english = _EventCues(pattern_words("en"))
    assert "tying up at" in english.ship_stops and "port calls at" in english.ship_stops
    assert {"hosted", "flown", "uses"} <= english.unplaced_not


def test_saying_and_keeping_words_of_another_language_build_the_facility_patterns() -> None:
    rows = _with(("xx", "zorbsaid", "said after"), ("xx", "zorbkeeps", "keeps base"))
    cues = facilities._Cues(word_lists_for(rows, "xx"))
    assert cues.said_after.match(", zorbsaid") and not cues.said_after.match(", said")
    assert cues.keeps.search("Russia also zorbkeeps ") and cues.keeping_verbs == ("zorbkeeps",)


def test_standing_and_building_words_of_another_language_build_their_sets() -> None:
    rows = _with(("xx", "zorbparked", "standing"), ("xx", "zorbworked from", "working from"),
                 ("xx", "zorbkept", "stationed"), ("xx", "zorboccupied", "occupying"), ("xx", "zorbmanned", "manning"),
                 ("xx", "zorbused", "using"), ("xx", "zorbkeeps", "holding"),
                 ("xx", "zorbsprung", "going up"), ("xx", "zorbadded", "putting up"),
                 ("xx", "zorbappeared", "appearing"), ("xx", "zorbrising", "rising"), ("xx", "zorbshows", "showing"),
                 ("xx", "zorbgets", "getting"), ("xx", "zorbnew", "new"))
    cues = _EventCues(word_lists_for(rows, "xx"))
    assert cues.standing == {"zorbparked", "zorbworked from", "zorbkept", "zorbkeeps"}
    assert cues.working_from == {"zorbworked from"}
    assert cues.manning == {"zorbmanned", "zorbused", "zorboccupied"} and cues.occupying == {"zorboccupied"}
    # the verbs of showing and getting stand before the new word, with or without the article
    assert cues.shown_new == {"zorbshows zorbnew", "zorbshows a zorbnew"}
    assert cues.structure_after == {"zorbadded", "zorbshows zorbnew", "zorbshows a zorbnew", "zorbgets zorbnew",
                                    "zorbgets a zorbnew"}
    assert cues.new_structure == cues.structure_after | {"zorbsprung", "zorbappeared", "zorbrising"}
    assert "zorbparked" in cues.unplaced_not and "parked" not in cues.new_structure | cues.standing


def test_english_standing_and_building_words_keep_their_words() -> None:
    cues = _EventCues(pattern_words("en"))
    assert {"stationed", "deployed there", "have been at", "works from"} <= cues.standing
    assert {"kept", "based at", "deployed"} <= cues.staying and "deployed" not in cues.standing
    assert {"manned", "use", "has occupied"} <= cues.manning
    assert {"shows new", "revealed a new", "paid for a new", "laid"} <= cues.structure_after
    assert {"sprung up", "has appeared", "rising"} <= cues.new_structure - cues.structure_after


def test_hosting_and_plan_words_of_another_language_build_the_facility_patterns() -> None:
    rows = _with(("xx", "zorbhosts", "hosts a"), ("xx", "is zorbhome to", "hosts a"), ("xx", "zorbplan", "plan"))
    cues = facilities._Cues(word_lists_for(rows, "xx"))
    assert cues.hosts.search("Kerrow zorbhosts a ") and cues.hosts.search("Kerrow is zorbhome to another ")
    assert not cues.hosts.search("Kerrow hosts a ") and cues.hosting_cores == ("is zorbhome to", "zorbhosts")
    assert cues.plan_for.search("an earlier Zorbish zorbplan for ") and not cues.plan_for.search("a plan for ")
    english = facilities._Cues(pattern_words("en"))
    assert english.hosts.search("Engels, long home to a ").group() == "home to a "
    assert english.plan_for.search("an Indian proposal for ") and "houses" in english.hosting_cores


def test_unit_and_force_nouns_of_another_language_build_the_basing_patterns() -> None:
    rows = _with(("xx", "zorbade", "unit noun"), ("xx", "Zorbfleet", "force body"),
                 ("xx", "zorbmen", "force body based"), ("xx", "zorbwing", "force body where"),
                 ("xx", "zorbbased", "unit based"))
    cues = facilities._Cues(word_lists_for(rows, "xx"))
    # a unit noun is read in either case, the others as written
    assert cues.unit_based_at.search("the 5th Zorbade will be zorbbased at ")
    assert not cues.unit_based_at.search("the 5th Brigade will be zorbbased at ")
    assert cues.force_based_at.match("zorbmen zorbbased at Kerrow")
    assert cues.force_based_at.match("Zorbfleet, zorbbased at Kerrow")
    assert not cues.force_based_at.match("zorbfleet zorbbased at Kerrow")
    assert cues.unit_based.match(", where the 3rd zorbwing is zorbbased")
    assert cues.unit_based.match(", where Zorbfleet is zorbbased")
    assert not cues.unit_based.match(", where zorbmen are zorbbased")


def test_island_and_counting_words_of_another_language_build_the_tie_patterns() -> None:
    rows = _with(("xx", "zorbisle", "island"), ("xx", "zorbtown", "settlement"), ("xx", "a zorbsecond", "counted"))
    cues = _Cues(word_lists_for(rows, "xx"))
    assert cues.passive_tie.search("flown to the zorbisle of ") and cues.passive_tie.search("based in the zorbtown of ")
    assert not cues.passive_tie.search("flown to the island of ")
    assert cues.counted.search("one of 3,000 metres and a zorbsecond, of ") and not cues.counted.search("a second, of ")
    english = _Cues(pattern_words("en"))
    assert english.passive_tie.search("jets flown to the atoll of ") and english.counted.search("and the longer ")
    assert not english.passive_tie.search("a base next to ")


def test_unlisted_place_words_of_another_language_build_the_unlisted_pattern() -> None:
    rows = _with(("xx", "zorbhamlet", "named place"), ("xx", "zorbhamlets", "named places"),
                 ("xx", "Zorbnorth", "name opener"), ("xx", "zorblagoon", "apposed place"),
                 ("xx", "zorbcamp", "sited"), ("xx", "zorbmiles", "distance unit"),
                 ("xx", "zorbabout", "distance hedge"), ("xx", "zorbaway", "distance away"))
    lists = word_lists_for(rows, "xx")
    cues = places._Cues(Compass(lists), lists)
    assert cues.unlisted.match("at Kerrow, zorbabout 40 zorbmiles zorbaway").group("h") == "Kerrow"
    assert cues.unlisted.match("at Kerrow, about 40 zorbmiles away") is None
    assert cues.unlisted.match("zorbhamlet of Zorbnorth Kerrow").group("a") == "Zorbnorth Kerrow"
    assert cues.unlisted.match("zorbhamlets of Kerrow and Tallan").group("g") == "Tallan"
    assert cues.unlisted.match("at Kerrow Tallan, a zorblagoon by the sea").group("d") == "Kerrow Tallan"
    assert cues.unlisted.match("at Kerrow, 40 zorbmiles north of the capital").group("h") == "Kerrow"
    assert cues.unlisted.search("the zorbcamp near Kerrow").group("e") == "Kerrow"
    for english in ("hamlet of Kerrow", "at Kerrow, a lagoon by the sea", "at Kerrow, 40 miles north of it"):
        assert cues.unlisted.match(english) is None, english
    assert cues.unlisted.match("zorbhamlet of South Kerrow").group("a") == "South"
    assert cues.unlisted_of == {"zorbhamlet", "zorbhamlets"} and cues.distance_units == (" zorbmiles ",)
    assert cues.sited_before == ("zorbcamp ",) and cues.sited_ends == "p"
    text = "Shells hit the zorbhamlet of Kerrow."
    leads: list[int] = []
    places._unlisted_leads(text, text.index("Kerrow"), len(text) - 1, leads, cues)
    assert leads == [text.index("zorbhamlet")]


def test_english_unlisted_place_words_keep_their_words() -> None:
    cues = places._cues("en")
    assert cues.unlisted.match("island of La Orchila").group("a") == "La Orchila"
    assert cues.unlisted.match("town of South Kerrow").group("a") == "South Kerrow"
    assert cues.unlisted.match("at Kerrow, a few kilometres west of the capital").group("h") == "Kerrow"
    assert cues.unlisted.match("at Kerrow, a former camp roughly 40 km inland").group("h") == "Kerrow"
    assert cues.unlisted.search("the army garrison at Kerrow").group("e") == "Kerrow"
    assert cues.sited_ends == "enpt" and "districts" in cues.unlisted_of


def test_town_port_and_hosting_words_of_another_language_build_the_facility_patterns() -> None:
    rows = _with(("xx", "zorbhosts", "hosts a"), ("xx", "zorbhome of", "home of"), ("xx", "zorbtown", "town of"),
                 ("xx", "zorbcapital", "capital"), ("xx", "zorbisle", "island of"), ("xx", "zorbcity", "the town"),
                 ("xx", "zorbport", "port"), ("xx", "zorbkm", "distance unit"))
    lists = word_lists_for(rows, "xx")
    cues = facilities._Cues(lists)
    assert cues.hosts_after.match(", zorbhome of the fleet") and cues.hosts_after.match(" once zorbhosts marines")
    assert not cues.hosts_after.match(", home of the fleet") and not cues.hosts_after.match(" hosted marines")
    assert cues.town_of.match("the occupied zorbtown of Kerrow").end() == len("the occupied zorbtown of ")
    assert cues.town_of.match("zorbcapital, Kerrow") and cues.town_of.match("the Zorbish zorbisle of Kerrow")
    assert not cues.town_of.match("the town of Kerrow") and not cues.town_of.match("capital, Kerrow")
    assert cues.in_the_town.match(" in the zorbcity") and not cues.in_the_town.match(" in the city")
    assert cues.port_of.search("the civil Zorbport of Kerrow") and not cues.port_of.search("the port of Kerrow")
    assert cues.island_of.search("on the zorbisle of ") and not cues.island_of.search("on the atoll of ")
    far = _Cues(lists).distance_from
    assert far.match(", 40 zorbkm north of the zorbcity of ").end() == len(", 40 zorbkm north of the zorbcity of ")
    assert far.match(", 40 zorbkm north of the city of ").end() == len(", 40 zorbkm north of ")


def test_english_town_port_and_hosting_words_keep_their_words() -> None:
    cues = facilities._Cues(pattern_words("en"))
    assert cues.hosts_after.match(" has long hosted ") and cues.hosts_after.match(", was home to ")
    assert cues.town_of.match("the western Iranian city of X") and cues.town_of.match("the Greek island of X")
    assert cues.town_of.match("capital, Niamey") and cues.in_the_town.match(" near the port city")
    assert cues.port_of.search("the Harbour of X") and cues.island_of.search("the atoll of ")
    assert _Cues(pattern_words("en")).distance_from.match(", 40 km north of the capital ")


def test_drilling_developing_and_unplaced_words_of_another_language_build_their_sets() -> None:
    rows = _with(("xx", "zorbdrilled", "drilling"), ("xx", "zorbdevelops", "developing"),
                 ("xx", "zorblanded", "unplaced"), ("xx", "zorbparked", "standing"))
    cues = _EventCues(word_lists_for(rows, "xx"))
    assert cues.drilling == {"zorbdrilled"} and cues.developing == {"zorbdevelops"}
    assert {"zorblanded", "zorbparked"} <= cues.unplaced_not and "landed" not in cues.unplaced_not
    english = _EventCues(pattern_words("en"))
    assert {"trained at", "practiced"} <= english.drilling and "development" in english.developing
    assert {"hand-over", "touched down", "parked"} <= english.unplaced_not


def test_force_words_of_another_language_build_the_forces_patterns() -> None:
    rows = _with(("xx", "zorbmen", "forces"), ("xx", "zorb guard", "forces"), ("xx", "zorbtanks", "moved kit"))
    cues = _EventCues(word_lists_for(rows, "xx"))
    assert cues.forces_word.search("the Zorbmen left") and not cues.forces_word.search("the troops left")
    assert cues.forces_before.search("French zorbmen, which have then ")
    assert cues.force_words == ("zorb guard", "zorbmen")
    assert cues.forces_object.match(" its last 500 zorbmen") and not cues.forces_object.match(" its last 500 troops")
    assert cues.moved_forces.match(" its new zorbtanks") and cues.moved_forces.match(" the zorb guard")
    assert cues.with_forces.match(" the base with 500 zorbmen") and cues.qualifies.fullmatch(" zorbmen ")
    assert cues.forces_from_before.search("zorbmen from Kerrow and Tallan ").group("states") == "Kerrow and Tallan"
    assert cues.forces_sent_before.search("zorbmen sent to Kerrow after the flood ")
    assert cues.forces_tailed_before.search("zorbmen in the mission in Kerrow finally ")
    assert cues.holders.fullmatch(" zorbmen in Kerrow ") and not cues.holders.fullmatch(" troops in Kerrow ")
    english = _EventCues(pattern_words("en"))
    assert english.forces_word.search("US Coast Guards") and english.moved_forces.match(" two howitzers")
    assert {"troops", "air force", "unit"} <= set(english.force_words)


def test_a_demonym_may_stand_before_two_settlement_words_of_the_language() -> None:
    rows = _with(("xx", "zorbport", "settlement"), ("xx", "zorbcity", "settlement"))
    cues = _Cues(word_lists_for(rows, "xx"))
    assert cues.demonym_town.search("near the Zorbish zorbport zorbcity of ").group(1) == "Zorbish"
    assert cues.demonym_town.search("near the Zorbish zorbcity of ").group(1) == "Zorbish"
    assert not cues.demonym_town.search("near the Zorbish port city of ")
    assert _Cues(pattern_words("en")).demonym_town.search("the Iraqi port city of ").group(1) == "Iraqi"


def test_place_kind_words_of_another_language_open_a_place_after_a_trigger() -> None:
    rows = _with(("xx", "zorbtown", "place kind"))
    cues = _EventCues(word_lists_for(rows, "xx"))
    assert cues.place_opening.match(" the zorbtown of Kerrow").end() == len(" the zorbtown of ")
    assert cues.place_opening.match(" the town of Kerrow").end() == len(" the ")
    assert cues.place_object["attack"].match(" on the border zorbtown of Kerrow").end() == len(
        " on the border zorbtown of ")
    assert cues.place_object["attack"].match(" on the border town of Kerrow").end() == len(" on the ")
    english = _EventCues(pattern_words("en"))
    assert english.place_opening.match(" the island of Kerrow").end() == len(" the island of ")
    assert english.place_object["deployment"].match(" troops to the Red Sea port of Kerrow")


def test_sent_settled_and_pointing_back_words_of_another_language_build_their_patterns() -> None:
    rows = _with(("xx", "zorbsent", "sent forces"), ("xx", "zorbat", "settled at"), ("xx", "zorbthe", "pointing back"),
                 ("xx", "zorbthat", "pointing back opening"), ("xx", "zorbmen", "forces"))
    cues = _EventCues(word_lists_for(rows, "xx"))
    assert cues.forces_sent_before.search("zorbmen zorbsent to Kerrow after the flood ")
    assert not cues.forces_sent_before.search("zorbmen sent to Kerrow after the flood ")
    assert cues.sent_forces.search("zorbmen zorbsent to") and not cues.sent_forces.search("zorbmen sent to")
    assert cues.settled_at.match(" zorbat the camp") and not cues.settled_at.match(" at the camp")
    assert cues.definite_before.search("after Zorbthe new ") and not cues.definite_before.search("after the new ")
    assert cues.told_before.search("after zorbthe ") and not cues.told_before.search("after Zorbthe Cobra ")
    assert cues.retelling_opening.fullmatch("Zorbthe unmanned aircraft ")
    assert cues.retelling_opening.fullmatch("Zorbthat exercise ")
    assert not cues.retelling_opening.fullmatch("The unmanned aircraft ")
    english = _EventCues(pattern_words("en"))
    assert english.retelling_opening.fullmatch(' "That exercise ') and english.told_before.search("called the ")
    assert not english.told_before.search("said that ") and english.settled_at.match(" inside the wire")
    assert english.sent_forces.search("troops flown ") and not english.sent_forces.search("troops Flown ")


def test_holding_firing_and_handover_words_are_written_once_for_every_set_that_reads_them() -> None:
    rows = _with(("xx", "zorbkeeps", "holding"), ("xx", "zorbfired", "fire"), ("xx", "zorbhandover", "handover"))
    cues = _EventCues(word_lists_for(rows, "xx"))
    assert cues.holding == {"zorbkeeps"} and "zorbkeeps" in cues.standing
    assert {"zorbkeeps", "zorbfired", "zorbhandover"} <= cues.unplaced_not and "fired" not in cues.unplaced_not
    english = _EventCues(pattern_words("en"))
    assert "keeps" in english.standing and {"fired", "launched", "handover", "keeps"} <= english.unplaced_not


def test_generic_event_words_of_another_language_build_the_generic_pattern() -> None:
    rows = _with(("xx", "zorbdrills", "generic events"), ("xx", "zorbduring", "generic before"))
    cues = _EventCues(word_lists_for(rows, "xx"))
    assert cues.generic.search("flown there zorbduring zorbdrills")
    assert not cues.generic.search("flown there during exercises")
    assert not cues.generic.search("flown there zorbduring the zorbdrills")
    english = _EventCues(pattern_words("en"))
    assert english.generic.search("flown there before, during Exercises")
    assert not english.generic.search("flown there during the exercises")


def test_masthead_words_of_another_language_build_the_reporting_patterns() -> None:
    rows = _with(("xx", "zorbwrote", "reports"), ("xx", "zorbhas", "before reports"),
                 ("xx", "zorbper", "according"))
    reporting = sources._reporting_from(word_lists_for(rows, "xx"))
    assert reporting.after.match(" zorbhas zorbwrote") and not reporting.after.match(" has reported")
    assert reporting.before.search("zorbwrote ") and not reporting.before.search("reported ")
    assert reporting.verbs == {"zorbwrote"} and reporting.according == {"zorbper"}
    english = sources._reporting("en")
    assert english.after.match(" also reported") and not english.after.match(" have reported")
    assert english.according == {"according to"}


def test_issuing_words_of_another_language_build_the_paper_pattern() -> None:
    rows = _with(("xx", "zorbnote", "cited paper"), ("xx", "zorbsent", "put out"), ("xx", "zorbby", "issued by"),
                 ("xx", "zorbto", "put out to"), ("xx", "zorband", "clause goes on"))
    nouns, pattern = sources._put_out_from(word_lists_for(rows, "xx"))
    assert nouns == {"zorbnote"}
    issued = pattern.match(" zorbsent zorbby the Harbour Office.")
    assert issued is not None and issued.group("issuer") == "Harbour Office"
    told = pattern.match(" zorbsent zorbto residents zorband left")
    assert told is not None and told.group("rest") == "zorbto residents"
    assert not pattern.match(" zorbsent by the Harbour Office.")


def test_duration_words_of_another_language_build_the_standing_state_patterns() -> None:
    rows = _with(("xx", "zorbyears", "long duration"), ("xx", "zorbfor", "for duration"), ("xx", "zorbmany", "many"),
                 ("xx", "zorbhas", "perfect"), ("xx", "zorblong", "long since"), ("xx", "zorbbeen", "been"))
    cues = _EventCues(word_lists_for(rows, "xx"))
    assert cues.for_long_after.match(" from the base zorbfor zorbmany zorbyears")
    assert not cues.for_long_after.match(" from the base for many years")
    assert cues.long_before.search("The ships zorbhas zorblong zorbbeen ")
    assert not cues.long_before.search("The ships have long been ")
    english = _EventCues(pattern_words("en"))
    assert english.for_long_after.match(" from X for several decades")
    assert english.long_before.search("jets had long ") and not english.long_before.search("jets had still ")


def test_publisher_and_poster_words_of_another_language_build_their_sets_and_pattern() -> None:
    rows = _with(("xx", "zorbsite", "outlet kind"), ("xx", "zorbwatch", "study word"), ("xx", "zorbfolk", "poster"),
                 ("xx", "zorbman", "local people"))
    lists = word_lists_for(rows, "xx")
    assert sources._describing_from(lists) == ({"zorbsite"}, {"zorbwatch"})
    posted = sources._posted_by_from(lists)
    assert posted.search("Videos posted by local zorbfolk showed smoke.") and posted.search("Videos posted by zorbman")
    assert not posted.search("Videos posted by residents showed smoke.")
    english = sources._posted_by_pattern("en")
    assert english.search("footage filmed by plane  spotters") and english.search("photos shared by passers-by")
    assert not english.search("photos shared by residents on Telegram")


def test_people_and_posting_words_of_another_language_build_the_people_posting_pattern() -> None:
    rows = _with(("xx", "zorbfolk", "poster"), ("xx", "zorbman", "local people"), ("xx", "zorbposted", "posting"))
    posting = sources._people_posting_from(word_lists_for(rows, "xx"))
    assert posting.match("zorbfolk zorbposted clips on X") and posting.match("zorbman zorbposted a video to Telegram")
    assert not posting.match("zorbfolk posted clips on X") and not posting.match("residents zorbposted clips on X")
    english = sources._people_posting("en")
    assert english.match("farmers near the depot shared photos on Facebook")
    assert not english.match("farmers near the depot shared photos on Sunday")


def test_holding_and_signing_words_of_another_language_build_their_patterns() -> None:
    rows = _with(("xx", "zorbheld", "holds drills"), ("xx", "zorb out", "holds drills"),
                 ("xx", "zorbdeal", "signed deal"), ("xx", "zorbsigned", "signing"))
    cues = _EventCues(word_lists_for(rows, "xx"))
    assert cues.held_before.search("Two navies zorbheld joint ") and cues.held_before.search("Iran zorb out an ")
    assert not cues.held_before.search("Two navies held joint ")
    assert cues.signed_before.search("under a zorbdeal zorbsigned in ")
    assert not cues.signed_before.search("under a contract awarded in ")
    assert cues.signing_words == ("zorbsigned",)
    english = _EventCues(pattern_words("en"))
    assert english.held_before.search("China and Russia took part in the joint ")
    assert not english.held_before.search("China and Russia took  part in the joint ")
    assert english.signed_before.search("with Funds first approved in ")


def test_forces_and_group_words_of_another_language_build_the_forces_from_pattern() -> None:
    rows = _with(("xx", "zorbships", "forces from"), ("xx", "zorbteam", "group of"))
    cues = _EventCues(word_lists_for(rows, "xx"))
    assert cues.forces_from.search("zorbships from the Maldives and ") and cues.forces_from.search("a zorbteam of ")
    assert not cues.forces_from.search("warships from Iran, ")
    english = _EventCues(pattern_words("en"))
    assert english.forces_from.search("Coast  Guards, from Iran, Russia and ")


def test_programme_words_of_another_language_build_the_not_cited_pattern() -> None:
    rows = _with(("xx", "zorbfans", "not cited"), ("xx", "zorbshow", "show"), ("xx", "zorbhosts", "audience"))
    pattern, shows = sources._not_cited_from(word_lists_for(rows, "xx"))
    assert pattern.match(" zorbfans said") and pattern.match(" zorbshow.") and pattern.match(" zorbshow zorbhosts")
    assert not pattern.match(" zorbshow that") and not pattern.match(" followers")
    assert shows == {"zorbshow"}
    english, _ = sources._not_cited("en")
    assert english.match(" show hosts") and english.match(" account  holders") and not english.match(" shows that")


def test_people_words_of_another_language_build_the_people_speaking_pattern() -> None:
    rows = _with(("xx", "zorbfolk", "local people"), ("xx", "zorbfear", "voice that"),
                 ("xx", "zorbthat", "that of voice"), ("xx", "zorbof", "feared about"), ("xx", "zorbwho", "aside who"),
                 ("xx", "zorbsay", "voice"))
    pattern, _, _ = sources._people_speaking_from(word_lists_for(rows, "xx"), [])
    assert pattern.match("zorbfolk zorbfear the runway will grow") and pattern.match("zorbfolk zorbfear about it")
    assert not pattern.match("zorbfolk zorbfear zorbof the runway") and not pattern.match("zorbfolk fear the runway")
    assert pattern.match("zorbfolk, zorbwho asked not to be named, zorbsay")
    assert not pattern.match("zorbfolk, who asked not to be named, zorbsay")
    english, _, _ = sources._people_speaking("en")
    assert english.match("farmers near Oakridge fear that") and english.match("farmers near Oakridge fear the")
    assert not english.match("farmers near Oakridge fear for their fields")
    assert not english.match("farmers near Oakridge fear openly about their fields")
    assert english.match("taxi driver, who asked not to be named, said")


def test_relative_words_of_another_language_build_the_relative_before_pattern() -> None:
    rows = _with(("xx", "zorbwhich", "relative"), ("xx", "zorbsome", "people quantifier"))
    relative = sources._relative_before_from(word_lists_for(rows, "xx"))
    assert relative.search("a site zorbwhich zorbsome ") and not relative.search("a site which ")
    assert sources._relative_before("en").search("a site that some ")


def test_being_words_of_another_language_build_the_going_on_pattern() -> None:
    cues = _EventCues(word_lists_for(_with(("xx", "zorbbeen", "being")), "xx"))
    assert cues.being_before.search("the jets have zorbbeen ") and cues.being_before.search("jets zorbbeen mostly ")
    assert not cues.being_before.search("the jets have been ")
    english = _EventCues(pattern_words("en"))
    assert english.being_before.search("Jets have been ") and not english.being_before.search("Jets have BEEN ")


def test_waters_words_of_another_language_build_the_waters_patterns() -> None:
    rows = _with(("xx", "zorbbay", "waters"), ("xx", "zorbof", "waters of"), ("xx", "zorboff", "off waters"))
    cues = coref._Cues(word_lists_for(rows, "xx"), Compass(pattern_words("en")).bearing)
    assert cues.waters_before.search("the zorbbay zorbof ") and cues.waters_before.search("a drill zorboff the ")
    assert not cues.waters_before.search("the zorbbay of ") and not cues.waters_before.search("a drill off ")
    english = coref._cues("en")
    assert english.waters_before.search("the beaches below ") and english.waters_before.search("a drill off the ")
    assert not english.waters_before.search("the beaches near ")


def test_telling_words_of_another_language_build_the_cited_after_and_papers_show_patterns() -> None:
    rows = _with(("xx", "zorbsaid", "cited after"), ("xx", "zorbshow", "papers show"))
    telling = sources._telling_from(word_lists_for(rows, "xx"))
    assert telling.cited_after.match("'s also zorbsaid") and not telling.cited_after.match(" said")
    assert telling.papers_show.match(" clearly zorbshow") and not telling.papers_show.match(" show")
    english = sources._telling("en")
    assert english.cited_after.match(" has tweeted") and english.papers_show.match(" suggested")


def test_object_words_of_another_language_build_the_based_object_pattern() -> None:
    cues = _EventCues(word_lists_for(_with(("xx", "zorbjets", "based object")), "xx"))
    assert cues.based_object.match(" two new zorbjets") and not cues.based_object.match(" at the zorbjets")
    assert not cues.based_object.match(" fighters")
    assert _EventCues(pattern_words("en")).based_object.match(" a Squadron")


def test_task_and_stopping_words_of_another_language_build_their_patterns() -> None:
    rows = _with(("xx", "zorbduty", "task"), ("xx", "zorbhalted", "stopping"), ("xx", "zorbhalting", "stopping"))
    cues = _EventCues(word_lists_for(rows, "xx"))
    assert cues.task_after.match(" the air zorbduty") and not cues.task_after.match(" the air policing mission")
    assert cues.stopped_before.search("after Zorbhalted US air ") and not cues.stopped_before.search("halting US ")
    assert cues.stopping_words == ("zorbhalted", "zorbhalting")
    english = _EventCues(pattern_words("en"))
    assert english.task_after.match(" its patrols") and "paus" not in english.stopping_words


def test_source_place_words_of_another_language_build_their_sets() -> None:
    rows = _with(("xx", "zorbnaval", "state service"), ("xx", "zorbnear", "beside source"))
    assert sources._state_service_from(word_lists_for(rows, "xx")) == ({"zorbnaval"}, {"zorbnear"})
    service, beside = sources._state_service("en")
    assert "defence" in service and {"close", "familiar"} <= beside and not beside & service


def test_forces_only_deployment_words_are_triggers_of_their_language_listed_once() -> None:
    # their condition (forces as the object) is the events module's, so pattern_words is their one list
    in_event_table = {row["word"].lower() for row in table("event_words.tsv")}
    words = pattern_words("en")
    for word in (*words["posting forces"], *words["basing"]):
        assert event_words("en").trigger_type[word] == ("deployment", ""), word
        assert word not in in_event_table and word not in event_words("fr").trigger_type, word


def test_date_opening_and_span_words_of_another_language_build_the_report_date_patterns() -> None:
    rows = _with(("xx", "zorbtook", "images taken"), ("xx", "zorbin", "date opener"), ("xx", "zorbfresh", "open span"),
                 ("xx", "zorbsome", "span count"), ("xx", "zorbweeks", "span unit"), ("xx", "zorbat", "time opener"))
    cues = _EventCues(word_lists_for(rows, "xx"))
    assert cues.taken_before.search("pictures zorbtook zorbin ") and not cues.taken_before.search("pictures taken in ")
    # the opener is the one word the pattern takes after three others
    assert cues.taken_before.search("zorbtook by a drone zorbin ")
    assert not cues.taken_before.search("zorbtook by a drone in ")
    assert cues.weeks_span.search("zorbfresh zorbsome zorbweeks") and cues.weeks_span.search("zorbfresh 30 zorbweeks")
    assert not cues.weeks_span.search("recent weeks")
    assert cues.opening_time.fullmatch("Zorbat ") and not cues.opening_time.fullmatch("In ")
    assert cues.reported_on.search("said to reporters there zorbin ")
    assert not cues.reported_on.search("said to reporters there in ")
    english = _EventCues(pattern_words("en"))
    assert english.taken_before.search("images taken late ") and english.weeks_span.search("the past few months")
    assert english.opening_time.fullmatch(' "In ')


def test_moving_forces_words_of_another_language_build_their_set() -> None:
    assert _EventCues(word_lists_for(_with(("xx", "zorbshift", "moving forces")), "xx")).moving_forces == {"zorbshift"}
    assert {"move", "repositioning"} <= _EventCues(pattern_words("en")).moving_forces


def test_headquarters_grammar_words_of_another_language_build_the_headquarters_patterns() -> None:
    rows = _with(("xx", "zorbwo", "headquarters where"), ("xx", "zorbdie", "definite"),
                 ("xx", "zorbsein", "force possessive"), ("xx", "zorbvon", "headquarters of"),
                 ("xx", "zorbbei", "headquarters placed"))
    cues = facilities._Cues(word_lists_for(rows, "xx"))
    assert cues.headquarters_where.match(", zorbwo zorbdie Northern Fleet has zorbsein headquarters")
    assert not cues.headquarters_where.match(", where the Northern Fleet has its headquarters")
    of = cues.headquarters_of.search("the headquarters zorbvon zorbsein navy")
    assert of and of.group("owner") == "zorbsein" and of.group("the") is None
    assert cues.headquarters_of.search("the headquarters zorbvon zorbdie Eastern Fleet").group("the") == "zorbdie"
    assert not cues.headquarters_of.search("the headquarters of the navy")
    assert cues.headquarters_placed.match(" zorbbei zorbdie town zorbvon Kestrel")
    assert cues.its_before.search("Zorbsein ")
    assert not cues.headquarters_placed.match(" near the town of Kestrel") and not cues.its_before.search("its ")
    english = facilities._Cues(pattern_words("en"))
    assert english.headquarters_where.match(", where the Northern Fleet keeps their headquarters")
    assert english.headquarters_placed.match(" outside the old city of Kestrel")


def test_landmark_and_town_name_words_of_another_language_build_the_facility_patterns() -> None:
    rows = _with(("xx", "zorbgebiet", "area word"), ("xx", "zorbgleich", "landmark hedge"),
                 ("xx", "zorbneben", "near landmark"), ("xx", "zorbdie", "definite"),
                 ("xx", "Zorbflug", "name after town"))
    cues = facilities._Cues(word_lists_for(rows, "xx"))
    assert cues.area_word.match(" zorbgebiet") and not cues.area_word.match(" area")
    assert cues.landmark.match(", zorbgleich zorbneben zorbdie ") and not cues.landmark.match(", just near the ")
    assert cues.name_after_town.fullmatch(" Zorbflug Zorbflug") and not cues.name_after_town.fullmatch(" International")
    english = facilities._Cues(pattern_words("en"))
    assert english.area_word.match(" Countryside") and english.landmark.match(" right next to the ")
    assert english.name_after_town.fullmatch(" International Airport")
    assert not english.name_after_town.fullmatch(" Vetkov")


def test_hyphen_and_initials_words_of_another_language_build_the_place_patterns() -> None:
    rows = _with(("xx", "zorbled", "hyphen end"), ("xx", "zorbund", "no modified word"),
                 ("xx", "zorbte", "past ending"), ("xx", "zorbth", "ordinal ending"))
    lists = word_lists_for(rows, "xx")
    cues = places._Cues(Compass(lists), lists)
    assert cues.hyphen_ends == {"zorbled"}
    assert cues.modifier_next.match(" and troops") and not cues.modifier_next.match(" zorbund troops")
    assert not cues.modifier_next.match(" sagzorbte") and cues.modifier_next.match(" decided")
    assert cues.modifier_next.match(" 101zorbth Airborne") and not cues.modifier_next.match(" 101st Airborne")
    english = places._cues("en")
    assert "backed" in english.hyphen_ends and english.modifier_next.match(" 101st Airborne")
    assert english.modifier_next.match(" troops") and not english.modifier_next.match(" decided")


def test_formal_name_words_of_another_language_build_the_formal_pattern() -> None:
    formal = places._formal({"formal qualifier": {"Zorbish"}, "formal head": {"Zorbdom"}, "formal link": {"zorbof"}})
    assert formal.search("the Zorbish Zorbdom zorbof ") and formal.search("the Zorbdom zorbof ")
    assert not formal.search("the Republic of ") and not formal.search("the Zorbdom of ")


def test_extend_words_of_another_language_build_the_extended_to_pattern() -> None:
    cues = _Cues(word_lists_for(_with(("xx", "zorbstretch", "extend")), "xx"))
    assert cues.extended_to.search("will zorbstretch the 1,600-metre runway to about ")
    assert not cues.extended_to.search("will lengthen the 1,600-metre runway to about ")
    assert cues.extend_words == ("zorbstretch",)


def test_the_plain_form_of_being_of_another_language_builds_the_reported_plan_pattern() -> None:
    cues = _Cues(word_lists_for(_with(("xx", "zorbbe", "plain be")), "xx"))
    # a reported modal before the language's own 'be' and a based participle reports a plan, no guess
    assert not cues.modal.search("said the jets would zorbbe stationed there")
    assert cues.modal.search("said the jets would be stationed there")
    english = _Cues(pattern_words("en"))
    assert not english.modal.search("would be stationed") and english.modal.search("would zorbbe stationed")


def test_time_clause_and_speaker_words_of_another_language_build_the_leaving_patterns() -> None:
    cues = _EventCues(word_lists_for(_with(("xx", "zorbwhen", "time clause"), ("xx", "Zorbwe", "speaker word")), "xx"))
    assert cues.when_clause.match(" zorbwhen the drills end") and not cues.when_clause.match(" when the drills end")
    assert cues.speakers_before.search("Zorbwe soon ") and not cues.speakers_before.search("We soon ")
    english = _EventCues(pattern_words("en"))
    assert english.when_clause.match(" as soon as the drills end") and english.speakers_before.search("I will ")
    assert not english.speakers_before.search("i will ")


def test_capital_seat_words_of_another_language_build_the_seat_endings() -> None:
    lists = word_lists_for(_with(("xx", "zorbassy", "capital seat"), ("xx", "zorbin", "seat prep")), "xx")
    cues = places._Cues(Compass(lists), lists)
    assert cues.capital_seats == ("zorbassy zorbin ",) and cues.capital_seat_reach == len("zorbassy zorbin ")
    assert "high commission in " in places._cues("en").capital_seats


def test_only_locating_words_of_another_language_build_the_locating_pattern() -> None:
    cues = _EventCues(word_lists_for(_with(("xx", "zorbnext", "only locating")), "xx"))
    assert cues.locating_before.search("a camp zorbnext the ") and not cues.locating_before.search("a camp next to ")
    english = _EventCues(pattern_words("en"))
    assert english.locating_before.search("a camp Next to the ") and not english.locating_before.search("a camp at ")


def test_future_and_forces_only_words_of_another_language_build_their_patterns() -> None:
    rows = _with(("xx", "zorbwill", "future cue"), ("xx", "zorbplans to", "future cue"),
                 ("xx", "zorband", "and future"), ("xx", "zorbhost", "holding verb"), ("xx", "zorbtroops", "presence"),
                 ("xx", "zorbits", "presence determiner"), ("xx", "zorbmassed", "massing"), ("xx", "zorba", "article"),
                 ("xx", "zorbexpelled", "of forces only"), ("xx", "zorbdue at", "due at"),
                 ("xx", "zorbwent to", "going to"), ("xx", "zorbpower", "idiom after going"))
    cues = _EventCues(word_lists_for(rows, "xx"))
    assert cues.future.search("the navy zorbplans to ") and not cues.future.search("the navy plans to ")
    assert cues.future_words == ("to", "zorbwill")
    assert cues.and_future.search(" zorband zorbwill") and not cues.and_future.search(" and will")
    assert cues.future_holding.search("is zorbwill zorbhost the annual ")
    assert cues.holding_verbs == ("zorbhost",)
    assert cues.presence_object.match(" zorbits zorbtroops") and not cues.presence_object.match(" its troops")
    assert cues.article_before.search("a zorba ") and cues.article_reach == len("zorba") + 2
    assert "zorbmassed" in cues.massing and "massed" not in cues.massing
    assert cues.of_forces_only == {"zorbexpelled"} and cues.due_at == {"zorbdue at"}
    assert cues.going_to == {"zorbwent to"}
    assert cues.idiom_after.match(" zorbpower") and not cues.idiom_after.match(" power")
    english = _EventCues(pattern_words("en"))
    assert english.future.search("The army is expected to ") and english.idiom_after.match(" an end")
    assert english.future_words == ("shall", "to", "will", "would")


def test_spot_and_role_tail_words_of_another_language_build_their_patterns() -> None:
    rows = _with(("xx", "zorbabove", "spot link"), ("xx", "zorbnear", "spot prep"), ("xx", "zorbtown of", "spot town"),
                 ("xx", "zorbon", "role tail prep"), ("xx", "zorbof", "role tail link"),
                 ("xx", "zorbsince", "role tail end"), ("xx", "zorbbeside", "near prep"))
    cues = facilities._Cues(word_lists_for(rows, "xx"))
    spot = cues.spot.match("a hill zorbabove the bay, zorbnear Kessan")
    assert spot is not None and spot.group("prep") == "zorbnear"
    assert cues.spot.match("a hill by the bay zorbnear the zorbtown of Kessan")
    assert not cues.spot.match("a hill above the bay, near Kessan")
    tail = cues.role_tail.match(" zorbon the headland zorbof Kessan zorbsince")
    assert tail is not None and tail.group().endswith("Kessan")
    assert not cues.role_tail.match(" on the headland since")
    assert cues.near_preps == {"zorbbeside"}
    english = facilities._cues("en")
    assert english.spot.match("a ridge above the coast, near Kessan").group("prep") == "near"
    assert english.role_tail.match(" on the island, ") and "on the outskirts of" in english.near_preps


def test_service_run_and_possessive_words_of_another_language_build_their_patterns() -> None:
    rows = _with(("xx", "zorbwhich", "run relative"), ("xx", "zorbthe", "service determiner"),
                 ("xx", "zorbalso", "service run adverb"), ("xx", "zorbits", "singular possessive"))
    cues = _Cues(word_lists_for(rows, "xx"))
    run = cues.service_runs.search("the airport, zorbwhich zorbthe navy zorbalso ")
    assert run is not None and run.group("which") == "zorbwhich" and run.group("service") == "navy"
    assert not cues.service_runs.search("the airport, which the navy also ")
    assert "zorbalso" in cues.service_run_ends and "also" not in cues.service_run_ends
    assert facilities._Cues(word_lists_for(rows, "xx")).singular_possessive == {"zorbits"}
    english = _Cues(pattern_words("en"))
    assert english.service_runs.search("the base, which the army still ").group("which") == "which"
    assert english.object_articles == ("the",) and facilities._cues("en").singular_possessive == {"its"}


def test_per_language_builds_each_language_once_and_switches() -> None:
    built: list[str] = []

    def build(lang: str) -> list[str]:
        built.append(lang)
        return [lang]

    values = PerLanguage(build)
    first = values.get("en")
    assert values.get("en") is first
    assert values.get("fr") == ["fr"]
    assert values.get("en") is first
    assert built == ["en", "fr"]
