"""The ``entities`` stage: mentions (rules over gazetteers ∪ the statistical tagger) → one entity per referent.

Order of work for one document:
1. rules (:mod:`.recognize`): titles and the names after them, government bodies, gazetteer names, Western
   name runs; the dateline place;
2. the CRF tagger's spans (:mod:`.crf`, when its model is installed) where the rules found nothing;
3. readings of ambiguous places from the countries named nearby and the towns in their sentence (عمان: Amman
   next to Jordan, else Oman);
4. clustering (:mod:`.resolve`), then surname-/first-name-only mentions, titles without a name and anaphoric
   nouns attached to the entities they refer to; attributes (country, actor, roles, latin).

The tagger's names and how they meet the rules' are in :mod:`.tagmentions` (with :mod:`.trim`, :mod:`.tagpersons`,
:mod:`.reconcile`); Latin letters spelled in Arabic (acronyms, initials) in :mod:`.acronyms`.
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc
from ..pipeline import stage
from .bodysectors import body_sectors
from .gapname import title_gap_given
from .lusurnames import lu_surnames
from .mediaties import home_media, media_ties
from .bracketcountries import bracket_countries
from .roleranks import rank_roles
from .cluenames import ali_chains, maqsura_surnames, repeated_full_names, surname_pairs, title_word_ends
from .listreadings import conjunct_place, given_ali, named_before_role, place_list_person
from .gazetteer import Gazetteer, load
from .acronyms import join_initials
from .adjectivals import adjective_places
from .attach import aide_before_name, attach_appositions, compound_given
from .rolechains import role_chains
from .attach import common_noun_after_name, representative_after_name, royal_before_doctor, common_word_last, retype_persons, sheikh_family, title_given, verb_given
from .attach_places import city_names, common_place_nouns, compass_outside, dateline_mention, disambiguate, settlement_names, things_named
from .recognize import Recognizer
from .resolve import Resolver, sentence_tokens
from .seanames import definite_seas, sea_names, short_seas
from .organbodies import organ_bodies
from .regimes import leader_regimes
from .kafcountries import kaf_countries
from .persiangivens import persian_compound_givens
from .opcommands import operations_commands
from .monarchtitles import monarch_titles
from .monarchafter import monarch_titles_after
from .compassplaces import compass_places
from .localcouncils import local_councils
from .slavicnames import slavic_surnames
from .mannertails import manner_tails
from .namecloser import lone_name_closers
from .kinship import family_names
from .titlednames import title_word_names
from .elidedbodies import elided_bodies
from .variantbodies import variant_bodies
from .assocbodies import association_bodies
from .dualtitles import dual_titles
from .nisbawords import accusative_nisbas, given_name_countries
from .demonymnames import demonym_names
from .definitebanks import definite_banks
from .sport import (copa_names, country_clubs, cup_names, cup_tails, nisba_clubs, team_genitives, team_towns,
                    town_clubs)
from .facilities import facility_names
from .barebodies import bare_bodies, bare_places
from .bracketkunyas import bracket_kunyas
from .falsebodies import geographic_nouns, latin_glossed_brands, possessed_nouns, surname_orgs
from .apposednames import apposed_surnames, common_first_words, given_before_place
from .fullnames import allah_names, names_before_role, surname_after_title, unknown_after_adjective
from .villagelists import gate_places, village_lists, village_names
from .royaltitles import royal_titles
from .shorttowns import short_towns
from .localplaces import clitic_towns, context_provinces, district_names, palace_names, resort_persons
from .placednames import liberation_armies, names_after_post_place, set_off_foreign_names
from .armedunits import definite_units
from .quotedbodies import construct_units, media_names, numbered_units, ordinal_units, p5_group, protection_units
from .dotted_agencies import dotted_agencies
from .bodygloss import body_glosses
from .contextattrs import cleric_seams, context_attributes, people_adjective_persons
from .wholenames import lookalike_mentions
from .quotedlists import quoted_common_bodies, quoted_list_bodies
from .collectives import collective_actors
from .forcegivens import force_leader_givens, force_leader_surnames
from .commongivens import coached_clubs, common_givens, listed_given_pairs, phrase_givens
from .adjectivebodies import adjective_bodies, participle_bodies
from .nametails import adjective_tails, movement_countries
from .joinedrebels import joined_rebel_names
from .joinedtitles import joined_titles, placed_titles
from .countryforms import bare_countries
from .countrynouns import country_nouns
from .capitalnisbas import capital_nisbas
from .countrysides import country_sides
from .partyshorts import party_short_forms
from .lawyers import lawyer_countries
from .clerics import cleric_actors
from .clericspans import cleric_title_spans
from .titlefellows import title_fellows
from .unplacedbodies import sector_countries, unplaced_bodies
from .firmofficers import firm_officers, named_firms
from .academicstaff import academic_staff
from .armedwings import armed_wings
from .citytitles import city_mayors
from .placelists import list_places
from .capitalpairs import capital_pairs
from .quotedacronyms import quoted_acronyms
from .pluralheads import plural_head_persons
from .nounruns import noun_run_persons
from .wawnames import waw_given_names
from .placewords import bridges, clan_places, common_noun_places, coordinated_towns, quoted_places, squares
from .innernames import institution_places, quoted_company_regions, repeated_bodies
from .adminbodies import admin_bodies
from .namewiden import widen_persons
from .regnalnames import name_inner_words
from .foreignwiden import foreign_runs
from .participletails import participle_tails
from .joinednames import ali_surnames, allah_apposed, apposed_rare_surnames, bracket_surnames, lexicon_short_forms
from .kindcourts import kind_courts
from .partialbodies import partial_bodies
from .splitnames import cover_particles, person_spans
from .taggers import NerTagger, chosen, load_tagger
from .verbtails import lam_verb_tails
from .preptails import preposition_tails
from .wordreadings import unnamed_country_towns
from .wordreadings import bracket_acronyms, common_word_persons, common_word_singles, construct_noun_last, place_inside_name, device_heads, word_places
from .hyphengivens import hyphen_givens, le_particles
from .unitseams import corps_not_places, force_bodies, place_lists, unit_places, vessel_names
from .nameseams import ali_fathers, foreign_surnames, forward_givens, lam_givens, lam_lam_ends, place_meetings
from .unitseams import corps_not_places, force_bodies, place_lists, unit_places, vessel_names
from .commonreadings import common_readings
from .nameseams import quoted_businesses, quoted_common_nouns, quoted_common_phrases, retired_ranks, saint_places
from .tagmentions import _covered, tagger_mentions
from .quotedparts import quoted_common_parts
from .cutbodies import cut_bodies
from .titleholders import title_holders
from .rolementions import role_bodies
from .titlelinks import TitleLinks


def _tagger() -> NerTagger | None:
    """The statistical tagger (:func:`.taggers.chosen`: the ensemble unless ``RASD_NER`` says otherwise, read at
    each document, so a change of the variable takes effect), or None where its model is not installed (then the
    rules work alone)."""
    return _tagger_of(chosen())  # a bad RASD_NER value is the user's error: it is raised, not swallowed


@lru_cache(maxsize=4)
def _tagger_of(kind: str) -> NerTagger | None:
    try:
        return load_tagger(kind)
    except (OSError, ImportError):  # no model file or no runtime installed
        return None


@lru_cache(maxsize=1)
def _recognizer() -> Recognizer:
    """The rules over the shipped gazetteer, kept (with what they memoise about words) across documents."""
    return Recognizer(load())


def analyze_entities(
    doc: Doc, gaz: Gazetteer | None = None, *, use_tagger: bool = True, tagger: NerTagger | None = None
) -> None:
    """Fill ``doc.mentions`` and ``doc.entities`` with ``tagger`` (default: the process's chosen one;
    ``use_tagger=False``: the rules alone, for comparison)."""
    sents = sentence_tokens(doc)
    found = (Recognizer(gaz) if gaz is not None else _recognizer()).find(doc, sents)
    gaz = gaz or load()
    mentions = list(found.mentions)
    dm = dateline_mention(doc, gaz, mentions)
    if dm is not None:
        mentions.append(dm)
    compass_outside(doc, mentions, gaz)
    titles = [(t.start, t.end) for t in found.titles]
    tagged = tagger_mentions(doc, sents, gaz, mentions, tagger or _tagger(), titles) if use_tagger else []
    compound_given(doc, tagged, mentions)
    title_given(doc, found, tagged, mentions, gaz)
    verb_given(doc, tagged, mentions, gaz)
    title_gap_given(doc, found, tagged, mentions, gaz)
    sheikh_family(doc, found, tagged, gaz)
    retype_persons(found.mentions, tagged)
    mentions.extend(tagged)
    lookalike_mentions(doc.text, mentions)
    named_before_role(doc, mentions, gaz)
    place_list_person(doc, mentions)
    conjunct_place(doc, mentions, gaz)
    given_ali(doc, mentions)
    join_initials(doc, mentions, gaz)
    hyphen_givens(doc, mentions, gaz)
    le_particles(doc, mentions, gaz)  # «مارين لو بان» (round ents88)
    lu_surnames(doc, mentions, gaz)  # «وزير الثقافة لو شوه جانج» (round en365)
    ali_fathers(doc, mentions, gaz)
    lam_lam_ends(doc, mentions, gaz)
    title_word_ends(doc, mentions, gaz)  # «اياين بيغ بروفسور» (round 80)
    lam_givens(doc, mentions, gaz)  # «السنغالي لامين دياك» (round 78)
    foreign_surnames(doc, mentions, gaz)
    quoted_businesses(doc, mentions, gaz)
    common_noun_after_name(doc, mentions, gaz)
    common_word_last(doc, mentions, gaz)
    construct_noun_last(doc, mentions, gaz)
    word_places(doc, mentions, gaz)
    unnamed_country_towns(doc, mentions, gaz)  # «إلى مديات غير مسبوقة» (round 79)
    accusative_nisbas(doc, mentions, gaz)  # «جنديا أوكرانيا» (round 75)
    given_name_countries(doc, mentions, gaz)  # «ليزا موناكو» (round 75)
    common_word_persons(doc, mentions, gaz)
    common_word_singles(doc, mentions, gaz)
    common_givens(doc, mentions, gaz)
    phrase_givens(doc, mentions, gaz)  # «صباح اليوم», «في صالح الأسد», «جنة عدن» (round 89)
    adjective_bodies(doc, mentions)
    participle_bodies(doc, mentions)  # «الشركة المنظمة للاحتفالية» (round en365)
    adjective_tails(doc, mentions)
    joined_rebel_names(doc, mentions)  # «حركة العدل والمساواة المتمردة» (round en875)
    bare_countries(doc, mentions, gaz)
    country_nouns(doc, mentions, gaz)  # «القطر المصري»: Egypt (round en406)
    capital_nisbas(doc, mentions, gaz)  # «العاصمة القطرية»: Doha (round lo418)
    country_sides(doc, mentions, gaz)  # «الجانب الأميركي»: the United States (round en425)
    coached_clubs(doc, mentions)
    listed_given_pairs(doc, mentions, gaz)
    possessed_nouns(doc, mentions, gaz)
    geographic_nouns(doc, mentions, gaz)
    surname_orgs(doc, mentions, gaz)
    latin_glossed_brands(doc, mentions)  # «(باز فيد–Buzzfeed)» (round ents86)
    place_inside_name(doc, mentions, gaz)
    adjective_places(doc, mentions, gaz)
    device_heads(doc, mentions)
    bracket_acronyms(doc, mentions)
    quoted_acronyms(doc, mentions, gaz)  # «الاتحاد الدولي لشركات الطيران «أياتا»» (round ents97)
    plural_head_persons(mentions, gaz)  # «ودبابات إبرامز» (round ents97)
    noun_run_persons(doc, mentions, gaz)  # «كولونيل ماجور», «سببان رئيسيان», «طراز بلاك هوك» (round ents98)
    waw_given_names(doc, mentions, gaz)  # «ولفغانغ شويبله», not «و» + «لفغانغ» (round ents98)
    settlement_names(doc, mentions, gaz)
    city_names(doc, mentions, gaz)
    common_place_nouns(doc, mentions, gaz)
    things_named(doc, mentions, gaz)
    team_towns(sents, mentions, doc)
    country_clubs(sents, mentions, doc)
    copa_names(doc, mentions)
    cup_names(doc, mentions)  # «كأس آسيا»: the tournament, no place (round en395)
    town_clubs(doc, mentions, gaz)  # «غراسهوبر زيوريخ»: a club (round en395)
    cup_tails(doc, mentions)  # «... المؤهلة لكأس العالم للأندية» (round en395)
    nisba_clubs(doc, mentions, gaz)  # «تعادل ليل الفرنسي مع ميلان الإيطالي» (round ne415)
    team_genitives(sents, mentions, doc, gaz)  # «حقق فريق العربي بداية جيدة» (round ne415)
    demonym_names(doc, mentions, gaz)  # «والبرتغالي تياغو» (round ne415)
    definite_banks(doc, mentions, gaz)  # «البنك التجاري» (round ne415)
    royal_before_doctor(mentions)
    attach_appositions(doc, found, mentions)
    joined_titles(doc, found, mentions)  # «السيناتور الجمهوري ورئيس لجنة ... في مجلس الشيوخ، فلان» (round en875)
    representative_after_name(doc, gaz, mentions)
    aide_before_name(doc, found, mentions, gaz)
    role_chains(doc, found, mentions)  # «عضو لجنة الأمن والدفاع النيابية النائب محمد الكربولي» (round en851)
    disambiguate(doc, mentions, found, gaz)
    person_spans(doc, mentions, gaz)
    widen_persons(doc, mentions, gaz)
    name_inner_words(doc, mentions, gaz)  # «نابليون الثالث», «عبد الله ولد في» (round en583)
    foreign_runs(doc, mentions, gaz)  # «لوري والاش», «تقي رحماني» (round qn428)
    lam_verb_tails(doc, mentions, gaz)  # «ظريف ليرى» (round 72)
    preposition_tails(doc, mentions, gaz)  # «فابيوس بالغوغائية» (round en406)
    facility_names(doc, mentions, gaz)
    coordinated_towns(doc, mentions, gaz)
    squares(doc, mentions, gaz)
    bridges(doc, mentions)
    sea_names(doc, mentions)  # «بحر الصين الجنوبي» (round 74)
    definite_seas(doc, mentions)  # «البحر العربي» (round 78)
    short_seas(doc, mentions)  # «جنوب بحر الصين» (round 78)
    cut_bodies(doc, mentions)  # «اللجنة العليا» after «اللجنة العليا للانتخابات» (round en395)
    elided_bodies(doc, mentions, gaz)  # «المؤتمر العام» after «المؤتمر الوطني العام» (round ents93)
    party_short_forms(doc, mentions, gaz)  # «الحزب الجمهوري» after «حزب الشعب الجمهوري» (round en425)
    variant_bodies(mentions, gaz)  # «حزب الشعب الديمقراطي» in an article naming «حزب الشعوب الديمقراطي» (ents98)
    leader_regimes(doc, mentions, gaz)  # «نظام الأسد»: Syria's government (round ents93)
    kaf_countries(doc, mentions, gaz)  # «دولة أجنبية كتركيا», «حزام ناسف» (round ents95)
    persian_compound_givens(doc, mentions, gaz)  # «علي أكبر ولايتي» (round ents95)
    operations_commands(doc, mentions, gaz)  # «قيادة عمليات صلاح الدين»: Iraq's army (round ents94)
    local_councils(doc, mentions, gaz)  # «مجلس محافظة الأنبار»: Iraq's local government (round nb411)
    slavic_surnames(doc, mentions, gaz)  # «مينا أندرييفا»: a person, not a place (round ents94)
    manner_tails(doc, mentions)  # «شينزو آبي بشكل مباشر»: the man ends before «بشكل» (round ents94)
    participle_tails(doc, mentions, gaz)  # «رحماني المقيم بالعاصمة»: no family name (round qn428)
    lone_name_closers(doc, mentions)  # «رجل الدين»: «الدين» alone is no name (round ents94)
    family_names(doc, mentions)  # «منزل عائلة دوابشة»: the family, no one of them (round en431)
    title_word_names(doc, mentions, gaz)  # «قايد السبسي»: a name's word, no commander (round ents94)
    organ_bodies(doc, mentions, gaz)  # «الهيئة العامة للائتلاف السوري المعارض» (round 78)
    association_bodies(doc, mentions, gaz)  # «جمعية صناعة الصلب» (round 78)
    placed_titles(doc, found, gaz, mentions)  # «ومدير جمعية ... بجدة فلان», «القيادي في حزب X فلان» (round en890)
    clan_places(doc, mentions)
    common_noun_places(doc, mentions, gaz)
    quoted_places(doc, mentions)
    short_towns(doc, mentions, gaz)
    clitic_towns(doc, mentions, gaz)
    context_provinces(doc, mentions, gaz)
    district_names(doc, mentions, gaz)
    palace_names(doc, mentions, gaz)
    resort_persons(doc, mentions, gaz)
    apposed_surnames(doc, found, mentions, gaz)
    foreign_runs(doc, mentions, gaz)  # again: «لوريتا إي» + the apposed «لينش، النائبة العامة» (round qn428)
    common_first_words(doc, mentions, gaz)
    given_before_place(doc, mentions, gaz)
    names_after_post_place(doc, found, mentions, gaz)
    set_off_foreign_names(doc, found, mentions, gaz)  # «، أفنين ألتينر،» (round 76)
    surname_after_title(doc, mentions, gaz)
    names_before_role(doc, found, mentions, gaz)
    city_mayors(doc, mentions, gaz)
    allah_names(doc, found, mentions, gaz)
    bracket_surnames(doc, mentions, gaz)
    apposed_rare_surnames(doc, found, mentions, gaz)
    allah_apposed(doc, found, mentions, gaz)
    ali_surnames(doc, mentions, gaz)
    ali_chains(doc, mentions, gaz)  # «لجأ علي سالم البيض» (round 80)
    maqsura_surnames(doc, mentions, gaz)  # «سمير» + «التقي» (round 80)
    repeated_full_names(doc, mentions)  # «سمير» + «التقي» (round 80)
    surname_pairs(doc, mentions, gaz)  # «شوداري ورحمان» (round 80)
    unknown_after_adjective(doc, mentions, gaz)
    numbered_units(doc, mentions)
    ordinal_units(doc, mentions, gaz)
    construct_units(doc, mentions, gaz)  # «لواء شهداء اليرموك» (round 73)
    definite_units(doc, mentions, gaz)  # «كتيبة الحسين», «لواء التوحيد» (round en525)
    protection_units(doc, mentions)  # «وحدات حماية شرق كردستان» (round ents82)
    liberation_armies(doc, mentions, gaz)
    media_names(doc, mentions, gaz)
    p5_group(doc, mentions, gaz)
    dotted_agencies(doc, mentions, gaz)
    collective_actors(doc, mentions, gaz)
    gate_places(doc, mentions, gaz)
    village_lists(doc, mentions, gaz)
    village_names(doc, mentions, gaz)  # «وقرية الباغوز» (round 71)
    institution_places(doc, mentions, gaz)
    quoted_company_regions(doc, mentions)  # «مجموعة «جيه إل إل الشرق الأوسط وشمال أفريقيا»» (round 79)
    repeated_bodies(doc, mentions)
    admin_bodies(doc, mentions, gaz)
    movement_countries(doc, mentions)
    place_meetings(doc, mentions, gaz)
    saint_places(doc, mentions, gaz)
    retired_ranks(doc, mentions, gaz)
    quoted_common_nouns(doc, mentions, gaz)
    quoted_common_parts(doc, mentions, gaz)  # «أم المعارك»: no «المعارك» (round en395)
    quoted_common_phrases(doc, mentions, gaz)  # «محاولة لـ«رأب الصدوع»» (round ents90)
    common_readings(doc, mentions, gaz)  # «الإسلام السياسي», «بقايا الناصرية», «سودانيون» (round ents91)
    quoted_common_bodies(doc, mentions, gaz)
    quoted_list_bodies(doc, mentions)
    unit_places(doc, mentions, gaz)
    corps_not_places(doc, mentions, gaz)
    vessel_names(doc, mentions)
    place_lists(doc, mentions, gaz)
    list_places(doc, mentions, gaz)  # «عدن - العند - بلة - الضالع» (round 79)
    capital_pairs(doc, mentions, gaz)  # «العلاقة بين الرياض والقاهرة» (round ents97)
    dual_titles(doc, mentions, gaz)  # «رئيسا الشاباك سابقا A وB» (round ents82)
    people_adjective_persons(doc, mentions, gaz)  # «كيان كردي»: a noun and its adjective (round en355)
    cleric_seams(doc, mentions)  # «للملا عمر الملا أختر محمد منصور»: two men (round en355)
    cleric_title_spans(doc, mentions)  # «رجل الدين علي السيستاني»: the title is his role (round en472)
    monarch_titles(doc, mentions, gaz)  # «أمير الكويت الراحل الشيخ جابر الأحمد الصباح»: his office (round en451)
    monarch_titles_after(doc, mentions, gaz)  # «فرنسوا جوزيف إمبراطور النمسا» (round en570)
    compass_places(doc, mentions, gaz)  # «عن ايسلينغتون نورث»: a constituency (round en570)
    res = Resolver(gaz)
    clusters = res.cluster(doc, mentions)
    bracket_kunyas(doc.text, clusters)  # «ناصر الوحيشي (أبو بصير)» (round en812)
    forward_givens(clusters, gaz, doc.text)
    force_bodies(clusters)
    lexicon_short_forms(clusters, gaz)
    partial_bodies(clusters, found.evidence, gaz)  # «حكومة الإنقاذ» in an article on Libya (round en946)
    kind_courts(doc, clusters)  # «رئيس المحكمة الدستورية العليا ... لأرفع محكمة مصرية»: that court (round mn989)
    res.widen_to_particle(doc, clusters)
    covered = _covered(doc, mentions)
    cover_particles(doc, covered)
    extra = res.name_only(doc, clusters, covered)
    force_leader_givens(doc, clusters, mentions, res, covered)  # «علي | شايف الحريري» (round en716b)
    force_leader_surnames(clusters, mentions)  # «القوات الموالية للرئيس ... هادي» ... «وقال هادي» (en716b)
    covered = _covered(doc, mentions + extra)
    links = TitleLinks(doc, found, clusters, gaz.stop)
    extra += links.lead(covered)  # (before: the lead's title gives the role his later titles are matched by)
    extra += res.titles_only(doc, found, clusters, covered)
    extra += role_bodies(doc, found, clusters, covered)  # «وأضاف عضو لجنة ...» → the member named (en835)
    covered = _covered(doc, mentions + extra)
    extra += royal_titles(doc, found, clusters, covered)
    covered = _covered(doc, mentions + extra)
    extra += links.apposed(covered)
    extra += title_holders(doc, found, clusters, mentions + extra, res)  # «وزير مالية سريلانكا» (round en530)
    covered = _covered(doc, mentions + extra)
    extra += res.anaphors(doc, clusters, covered)
    extra += bare_bodies(doc, clusters, _covered(doc, mentions + extra), gaz.stop)
    extra += bare_places(doc, clusters, _covered(doc, mentions + extra), gaz.stop)  # «القاعدة العسكرية» (round en812)
    doc.entities = res.entities(doc, clusters, found)
    doc.mentions = sorted(mentions + extra, key=lambda m: (m.start, m.end))
    context_attributes(doc, gaz)  # «الملا عمر», «والبردي الليبية», «هيئة ... في فنزويلا» (round en355)
    body_sectors(doc)  # «جامعة بغداد» IRQEDU, «المحكمة العليا الأميركية» USAJUD (round en365)
    unplaced_bodies(doc, gaz)  # «جامعة هارفارد» of no country: EDU (round en472)
    media_ties(doc)  # «صحيفة «آرمان» المقربة من هاشمي رفسنجاني»: IRNMED (round en365)
    home_media(doc, getattr(res, "own", None))  # «قناة (يمان)» in an article about Yemen: YEMMED (round en375)
    bracket_countries(doc)  # «حسان مبروك العتيبي (السعودية)»: SAU (round en375)
    lawyer_countries(doc)  # «المحامي سباستيان كورتوا» in an article of Belgian police: BELJUD (round en406)
    rank_roles(doc, gaz)  # «مبعوث الملك ... الدكتور»: the office and the rank (round en365)
    cleric_actors(doc)  # «وقال الملا حسن»: a cleric whom nothing else placed is REL (round en467)
    title_fellows(doc)  # «الملا عبد المنان» among placed Taliban mullahs: AFGREB (round en472)
    named_firms(doc)  # «شركة «ليندا»»: a body named after «شركة» is BUS (round en467)
    firm_officers(doc)  # «X، الرئيس التنفيذي لشركة «Y»»: a company's officer is BUS (round en467)
    armed_wings(doc)  # «قوات حماية الشعب، الجناح العسكري لحزب العمال الكردستاني»: TURREB (round en616)
    sector_countries(doc)  # a bare sector «EDU» of a body given a country later: USAEDU (round en601)
    academic_staff(doc, gaz)  # «X، أستاذ الاقتصاد في جامعة Y الأميركية»: USAEDU (round en930)
    body_glosses(doc, gaz)  # «الجيش المصري» "Egyptian Army": a body's English where it has no Latin (au1006)


@stage("entities", requires=("tokens", "sentences"), assigns=("mentions", "entities"))
def entities_stage(doc: Doc) -> None:
    analyze_entities(doc)
