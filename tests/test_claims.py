"""Claims: attribution cues, speakers, content spans, hedging, joining, across many sentence shapes."""

from __future__ import annotations

import re
import time
from collections.abc import Sequence

import pytest
from rapidfuzz.fuzz import ratio

from basewatch.evaluate.attribution import Triple, score
from basewatch.extract.claims import UNATTRIBUTED, Claims, _Blanks
from basewatch.extract.cues import cues_and_hedges
from basewatch.extract.normalize import make_doc
from basewatch.extract.speakers import SURNAME_MATCH, _surname_matches
from basewatch.model import DateMention, Doc, Facility, PlaceMention

# Written for this suite: (text, [(speaker as written, cue, content)]). Speaker None: no speaker.
ATTRIBUTIONS: list[tuple[str, list[Triple]]] = [
    ("The runway will be finished by June, the defence minister said.",
     [("the defence minister", "said", "The runway will be finished by June")]),
    ("Foreign Minister Maria Delgado said the talks had stalled.",
     [("Foreign Minister Maria Delgado", "said", "the talks had stalled")]),
    ('"We are not leaving," said Colonel Amir Haddad, the garrison commander.',
     [("Colonel Amir Haddad", "said", "We are not leaving")]),
    ("According to the Pentagon, the drones flew 40 sorties last month.",
     [("the Pentagon", "According to", "the drones flew 40 sorties last month")]),
    ("The base has doubled in size, according to Reuters.",
     [("Reuters", "according to", "The base has doubled in size")]),
    ("Admiral Lena Park told reporters that the fleet would stay in the region.",
     [("Admiral Lena Park", "told", "the fleet would stay in the region")]),
    ("A spokesman for the Turkish Defence Ministry said the exercise was routine.",
     [("A spokesman for the Turkish Defence Ministry", "said", "the exercise was routine")]),
    ("Officials said the airstrip could be ready within weeks.",
     [("Officials", "said", "the airstrip could be ready within weeks")]),
    ("It was reported that two frigates had left port.",
     [(None, "It was reported", "two frigates had left port")]),
    ("Kenji Sato, a researcher at the Tokyo Defence Institute, believes the deployment is temporary.",
     [("Kenji Sato", "believes", "the deployment is temporary")]),
    ("Major Tom Price said the attack had failed. He added that no aircraft had been damaged.",
     [("Major Tom Price", "said", "the attack had failed"), ("He", "added", "no aircraft had been damaged")]),
    ("In Sato's view, the move signals a longer stay.",
     [("Sato", "In Sato's view", "the move signals a longer stay")]),
    ("The ministry denied that any troops had crossed the border.",
     [("The ministry", "denied", "any troops had crossed the border")]),
    ("Two US officials, speaking on condition of anonymity, said the jets had been moved.",
     [("US officials", "said", "the jets had been moved")]),
    ('Defence analyst Clara Jensen warned that the island was exposed. "This is a clear escalation," she told the BBC.',
     [("Defence analyst Clara Jensen", "warned", "the island was exposed"),
      ("she", "told", "This is a clear escalation")]),
    ("The Kremlin says the base poses no threat to its neighbours.",
     [("The Kremlin", "says", "the base poses no threat to its neighbours")]),
    ("Satellite images show new hangars at the site, the think tank said in a report.",
     [("the think tank", "said", "Satellite images show new hangars at the site")]),
    ("Moscow has repeatedly denied plans to build a naval base in Sudan.",
     [("Moscow", "denied", "plans to build a naval base in Sudan")]),
    ("The governor, Ahmed Salim, said the port would reopen on Monday.",
     [("Ahmed Salim", "said", "the port would reopen on Monday")]),
    ('"The pier is finished. Ships can dock now," the port director said.',
     [("the port director", "said", "The pier is finished. Ships can dock now")]),
    ("The navy said in a statement that the submarine had returned to base.",
     [("The navy", "said", "the submarine had returned to base")]),
    ("Analysts expect the runway to be extended again.",
     [("Analysts", "expect", "the runway to be extended again")]),
    ("The base, the minister said, will host up to 2,000 troops.",
     [("the minister", "said", "The base, the minister said, will host up to 2,000 troops")]),
    ("Residents told AFP they had heard explosions overnight.",
     [("Residents", "told", "they had heard explosions overnight")]),
    ("The agency reported that three rockets hit the compound.",
     [("The agency", "reported", "three rockets hit the compound")]),
    ("The Washington Post reported on Tuesday that the deal had been signed.",
     [("The Washington Post", "reported", "the deal had been signed")]),
    ("As for the defence analyst Omar Khalil, he thinks the deal will collapse.",
     [("he", "thinks", "the deal will collapse")]),
    ("President Ana Ruiz announced that the airfield would be handed over to civilian use.",
     [("President Ana Ruiz", "announced", "the airfield would be handed over to civilian use")]),
    ("The spokesperson insisted the flights were legal, adding that more would follow.",
     [("The spokesperson", "insisted", "the flights were legal"), ("The spokesperson", "adding", "more would follow")]),
    ("A senior Western diplomat said the talks were unlikely to succeed.",
     [("A senior Western diplomat", "said", "the talks were unlikely to succeed")]),
    ("Sources close to the ministry said the contract was worth $2 billion.",
     [("Sources close to the ministry", "said", "the contract was worth $2 billion")]),
    ("The commander of the 5th Fleet said patrols would continue.",
     [("The commander of the 5th Fleet", "said", "patrols would continue")]),
    ("The images, which were taken on Friday, show at least six aircraft.", []),
    ("Engineers said work on the hangars began in March.",
     [("Engineers", "said", "work on the hangars began in March")]),
    ('"We will respond," the general warned.',
     [("the general", "warned", "We will respond")]),
    ("The claims were denied by the government.", []),
    ("Lieutenant General Yuri Sokolov said on Wednesday that the air base had been repaired.",
     [("Lieutenant General Yuri Sokolov", "said", "the air base had been repaired")]),
    ("The report, citing satellite data, said the runway was 3,000 metres long.",
     [("The report", "said", "the runway was 3,000 metres long")]),
    ("Wang said the island's radar could track ships 300 km away.",
     [("Wang", "said", "the island's radar could track ships 300 km away")]),
    ("Greek officials believe the drones were launched from the coast.",
     [("Greek officials", "believe", "the drones were launched from the coast")]),
    ("The Russian embassy in Damascus told state media that the agreement stands.",
     [("The Russian embassy in Damascus", "told", "the agreement stands")]),
    ("Officials say privately that the runway is too short.",
     [("Officials", "say", "the runway is too short")]),
    ('The minister said: "Our pilots are ready. The aircraft are ready."',
     [("The minister", "said", "Our pilots are ready. The aircraft are ready.")]),
    ("Construction began in 2019, the company's chief executive told investors.",
     [("the company's chief executive", "told", "Construction began in 2019")]),
    ("The hangars were built to house fighters, wrote Peter Novak, a retired air force colonel.",
     [("Peter Novak", "wrote", "The hangars were built to house fighters")]),
    ('"We have done our part." Mayor Lena Ortiz said on Friday.',
     [("Mayor Lena Ortiz", "said", "We have done our part.")]),
    ("The pier can take destroyers, Li told a briefing in Beijing.",
     [("Li", "told", "The pier can take destroyers")]),
    ("Marta Lindqvist of the Baltic Security Forum said the drills were larger this year.",
     [("Marta Lindqvist", "said", "the drills were larger this year")]),
    ("The St. Louis Police said two men were arrested.",
     [("The St. Louis Police", "said", "two men were arrested")]),
    ("We believe the base is safe, the statement said.",
     [("the statement", "said", "We believe the base is safe")]),
]

# Written after the rules above, scored once before any change (source F1 0.884, claim F1 0.884), then fixed.
SECOND_SET: list[tuple[str, list[Triple]]] = [
    ("The drills will last five days, a navy spokeswoman told reporters on Thursday.",
     [("a navy spokeswoman", "told", "The drills will last five days")]),
    ("Brigadier General Samuel Otieno, who commands the task force, said the camp would close in May.",
     [("Brigadier General Samuel Otieno", "said", "the camp would close in May")]),
    ("Ankara insists the radar station is purely defensive.",
     [("Ankara", "insists", "the radar station is purely defensive")]),
    ('"There is no plan to withdraw," the embassy said in a statement.',
     [("the embassy", "said", "There is no plan to withdraw")]),
    ("According to a report by the Congressional Research Service, the hangars can hold 24 jets.",
     [("a report by the Congressional Research Service", "According to", "the hangars can hold 24 jets")]),
    ("Military observers suspect the convoy carried air-defence components.",
     [("Military observers", "suspect", "the convoy carried air-defence components")]),
    ("The airport will reopen to civilian flights next year, Transport Minister Rafael Ortiz announced.",
     [("Transport Minister Rafael Ortiz", "announced", "The airport will reopen to civilian flights next year")]),
    ("Local media reported that several explosions were heard near the depot.",
     [("Local media", "reported", "several explosions were heard near the depot")]),
    ("Chief of Staff Ilan Mor warned that any attack would be answered.",
     [("Chief of Staff Ilan Mor", "warned", "any attack would be answered")]),
    ("The expansion, officials say, is part of a ten-year plan.",
     [("officials", "say", "The expansion, officials say, is part of a ten-year plan")]),
    ("Beijing has denied that the facility has any military purpose.",
     [("Beijing", "denied", "the facility has any military purpose")]),
    ("Rear Admiral Helen Cho told the committee the dock would be finished by 2027.",
     [("Rear Admiral Helen Cho", "told", "the dock would be finished by 2027")]),
    ("A person familiar with the negotiations said the lease was signed in secret.",
     [("A person familiar with the negotiations", "said", "the lease was signed in secret")]),
    ("The tanks arrived by rail on Sunday.", []),
    ("Nuclear expert Fatima Zahra estimates that the site could be operational in two years.",
     [("Nuclear expert Fatima Zahra", "estimates", "the site could be operational in two years")]),
    ("\"It's a signal to Washington,\" said Dmitri Orlov, a political scientist in Moscow. \"Nothing more.\"",
     [("Dmitri Orlov", "said", "It's a signal to Washington")]),
    ("In the opinion of retired general Paul Moreau, the base is too exposed.",
     [("retired general Paul Moreau", "In the opinion of", "the base is too exposed")]),
    ("The White House said the president had been briefed on the strike.",
     [("The White House", "said", "the president had been briefed on the strike")]),
    ("Villagers said soldiers fenced off the hill last month.",
     [("Villagers", "said", "soldiers fenced off the hill last month")]),
    ("The ministry's statement said the aircraft had returned safely.",
     [("The ministry's statement", "said", "the aircraft had returned safely")]),
    ("Kim, the deputy commander, acknowledged that the runway had been damaged.",
     [("Kim", "acknowledged", "the runway had been damaged")]),
    ("She later told state television that the troops would stay.",
     [("She", "told", "the troops would stay")]),
    ("The decision was welcomed by the opposition.", []),
    ("Two frigates are now based at the port, the IISS said in its annual review.",
     [("the IISS", "said", "Two frigates are now based at the port")]),
    ("Experts doubt the jets can operate from such a short strip.",
     [("Experts", "doubt", "the jets can operate from such a short strip")]),
]

# A third set, scored once before any change (source F1 0.815 exact / 0.889 overlap, claim F1 0.815), then fixed.
THIRD_SET: list[tuple[str, list[Triple]]] = [
    ("The strike destroyed two radar trucks, a Ukrainian military source told the Kyiv Independent.",
     [("a Ukrainian military source", "told", "The strike destroyed two radar trucks")]),
    ("Spokesperson Mao Ning told a regular briefing that the island belonged to China.",
     [("Spokesperson Mao Ning", "told", "the island belonged to China")]),
    ("\"We see more flights every month,\" a Philippine coast guard officer said, declining to be named.",
     [("a Philippine coast guard officer", "said", "We see more flights every month")]),
    ("The navy has confirmed that a destroyer docked at the pier on Sunday.",
     [("The navy", "confirmed", "a destroyer docked at the pier on Sunday")]),
    ("Senator Maria Costa argued the lease should be reviewed by parliament.",
     [("Senator Maria Costa", "argued", "the lease should be reviewed by parliament")]),
    ("According to the Stockholm International Peace Research Institute, arms imports doubled.",
     [("the Stockholm International Peace Research Institute", "According to", "arms imports doubled")]),
    ("Defence ministry officials believe the base will be ready by 2026.",
     [("Defence ministry officials", "believe", "the base will be ready by 2026")]),
    ("The commander, Colonel Ruslan Fedorov, said his unit had moved north.",
     [("Colonel Ruslan Fedorov", "said", "his unit had moved north")]),
    ("Witnesses reported hearing at least four blasts.",
     [("Witnesses", "reported", "hearing at least four blasts")]),
    ("The runway was extended in 2019.", []),
    ("The company behind the satellite images, BlackSky, said the vessels left on Monday.",
     [("BlackSky", "said", "the vessels left on Monday")]),
    ("Japan's Defence Minister Gen Nakatani warned that China's carriers were operating closer to Japan.",
     [("Japan's Defence Minister Gen Nakatani", "warned", "China's carriers were operating closer to Japan")]),
    ("A US defence official, who asked not to be named, said the jets were F-35s.",
     [("A US defence official", "said", "the jets were F-35s")]),
    ("\"It is a warning,\" he said of the drills.",
     [("he", "said", "It is a warning")]),
    ("Some analysts suggest the base is mainly symbolic.",
     [("analysts", "suggest", "the base is mainly symbolic")]),
]

# A fourth set, scored once before any change (source F1 0.741 exact / 0.963 overlap; two golds then brought
# in line with the determiner convention above: 'Many residents' -> 'residents'), then fixed.
FOURTH_SET: list[tuple[str, list[Triple]]] = [
    ("A spokesman for the Indian Navy said the carrier had returned to Karwar.",
     [("A spokesman for the Indian Navy", "said", "the carrier had returned to Karwar")]),
    ("\"The runway is ready. The fuel farm is not,\" a contractor told Reuters.",
     [("a contractor", "told", "The runway is ready. The fuel farm is not")]),
    ("Sources said the submarine was damaged in the strike.",
     [("Sources", "said", "the submarine was damaged in the strike")]),
    ("It was announced on Friday that the squadron would move to Lask.",
     [(None, "It was announced", "the squadron would move to Lask")]),
    ("The drones, the colonel added, can stay aloft for 30 hours.",
     [("the colonel", "added", "The drones, the colonel added, can stay aloft for 30 hours")]),
    ("Prime Minister Kristersson told parliament: \"Our airbases must be dispersed.\"",
     [("Prime Minister Kristersson", "told", "Our airbases must be dispersed.")]),
    ("Navy chief Admiral Tony Radakin has warned that the fleet is too small.",
     [("Navy chief Admiral Tony Radakin", "warned", "the fleet is too small")]),
    ("According to two people briefed on the plan, the base will host tankers.",
     [("people briefed on the plan", "According to", "the base will host tankers")]),
    ("The alliance's top commander believes Russia could rebuild its forces within years.",
     [("The alliance's top commander", "believes", "Russia could rebuild its forces within years")]),
    ("\"No decision has been taken,\" said a spokeswoman for the Dutch defence ministry.",
     [("a spokeswoman for the Dutch defence ministry", "said", "No decision has been taken")]),
    ("Pyongyang's state news agency KCNA said the launch was a routine test.",
     [("Pyongyang's state news agency KCNA", "said", "the launch was a routine test")]),
    ("Many residents fear the new radar will attract strikes.",
     [("residents", "fear", "the new radar will attract strikes")]),
    ("The hangars appear to be hardened, the Institute for the Study of War said in its daily update.",
     [("the Institute for the Study of War", "said", "The hangars appear to be hardened")]),
    ("Dr. Hannah Weiss of King's College London said the move was overdue.",
     [("Dr. Hannah Weiss", "said", "the move was overdue")]),
    ("The base was completed in 2022 and hosts two squadrons.", []),
]

# A fifth set, scored once before any change (source F1 0.917 exact / 1.000 overlap, cue and content 1.000).
FIFTH_SET: list[tuple[str, list[Triple]]] = [
    ("Two military officials told The Associated Press on condition of anonymity that the drones were grounded.",
     [("military officials", "told", "the drones were grounded")]),
    ("The airstrip will be finished by March, according to a planning document seen by Reuters.",
     [("a planning document seen by Reuters", "according to", "The airstrip will be finished by March")]),
    ("\"We are watching closely,\" Japanese Defence Minister Minoru Kihara told reporters in Tokyo.",
     [("Japanese Defence Minister Minoru Kihara", "told", "We are watching closely")]),
    ("Kihara added that Japan had protested through diplomatic channels.",
     [("Kihara", "added", "Japan had protested through diplomatic channels")]),
    ("The Israeli military said its jets struck a weapons depot near Damascus overnight.",
     [("The Israeli military", "said", "its jets struck a weapons depot near Damascus overnight")]),
    ("Satellite photos suggest the pier has been extended by about 100 metres.", []),
    ("An Indian navy spokesperson declined to comment.", []),
    ("Maria Santos, who heads the port authority, said dredging would begin in June.",
     [("Maria Santos", "said", "dredging would begin in June")]),
    ("The strikes, the Houthis claimed, were a response to attacks on Yemen.",
     [("the Houthis", "claimed", "The strikes, the Houthis claimed, were a response to attacks on Yemen")]),
    ("Beijing maintains that the outposts are for civilian use.",
     [("Beijing", "maintains", "the outposts are for civilian use")]),
    ("Several lawmakers questioned whether the base was worth its cost.", []),
    ("In a post on X, the ministry said two drones had been shot down.",
     [("the ministry", "said", "two drones had been shot down")]),
    ("The deal, officials in Nairobi said, would run for ten years.",
     [("officials in Nairobi", "said", "The deal, officials in Nairobi said, would run for ten years")]),
    ("Retired Admiral James Foggo said the Mediterranean had become contested again.",
     [("Retired Admiral James Foggo", "said", "the Mediterranean had become contested again")]),
    ("A senior Pentagon official, briefing reporters on Tuesday, said no decision had been made.",
     [("A senior Pentagon official", "said", "no decision had been made")]),
]

# A sixth set, general news, scored once before any change (source F1 0.769 exact / 0.923 overlap, cue 0.923,
# content 0.846).
SIXTH_SET: list[tuple[str, list[Triple]]] = [
    ("Inflation will probably peak this summer, the central bank's chief economist said on Thursday.",
     [("the central bank's chief economist", "said", "Inflation will probably peak this summer")]),
    ("Shares fell 3% after the company warned that profits would shrink.",
     [("the company", "warned", "profits would shrink")]),
    ("\"This is a historic day,\" Governor Ana Torres told supporters in Austin.",
     [("Governor Ana Torres", "told", "This is a historic day")]),
    ("Economists polled by the agency expect growth of 1.2% next year.",
     [("Economists polled by the agency", "expect", "growth of 1.2% next year")]),
    ("The union said its members had voted to strike, a claim the employer disputed.",
     [("The union", "said", "its members had voted to strike, a claim the employer disputed")]),
    ("According to court filings, the firm paid $40 million in fines.",
     [("court filings", "According to", "the firm paid $40 million in fines")]),
    ("Police believe the fire was started deliberately.",
     [("Police", "believe", "the fire was started deliberately")]),
    ("The mayor's office did not respond to requests for comment.", []),
    ("Smith, 54, said he had never seen such a storm.",
     [("Smith", "said", "he had never seen such a storm")]),
    ("Health officials reported 120 new cases on Monday.",
     [("Health officials", "reported", "120 new cases on Monday")]),
    ("The senator argued that the bill would raise costs for farmers.",
     [("The senator", "argued", "the bill would raise costs for farmers")]),
    ("Analysts at Goldman Sachs said demand remained strong.",
     [("Analysts at Goldman Sachs", "said", "demand remained strong")]),
    ("In a letter to shareholders, chief executive Laura Kim wrote that the merger was on track.",
     [("chief executive Laura Kim", "wrote", "the merger was on track")]),
    ("The weather service predicted heavy rain for the weekend.",
     [("The weather service", "predicted", "heavy rain for the weekend")]),
    ("Critics say the plan does little to cut emissions.",
     [("Critics", "say", "the plan does little to cut emissions")]),
]

# A seventh set, scored once before any change, against the final rules (source F1 0.833 exact / 0.917
# overlap, cue 0.917, content 0.917).
SEVENTH_SET: list[tuple[str, list[Triple]]] = [
    ("The patrol boats will be based in Ream from next year, Cambodia's navy chief told local television.",
     [("Cambodia's navy chief", "told", "The patrol boats will be based in Ream from next year")]),
    ("Greek coast guard officials said the freighter had ignored repeated warnings.",
     [("Greek coast guard officials", "said", "the freighter had ignored repeated warnings")]),
    ("\"The site is being prepared for something larger,\" said Dmitri Alperovitch, chairman of the Silverado "
     "Policy Accelerator.",
     [("Dmitri Alperovitch", "said", "The site is being prepared for something larger")]),
    ("According to the ministry's annual report, the fleet now has 42 ships.",
     [("the ministry's annual report", "According to", "the fleet now has 42 ships")]),
    ("The minister insisted on Sunday that no foreign troops would be stationed on the island.",
     [("The minister", "insisted", "no foreign troops would be stationed on the island")]),
    ("Farmers near the airfield complain that the jets fly too low.", []),
    ("A spokesperson for Kenya's defence forces confirmed the strike but gave no details.",
     [("A spokesperson for Kenya's defence forces", "confirmed", "the strike but gave no details")]),
    ("The new hangars can shelter up to 12 fighters, analysts at the think tank estimated.",
     [("analysts at the think tank", "estimated", "The new hangars can shelter up to 12 fighters")]),
    ("She said the Chinese research vessel had been tracked for three days.",
     [("She", "said", "the Chinese research vessel had been tracked for three days")]),
    ("Ukraine's General Staff reported that two Russian landing ships were hit.",
     [("Ukraine's General Staff", "reported", "two Russian landing ships were hit")]),
    ("\"We don't comment on operational matters,\" the Royal Navy said.",
     [("the Royal Navy", "said", "We don't comment on operational matters")]),
    ("The satellite images were taken on 12 March.", []),
    ("Pentagon press secretary John Kirby later told reporters the drills were defensive.",
     [("Pentagon press secretary John Kirby", "told", "the drills were defensive")]),
    ("It is widely believed that the base hosts nuclear weapons.",
     [(None, "It is widely believed", "the base hosts nuclear weapons")]),
    ("The islanders, many of whom work at the base, fear losing their jobs.",
     [("The islanders", "fear", "losing their jobs")]),
]

# Shapes met in held-out general news, each in sentences written for this suite.
REAL_NEWS_SET: list[tuple[str, list[Triple]]] = [
    ("Flood waters cut the coastal road in three places, the regional governor said Thursday.",
     [("the regional governor", "said", "Flood waters cut the coastal road in three places")]),
    ("The strike will go ahead, union leaders said today.",
     [("union leaders", "said", "The strike will go ahead")]),
    ("A judge froze the company's accounts in March, court sources said Wednesday.",
     [("court sources", "said", "A judge froze the company's accounts in March")]),
    ("The ferry service will restart next week, harbour sources said on Thursday.",
     [("harbour sources", "said", "The ferry service will restart next week")]),
    ("Nobody was hurt in the blaze, one of the firefighters said on Friday.",
     [("one of the firefighters", "said", "Nobody was hurt in the blaze")]),
    ("LISBON — The farmers sued the port authority, alleging it had let the breakwater decay.",
     [("The farmers", "alleging", "it had let the breakwater decay")]),
    ("The finance ministry said Monday that fuel subsidies would end in spring.",
     [("The finance ministry", "said", "fuel subsidies would end in spring")]),
    ("The mayor said the bridge would reopen once engineers\n      had inspected every pier.",
     [("The mayor", "said", "the bridge would reopen once engineers\n      had inspected every pier")]),
    ("A light frost is expected over the hills on Sunday\n   morning, the weather office said.",
     [("the weather office", "said", "A light frost is expected over the hills on Sunday\n   morning")]),
    ("Relief flights resumed at dawn, the International Organization for Migration (IOM) said on Tuesday.",
     [("the International Organization for Migration", "said", "Relief flights resumed at dawn")]),
    ("The ceasefire is holding, chief rebel negotiator Tomas Ardila said.",
     [("chief rebel negotiator Tomas Ardila", "said", "The ceasefire is holding")]),
    ("The hall was evacuated at noon, Sarajevo radio said.",
     [("Sarajevo radio", "said", "The hall was evacuated at noon")]),
    ('"We never stopped believing," Oregon State star Nina Castillo said.',
     [("Oregon State star Nina Castillo", "said", "We never stopped believing")]),
    ("Her family said she had left the country in March.",
     [("family", "said", "she had left the country in March")]),
    ("A soldier who refused to give his name told reporters the convoy had turned back.",
     [("A soldier", "told", "the convoy had turned back")]),
    ("The warning, posted Friday on the consulate website, urged travellers to stay away.", []),
    ("The town opened a clinic, which the governor described as a model for the region.", []),
    ("He posted the fastest lap of the season.", []),
    ("In 2019, according to the audit, the agency lost track of 40 trucks.",
     [("the audit", "according to", "the agency lost track of 40 trucks")]),
    ("In their manifesto, the Greens promised to close the coal plant by 2030.",
     [("the Greens", "promised", "to close the coal plant by 2030")]),
    ("The tea company said the merger was its largest ever.",
     [("The tea company", "said", "the merger was its largest ever")]),
    ("The clerk hid the losses for years, the indictment said.",
     [("the indictment", "said", "The clerk hid the losses for years")]),
    ("The station will stay shut, a spokeswoman for the utility said.",
     [("a spokeswoman for the utility", "said", "The station will stay shut")]),
    ("The father of the missing hiker says the search ended too soon.",
     [("The father of the missing hiker", "says", "the search ended too soon")]),
    ("The claim was denied by the regional council.", []),
    ("No party claimed responsibility for the blast.", []),
    ("Any seasoned sailor will tell you the strait is dangerous.", []),
    ("The bridge collapsed under the weight of the trucks, rescuers said.",
     [("rescuers", "said", "The bridge collapsed under the weight of the trucks")]),
    ("Pope said the plant would close in May.", [("Pope", "said", "the plant would close in May")]),
    ("Dr. said nothing.", []),
    ("The son of a banker once accused of fraud runs the port.", []),
    ("The bakery, however, said the shop would stay open.", [("The bakery", "said", "the shop would stay open")]),
    ("According to the audit, the former treasurer moved $80,000 into a private account.",
     [("the audit", "According to", "the former treasurer moved $80,000 into a private account")]),
    ("The bank's chief financial officer told analysts that margins would shrink.",
     [("The bank's chief financial officer", "told", "margins would shrink")]),
    ("'The lab is the only one in the state,' said Rita Moss.",
     [("Rita Moss", "said", "The lab is the only one in the state")]),
    ("``Sales will recover next year,'' the chief executive said.",
     [("the chief executive", "said", "Sales will recover next year")]),
    ("Anna Kowal, Piotr's sister, has said she will testify.", [("Anna Kowal", "said", "she will testify")]),
    ("Lena Ortiz, vice president of a shipping firm, said fuel costs had doubled.",
     [("Lena Ortiz", "said", "fuel costs had doubled")]),
    ('"The crowd was amazing," Leafs fan Omar Reyes said.',
     [("Leafs fan Omar Reyes", "said", "The crowd was amazing")]),
    ("Many in the cabinet believed the deal was too generous.",
     [("Many in the cabinet", "believed", "the deal was too generous")]),
    ("The border crossing was shut, according to a television report Monday.",
     [("a television report", "according to", "The border crossing was shut")]),
]

_CLAIMS = Claims()


def _claims_of(text: str, places: Sequence[PlaceMention] = (), facilities: Sequence[Facility] = ()) -> Doc:
    doc = make_doc(text)
    doc.places.extend(places)
    doc.facilities.extend(facilities)
    return _CLAIMS(doc)


def _triples(text: str) -> list[Triple]:
    doc = _claims_of(text)
    return [
        (doc.surface(c.speaker.span) if c.speaker.span else None, c.cue, doc.surface(c.content)) for c in doc.claims
    ]


ALL = ATTRIBUTIONS + SECOND_SET + THIRD_SET + FOURTH_SET + FIFTH_SET + SIXTH_SET + SEVENTH_SET + REAL_NEWS_SET


@pytest.mark.parametrize(("text", "expected"), ALL, ids=[t[:40] for t, _ in ALL])
def test_attribution(text: str, expected: list[Triple]) -> None:
    assert _triples(text) == expected


def test_attribution_scores() -> None:
    report = score(ALL, _triples)
    print("\n" + "\n".join(report.lines()))
    assert report.exact["source"].f1 >= 0.85
    assert report.exact["claim"].f1 >= 0.75


def _place(text: str, word: str, country: str, kind: str) -> PlaceMention:
    start = text.index(word)
    return PlaceMention((start, start + len(word)), word, country, kind=kind)


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        ("Foreign Minister Sergei Orlov stated that the base is vital.", "Sergei Orlov", "Foreign Minister", None),
        ("Russian military expert Ivan Petrov believes the runway is too short.",
         "Ivan Petrov", "Russian military expert", "RU"),
        ("Laura Chen, a researcher specializing in naval affairs, emphasized that the pier is new.",
         "Laura Chen", "researcher specializing in naval affairs", None),
        ("A spokeswoman for the Japan Coast Guard said two ships were seen.",
         "spokeswoman for the Japan Coast Guard", "spokeswoman for the Japan Coast Guard", "Japan Coast Guard"),
        ("On the Russian side, Deputy Minister Oleg Ivanov said the talks would go on.",
         "Oleg Ivanov", "Deputy Minister", "RU"),
        ('In a column published on the "Harbour Watch" website, Mark Reyes, a naval historian, argued that '
         "the port is too shallow.", "Mark Reyes", "naval historian", None),
        ("In an article for Reuters, Tom Hale, an analyst, wrote that the base is growing.",
         "Tom Hale", "analyst", "Reuters"),
    ],
)
def test_speaker_role_and_affiliation(text: str, name: str, role: str, affiliation: str | None) -> None:
    places = [_place(text, "Russian", "RU", "demonym")] if "Russian" in text else []
    doc = _claims_of(text, places)
    speaker = doc.claims[0].speaker
    assert (speaker.name, speaker.role, speaker.affiliation) == (name, role, affiliation)


def test_misspelt_surname_joins_first_mention() -> None:
    text = (
        "Joanna Kowalczyk, an analyst at a Warsaw institute, said the depot was full. "
        "According to Kowalczik, the trucks left at night. Kowalczyk added that more would come."
    )
    doc = _claims_of(text)
    assert [c.speaker.name for c in doc.claims] == ["Joanna Kowalczyk"] * 3
    assert doc.claims[1].speaker.aliases == ["Kowalczik"]
    assert doc.surface(doc.claims[1].speaker.span) == "Kowalczik"
    assert doc.claims[2].speaker.role == "analyst at a Warsaw institute"


def test_coordinated_speakers_each_get_the_claim() -> None:
    doc = _claims_of("The drones left on Monday, the US Department of Defense and Niger's defence ministry said.")
    assert [c.speaker.name for c in doc.claims] == ["Niger's defence ministry", "US Department of Defense"]
    assert doc.claims[0].content == doc.claims[1].content


def test_quoted_attribution_inside_a_quote_is_not_a_claim() -> None:
    doc = _claims_of('"Beirut has announced this plan many times," she said.')
    assert [c.cue for c in doc.claims] == ["said"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mauritius' government said it would respect the lease.", "Mauritius' government"),
        ("General Ada Obi, then head of the mission, told reporters that the camp was full.", "General Ada Obi"),
        ("Analysts estimate that 2,000 troops are there.", "Analysts"),
        ("Local organisers said they would not host the visit.", "Local organisers"),
        ("Officers at Ain al-Asad told reporters the bunkers held.", "Officers at Ain al-Asad"),
        ("President Ana Ruiz initially said nobody was hurt.", "President Ana Ruiz"),
        ("The regional government welcomed the plan and said it would bring jobs.", "The regional government"),
        ("Oman's government, which also hosts British, Indian and US ships, said the port was open.",
         "Oman's government"),
        ("Sources on both sides of the conflict said the strike hit radars.", "Sources on both sides of the conflict"),
        ("Britain's defence intelligence said the ships had moved.", "Britain's defence intelligence"),
        ("Peru's deputy minister, Rosa Quispe, rejected the report and said no troops were there.", "Rosa Quispe"),
        ("The base is new, according to the Center for Strategic and International Studies.",
         "the Center for Strategic and International Studies"),
    ],
)
def test_speaker_shapes(text: str, speaker: str) -> None:
    doc = _claims_of(text)
    assert doc.surface(doc.claims[0].speaker.span) == speaker


def test_khouri_joins_khoury() -> None:
    doc = _claims_of("Walid Khoury said the runway was ready. Khouri said the port could help.")
    assert [c.speaker.name for c in doc.claims] == ["Walid Khoury", "Walid Khoury"]


def test_surname_speaker_takes_full_name_written_earlier() -> None:
    text = "Secretary of State Nadia Sharif visited the base. Sharif said the pier was ready."
    assert _claims_of(text).claims[0].speaker.name == "Nadia Sharif"


def test_title_speaker_takes_name_written_earlier() -> None:
    text = "Oman's deputy prime minister, Asad bin Tariq, toured the port. The deputy prime minister said it was ready."
    speaker = _claims_of(text).claims[0].speaker
    assert (speaker.name, speaker.role) == ("Asad bin Tariq", "deputy prime minister")


def test_spokesperson_for_institution_with_name() -> None:
    text = "Cape spokesperson for the National Ports Authority Eric Dube said the quay was closed."
    speaker = _claims_of(text).claims[0].speaker
    assert (speaker.name, speaker.affiliation) == ("Eric Dube", "National Ports Authority")


def test_according_to_needs_a_phrase_boundary() -> None:
    text = "According to standard procedure the crews and the pilots are told about the outcome of each flight."
    assert _claims_of(text).claims == []


def test_family_name_first_joins() -> None:
    doc = _claims_of("Defence Minister Dong Jun said the port is civilian. Dong added that no warships would call.")
    assert [c.speaker.name for c in doc.claims] == ["Dong Jun", "Dong Jun"]


def test_name_of_organisation_gives_affiliation() -> None:
    speaker = _claims_of("Marta Lindqvist of the Baltic Security Forum said the drills were larger.").claims[0].speaker
    assert (speaker.name, speaker.affiliation) == ("Marta Lindqvist", "Baltic Security Forum")


def test_pronoun_takes_last_named_person() -> None:
    text = "The ministry said the base was safe. General Anna Berg said the radar works. She added that it was tested."
    doc = _claims_of(text)
    last = doc.claims[-1]
    assert (last.speaker.name, doc.surface(last.speaker.span)) == ("Anna Berg", "She")


def test_unresolved_pronoun_keeps_its_surface() -> None:
    doc = _claims_of("He said the depot was empty.")
    assert doc.claims[0].speaker.name == "He"


def test_institution_joins_its_short_form() -> None:
    text = "The Russian Defense Ministry said the jets had landed. The ministry said they would stay."
    doc = _claims_of(text)
    assert [c.speaker.name for c in doc.claims] == ["Russian Defense Ministry"] * 2


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("The minister said the base is ready.", False),
        ("The minister said the base could host bombers.", True),
        ("Analyst Ivo Marek believes the base is ready.", True),
        ("Analyst Ivo Marek thinks the base is ready.", True),
        ("In Marek's view, the base is ready.", True),
        ("Ivo Marek spoke last. In his view, the base is ready.", True),
        ("According to Marek, the base is ready.", False),
        ("Marek said the bombers may stay for months.", True),
        ("Marek said the bombers arrived in May.", False),
        ("Marek said the pier was lengthened so that it could take carriers.", False),
        ("Marek said the raid destroyed six jets, a claim that could not be confirmed.", False),
        ("Marek said the jets could not land there.", False),
        ("Marek said they built sites that may host radars.", False),
        ("Marek said the crews may not return.", True),
        ("It is believed that the base is ready.", True),
    ],
)
def test_hedging(text: str, hedged: bool) -> None:
    assert _claims_of(text).claims[0].hedged is hedged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruiz said the port would stay open, adding that more ships would come.",
         [("Ruiz", "said", "the port would stay open"), ("Ruiz", "adding", "more ships would come")]),
        ("The junta, which took power last year, ended the pact in March, saying the troops were illegal.",
         [("The junta", "saying", "the troops were illegal")]),
        ("The squadron's last jets left Osan, the squadron said.",
         [("the squadron", "said", "The squadron's last jets left Osan")]),
    ],
)
def test_participles_and_unit_speakers(text: str, expected: list[Triple]) -> None:
    assert _triples(text) == expected


def test_it_refers_only_to_a_recent_institution() -> None:
    filler = " The runway is long." * 30
    text = "The Pentagon said the jets had landed." + filler + " It said the base was closed."
    assert [c.speaker.name for c in _claims_of(text).claims] == ["Pentagon", "It"]


def test_participle_after_a_noun_is_no_claim() -> None:
    assert all(c.cue != "saying" for c in _claims_of("She got a message in May saying the case was closed.").claims)


def test_negated_reporting_is_no_claim() -> None:
    assert _claims_of("The ministry did not confirm the plan.").claims == []


def test_and_clause_needs_one_clause() -> None:
    text = "Six bombers have arrived at the base, images show, as Washington steps up strikes and warns Iran."
    assert [c.cue for c in _claims_of(text).claims] == []


def test_unattributed_passive() -> None:
    claim = _claims_of("It was reported that the base had been hit.").claims[0]
    assert claim.speaker.name == UNATTRIBUTED and claim.speaker.span is None


def test_about_lists_facilities_inside_content() -> None:
    text = "The Ndola air base is new. Officials said the Ndola air base will get a radar. The port is old."
    second = text.index("Ndola", 20)
    facility = Facility(id="f1", name="Ndola Air Base", kind="air base", mentions=[(4, 18), (second, second + 14)])
    doc = _claims_of(text, facilities=[facility])
    assert doc.claims[0].about == ["f1"]


@pytest.mark.parametrize(
    ("text", "lang_cue"),
    [
        ("Министр заявил, что база готова.", "заявил"),
        ("Le ministre a déclaré que la base est prête.", "a déclaré"),
        ("Selon le ministère, la base est prête.", "Selon"),
    ],
)
def test_other_languages_find_cues(text: str, lang_cue: str) -> None:
    doc = make_doc(text)
    assert lang_cue in [hit.text for hit in cues_and_hedges(_CLAIMS.cues(doc.language), doc.norm)[0]]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Министр обороны Сергей Шойгу заявил, что база готова.", "Сергей Шойгу", "база готова"),
        ("Selon le ministère, la base est prête.", "ministère", "la base est prête"),
        ("Der Sprecher sagte, dass die Basis bereit sei.", "Sprecher", "die Basis bereit sei"),
        ("El ministro dijo que la base está lista.", "ministro", "la base está lista"),
        ("قال المتحدث إن القاعدة جاهزة.", "المتحدث", "القاعدة جاهزة"),
    ],
)
def test_other_languages_read_speaker_and_content(text: str, speaker: str, content: str) -> None:
    doc = _claims_of(text)
    assert (doc.claims[0].speaker.name, doc.surface(doc.claims[0].content)) == (speaker, content)


def test_spans_are_consistent() -> None:
    for text, _ in ALL:
        doc = _claims_of(text)
        for claim in doc.claims:
            assert claim.span[0] <= claim.content[0] <= claim.content[1] <= claim.span[1]
            if claim.speaker.span:
                assert claim.span[0] <= claim.speaker.span[0] <= claim.speaker.span[1] <= claim.span[1]


@pytest.mark.parametrize(
    ("text", "name", "speaker", "claim"),
    [
        ("The harbour authority said the quay was full.", "harbour authority", "The harbour authority",
         "The harbour authority said the quay was full"),
        ("An aide to the governor said the road was shut.", "aide to the governor", "An aide to the governor",
         "An aide to the governor said the road was shut"),
        ("This engineer says the dam will hold.", "engineer", "This engineer", "This engineer says the dam will hold"),
        ("These farmers fear the river will rise.", "farmers", "These farmers",
         "These farmers fear the river will rise"),
        ("Despite this pilots said the strip was usable.", "pilots", "pilots", "pilots said the strip was usable"),
        ("The retired judge, Omar Sayed, said the ruling stood.", "Omar Sayed", "Omar Sayed",
         "The retired judge, Omar Sayed, said the ruling stood"),
    ],
)
def test_speaker_span_takes_its_article(text: str, name: str, speaker: str, claim: str) -> None:
    doc = _claims_of(text)
    first = doc.claims[0]
    assert (first.speaker.name, doc.surface(first.speaker.span), doc.surface(first.span)) == (name, speaker, claim)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Singer Ada Brook stunned her fans on Friday after she tweeted that the tour was over.", "Ada Brook"),
        ("Meanwhile, the minister said the road would reopen.", "minister"),
        ("While Ortega has kept quiet, his deputy said the vote would go ahead.", "deputy"),
        ("Hours before the deadline passed, officials said a deal was close.", "officials"),
    ],
)
def test_speakers_in_general_news(text: str, speaker: str) -> None:
    assert [c.speaker.name for c in _claims_of(text).claims] == [speaker]


def test_speaker_stops_at_a_heading_and_reads_across_a_wrap() -> None:
    doc = _claims_of("Quick reactions\nPresident Mira Sol said the attack was cowardly.")
    assert [(c.speaker.name, c.speaker.role) for c in doc.claims] == [("Mira Sol", "President")]
    doc = _claims_of("The bridge across the river has been closed since May. Interior Minister Karl\n    Weber said it "
                     "was ready.")
    assert [c.speaker.name for c in doc.claims] == ["Karl Weber"]


def test_a_long_sentence_of_cues_reads_in_linear_time() -> None:
    def seconds(n: int) -> float:
        doc = make_doc("analysts said that " * n)
        start = time.process_time()
        _CLAIMS(doc)
        return time.process_time() - start

    seconds(200)
    small, large = min(seconds(1000) for _ in range(2)), min(seconds(4000) for _ in range(2))
    assert large < 4 * small * 2.5


@pytest.mark.parametrize(
    ("text", "later"),
    [
        ("Tomás Ibáñez, a port engineer, said the quay was ready. Ibanez said the cranes were new.", "Ibanez"),
        ("Karim al-Hassani, a local mayor, said the depot had burned. Hasani said nobody was hurt.", "Hasani"),
        ("Ilse Rossmann, a historian, said the fort was old. Rosman added that it had been rebuilt.", "Rosman"),
    ],
)
def test_variant_surname_joins_full_name(text: str, later: str) -> None:
    doc = _claims_of(text)
    names = [c.speaker.name for c in doc.claims]
    assert len(set(names)) == 1 and len(names) == 2
    assert doc.surface(doc.claims[1].speaker.span) == later


@pytest.mark.parametrize(
    "text",
    [
        "Two frigates may have docked, though neither Oslo nor Helsinki confirmed it.",
        "The ministry did not comment on the report.",
        "Neither the army nor the navy confirmed the move.",
    ],
)
def test_negated_cue_is_no_claim(text: str) -> None:
    assert _claims_of(text).claims == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A Danish army spokesman in Aarhus, home to the 1st Brigade, said the tanks had arrived.",
         "A Danish army spokesman in Aarhus"),
        ("Plane-spotting accounts on Facebook said two tankers had landed overnight.",
         "Plane-spotting accounts on Facebook"),
    ],
)
def test_speaker_before_a_place_or_platform(text: str, speaker: str) -> None:
    doc = _claims_of(text)
    assert [doc.surface(c.speaker.span) for c in doc.claims] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The upgrade was announced in March by the air force chief, General Rui Costa, who said it would cost "
         "$40 million.",
         [("Rui Costa", "announced", "The upgrade"), ("Rui Costa", "said", "it would cost $40 million")]),
        ("The plan was drawn up by Colonel Ana Lind, who said it would take a year.",
         [("Ana Lind", "said", "it would take a year")]),
        ("Coastguards, who say the boat was towed away, are searching the bay.",
         [("Coastguards", "say", "the boat was towed away")]),
        ("Vera Holm was accused by the mayor of leaking the plan.", []),
    ],
)
def test_relative_clause_and_passive_agent_speakers(text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = _claims_of(text)
    assert [(c.speaker.name, c.cue, doc.surface(c.content)) for c in doc.claims] == expected


def test_what_a_speaker_told_is_not_a_second_claim() -> None:
    doc = _claims_of("Two fishermen told reporters they feared the pier would close.")
    assert [(c.cue, doc.surface(c.content)) for c in doc.claims] == [("told", "they feared the pier would close")]


def test_rank_abbreviation_after_a_comma_keeps_the_sentence() -> None:
    doc = _claims_of("The army spokesman, Brig. Gen. Ilse Marek, said the depot was hit.")
    assert [(c.speaker.name, c.cue) for c in doc.claims] == [("Ilse Marek", "said")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Port officials have said little about the new pier.", []),
        ("The council said nothing about the runway.", []),
        ("The ministry now expects the dock to open in May.", [("ministry", "expects")]),
    ],
)
def test_non_assertions_and_adverb_before_cue(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.speaker.name, c.cue) for c in _claims_of(text).claims] == expected


def test_reviewer_of_imagery_speaks_and_the_think_tank_joins_it() -> None:
    text = ("The pier doubled in length, according to satellite images reviewed by the Nordic Maritime Initiative. "
            "Dredgers were still at work, the think tank said.")
    doc = _claims_of(text)
    assert [(c.speaker.name, c.cue) for c in doc.claims] == [
        ("Nordic Maritime Initiative", "according to"), ("Nordic Maritime Initiative", "said")]


def test_described_institution_is_named_by_its_name() -> None:
    doc = _claims_of("The runway grew, according to satellite images analysed by the Oslo think tank Fjord House.")
    speaker = doc.claims[0].speaker
    assert (speaker.name, speaker.role) == ("Fjord House", "Oslo think tank")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway's foreign ministry called the plan a breach of the treaty.",
         [("Norway's foreign ministry", "called")]),
        ("The council called for calm and urged both sides to talk.", [("council", "called for")]),
        ("The depot, called the Northern Star, holds fuel.", []),
        ("The island, which Oslo calls Bjornholm, has a pier.", []),
        ("The mission was called off on Monday.", []),
        ("Ships neared the reef, as Hanoi calls the shoal, on Monday.", []),
    ],
)
def test_evaluative_called(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.speaker.name, c.cue) for c in _claims_of(text).claims] == expected


def test_acronym_and_description_join_the_named_institution() -> None:
    text = ("New piers are visible, think tank says. The pier doubled, according to satellite images reviewed by "
            "the Oslo think tank Fjord House. Fjord House Research (FHR) said dredging went on. "
            "FHR said the pier was new.")
    doc = _claims_of(text)
    names = [c.speaker.name for c in doc.claims]
    assert names[:2] == ["Fjord House", "Fjord House"]
    assert names[-1] == names[-2]


def test_material_cited_beside_a_speaker_is_not_part_of_it() -> None:
    doc = _claims_of("Tankers landed twice, according to plane spotters and satellite imagery.")
    assert [doc.surface(c.speaker.span) for c in doc.claims] == ["plane spotters"]


def test_first_between_speaker_and_cue() -> None:
    doc = _claims_of("The Harbour Gazette first reported that the frigates had left.")
    assert [doc.surface(c.speaker.span) for c in doc.claims] == ["The Harbour Gazette"]


def test_subject_goes_on_speaking_past_a_relative_clause() -> None:
    text = ("The port authority blamed the storm for the delays, which it said had closed the channel, "
            "and announced that the quay would reopen.")
    assert [c.cue for c in _claims_of(text).claims if c.speaker.name == "port authority"][-1] == "announced"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ida Lund, an analyst, believes the pier is new. She expects more ships soon, and said the port "
         "would grow.", [("Ida Lund", "believes"), ("Ida Lund", "expects"), ("Ida Lund", "said")]),
        ("The missile, which state media have called the \"Arctic sword\", has a long range.", []),
    ],
)
def test_pronoun_goes_on_and_called_the_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.speaker.name, c.cue) for c in _claims_of(text).claims] == expected


def test_one_of_them_speaks_for_the_group() -> None:
    text = 'Dock workers said the cranes had stopped. "We have not been paid," one of them said.'
    doc = _claims_of(text)
    assert [(c.speaker.name, c.cue) for c in doc.claims] == [("Dock workers", "said"), ("Dock workers", "said")]
    assert doc.surface(doc.claims[1].speaker.span) == "one of them"


def test_speech_reported_inside_reported_speech_is_one_claim() -> None:
    doc = _claims_of("A Danish official said Copenhagen had told the embassy that the drill was unacceptable.")
    assert [(c.speaker.name, c.cue) for c in doc.claims] == [("Danish official", "said")]


def test_the_role_word_joins_the_person_described_so_before() -> None:
    text = "A Western diplomat in Riga said the brigade was late. The diplomat said most tanks were on order."
    assert [c.speaker.name for c in _claims_of(text).claims] == ["Western diplomat in Riga"] * 2


def test_dotted_and_plain_acronym_name_one_speaker() -> None:
    text = "UK officials fear a blockade. The frigate sailed at dawn, according to U.K. officials."
    assert {c.speaker.name for c in _claims_of(text).claims} == {"UK officials"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sweden's Joint Operations Command said the jets had landed. The JOC said more would follow.",
         ["Sweden's Joint Operations Command"] * 2),
        ("The drill ended, according to Inter-Agency Press Services. IAPS said no one was hurt.",
         ["Inter-Agency Press Services"] * 2),
    ],
)
def test_acronym_of_the_owned_or_hyphenated_name(text: str, names: list[str]) -> None:
    assert [c.speaker.name for c in _claims_of(text).claims] == names


def test_surname_spelt_with_a_doubled_vowel_joins() -> None:
    text = "Rana Qadoumi, a port economist, said the quay was full. Qadoumee said the cranes were idle."
    assert [c.speaker.name for c in _claims_of(text).claims] == ["Rana Qadoumi"] * 2


def test_the_statement_speaks_for_the_body_that_issued_it() -> None:
    text = ("The depot burned overnight, according to the Coast Guard. The statement said two boats were lost. "
            "Fishing was banned, according to the report.")
    doc = _claims_of(text)
    assert [c.speaker.name for c in doc.claims] == ["Coast Guard"] * 3
    assert doc.claims[1].speaker.aliases == ["statement", "report"]


def test_one_member_speaks_for_the_group_named_before() -> None:
    text = "Harbour officials said the pier was closed. Divers were at work, one official said."
    doc = _claims_of(text)
    assert [c.speaker.name for c in doc.claims] == ["Harbour officials"] * 2
    assert doc.surface(doc.claims[1].speaker.span) == "official"


def test_relative_pronoun_is_no_part_of_the_speaker() -> None:
    doc = _claims_of("Troops were seen near the dam, which both capitals deny.")
    assert [doc.surface(c.speaker.span) for c in doc.claims] == ["capitals"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('In a statement, the port authority said the quay was safe and urged sailors "to stay calm".',
         [("port authority", "said", "the quay was safe", False),
          ("port authority", "urged", 'sailors "to stay calm', False)]),
        ("The navy said it had not fired and suggested the blast may have been an accident.",
         [("navy", "said", "it had not fired", False),
          ("navy", "suggested", "the blast may have been an accident", True)]),
        ("In response, Chile's government on Friday closed the port and said it would review the deal.",
         [("Chile's government", "said", "it would review the deal", False)]),
    ],
)
def test_second_cue_past_an_opening_phrase(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    doc = _claims_of(text)
    assert [(c.speaker.name, c.cue, doc.surface(c.content), c.hedged) for c in doc.claims] == expected


def test_sentence_adverb_between_speaker_and_cue() -> None:
    doc = _claims_of("Danish officials nevertheless fear the pier could host warships.")
    assert [(c.speaker.name, c.cue, c.hedged) for c in doc.claims] == [("Danish officials", "fear", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pier has a crane, according to satellite imagery analysed last week by a Danish think tank.",
         [("Danish think tank", "according to")]),
        ("Six jets are parked there, according to satellite images reviewed by this newspaper.", []),
    ],
)
def test_who_reviewed_the_imagery_speaks_unless_it_is_the_paper(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.speaker.name, c.cue) for c in _claims_of(text).claims] == expected


def test_bracketed_aside_between_title_and_name() -> None:
    text = "The runway is long, said Colonel (retired) Tove Lind. Lindt said the jets were old."
    doc = _claims_of(text)
    assert [(c.speaker.name, c.speaker.role) for c in doc.claims] == [("Tove Lind", "Colonel")] * 2


def test_paragraph_that_is_one_quotation_claims_nothing() -> None:
    text = ('"We will stay," the mayor said.\n\n"These are streets where people believe the army hides. '
            'Every raid tells them so."\n\nThe army said it had left.')
    assert [(c.speaker.name, c.cue) for c in _claims_of(text).claims] == [("mayor", "said"), ("army", "said")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oslo has complained about Russian jamming near the border.",
         [("Oslo", "complained", "about Russian jamming near the border")]),
        ("Prosecutors allege that the captain sold the fuel.",
         [("Prosecutors", "allege", "the captain sold the fuel")]),
        ("The alleged sale was never proven.", []),
        ("The sailor was admitted to hospital.", []),
        ("Farmers have also objected to the new firing range.", [("Farmers", "objected", "to the new firing range")]),
    ],
)
def test_complaints_allegations_and_objections(text: str, expected: list[Triple]) -> None:
    doc = _claims_of(text)
    assert [(c.speaker.name, c.cue, doc.surface(c.content)) for c in doc.claims] == expected


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("The port said the quay was shut, and local fishermen said they had been warned.",
         ["the quay was shut", "they had been warned"]),
        ("Ms Berg argued that the range was too small, while her deputy insisted it was enough.",
         ["the range was too small", "it was enough"]),
    ],
)
def test_a_claim_ends_where_another_speaker_takes_over(text: str, contents: list[str]) -> None:
    doc = _claims_of(text)
    assert [doc.surface(c.content) for c in doc.claims] == contents


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The coast guard said Monday it had found the wreck.", "it had found the wreck"),
        ("The coast guard said in a statement the wreck had been found.", "the wreck had been found"),
        ("The coast guard said Monday was the last day of the search.", "Monday was the last day of the search"),
    ],
)
def test_content_starts_past_when_and_where_it_was_said(text: str, content: str) -> None:
    doc = _claims_of(text)
    assert [doc.surface(c.content) for c in doc.claims] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The pier, the port authority said in a statement, would open in May.",
         "The pier, the port authority said in a statement, would open in May"),
        ("The pier is open, the port authority said, citing its own engineers.", "The pier is open"),
        ("The pier is open, the port authority said on Tuesday, a year after the storm.", "The pier is open"),
        ("The Gazette reported, citing two officials, that the pier was open.", "the pier was open"),
    ],
)
def test_parenthetical_attribution_and_asides(text: str, content: str) -> None:
    doc = _claims_of(text)
    assert [doc.surface(c.content) for c in doc.claims] == [content]


def test_a_long_held_stance_is_no_claim() -> None:
    assert _claims_of("Engineers have long warned that the dam could fail.").claims == []


def test_the_company_is_the_one_named_after_its_kind_and_this_source_the_one_described() -> None:
    text = ('The private security company "Aegis" has left the country, the company announced on Friday. '
            "A source close to the Defence Ministry said 200 guards stayed. According to this source, the trucks "
            "left at night.")
    assert [c.speaker.name for c in _claims_of(text).claims] == [
        "Aegis", "source close to the Defence Ministry", "source close to the Defence Ministry"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pier, according to two engineers, was finished in May.",
         [("engineers", "The pier, according to two engineers, was finished in May")]),
        ("The frigate, which the navy said was damaged, sailed on Monday.", [("navy", "was damaged")]),
        ("Officials speaking on condition of anonymity said the jets had left.", [("Officials", "the jets had left")]),
        ("Two diplomats talking to reporters in Oslo said the talks failed.", [("diplomats", "the talks failed")]),
    ],
)
def test_asides_around_a_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    doc = _claims_of(text)
    assert [(c.speaker.name, doc.surface(c.content)) for c in doc.claims] == expected


def test_a_quotation_that_goes_on_after_its_cue() -> None:
    doc = _claims_of('"We will stay," the mayor told reporters, "and we will rebuild the pier."')
    assert [(c.speaker.name, doc.surface(c.content)) for c in doc.claims] == [
        ("mayor", 'We will stay," the mayor told reporters, "and we will rebuild the pier.')]


def test_what_things_suggest_inside_reported_speech_is_no_claim() -> None:
    doc = _claims_of("Ida Berg, a researcher, said the new bunkers suggested the army expected a long war.")
    assert [(c.speaker.name, c.cue) for c in doc.claims] == [("Ida Berg", "said")]


def test_analysts_are_not_the_think_tank_named_before() -> None:
    text = ("The pier grew, according to the Fjord Institute, a research group in Oslo. "
            "The old quay was later closed, analysts believe.")
    assert [c.speaker.name for c in _claims_of(text).claims] == ["Fjord Institute", "analysts"]


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("The mayor said no one could close the port.", False),
        ("The agency warned that the storm could flood the base.", False),
        ("The navy said the jets could land there.", True),
    ],
)
def test_what_nobody_can_do_and_warnings_are_not_hedged(text: str, hedged: bool) -> None:
    assert [c.hedged for c in _claims_of(text).claims] == [hedged]


def test_whom_a_source_is_close_to_speaks_for_itself() -> None:
    text = "A source close to the KLA said two depots burned. The KLA said it had withdrawn."
    assert [c.speaker.name for c in _claims_of(text).claims] == ["source close to the KLA", "KLA"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Secretary of State Ana Lind said the deal was close.", "Ana Lind", "Secretary of State"),
        ("Minister of Defence Tove Berg said the base was ready.", "Tove Berg", "Minister of Defence"),
    ],
)
def test_title_with_its_object_before_a_name(text: str, name: str, role: str) -> None:
    speaker = _claims_of(text).claims[0].speaker
    assert (speaker.name, speaker.role) == (name, role)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("TROMSO, May 2 (Reuters) - The frigate has left port, the navy said.", "The frigate has left port"),
        ("Bodo, May 2: The frigate has left port, the navy said.", "The frigate has left port"),
        ("Good news: the frigate has left port, the navy said.", "Good news: the frigate has left port"),
    ],
)
def test_the_dateline_is_no_part_of_what_was_said(text: str, content: str) -> None:
    doc = _claims_of(text)
    doc.dates.extend(DateMention((m.start(), m.end()), None) for m in re.finditer(r"May 2", text))
    doc.claims.clear()
    _CLAIMS(doc)
    assert [doc.surface(c.content) for c in doc.claims] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency quoted Admiral Tove Lind as saying the base was ready.", [("Tove Lind", "the base was ready")]),
        ("The admiral was cited by the agency as saying the base was ready.", [("admiral", "the base was ready")]),
    ],
)
def test_quoted_as_saying_in_the_active(text: str, expected: list[tuple[str, str]]) -> None:
    doc = _claims_of(text)
    assert [(c.speaker.name, doc.surface(c.content)) for c in doc.claims] == expected


def test_a_subordinate_clause_after_the_attribution_is_not_said() -> None:
    doc = _claims_of("The frigate had sailed, the navy said, though it gave no date.")
    assert [doc.surface(c.content) for c in doc.claims] == ["The frigate had sailed"]


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("The mayor said the quay, which was rebuilt in 2019, could take frigates.", True),
        ("The mayor said the quay, which could take frigates, is closed.", False),
    ],
)
def test_a_relative_aside_does_not_end_the_main_clause(text: str, hedged: bool) -> None:
    assert [c.hedged for c in _claims_of(text).claims] == [hedged]


def test_its_statement_with_a_participle_aside_speaks_for_its_issuer() -> None:
    text = "The navy said the frigates had sailed. Its statement, posted on its website, said two more would follow."
    doc = _claims_of(text)
    assert [(c.speaker.name, doc.surface(c.content)) for c in doc.claims] == [
        ("navy", "the frigates had sailed"), ("navy", "two more would follow")]


def test_a_participle_aside_between_subject_and_cue() -> None:
    doc = _claims_of("The shipyard, based in Gdansk, said the hull was finished.")
    assert [(doc.surface(c.speaker.span), doc.surface(c.content)) for c in doc.claims] == [
        ("The shipyard", "the hull was finished")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pier opened, with Governor Tove Lind telling guests that ships could dock.",
         [("Tove Lind", "telling", "ships could dock")]),
        ("He sent a message saying that he was safe.", []),
    ],
)
def test_with_subject_and_participle(text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = _claims_of(text)
    assert [(c.speaker.name, c.cue, doc.surface(c.content)) for c in doc.claims] == expected


def test_figures_described_by_a_demonym_are_the_speaker() -> None:
    doc = _claims_of("The drill drew fewer troops, according to Danish figures.")
    assert [doc.surface(c.speaker.span) for c in doc.claims] == ["Danish figures"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deputy Minister Oskar Lind assured lawmakers that the depot holds no warheads.",
         [("Oskar Lind", "assured", "the depot holds no warheads", False)]),
        ("The Minister of Transport, Rita Holm, assured on Friday in parliament that the quay would reopen.",
         [("Rita Holm", "assured", "the quay would reopen", False)]),
        ("The port union denounced for its part that the terminal is turning into a barracks.",
         [("port union", "denounced", "the terminal is turning into a barracks", False)]),
        ("Governor Pia Moen had judged in March 2023 that the new pier was unnecessary.",
         [("Pia Moen", "judged", "the new pier was unnecessary", True)]),
        ("Jonas Berg, a lecturer at the naval academy, sees the deployment as a signal to Moscow.",
         [("Jonas Berg", "sees", "the deployment as a signal to Moscow", True)]),
        ("Admiral Kari Holt regards the strait as the first line of defence.",
         [("Kari Holt", "regards", "the strait as the first line of defence", True)]),
        ("Norway sees growth in the number of port calls.", []),
    ],
)
def test_translated_reporting_verbs(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    doc = _claims_of(text)
    assert [(c.speaker.name, c.cue, doc.surface(c.content), c.hedged) for c in doc.claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The hangars are empty," said Admiral Ines Vik. According to her, the jets left in June.',
         [("Ines Vik", "said"), ("Ines Vik", "According to")]),
        ("Major Erik Dahl said the drill was over. The troops went home on Monday, according to him.",
         [("Erik Dahl", "said"), ("Erik Dahl", "according to")]),
    ],
)
def test_according_to_an_object_pronoun_is_the_person_spoken_of_last(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.speaker.name, c.cue) for c in _claims_of(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For the historian Lena Aas, the base was never meant to last.",
         [("Lena Aas", "For", "the base was never meant to last", True)]),
        ("For analyst Tor Bakke, the new runway changes little.",
         [("Tor Bakke", "For", "the new runway changes little", True)]),
        ("For Maja Strand, a researcher at the Arctic Institute, the radar is a warning.",
         [("Maja Strand", "For", "the radar is a warning", True)]),
        ("For Karl Eide, of the Bergen University, the deal is a mistake.",
         [("Karl Eide", "For", "the deal is a mistake", True)]),
        ("For years, the airfield stood empty.", []),
        ("For Norway, the port is vital.", []),
        ("The ferry leaves for Tromsø, the captain said.", [("captain", "said", "The ferry leaves for Tromsø", False)]),
    ],
)
def test_a_sentence_opened_by_for_and_a_named_person_is_their_view(
        text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    doc = _claims_of(text)
    assert [(c.speaker.name, c.cue, doc.surface(c.content), c.hedged) for c in doc.claims] == expected


def test_a_possessive_cue_after_a_colon_opens_the_claim() -> None:
    doc = _claims_of('Dr Siri Lunde doubts the plan will work: in her analysis, the port is too shallow.')
    assert [(c.speaker.name, c.cue, doc.surface(c.content), c.hedged) for c in doc.claims][1:] == [
        ("Siri Lunde", "in her analysis", "the port is too shallow", True)]


def test_a_pronoun_cue_quoted_inside_a_claim_is_no_claim() -> None:
    doc = _claims_of('For the economist Ola Rud, the navy "spends more than it thinks", and the yard knows it.')
    assert [(c.speaker.name, c.cue) for c in doc.claims] == [("Ola Rud", "For")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The runway was extended, the regional news site Nord Posten reported.",
         [("Nord Posten", "regional news site", "The runway was extended")]),
        ("The convoy was ambushed, the conflict monitor Delta Watch said on Monday.",
         [("Delta Watch", "conflict monitor", "The convoy was ambushed")]),
        ("The platform Fjord Peace Network denounced that the bay is becoming a firing range.",
         [("Fjord Peace Network", "platform", "the bay is becoming a firing range")]),
        ("The pilots trusted one friend, a man Hansen says he knew for years.",
         [("Hansen", None, "he knew for years")]),
    ],
)
def test_a_name_after_words_saying_what_it_is(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    doc = _claims_of(text)
    assert [(c.speaker.name, c.speaker.role, doc.surface(c.content)) for c in doc.claims] == expected


def test_the_same_sources_join_the_sources_named_before() -> None:
    text = ("Two tankers will be based at the port, sources in the Ministry of Transport said. "
            "They will arrive in 2027, the same sources said.")
    doc = _claims_of(text)
    assert [c.speaker.name for c in doc.claims] == ["sources in the Ministry of Transport"] * 2


def test_an_institution_after_its_cue_with_a_plural_head() -> None:
    doc = _claims_of("The last garrison left on Friday, announced the general staff of the allied armies.")
    assert [(c.speaker.name, c.cue) for c in doc.claims] == [("general staff of the allied armies", "announced")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops crossed the river in what officials described as a training mission.",
         [("officials", "described", "a training mission")]),
        ("The navy said the drills were over. The fleet sailed east in what it described as routine patrols.",
         [("navy", "said", "the drills were over"), ("navy", "described", "routine patrols")]),
        ("The strike, which he described as a warning, hit the depot.", []),
        ("The port authority thanked Oslo for its help and said the quay would reopen.",
         [("port authority", "thanked", "Oslo for its help"), ("port authority", "said", "the quay would reopen")]),
        ("The crew were thanked by the mayor.", []),
    ],
)
def test_what_a_speaker_described_as_and_thanks(text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = _claims_of(text)
    assert [(c.speaker.name, c.cue, doc.surface(c.content)) for c in doc.claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The runway is ready, explained on Wednesday the base commander.",
         [("base commander", "explained", "The runway is ready")]),
        ("The drills will last a week, indicated the ministry of defence in a statement.",
         [("ministry of defence", "indicated", "The drills will last a week")]),
        ("The hangar is empty, said the garrison commander, Colonel Rosa Vidal.",
         [("Rosa Vidal", "said", "The hangar is empty")]),
        ("The minister, for his part, assured that the base would stay.",
         [("minister", "assured", "the base would stay")]),
        ("The frigate left port on Monday, according to a statement from the Chilean navy.",
         [("Chilean navy", "according to", "The frigate left port on Monday")]),
        ("According to a communiqué from the presidency, the troops will leave in March.",
         [("presidency", "According to", "the troops will leave in March")]),
        ("The frigate left port, according to the report.", [("report", "according to", "The frigate left port")]),
    ],
)
def test_inverted_subjects_asides_and_issued_documents(text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = _claims_of(text)
    assert [(c.speaker.name, c.cue, doc.surface(c.content)) for c in doc.claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The head of the district, Ivan Sokolov, specified that the drills would last a week.",
         [("Ivan Sokolov", "specified", "the drills would last a week", False)]),
        ("Two ships arrived, specified the navy.", [("navy", "specified", "Two ships arrived", False)]),
        ("The spokesman affirmed that the garrison would remain.",
         [("spokesman", "affirmed", "the garrison would remain", False)]),
        ("Colonel Mark Rey felt that the withdrawal was premature.",
         [("Mark Rey", "felt", "the withdrawal was premature", True)]),
        ("The mayor deplored that the town had not been consulted.",
         [("mayor", "deplored", "the town had not been consulted", False)]),
        ("The ministry clarified that no troops had crossed the border.",
         [("ministry", "clarified", "no troops had crossed the border", False)]),
        ("Lavrov is quoted by TASS as saying that the base is safe.",
         [("Lavrov", "as saying", "the base is safe", False)]),
        ("Residents felt the blast.", []),
        ("The mayor specified a date for the ceremony.", []),
        ("The leaders affirmed their support for the deal.", []),
    ],
)
def test_reporting_verbs_of_translated_news(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    doc = _claims_of(text)
    assert [(c.speaker.name, c.cue, doc.surface(c.content), c.hedged) for c in doc.claims] == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Vice-Admiral Karl Berg said the port was ready.", "Karl Berg", "Vice-Admiral"),
        ("Lieutenant-Colonel Ana Gil said the unit had left.", "Ana Gil", "Lieutenant-Colonel"),
    ],
)
def test_a_rank_written_with_a_hyphen(text: str, name: str, role: str) -> None:
    speaker = _claims_of(text).claims[0].speaker
    assert (speaker.name, speaker.role) == (name, role)


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("The ministry said the depot is believed to hold six launchers.", True),
        ("Officials said the drones are thought to come from the south.", True),
        ("The spokesman said the move was supposedly temporary.", True),
        ("The commander said it is possible that more ships will come.", True),
        ("The commander said more ships will come.", False),
    ],
)
def test_hedges_of_belief_and_possibility(text: str, hedged: bool) -> None:
    assert [c.hedged for c in _claims_of(text).claims] == [hedged]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The money was believed to have been stolen, the auditors said.",
         [("auditors", "said")]),
        ("The man said to be the leader was arrested.", []),
        ('"We will stay," the mayor said to reporters.', [("mayor", "said")]),
    ],
)
def test_a_cue_before_to_be_is_a_participle(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.speaker.name, c.cue) for c in _claims_of(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DAKAR, 18 July (APS) – The camp was handed back on Thursday, announced the general staff.",
         [("general staff", "announced", "The camp was handed back on Thursday")]),
        ("Jon Smith, 54, said the base was empty.", [("Jon Smith", "said", "the base was empty")]),
        ("The women, 21 and 26, told police the man had fled.", [("women", "told", "the man had fled")]),
    ],
)
def test_an_age_aside_is_not_a_dateline(text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = _claims_of(text)
    assert [(c.speaker.name, c.cue, doc.surface(c.content)) for c in doc.claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister said, for his part, that the base would stay.", [("minister", "said", "the base would stay")]),
        ("The minister said, for his part, the base would stay.", [("minister", "said", "the base would stay")]),
        ("General Ana Sarr stressed for her part that the camp would be used.",
         [("Ana Sarr", "stressed", "the camp would be used")]),
    ],
)
def test_for_ones_part_after_the_cue(text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = _claims_of(text)
    assert [(c.speaker.name, c.cue, doc.surface(c.content)) for c in doc.claims] == expected


@pytest.mark.parametrize(
    "text", ["For analyst Tor Bakke, a researcher at NUPI,", "For Tor Bakke, of NUPI,", "For Tor Bakke,"]
)
def test_an_opinion_lead_cut_short_claims_nothing(text: str) -> None:
    assert _claims_of(text).claims == []


@pytest.mark.parametrize(
    "text",
    ["The camp was handed back, announced the general staff ", "The port is shut, said the ministry of ",
     "Two ships left, according to the navy "],
)
def test_a_text_ending_inside_the_speaker_phrase_reads(text: str) -> None:
    assert len(_claims_of(text).claims) <= 1


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The drills ended, the official spokesman of the Armed Forces, Colonel Omar Tahir, announced.",
         "official spokesman of the Armed Forces"),
        ("The drills ended, the senior spokesman for the navy, Captain Omar Tahir, said.",
         "senior spokesman for the navy"),
        ("The chief spokeswoman of the ministry, Omar Tahir, said the drills ended.",
         "chief spokeswoman of the ministry"),
    ],
)
def test_a_role_of_several_words_then_the_name_apposed(text: str, role: str) -> None:
    doc = _claims_of(text)
    assert [(c.speaker.name, c.speaker.role) for c in doc.claims] == [("Omar Tahir", role)]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("The two navies concluded on Friday the activities of their joint drill.", []),
        ("In May, the coast guard concluded its annual exercise off the cape.", []),
        ("Earlier, the brigade concluded a training course for drone crews.", []),
        ("The review concluded that the hangars were unsafe.", ["concluded"]),
        ('"The hangars are unsafe," the review concluded.', ["concluded"]),
        ("The hangars are unsafe, the review concluded on Monday.", ["concluded"]),
        ('"We will stay," the colonel affirmed.', ["affirmed"]),
        ("On Monday, the colonel affirmed his support for the plan.", []),
        ("As the press office specified, the course lasts ten days.", ["specified"]),
        ("The course, as the instructors detailed, lasts ten days.", ["detailed"]),
        ("As the navy affirmed its support, the course began.", []),
    ],
)
def test_concluding_or_affirming_a_thing_is_no_claim(text: str, cues: list[str]) -> None:
    assert [c.cue for c in _claims_of(text).claims] == cues


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to the historian Petra Novak of the Institute of Baltic Studies, the port will stay.",
         ("Petra Novak", "historian", "Institute of Baltic Studies")),
        ("Analyst Jonas Berg of the Nordic Security Centre said the port will stay.",
         ("Jonas Berg", "Analyst", "Nordic Security Centre")),
        ("The port will stay, said defence researcher Jonas Berg at the Nordic Security Centre.",
         ("Jonas Berg", "defence researcher", "Nordic Security Centre")),
        ("Secretary of State Jonas Berg said the port will stay.", ("Jonas Berg", "Secretary of State", None)),
    ],
)
def test_a_role_and_name_then_the_body_they_belong_to(text: str, speaker: tuple[str, str, str | None]) -> None:
    doc = _claims_of(text)
    assert [(c.speaker.name, c.speaker.role, c.speaker.affiliation) for c in doc.claims] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The government of Colonel Assimi Diallo says the army holds the north.",
         "government of Colonel Assimi Diallo"),
        ("The administration of President Nora Vance said the army holds the north.",
         "administration of President Nora Vance"),
        ("The army holds the north, the office of Prime Minister Nora Vance said.",
         "office of Prime Minister Nora Vance"),
    ],
)
def test_a_body_named_by_its_leader_speaks_as_the_body(text: str, speaker: str) -> None:
    assert [c.speaker.name for c in _claims_of(text).claims] == [speaker]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Asked about the new hangars, the colonel replied that they would house drones.", ["replied"]),
        ('"They will stay," the colonel retorted.', ["retorted"]),
        ("The navy responded that the frigates had left.", ["responded"]),
        ("The navy responded by sending two frigates.", []),
        ("The minister answered questions from reporters.", []),
        ('"Not yet," the minister answered.', ["answered"]),
        ("The minister commented that the plan was sound.", ["commented"]),
        ("The minister commented on the plan.", []),
    ],
)
def test_replies_and_comments(text: str, cues: list[str]) -> None:
    assert [c.cue for c in _claims_of(text).claims] == cues


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The runway is finished," said an official familiar with the plan.', "official"),
        ('"The runway is finished," said a soldier stationed at the base.', "soldier"),
        ("The runway is finished, said an engineer working at the site.", "engineer"),
    ],
)
def test_a_described_speaker_after_the_cue_may_be_described_further(text: str, speaker: str) -> None:
    assert [c.speaker.name for c in _claims_of(text).claims] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("An engineer working at the site said the runway was finished.", "engineer working at the site"),
        ("Officials speaking on condition of anonymity said the jets had left.", "Officials"),
    ],
)
def test_a_participle_describes_a_speaker_but_not_how_they_spoke(text: str, speaker: str) -> None:
    assert [c.speaker.name for c in _claims_of(text).claims] == [speaker]


@pytest.mark.parametrize(
    "text",
    ["The coast guard, in a statement, said the cutter had docked.",
     "The cutter had docked, the coast guard, on its website, said."],
)
def test_an_aside_after_a_speaker_gives_no_role(text: str) -> None:
    assert [(c.speaker.name, c.speaker.role) for c in _claims_of(text).claims] == [("coast guard", None)]


@pytest.mark.parametrize(
    ("text", "speaker", "aliases"),
    [
        ("Neither the Ministry of Defence nor the navy would comment. Later the MoD said the ship was safe.",
         "Ministry of Defence", ["MoD"]),
        ("The Strategic Rocket Forces held drills. The SRF said the launchers had returned.",
         "Strategic Rocket Forces", ["SRF"]),
        ("Air Marshal Omar Said visited the base. OS said the launchers had returned.", "OS", []),
    ],
)
def test_a_short_form_is_the_body_spelt_out_before(text: str, speaker: str, aliases: list[str]) -> None:
    assert [(c.speaker.name, c.speaker.aliases) for c in _claims_of(text).claims] == [(speaker, aliases)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Colonel Ana Reyes and Major Tomas Berg toured the depot. The latter said it would close.", "Tomas Berg"),
        ("Colonel Ana Reyes and Major Tomas Berg toured the depot. The former said it would close.", "Ana Reyes"),
        ("Interior Minister Ana Reyes and Defence Minister Tomas Berg met. The latter said the depot would close.",
         "Tomas Berg"),
    ],
)
def test_the_former_or_the_latter_of_a_pair_named_before(text: str, speaker: str) -> None:
    assert [c.speaker.name for c in _claims_of(text).claims] == [speaker]


@pytest.mark.parametrize(
    "text",
    ["", "no breaks at all", "\n\n", "a\n\nb\n\n\nc", "\n\n\n\nend", "one\ntwo\n\nthree\n\n",
     "x" * 50 + "\n\n" + "y" * 50],
)
def test_blank_lines_are_placed_as_the_string_searches_place_them(text: str) -> None:
    """A document's blank lines, found once, answer every window as find and rfind of '\\n\\n' would."""
    blanks = _Blanks(text)
    for lo in range(len(text) + 2):
        for hi in range(len(text) + 3):
            assert blanks.first(lo, hi) == text.find("\n\n", lo, hi), (lo, hi)
            if lo <= hi:  # the reader never asks a window that closes before it opens
                assert blanks.last(lo, hi) == text.rfind("\n\n", lo, hi), (lo, hi)


@pytest.mark.parametrize(
    ("text", "cues", "hedged"),
    [
        ("The colonel hinted that the depot might close.", ["hinted"], [True]),
        ("The colonel signalled that the depot would close.", ["signalled"], [False]),
        ("The colonel signalled his readiness to talk.", [], []),
        ("It is understood that the depot will close.", ["It is understood"], [True]),
    ],
)
def test_hints_signals_and_what_is_understood(text: str, cues: list[str], hedged: list[bool]) -> None:
    claims = _claims_of(text).claims
    assert ([c.cue for c in claims], [c.hedged for c in claims]) == (cues, hedged)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("The Chadian military said its jets struck the camp. The army added that the strike was precise.",
         ["Chadian military", "Chadian military"]),
        ("NATO jets are based there. The drill was run from the base, the alliance said.", ["NATO"]),
        ("The EU imposed sanctions. The bloc said the base was illegal.", ["EU"]),
        ("The navy said its ships had left. The army added that the drills were over.", ["navy", "army"]),
    ],
)
def test_a_bare_word_stands_for_a_body_of_its_group_named_before(text: str, speakers: list[str]) -> None:
    assert [c.speaker.name for c in _claims_of(text).claims] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Two drones arrived, a Navy spokesperson said. They came from Guam, said Captain Rosa Lind, the spokesperson.",
         ["Rosa Lind", "Rosa Lind"]),
        ("Two drones arrived, an army spokesman said. They came from Guam, said Major Ali Demir, a pilot.",
         ["army spokesman", "Ali Demir"]),
    ],
)
def test_a_name_with_the_bare_role_of_an_unnamed_speaker_names_them(text: str, speakers: list[str]) -> None:
    assert [c.speaker.name for c in _claims_of(text).claims] == speakers


def test_an_age_between_a_name_and_its_role() -> None:
    doc = _claims_of("Lena Vik, 61, a retired naval officer, said the pier would be rebuilt.")
    assert [(c.speaker.name, c.speaker.role) for c in doc.claims] == [("Lena Vik", "retired naval officer")]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("As the colonel put it, the pier will be rebuilt.", ["put it"]),
        ('"The pier will be rebuilt," as the colonel put it.', ["put it"]),
        ("The colonel put it on the table.", []),
        ("The pier will be rebuilt, in the colonel's words.", ["in the colonel's words"]),
        ("The pier will be rebuilt, in other words.", []),
    ],
)
def test_how_a_speaker_put_it_and_in_whose_words(text: str, cues: list[str]) -> None:
    assert [c.cue for c in _claims_of(text).claims] == cues


def test_reported_as_saying() -> None:
    doc = _claims_of("The pier will be rebuilt, the colonel was reported as saying.")
    assert [(c.speaker.name, c.cue) for c in doc.claims] == [("colonel", "reported as saying")]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("The deployment was confirmed on Monday by the defence ministry.", ["defence ministry"]),
        ("Smith was confirmed by the Senate as ambassador.", []),
    ],
)
def test_what_was_confirmed_by_a_speaker(text: str, speakers: list[str]) -> None:
    assert [c.speaker.name for c in _claims_of(text).claims] == speakers


def test_the_surname_length_bound_never_spares_a_match() -> None:
    """Names too far apart in length to reach the ratio threshold are refused without computing it."""
    names = ["li", "lee", "leigh", "haddad", "hadad", "haddadi", "abdelrahman", "rahman", "khoury", "khouri",
             "petrov", "petrova", "petrovsky", "smith", "smithson", "ng", "nguyen", "o'neil", "oneill"]
    for a in names:
        for b in names:
            if min(len(a), len(b)) >= 3 and ratio(a, b) >= SURNAME_MATCH:
                assert _surname_matches(a, b), (a, b)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The boats leave at dawn now," a herder on the ridge said.',
         [("a herder on the ridge", "said", "The boats leave at dawn now")]),
        ('"We were never asked," islanders in Dunmore said.',
         [("islanders in Dunmore", "said", "We were never asked")]),
        ("A fisherman on the quay said the frigate left at dawn.",
         [("A fisherman on the quay", "said", "the frigate left at dawn")]),
        ("The ridge is a place that many herders fear could one day host a radar.", []),
        ("The move was the strongest hint yet that the council expects a garrison.", []),
    ],
)
def test_people_on_the_spot_speak_and_a_relative_s_view_is_no_claim(text: str, expected: list[Triple]) -> None:
    assert _triples(text) == expected
