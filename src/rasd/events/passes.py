"""The passes over the events once they are made and deduplicated (:func:`~rasd.events.stage.extract_events` runs
them in this order): parties, sources and targets told elsewhere in the clause or the article, the toll of terror,
an attempt's day, and the places of arrivals."""

from __future__ import annotations

from ..doc import Doc, Event
from . import masdar_agents, named_doers, unattached
from .affiliated import affiliated_doers
from .also_subjects import also_subjects
from .assassinations import assassinations
from .against import against_targets
from .amma_topics import amma_topics
from .agent_pronouns import agent_pronouns
from .arg_edges import argument_edges
from .phrase_ends import phrase_ends
from .appositions import apposed_parties
from .arrival_subjects import arrival_subjects
from .bare_titles import bare_title_sources
from .held_titles import held_title_parties
from .arrivals import travel_places
from .asked_genitives import asked_genitives
from .asked_visits import asked_visits
from .attack_doers import attack_doers, clash_killers
from .met_after_clause import met_after_clause
from .means_acts import means_acts
from .meeting_doers import meeting_doers
from .directed_acts import directed_acts
from .attempts import attempt_days
from .between_many import between_many
from .between_named import between_named
from .between_peoples import between_peoples
from .between_pronouns import between_pronouns
from .captions import caption_sources
from .carried_clauses import carried_clauses
from .carried_subjects import carried_subjects, plural_carried
from .convened import convened, dead_doers
from .coordinated import coordinated_subjects
from .counterparts import counterpart_targets
from .cue_speakers import cue_speakers
from .close_sources import close_sources
from .modality_reward import reward_doers
from .clash_sides import clash_sides, followed_clashes
from .cleft_subjects import cleft_subjects
from .clitic_parties import also_repeated, met_guests, reception_visitors, willed_doers
from .reception_guests import reception_guests
from .criticised import criticised_targets
from .deadlines import deadline_sources
from .demonstrated import demonstrated_acts
from .described_targets import described_targets
from .made_actors import made_actors
from .forces_of import forces_of
from .fronted_subjects import fronted_subjects
from .gathered import gathered_parties
from .governed_acts import governed_acts
from .gentilics import gentilic_targets
from .people_objects import people_object_targets
from .interviews import interview_speakers
from .invited import invited_visitors
from .issued import issued_sources
from .paired import paired_targets
from .partner_pronouns import partner_pronouns
from .participle_subjects import participle_subjects
from .phrase_targets import phrase_targets
from .plan_parties import plan_parties
from .kingdom_parties import kingdom_parties
from .late_targets import late_targets
from .later_agents import later_agents
from .hand_agents import hand_agents
from .hand_patients import hand_patients
from .meeting_pairs import meeting_pair_parties
from .locative_targets import locative_targets
from .owner_targets import owner_targets
from .lam_targets import lam_targets
from .lam_objects import lam_objects
from .light_masdar_doers import light_masdar_doers
from .victim_sources import victim_doers
from .launched_acts import launched_acts
from .group_anaphors import group_anaphors
from .saying_doers import saying_doers
from .member_meetings import member_meetings
from .min_agents import min_agents
from .masdar_objects import masdar_objects
from .meetings import meeting_parties
from .member_subjects import member_subjects
from .owned_members import owned_members
from .misplaced import misplaced_targets
from .named_targets import named_targets, no_misc_parties
from .nearest_agent import nearest_agents
from .nationals import national_sources
from .occasions import occasion_parties
from .plot_owners import plot_owners
from .ranked import ranked_doers
from .pointed_back import pointed_back_parties
from .retold_visits import retold_visits
from .same_meetings import same_meetings
from .judicial_acts import designations
from .court_acts import court_acts
from .accord import accord_codes
from .purpose_talks import purpose_talks
from .same_attack import same_attack
from .permitted import permitted_doers
from .possessed import possessor_parties
from .relative_inserts import relative_inserts
from .relative_objects import relative_objects
from .relative_subjects import relative_subjects
from .resumed_objects import resumed_objects
from .subject_masdars import subject_masdars
from .undergoer_subjects import undergoer_subjects
from .undergone import undergone_parties
from .faced import faced_parties
from .side_sources import side_sources
from .nisba_doers import paired_bodies
from .side_pairs import side_pairs
from .sides_between import sides_between
from .dual_meetings import dual_meetings
from .purpose_doers import purpose_doers
from .pushed_doers import pushed_doers
from .readied_acts import readied_acts
from .stated_subjects import stated_subjects
from .when_doers import when_doers
from .announced_doers import announced_clashes, announced_doers
from .surname_sources import surname_sources
from .again_doers import again_doers
from .report_doers import report_doers
from .strike_targets import strike_targets
from .topic_subjects import topic_subjects
from .tour_rounds import idle_tours
from .legal_provisions import legal_provisions
from .unconventional import terror_tolls
from .undertaken import undertaken_chain, undertaken_sources
from .governed_masdars import governed_masdars
from .conducted_means import conducted_means
from .owned_refusals import owned_refusals
from .conjunct_objects import conjunct_objects
from .contrast_subjects import contrast_subjects
from .counted_targets import counted_targets
from .done_by import light_doers
from .held_far import far_holders
from .inner_subjects import inner_subjects
from .reversed_hosts import reversed_hosts
from .aid_received import received_aid
from .planted_devices import planted_devices
from .device_sources import device_sources
from .owned_doers import owned_doers
from .initiative_doers import initiative_doers
from .pronoun_doers import patient_pronouns, pronoun_doers
from .owned_masdars import owned_acts
from .suffix_doers import suffix_doers
from .quoted_owner import quoted_owners
from .received_guests import received_guests
from .visit_meetings import visit_meetings
from .visit_subjects import visit_subjects
from .venue_hosts import responsible_doers, spokesman_bodies, venue_targets, visit_hosts
from .verb_object import verb_objects
from .subject_acts import retold_campaign_doers, subject_act_doers
from .siege_breakers import siege_breakers
from .ready_speakers import ready_speakers
from .plan_makers import initiative_calls, plan_makers


def made_passes(doc: Doc, events: list[Event]) -> list[Event]:
    """Run the passes over the made ``events`` in order; :func:`travel_places` gives the new list, and
    :func:`argument_edges` trims its phrases last."""
    conjunct_objects(doc, events)  # round 279: «قتل ضابط كبير وأحد المرافقين»: one patient and its conjunct, no subject
    counted_targets(doc, events)  # round 279: «اقتحم مسلحون عددا من المقار»: the count runs on over what it counts
    owned_refusals(doc, events)  # round 270: «في حال رفضه الانسحاب»: the pronoun is who refuses, not the refused
    undertaken_sources(doc, events)  # «أقدم متظاهرون على قطع الطريق»: who undertakes the act does it
    governed_masdars(doc, events)  # round ev832: «تمكن داعش من استكمال محاصرته القوات»: داعش, the forces
    governed_acts(doc, events)  # round 251: «قام خلالها أعضاء من المعارضة، بانتقاد», «هم من قاموا بتفجير»: the subject
    readied_acts(doc, events)  # round au1021: «يستعد ناشطون لتنظيم مظاهرات», «يسعى الجيش للسيطرة»: the subject
    amma_topics(doc, events)  # round ev361: «أما «النصرة» فقد أعلنت»: the topic «أما» sets up
    cleft_subjects(doc, events)  # round ev361: «فلان هو الذي طلب», «أنه هو الذي طلب»: what the cleft pronoun resumes
    fronted_subjects(doc, events)  # «وكانت حركة طالبان بعد أن أكدت وفاة زعيمها»: the subject before the clause
    topic_subjects(doc, events)  # «المحلل السياسي فلان، امتدح»: the name opening the sentence before the comma
    carried_subjects(doc, events)  # «وصل فلان، إذ أجرى», «وأكد فلان أنه سيناقش», «إن على العراق التفاوض»: that subject
    plural_carried(doc, events)  # round 238: «وحث الأعضاء ... . وأكدوا»: the plural doer of the sentence before
    contrast_subjects(doc, events)  # round ev301: «لكن أوباما لم يصل ...، لكنه أعلن»: the man the clause names
    also_subjects(doc, events)  # round ev301: «بدأت الهيئة ...، كما أعلنت أن»: the subject of the verb before
    participle_subjects(doc, events)  # round ev301: «مؤكدا أن X فعل ...، وأشاد»: the one who says praises
    stated_subjects(doc, events)  # round 227: «وظهر فلان ... وهو يتوعد», «كيف للإدارة أن توقع»: the one named
    permitted_doers(doc, events)  # round 181: «سمحت لتنظيم داعش بالسيطرة», «في الوقت الذي طالب فيه»: the one allowed, the subject
    convened(doc, events)  # «عقد الرئيس فلان اليوم اجتماعا ضم مستشاريه»: the holder, those met; «فرض عقوبات»
    named_doers.named_doers(doc, events)  # «شنت طائرات التحالف غارات», «مقاتلو «داعش»»: the body named
    caption_sources(doc, events)  # «وزيرة الدفاع فلانة أمس مطالبة بضرورة»: the caption's person
    meeting_parties(doc, events)  # «وبحث اللقاء», «خلال لقائهما»: the parties of the meeting just told
    occasion_parties(doc, events)  # «أعلن الوزير ... خلال لقاء مع نظيره»: who acts in the clause met
    possessor_parties(doc, events)  # «أعلن التنظيم سيطرته على»: the one who states it, the pronoun's owner
    apposed_parties(doc, events)  # «فلان، زعيمة الحزب، عقدت اجتماعا»: the person; «تصريحاته»: a man's
    misplaced_targets(doc, events)  # «مبعوث الأمم المتحدة ... دعوته», «عقوبات على قطريين بتهمة تمويل»: no target there
    gathered_parties(doc, events)  # «اللقاء الذي جمع الوزير فلان مع نظيره فلان»: the two sides
    verb_objects(doc, events)  # «تلاحق انتقادات المعارضين الوزير»: the verb's object is the one criticised
    national_sources(doc, events)  # «الغارات التركية», «سيطرة العراقيين على»: the country that acts
    quoted_owners(doc, events)  # round 285: «نسبت إلى حفتر قوله، لدى اجتماعه»: the man quoted
    pronoun_doers(doc, events)  # round 285: «القوات النظامية ... سيطرته»: the one «ـه» stands for
    patient_pronouns(doc, events)  # round tm448: «ما ترتب عنه تعذيبه»: the tortured man is no torturer
    inner_subjects(doc, events)  # round 285: «التهديد الذي مثله صدام ولم يتردد في إعلان»: the main clause's subject
    far_holders(doc, events)  # round 285: «أجرى الأمير فلان، ولي العهد ...، مباحثات»: the one named after the verb
    light_doers(doc, events)  # round 285: «عمليات قصف قامت بها الميليشيات»: the one named after «قامت بها»
    subject_act_doers(doc, events)  # ev445: «معظم الضربات التي نفذتها أنقرة حتى الآن استهدفت»: Ankara
    retold_campaign_doers(doc, events)  # round ev1004: «أن سبع ضربات نفذت قرب الحسكة واستهدفت»: the campaign's doer
    siege_breakers(doc, events)  # round ev1004: «تم فك الحصار» by force in a spokesman's words: his body broke it
    masdar_agents.masdar_agents(doc, events)  # «اشتباكات تخوضها المقاومة», «اتهمت X تركيا باستهدافها»: the doer
    conducted_means(doc, events)  # round ev915: «الجريمة التي نفذها مستوطنون ... وأدت إلى حرق طفل»: the settlers
    device_sources(doc, events)  # round oe315: «انفجرت قنبلة», «بواسطة سيارة مفخخة»: the means is no doer
    planted_devices(doc, events)  # round 270: «لانفجار ألغام زرعتها ميليشيات X»: X, the planter
    when_doers(doc, events)  # round 229: «قتل سبعة جنود عندما اقتحم متشددون من X»: X, the clause's doer
    announced_doers(doc, events)  # round ev494: «أعلنت قوات الأمن عن اعتقال»: the force that announces arrests
    ranked_doers(doc, events)  # round 244: «وتحتل إيران المرتبة الأولى في إعدام المراهقين»: the one ranked
    attack_doers(doc, events)  # «قتل جنديان في هجوم لحزب العمال»: the attack's named doer, and the killing's
    meeting_doers(doc, events)  # round ev417: «منذ آخر اجتماع لمجلس الوزراء»: the body that meets
    directed_acts(doc, events)  # round ev417: «على توجيهاته بتقديم المساعدات»: the one who directs
    interview_speakers(doc, events)  # «وأضاف فلان: «...»، في تصريح لوكالة»: the quote's speaker makes the statement
    deadline_sources(doc, events)  # «وأمام الكونغرس حتى 17 سبتمبر لقبول الاتفاق»: whom the deadline is given
    between_peoples(doc, events)  # «الاجتماعات التي جرت بين المسؤولين الأتراك والإيرانيين»: the two countries
    between_named(doc, events)  # round ev361: «محادثات الائتلاف بين حزب X وحزب Y»: the two named, past the genitive
    between_many(doc, events)  # round ev465: «محادثات السلام بين كافة الأطراف الليبية»: they talk, no one else
    asked_visits(doc, events)  # round ev301: «طلبوا من نائب الرئيس تأجيل الزيارة»: the one asked visits
    invited_visitors(doc, events)  # «تلقى الائتلاف دعوة من الخارجية لزيارة موسكو»: the one invited visits
    gentilic_targets(doc, events)  # «مباحثات مع الإسرائيليين», «زيارته الأولى لها»: the country named
    terror_tolls(doc, events)  # «أقدمت عصابة إرهابية على إحراق عائلة. وقد قُتل الطفل»: the toll of terror
    attempt_days(doc, events)  # «المحاولات المتكررة لاغتياله», an attempt dated where the article tells it
    criticised_targets(doc, events)  # «ودانت الجامعة القصف التركي»: whoever does the act disapproved of
    unattached.unattached_parties(doc, events)  # «تنظيم داعش، المتهم بالوقوف خلف العملية»: the name apposed
    kingdom_parties(doc, events)  # «حسبما أعلنت المملكة»: the one kingdom the article names
    surname_sources(doc, events)  # «عبدالله التركي ... واستنكر التركي»: the one person with that last name
    report_doers(doc, events)  # round ev889: «أصدرت الخارجية تقريرا ... ويتهم التقرير»: the report's issuer
    again_doers(doc, events)  # round ev884: «أعلن فلان حالة الطوارئ ... إن إعلان حالة الطوارئ»: his act again
    paired_bodies(doc, events)  # round ev923: «استهداف تجمعات الحوثي وصالح»: the Houthi forces, not the man
    side_sources(doc, events)  # «ونفى المجلس» after «مجلس الأمن», «الجانبان المصري واليمني»: the body, the sides
    arrival_subjects(doc, events)  # round 285: «وفور وصول الرئيس سيستقبلهم»: the one who arrives
    bare_title_sources(doc, events)  # round ev291: «وفور وصول الرئيس سيستقبلهم»: the one bare «الرئيس» named
    received_guests(doc, events)  # round 285: «سيستقبلهم», «واستقبلهما»: the guests told just before
    asked_genitives(doc, events)  # round ev361: «الرد بمطالبة حزب العمال بسحب»: the one asked, the maker known
    partner_pronouns(doc, events)  # round ev361: «يرفض الحديث معه»: the one «معه» stands for
    late_targets(doc, events)  # «المدينة»: the name last named; «عناصر من «جبهة النصرة»»: the group; «خلال لقائه فلان»
    announced_clashes(doc, events)  # round mn971: «أعلنت X عن مقتل قائد في Y خلال اشتباكات»: the clashes, X against Y
    masdar_agents.called_doers(doc, events)  # round ev898: «ناشد X قوات التحالف بتعزيز الضربات»: the one called on
    meeting_pair_parties(doc, events)  # «خلال اللقاء» paragraphs after the article's one meeting pair: those two
    reversed_hosts(doc, events)  # round 270: «لدى استقبال فلان له»: the one named hosts, the subject visits
    visit_subjects(doc, events)  # round ev457: «التقى الملك أوباما خلال زيارته»: the one who meets visits
    visit_meetings(doc, events)  # round 270: «زيارته التي ستشهد اجتماعا مع فلان»: the visitor meets
    side_pairs(doc, events)  # round 263: «التقى فلان فلانا ... وأكد الجانبان»: the meeting's two sides
    pushed_doers(doc, events)  # round 263: «ما دفع النقابات لتنظيم احتجاجات»: the one pushed does the act
    relative_objects(doc, events)  # «الفرقة، التي تتهم «النصرة» بخطف»: the name after the bare verb is its object
    relative_subjects(doc, events)  # «الحركة، التي أعلنت»: the antecedent; «هذه الأطراف ... مثل X»: the member listed
    launched_acts(doc, events)  # round ev391: «أطلق فلان «حربا على الإرهاب»، تستهدف الحزب»: the launcher
    saying_doers(doc, events)  # round ev391: «؛ فهاجم السلطة قائلا»: the one who says (the quote layer's speaker)
    group_anaphors(doc, events)  # round ev391: «لحزب العمال ... «مقاتلي الحزب هم من قاموا»»: the party named
    owned_members(doc, events)  # round ev623: «أعلنت الحركة أن أحد مقاتليها شن هجوما»: the body that reports
    member_subjects(doc, events)  # round 251: «استهدفت فصائل من المعارضة مواقع للجيش»: the members act on the object
    relative_inserts(doc, events)  # round 251: «اتهمت X، التي تقاتل Y ...، تركيا»: Turkey; «الروس الذين رفضت فكرتهم»
    subject_masdars(doc, events)  # round 193: «تأمل تونس ... بعد إعلانها»: the sentence's subject
    undergone_parties(doc, events)  # round 193: «أهداف للحزب التي تعرضت لغارات من الجيش»: who undergoes, who does
    faced_parties(doc, events)  # round ev416: «لا تزال قوات المعارضة تواجه الهجمات»: who faces the act undergoes it
    issued_sources(doc, events)  # round 197: «انتقادات صدرت عن فلان»: the one named after «صدرت عن»
    min_agents(doc, events)  # round ev371: «هجوما من «جبهة النصرة»», «بانتقادات حادة من فلان»: who it comes from
    lam_targets(doc, events)  # round ev371: «انتقادات لاذعة لوزير الخارجية فلان», «اتهامات ضد قطر»: at whom
    lam_objects(doc, events)  # round ev477: «قصفها للأحياء السكنية», «انتقاداتها للقاعدة»: «لـ» after the doer's pronoun
    light_masdar_doers(doc, events)  # round ev589: «تنفيذ الطيران الحربي عدة غارات»: the light masdar's doer
    victim_doers(doc, events)  # round ev1011: «استشهد وجرح عشرات الأشخاص جراء ... غارات»: the raids' doer
    member_meetings(doc, events)  # round ev371: «اجتماع وزراء خارجية دول مجلس التعاون»: the body whose members meet
    spokesman_bodies(doc, events)  # round 205: «نفى المتحدث باسم الحركة»: the body of an unnamed spokesman
    responsible_doers(doc, events)  # round 205: «فلان المسؤول عن قتل»: the one named as responsible
    affiliated_doers(doc, events)  # round 181: «غارات من طائرات حربية تابعة للتحالف»: the body its forces belong to
    clash_sides(doc, events)  # «اشتباكات بين قوات النظام ومقاتلي جبهة النصرة»: the two sides
    followed_clashes(doc, events)  # round 244: «بعد هجوم شنته X ضد Y ...، تلته اشتباكات»: the attack's two sides
    between_pronouns(doc, events)  # round 232: «اشتباكات بينها وبين القوات»: the doer told before, the one named
    against_targets(doc, events)  # «هجمات كبيرة ضد أهداف غربية»: whom the act is against
    masdar_objects(doc, events)  # «تعهد بالانتقام من تنظيم داعش», «أعلن مبايعته لتنظيم داعش»: whom it is about
    pointed_back_parties(doc, events)  # «هذه الاتهامات», «الهجوم»: the parties of the one such act told before
    retold_visits(doc, events)  # round ev361: «لزيارة موسكو» ... «. موعد الزيارة»: the visit told right before
    events = same_attack(doc, events)  # round 216, ev485: «. وهو أول هجوم من نوعه»: joins the act told right before
    strike_targets(doc, events)  # round 202: «بدأت الغارات ... باستهداف مواقع تابعة لتنظيم داعش»: whom they hit
    plot_owners(doc, events)  # round 171: «تحركات إرهابية لـ«القاعدة» ... وتستهدف»: the group whose moves they are
    owner_targets(doc, events)  # round ev575: «جيوب الحوثيين», «مواقع تابعة للقوات السورية»: the owner is hit
    locative_targets(doc, events)  # «في اجتماع بالعاصمة الماليزية كوالالمبور»: a town named as where is no target
    venue_targets(doc, events)  # round 205: «لقاء معه بنقابة الصحافيين»: past the pronoun party, the venue
    visit_hosts(doc, events)  # round 205: «فلان يستقبل ... فلانا، في زيارة»: the host is whom the visit is to
    paired_targets(doc, events)  # round 197: «كيري ولافروف سيناقشان ... في اجتماع»: the second of the pair
    forces_of(doc, events)  # «قصف لقوات التحالف», «منشورات عبر طائرات التحالف تدعو»: the coalition named before
    phrase_targets(doc, events)  # round 211: «وأعلنت الحكومة الإخوان تنظيما إرهابيا», «على أكثر من 90 % من مدينة X»
    named_targets(doc, events)  # round 192: «فلان القائد العام، هجوما ... على قطر والسودان», «بما تقوم به X»
    coordinated_subjects(doc, events)  # «شن فلان هجوما على قطر، واتهمها»: the subject of the act before
    also_repeated(doc, events)  # round 210: «... تحاصر المتمردين. كما تحاصرهم»: the act before's source and target
    reception_visitors(doc, events)  # round 210: «وكان في استقباله فلان»: the visitor of the visit told before
    met_guests(doc, events)  # round 280: «واستقبله الأمير فلان», «والتقاه»: whom the pronoun on the verb stands for
    reception_guests(doc, events)  # round ev957: «أجريت لولي العهد مراسم استقبال», «كما كان في الاستقبال»: the guest
    willed_doers(doc, events)  # round 210: «أنه رفض لقاء فلان»: who refuses the act would do it
    dead_doers(doc, events)  # «مقتل القائد فلان، ومقتل 40 من»: the one killed does no later act
    described_targets(doc, events)  # round 175: «ووصف اجتماع باريس بالحاسم», «المقيم في», «وساطة X»
    made_actors(doc, events)  # round 175: «يجعل ذلك الأوروبيين أكثر ترددًا حيال فرض عقوبات»: the object
    legal_provisions(doc, events)  # round 182: «ويعرّف القانون الكيان بأنه ... الدعوة إلى»: what the law provides
    no_misc_parties(doc, events)  # round 192: a MISC name is no party
    plan_parties(doc, events)  # round 223: «خطة أميركية بدأت بقصف», «نتائج التشريح ... جرح», «تعهد ب... ضد X»
    plan_makers(doc, events)  # round ev876: «أعدت الحكومة خطة لاستعادة المدينة ثم محاصرتها»: the plan's maker
    initiative_calls(doc, events)  # round ev934: «أما المبادرة الإيرانية فتتضمن ... الدعوة إلى وقف إطلاق النار»
    events = carried_clauses(doc, events)  # round 219: «أنها استهدفت مناطق», «المسؤولان التونسيان», «لموسكو»
    events = idle_tours(doc, events)  # round 182: «هذه الجولة بعقد اجتماعات»: no traveller, no places
    events = travel_places(doc, events)  # troops or ships that arrive visit no one; a town is where, not whom
    reward_doers(doc, events)  # round ev307: «أعلنت الوزارة مكافأة لمن يساعد في قتله»: the offerer kills no one
    close_sources(doc, events)  # round ev307: «مصدرا مقربا من فلان ينفي»: the source close to him, not him
    hand_patients(doc, events)  # round ev361: «اعتقلت فلانة، ...، على يد X»: she is the patient, X the doer
    hand_agents(doc, events)  # round oe315: «اختطفا من منزليهما على يد مسلحين»: passive, the agent acts
    later_agents(doc, events)  # round ev301: «الهجمات التي جرت ... من قبل العنصريين»: the agent named after the act
    nearest_agents(doc, events)  # round 263: «التحقيق في جريمة إحراق الرضيع على يد مستوطنين»: the burning's only
    agent_pronouns(doc, events)  # round ev361: «وتمدده ...، وقتله أكثر من عشرين مصريًا»: the masdar, «ـه» its doer
    purpose_doers(doc, events)  # round oe366: «وتظاهر الآلاف احتجاجا على زيارته»: the protesters protest
    owned_doers(doc, events)  # round ev444: «طالب رفلين ... . بسبب تصريحاته»: the one «ـه» stands for
    initiative_doers(doc, events)  # round ev710: «المبادرة من السعودية بدعوة العراق»: السعودية invites العراق
    side_pairs(doc, events)  # ev627: again, once «لقاءه مع فلان» has its «ـه» owner: «إذ تباحث الطرفان»
    dual_meetings(doc, events)  # round ev879: «ويؤكدان خلال اجتماعهما», «لنظيره فلان ... بعد لقائهما»: the two
    sides_between(doc, events)  # round ev902: «المواجهات بين الطرفين», «الجانبين اتفقا»: the pair of the act before
    undergoer_subjects(doc, events)  # round ev491: «الصحفي فلان تعرض للضرب»: he undergoes it, no doer
    undertaken_chain(doc, events)  # round ev814: «أقدمت X على إعدام محام بإطلاق النار عليه وقتله»: X, the lawyer
    resumed_objects(doc, events)  # round ev903: «فلان الذي أحرقه المستوطنون»: فلان the target, the settlers the source
    argument_edges(doc, events)  # round 202: «لمكاتب», «والمقاتلين»: phrases past clitics; «اجتماع بالعاصمة»: none
    phrase_ends(doc, events)  # round ev808: «المسؤول مجددًا بحجة» → «المسؤول»; «الاعتداء الذي وقع»: none
    people_object_targets(doc, events)  # round ev582: «إحراق عائلة فلسطينية», «حرق للطيار الأردني»: that country
    held_title_parties(doc, events)  # round ev487: «اتصال هاتفي مع الرئيس المصري»: the one who holds that title
    counterpart_targets(doc, events)  # round 202: «نظرائه في مجلس التعاون», «نظرائه الخليجيين»: the body
    received_aid(doc, events)  # round ev342: «تلقت مصر ودائع من السعودية»: the giver is the source
    clash_killers(doc, events)  # round ar427: «مقتل ... في مواجهات مع القوات الموالية»: the side fought kills
    met_after_clause(doc, events)  # round ar427: «وزار الوزير الجزائر، والتقى الرئيس فلان»: the minister meets him
    events = demonstrated_acts(doc, events)  # round 232: «هذه الغارات» after «شنت ... غارات»: one event
    events = same_meetings(doc, events)  # round gr423: «خلال استقباله فلانا ... خلال اللقاء»: one meeting
    court_acts(doc, events)  # round ev970: «مثل فلان أمام المحكمة», «قضت المحكمة بسجن فلان», «وجهت النيابة اتهاما»: 173
    events = designations(doc, events)  # session 54 (mn955): «فرضت عقوبات على فلان ... توقيف فلان»: the designation
    events = purpose_talks(doc, events)  # round gr423: «عقدت اجتماعا لبحث ...»: the meeting's aim, no second one
    accord_codes(doc, events)  # round gr423: «اتفق الجانبان على ذلك»: accord on a view (019), no intent (030)
    assassinations(doc, events)  # round tp404: «مقتل رئيس المخابرات السابق», «النائب العام ... يقتل»: 186
    ready_speakers(doc, events)  # round ev840: «وقال: إنه مستعد للقاء أوباما»: the speaker's intent to meet, 036
    cue_speakers(doc, events)  # round qu801: «وبحسب مصادر عسكرية، أكدت أن»: the quote's speaker of the same cue
    suffix_doers(doc, events)  # round ev986: «وأعلنوا رفضهم», «بعد سيطرتهم على»: the one the pronoun stands for
    events = owned_acts(doc, events)  # round mn1015: «بعد رفضها لذلك» with no owner found: no event
    return means_acts(doc, events)  # round ev533: «قتل ... في غارة شمال مالي»: one event, «شمال مالي» no party
