"""Event coding: argument assignment on real-style sentences, syndicated copies, exports, and the gold."""

import csv
import json
from pathlib import Path

import duckdb
import pytest

from rasad.doc import Article, RawDocument
from rasad.events.quotes import find_quotes
from rasad.exports import export
from rasad.pipeline import Pipeline, default_stages
from rasad.runner import process, run
from rasad.store import open_store

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(default_stages())


def events_of(pipeline, text):
    article = Article.from_raw(RawDocument(doc_id="t", source="test", text=text))
    assert process(article, pipeline) is None
    return article, {(e.type, e.source, e.target) for e in article.events}


def test_phone_call_with_two_counterparts_gives_two_events(pipeline):
    text = ("سرلشکر محمد باقری رئیس ستاد کل نیروهای مسلح با «سرگئی لاوروف» وزیر امور خارجه روسیه و "
            "«فیصل بن فرحان» وزیر خارجه عربستان به صورت تلفنی گفتگو کرد.")
    article, triples = events_of(pipeline, text)
    consults = {t for t in triples if t[0] == "CONSULT"}
    assert ("CONSULT", "mohammad-bagheri", "sergey-lavrov") in consults
    assert len(consults) == 2
    assert all(e.mode == "phone" for e in article.events if e.type == "CONSULT")


# One sentence, the event it states: (what the rule is, sentence, (type, source, target)).
ONE_SENTENCE_EVENTS = [
    ("spaced_talks_noun_is_no_verb_ending_the_clause", "محمدجواد ظریف در پی گفت و گوی تلفنی با سرگئی لاوروف به این امر اشاره کرد.",
     ("CONSULT", "mohammad-javad-zarif", "sergey-lavrov")),
    ("a_demand_in_a_letter_is_made_of_its_addressee", "محمد باقر قالیباف در نامه‌ای خطاب به حسن روحانی خواستار بازگشایی تدریجی مدارس شد.",
     ("REQUEST", "mohammad-bagher-ghalibaf", "hassan-rouhani")),
    ("reacting_to_a_claim_rejects_the_claimant", "محمدجواد ظریف به ادعای اخیر دونالد ترامپ درباره آمادگی آمریکا برای کمک به ایران واکنش نشان داد.",
     ("REJECT", "mohammad-javad-zarif", "donald-trump")),
    ("a_headline_reaction_to_a_claim_rejects_the_claimant", "واکنش تند محمدجواد ظریف به ادعای مایک پمپئو",
     ("REJECT", "mohammad-javad-zarif", "mike-pompeo")),
    ("shooting_at_people_targets_them", "نظامیان صهیونیست به سوی جوانان فلسطینی در جنین تیراندازی کردند.",
     ("ASSAULT", "israeli-army", "people-pse-95b19d74db")),
    ("running_people_over_targets_them", "یک جوان فلسطینی با خودروی خود سه صهیونیست را زیر گرفت.",
     ("ASSAULT", "people-pse-fde628a1b0", "people-isr-8b35bbe663")),
    ("an_arrest_of_unnamed_nationals_targets_them", "سربازان آمریکایی دو شهروند عراقی را بازداشت کردند.",
     ("COERCE", "people-usa-01d2f17119", "people-irq-e9d8c4ac59")),
    ("condemnation_targets_the_object", "ناصر کنعانی سخنگوی وزارت امور خارجه حمله رژیم صهیونیستی به رفح را به شدت محکوم کرد.",
     ("ACCUSE", "nasser-kanaani", "ISR")),
    ("praise_targets_the_from_phrase", "حسین امیرعبداللهیان از مواضع اصولی چین در شورای امنیت قدردانی کرد.",
     ("SUPPORT", "hossein-amir-abdollahian", "CHN")),
    ("recalling_an_envoy_targets_the_state_it_served_in", "در پی این حادثه، هلند سفیر خود را از ایران فراخواند.",
     ("SANCTION", "NLD", "IRN")),
    ("congratulating_an_achievement_supports_its_achiever", "محسن رضایی پرتاب موفق ماهواره توسط سپاه پاسداران انقلاب اسلامی را تبریک گفت.",
     ("SUPPORT", "mohsen-rezaei", "irgc")),
    ("menacing_words_against_an_actor_threaten_it", "توییت تهدیدآمیز دونالد ترامپ علیه ایران واکنش‌های زیادی در پی داشت.",
     ("THREATEN", "donald-trump", "IRN")),
    ("consenting_to_a_request_agrees_with_the_requester", "ولادیمیر پوتین ضمن موافقت با درخواست رجب طیب اردوغان، آتش‌بس را تمدید کرد.",
     ("AGREE", "vladimir-putin", "recep-tayyip-erdogan")),
    ("hostile_conduct_with_two_adjectives_names_its_author", "عباس عراقچی بر ضرورت برخورد با تحریم‌های غیرقانونی و ضدانسانی آمریکا تاکید کرد.",
     ("ACCUSE", "abbas-araghchi", "USA")),
    ("a_nominal_trigger_takes_its_agent_from_the_words_after_it", "روایت کرملین از تماس تلفنی ولادیمیر پوتین و رجب طیب اردوغان",
     ("CONSULT", "vladimir-putin", "recep-tayyip-erdogan")),
    ("touring_a_country_is_a_visit", "مصطفی الکاظمی نخست وزیر عراق از کشورهای اردن و مصر دیدن کرده است.",
     ("CONSULT", "mustafa-al-kadhimi", "JOR")),
    ("a_dismissal_sanctions_the_dismissed", "سلمان بن عبدالعزیز پادشاه عربستان محمد بن نایف را از ولیعهدی برکنار کرد.",
     ("SANCTION", "salman-bin-abdulaziz", "muhammad-bin-nayef")),
    ("being_opposed_rejects", "چین و روسیه همچنان با ارجاع پرونده ایران به شورای امنیت مخالفند.",
     ("REJECT", "RUS", "IRN")),
    ("refusing_to_agree_rejects", "روسیه با درخواست آمریکا برای تحریم ایران موافقت نکرد.", ("REJECT", "RUS", "USA")),
    ("a_clause_reported_without_ke_has_its_own_subject", "کالین پاول گفت ایتالیا سازمان مجاهدین خلق را به عنوان یک گروه تروریستی تلقی کرده است.",
     ("ACCUSE", "ITA", "mek")),
    ("according_to_someone_is_no_reported_clause", "به گفته وی، پاکستان با سلاح‌های سبک به مواضع مرزی هند حمله کرد.",
     ("ASSAULT", "PAK", "IND")),
    ("adjectives_closing_the_phrase_after_a_clause_accuse_the_object_before_it",
     "سخنگوی وزارت خارجه ایران آرزوی مایک پامپئو را در حالی که کشورش کمک به سازمان جهانی بهداشت را لغو کرده، شرم آور و ریاکارانه خواند.",
     ("ACCUSE", "title-irn-948e7eb373", "mike-pompeo")),
    ("withdrawing_from_a_country_is_a_retreat_from_it", "روسیه نیروهای خود را از سوریه خارج کرد.",
     ("RETREAT", "RUS", "SYR")),
    ("calling_an_account_fake_rejects_its_author", "نیروی دریایی سپاه روایت آمریکا از این ماجرا را جعلی و هالیوودی خواند.",
     ("REJECT", "irgc-navy", "USA")),
    ("a_quoted_hope_about_someones_visit_is_their_visit", "احمد خاتمی گفت: امیدواریم که البرادعی در سفر خود به ایران با واقعیت‌ها مواجه شود.",
     ("CONSULT", "mohamed-elbaradei", "IRN")),
    ("unnamed_counterparts_of_several_states_stand_for_them", "مایک پامپئو با همتایان خود از امارات، کویت و قطر تلفنی گفت‌وگو کرد.",
     ("CONSULT", "mike-pompeo", "KWT")),
    ("a_message_of_thanks_goes_to_whom_it_was_sent_for", "ولادیمیر پوتین برای بشار اسد پیام تشکر فرستاد.",
     ("SUPPORT", "vladimir-putin", "bashar-al-assad")),
    ("a_headline_noun_of_thanks_names_who_thanks_whom", "تشکر حسن روحانی از عملکرد سپاه پاسداران انقلاب اسلامی",
     ("SUPPORT", "hassan-rouhani", "irgc")),
    ("an_act_called_wrongful_accuses_its_author", "محمدجواد ظریف تصمیم پارلمان اروپا را اقدامی تحریک‌آمیز خواند.",
     ("ACCUSE", "mohammad-javad-zarif", "european-parliament")),
    ("praise_in_the_passive_names_its_giver_after_tavassot", "حسن روحانی توسط ابراهیم رئیسی تقدیر شد.",
     ("SUPPORT", "ebrahim-raisi", "hassan-rouhani")),
    ("a_report_judged_false_is_rejected", "ظریف گفت: ادعاهای وزارت خارجه آمریکا درباره برنامه هسته‌ای ایران بی‌اساس است.",
     ("REJECT", "mohammad-javad-zarif", "us-state-department")),
    ("a_ministry_the_registry_lists_is_that_organisation", "وزارت خارجه آمریکا در گزارشی ایران را به نقض آزادی‌های مذهبی متهم کرد.",
     ("ACCUSE", "us-state-department", "IRN")),
    ("a_demand_is_made_of_the_agent_its_clause_opens_with", "علاءالدین بروجردی خواست که شورای شهر تهران این خطا را جبران کند.",
     ("REQUEST", "alaeddin-boroujerdi", "tehran-city-council")),
    ("a_sum_given_to_a_state_is_aid", "اتحادیه اروپا ۱۰ میلیون یورو به افغانستان کمک کرد.", ("AID", "european-union", "AFG")),
    ("a_menace_is_its_authors_not_the_subjects_who_judges_it", "سخنگوی وزارت خارجه تهدیدات اخیر دونالد ترامپ علیه ایران را بی‌اعتبار خواند.",
     ("THREATEN", "donald-trump", "IRN")),
    ("calling_threats_psychological_warfare_accuses_their_author", "محمدجواد ظریف تهدیدهای ترامپ علیه ایران را یک نوع جنگ روانی دانست.",
     ("ACCUSE", "mohammad-javad-zarif", "donald-trump")),
    ("a_headline_opposition_noun_rejects_what_its_object_asks", "مخالفت آمریکا با درخواست وام ایران از صندوق بین المللی پول",
     ("REJECT", "USA", "IRN")),
    ("assessing_a_presence_positively_supports_its_actor", "علی لاریجانی با مثبت‌ارزیابی کردن حضور البرادعی گفت که همکاری ادامه دارد.",
     ("SUPPORT", "ali-larijani", "mohamed-elbaradei")),
    ("negotiations_of_two_named_parties_are_talks_between_them", "دور جدید مذاکرات ایران و اروپا فردا برگزار می‌شود.",
     ("CONSULT", "IRN", "european-countries")),
    ("a_concessive_opening_holds_no_subject", "این در حالی است که به رغم فشارهای آمریکا، چین و روسیه با ارجاع پرونده ایران به شورای امنیت مخالفند.",
     ("REJECT", "CHN", "IRN")),
    ("the_one_arriving_is_the_visitor", "ساعتی قبل از ورود بوش به سائوپائولو، معترضان در خیابان‌ها تجمع کردند.",
     ("CONSULT", "george-w-bush", "BRA")),
    ("a_trip_made_to_a_state", "اردوغان که اولین سفر خود را به استرالیا انجام می‌دهد، با نخست‌وزیر دیدار خواهد کرد.",
     ("CONSULT", "recep-tayyip-erdogan", "AUS")),
    ("a_city_that_is_no_capital_is_its_states", "ظریف برای دیدار با همتای ترکیه‌ای خود وارد استانبول شد.",
     ("CONSULT", "mohammad-javad-zarif", "TUR")),
    ("a_capital_far_from_tehran", "محمد بن سلمان سه‌شنبه گذشته به نواکشوت سفر کرده بود.",
     ("CONSULT", "mohammed-bin-salman", "MRT")),
    ("two_parties_reviewing_together_meet", "پاکستان و انگلیس راه‌های همکاری دفاع دریایی را مورد بررسی قرار دادند.",
     ("CONSULT", "PAK", "GBR")),
    ("in_contact_with_is_a_call_with_each", "ظریف در تماس با لاوروف و چاووش‌اوغلو درباره سوریه گفت‌وگو کرد.",
     ("CONSULT", "mohammad-javad-zarif", "mevlut-cavusoglu")),
    ("restrictions_on_relations_sanction", "ترکیه و پاکستان محدودیت‌هایی را در روابط خود با امارات ایجاد کرده‌اند.",
     ("SANCTION", "PAK", "ARE")),
]


@pytest.mark.parametrize("rule, sentence, triple", ONE_SENTENCE_EVENTS, ids=[row[0] for row in ONE_SENTENCE_EVENTS])
def test_one_sentence_codes_its_event(pipeline, rule, sentence, triple):
    _, triples = events_of(pipeline, sentence)
    assert triple in triples, rule


def test_parties_are_not_joined_across_the_talks_noun(pipeline):
    _, triples = events_of(pipeline, "همکاری محور دیدار مقامات ترکمنستان و چین و رایزنی وزرای خارجه ازبکستان و هند")
    assert not any({t[1], t[2]} & {"CHN", "TKM"} and {t[1], t[2]} & {"UZB", "IND"} for t in triples if t[0] == "CONSULT")


def test_a_demand_is_made_of_the_body_whose_activity_it_asks_to_stop(pipeline):
    article, _ = events_of(pipeline, "دولت لیبی خواستار تعلیق فعالیت‌های پارلمان این کشور تا انتخابات آینده شد.")
    (event,) = [e for e in article.events if e.type == "REQUEST"]
    target = article.actors[event.target]
    assert (target.name, target.country, target.sector) == ("پارلمان این کشور", "LBY", "LEG")


def test_visit_targets_the_host_and_sets_the_location(pipeline):
    article, triples = events_of(pipeline, "رجب طیب اردوغان رئیس جمهور ترکیه برای دیداری رسمی به تهران سفر کرد.")
    assert ("CONSULT", "recep-tayyip-erdogan", "IRN") in triples
    visit = next(e for e in article.events if e.type == "CONSULT")
    assert visit.mode == "visit" and visit.location == "تهران"


def test_a_concessive_opening_names_no_actor_that_acts(pipeline):
    _, triples = events_of(pipeline, "به رغم فشارهای آمریکا، چین و روسیه با ارجاع پرونده ایران به شورای امنیت مخالفند.")
    assert not [t for t in triples if t[1] == "USA"]


def test_the_next_clauses_from_phrase_is_no_addressee(pipeline):
    _, triples = events_of(pipeline, "محمد البرادعی خواستار بازگشت سریع بازرسان آژانس به ایران شد و از کره شمالی به عنوان الگو یاد کرد.")
    assert ("REQUEST", "mohamed-elbaradei", None) in triples


def test_an_actor_inside_what_was_said_is_not_the_next_speaker(pipeline):
    text = "وی گفت: نمایندگان مجلس در این هیئت هستند. او پذیرفته نشدن اسناد را از مشکلات دانست و افزود: امکانات وجود دارد."
    article, _ = events_of(pipeline, text)
    assert all(quote.speaker != "iran-parliament" for quote in article.quotes)


def test_an_unknown_body_acting_does_not_lend_its_act_to_the_last_subject(pipeline):
    text = ("آذری جهرمی متهم ردیف اول است.\n\nمجمع نمایندگان طلاب و فضلای حوزه علمیه قم طی نامه‌ای خطاب به "
            "رئیس قوه قضائیه خواستار محاکمه عاملان ولنگاری فضای مجازی شدند.")
    _, triples = events_of(pipeline, text)
    assert not [t for t in triples if t[0] == "REQUEST"]


def test_a_headline_opening_with_an_event_noun_names_its_agent(pipeline):
    article, _ = events_of(pipeline, "انتقاد بیل گیتس از راهزنی ترامپ در اوج بحران کرونا")
    accusation = next(e for e in article.events if e.type == "ACCUSE")
    assert article.actors[accusation.source].name == "بیل گیتس" and accusation.target == "donald-trump"


def test_a_pronoun_cue_speaks_for_the_person_not_for_whom_it_talks_of(pipeline):
    text = "سرگئی لاوروف در مسکو گفت: همکاری ادامه دارد.\n\nوی به ناکامی آمریکا در منطقه اشاره کرد و افزود: انگلیس هم قسم آمریکا بوده است."
    article, _ = events_of(pipeline, text)
    assert [quote.speaker for quote in article.quotes] == ["sergey-lavrov", "sergey-lavrov"]


def test_speech_nobody_can_be_named_for_is_no_quote(pipeline):
    article, _ = events_of(pipeline, "وی گفت: همکاری دو طرف ادامه خواهد داشت.")
    assert article.quotes == []


def test_an_impersonal_speech_verb_opens_no_quote(pipeline):
    # fars-5-269 (an interview): «باید گفت که …» is the interviewee's turn of phrase, no report of what the
    # enemies named before it said
    text = ("دشمنان قسم خورده انقلاب پنداشته‌اند که با ایجاد ناامنی به اهداف خود دست یابند.\n\n"
            "در وهله اول باید گفت که مردم ایران خود را صاحب کشور، نظام و جمهوری اسلامی می‌دانند.\n\n"
            "می‌توان گفت که تحریم‌ها به نتیجه نرسیده است.")
    article, _ = events_of(pipeline, text)
    assert article.quotes == []
    article, _ = events_of(pipeline, "حسن روحانی گفت: در وهله اول باید گفت که مردم ایران صاحب کشور هستند.")
    assert [(q.speaker, q.text.text) for q in article.quotes] == [
        ("hassan-rouhani", "در وهله اول باید گفت که مردم ایران صاحب کشور هستند")
    ]


@pytest.mark.parametrize("text, speaker, said", [
    # fars-2-054, fars-4-225: indirect speech with no «که» after the verb
    ("«دونالد توسک» رئیس شورای اروپا بعد از گفت‌وگوهای دیشب گفت پیشرفت‌هایی در این مذاکرات وجود داشته است.",
     "donald-tusk", "پیشرفت‌هایی در این مذاکرات وجود داشته است"),
    ("مهدی کروبی در پاسخ به این پرسش که آیا بار دیگر نامزد خواهد شد، گفت هنوز در این باره تصمیم نگرفته است.",
     "mehdi-karroubi", "هنوز در این باره تصمیم نگرفته است"),
])
def test_a_speech_verb_without_that_opens_indirect_speech(pipeline, text, speaker, said):
    article, _ = events_of(pipeline, text)
    assert [(q.speaker, q.text.text) for q in article.quotes] == [(speaker, said)]


@pytest.mark.parametrize("text", [
    "حسن روحانی به ولادیمیر پوتین تبریک گفت و این پیروزی را به ملت روسیه تبریک گفت روسیه کشوری دوست است.",
    "گفته می‌شود اختلاف نظرها درباره طرح پیشنهادی دیوید کامرون خیلی عمیق است.",
    "حسن روحانی با ولادیمیر پوتین گفت و گو کرد.",
])
def test_a_bare_gof_that_is_no_report_opens_no_quote(pipeline, text):
    article, _ = events_of(pipeline, text)
    assert article.quotes == []


def test_a_quote_nobody_known_says_keeps_its_clauses_own_subject(pipeline):
    # fars-3-033 pattern: an unnamed source reports a named leader's demand
    _, triples = events_of(pipeline, "یک منبع آگاه گفت: ولادیمیر پوتین خواستار آتش‌بس فوری در غزه است.")
    assert triples == {("REQUEST", "vladimir-putin", None)}


@pytest.mark.parametrize("text", [
    # fars-3-113: the place each party is met in stands between them
    "کالین پاول ابتدا با آریل شارون در اسرائیل و محمود عباس نخست وزیر فلسطین در ساحل غربی گفتگو خواهد کرد.",
    "کالین پاول با آریل شارون در قدس و با محمود عباس در رام الله دیدار کرد.",
])
def test_a_meeting_with_two_parties_each_in_his_place_meets_both(pipeline, text):
    _, triples = events_of(pipeline, text)
    assert {("CONSULT", "colin-powell", "ariel-sharon"), ("CONSULT", "colin-powell", "mahmoud-abbas")} <= triples


def test_a_place_after_the_party_met_joins_no_later_clause(pipeline):
    _, triples = events_of(pipeline, "کالین پاول با آریل شارون در اسرائیل دیدار کرد و ایران را تهدید کرد.")
    assert ("CONSULT", "colin-powell", "IRN") not in triples and ("THREATEN", "colin-powell", "IRN") in triples


@pytest.mark.parametrize("cue", ["ابراز داشت", "ابراز کرد", "متذکر شد", "متذكر شد", "اذعان داشت", "خاطرنشان ساخت"])
def test_formal_speech_verbs_open_a_quote(pipeline, cue):
    # Fars News writes these for «گفت» (5 to 42 times each in the Fars News and Hamshahri corpora)
    article, _ = events_of(pipeline, f"حسن روحانی {cue}: مردم ایران صاحب کشور هستند.")
    assert [(q.speaker, q.text.text) for q in article.quotes] == [("hassan-rouhani", "مردم ایران صاحب کشور هستند")]


@pytest.mark.parametrize("text", [
    "نشست سه‌جانبه ایران، روسیه و ترکیه در آستانه برگزار شد.",
    "نشست سه جانبه ایران، روسیه و ترکیه در آستانه برگزار شد.",  # the modifier written with a space
])
def test_a_trilateral_meeting_names_its_parties_after_it(pipeline, text):
    _, triples = events_of(pipeline, text)
    assert {("CONSULT", "IRN", "RUS"), ("CONSULT", "IRN", "TUR")} <= triples


def test_the_actor_right_after_a_chant_is_its_target_not_its_agent(pipeline):
    # fars-3-226: «مرگ بر امریکا» names whom the crowd protests against
    _, triples = events_of(pipeline, "تظاهرکنندگان با شعارهای مرگ بر آمریکا از دستاوردهای هسته‌ای حمایت کردند.")
    assert any(t[0] == "PROTEST" and t[2] == "USA" for t in triples)


def test_request_without_an_addressee_keeps_a_null_target(pipeline):
    _, triples = events_of(pipeline, "ولادیمیر پوتین خواستار برقراری فوری آتش بس در غزه شد.")
    assert ("REQUEST", "vladimir-putin", None) in triples


@pytest.mark.parametrize("text, triple", [
    ("ظریف گفت: همه کشورهای جهان و مقامات رسمی دولتها باید دست به دست هم دهند تا با تروریسم مقابله کنند.",
     ("REQUEST", "mohammad-javad-zarif", "world-countries")),
    ("ظریف گفت: کشورهای اروپایی باید به تعهدات خود عمل کنند.", ("REQUEST", "mohammad-javad-zarif", "european-countries")),
    ("ظریف گفت که آمریکا باید تحریم‌ها را کنار بگذارد.", ("REQUEST", "mohammad-javad-zarif", "USA")),
    ("ظریف گفت: کنگره آمریکا نباید اجازه دهد این قانون اجرا شود.", ("REQUEST", "mohammad-javad-zarif", "us-congress")),
    ("ظریف گفت آمریکا باید تحریم‌ها را لغو کند.", ("REQUEST", "mohammad-javad-zarif", "USA")),
    ("ظریف گفت صهیونیست‌ها باید بدانند ادامه جنایت بدون هزینه نخواهد بود.",
     ("THREATEN", "mohammad-javad-zarif", "ISR")),
])
def test_a_party_opening_a_clause_with_must_is_asked_by_the_speaker(pipeline, text, triple):
    _, triples = events_of(pipeline, text)
    assert triple in triples
    assert (triple[0], triple[2], triple[1]) not in triples  # the party asked never becomes the one who asks


@pytest.mark.parametrize("text", [
    "ظریف گفت: ایران باید قوی باشد.",  # the speaker's own state: a resolve
    "ظریف گفت: رژیم صهیونیستی باید محاکمه شود.",  # a passive: someone else is to act
    # a noun's complement is asked nothing
    "ظریف گفت: هر اقدامی در برابر تجاوزات آمریکا باید مورد تایید همگان باشد.",
    "ظریف گفت: صهیونیست‌ها باید بدانند ادامه جنایت بدون هزینه نخواهد بود.",  # a warning
])
def test_must_asks_nothing_of_own_state_a_passive_patient_a_complement_or_a_warned_party(pipeline, text):
    _, triples = events_of(pipeline, text)
    assert not {t for t in triples if t[0] == "REQUEST" and t[2] is not None}


def test_slogans_in_a_row_are_all_the_first_speakers(pipeline):
    text = ("آیت‌الله خامنه‌ای در دیدار با اعضای مجلس خبرگان بر انقلابی‌گری تاکید کرد. "
            "«مجلس خبرگان باید انقلابی باشد»، «مجلس شورای اسلامی باید انقلابی باشد»، «دولت باید انقلابی باشد».")
    article, triples = events_of(pipeline, text)
    assert {quote.speaker for quote in article.quotes} == {"ali-khamenei"}
    assert ("REQUEST", "ali-khamenei", "iran-parliament") in triples


def test_a_place_named_as_this_country_is_the_states_name(pipeline):
    article, _ = events_of(pipeline, "ظریف به عراق سفر کرد. وی در این کشور با نخست‌وزیر عراق دیدار کرد.")
    meeting = next(e for e in article.events if e.type == "CONSULT" and e.mode == "meeting")
    assert (meeting.location, meeting.location_country) == ("عراق", "IRQ")


def test_both_sides_agree_after_their_meeting(pipeline):
    text = ("حسین امیرعبداللهیان در مسکو با سرگئی لاوروف دیدار و گفتگو کرد.\n"
            "دو طرف توافق کردند همکاری‌های اقتصادی را گسترش دهند.")
    _, triples = events_of(pipeline, text)
    assert ("AGREE", "hossein-amir-abdollahian", "sergey-lavrov") in triples


def test_quote_has_its_speaker_and_events_inside_take_the_speaker(pipeline):
    text = "ناصر کنعانی گفت: رژیم صهیونیستی باید بداند این جنایت بی پاسخ نخواهد ماند."
    article, _ = events_of(pipeline, text)
    assert article.quotes and article.quotes[0].speaker == "nasser-kanaani"
    assert text[article.quotes[0].text.start:article.quotes[0].text.end] == article.quotes[0].text.text


def test_a_colon_at_the_end_of_a_line_opens_a_block_quote(pipeline):
    text = ("ناصر کنعانی سخنگوی وزارت امور خارجه پیامی در شبکه ایکس منتشر کرد و نوشت:\n\n"
            "امروز با همتای عمانی خود درباره آتش‌بس در غزه گفت‌وگو کردم.\n\n"
            "ادامه محاصره غزه برای منطقه فاجعه‌بار خواهد بود.\n\n\n\n"
            "خبرهای مرتبط")
    article, _ = events_of(pipeline, text)
    (quote,) = article.quotes
    assert quote.speaker == "nasser-kanaani"
    assert quote.text.text.startswith("امروز با همتای عمانی") and quote.text.text.endswith("فاجعه‌بار خواهد بود")


def test_a_block_quote_stops_where_the_next_report_starts():
    text = ("وزیر امور خارجه در صفحه شخصی خود نوشت:\n\nسفر امروز به بغداد گامی برای همکاری منطقه‌ای بود.\n\n"
            "سخنگوی دولت نیز گفت: این سفر نتایج خوبی داشت.")
    spans = [text[q.start:q.end] for q in find_quotes(text)]
    assert spans == ["سفر امروز به بغداد گامی برای همکاری منطقه‌ای بود", "این سفر نتایج خوبی داشت"]


def test_a_quote_stops_where_a_new_report_starts_on_its_line():
    headline = "گفت‌وگوی دو مقام\n"
    indirect = "لاوروف گفت که روسیه از آتش‌بس حمایت می‌کند. کنعانی گفت که ایران نیز همین موضع را دارد."
    direct = ("وی ادامه داد: این عملیات با جنگ‌های سابق متفاوت است. ابومرزوق خاطر نشان کرد: مردم غزه تا پای جان "
              "ایستاده‌اند.")
    told = "وی افزود: مگر مردم چه می‌خواهند؟ همه تاکید کرده‌اند که تظاهرات باید مسالمت‌آمیز باشد."
    quoted = "او گفت: «شورا تشکیل شد. رئیس آن گفت که کار را آغاز می‌کند» و جلسه پایان یافت."

    def spans(line: str) -> list[str]:
        text = headline + line
        return [text[q.start:q.end] for q in find_quotes(text)]

    assert spans(indirect) == ["روسیه از آتش‌بس حمایت می‌کند", "ایران نیز همین موضع را دارد"]
    assert spans(direct) == ["این عملیات با جنگ‌های سابق متفاوت است", "مردم غزه تا پای جان ایستاده‌اند"]
    # inside direct speech, what others are said to have said is the speaker's own report
    assert spans(told) == ["مگر مردم چه می‌خواهند؟ همه تاکید کرده‌اند که تظاهرات باید مسالمت‌آمیز باشد"]
    assert spans(quoted) == ["شورا تشکیل شد. رئیس آن گفت که کار را آغاز می‌کند» و جلسه پایان یافت"]


def test_a_lead_restated_in_the_body_is_one_quote(pipeline):
    lead = "ناصر کنعانی گفت: تحریم‌های یکجانبه علیه مردم ایران غیرقانونی است و باید فوراً لغو شود."
    body = ("سخنگوی وزارت امور خارجه در نشست خبری هفتگی افزود: همه می‌دانند تحریم‌های یکجانبه علیه مردم ایران "
            "غیرقانونی است و باید فوراً لغو شود.")
    other = "کنعانی ادامه داد: مذاکرات وین در صورت جدیت طرف مقابل به نتیجه خواهد رسید."
    article, _ = events_of(pipeline, "\n".join((lead, body, other)))
    assert [q.text.text[:12] for q in article.quotes] == ["تحریم‌های یک", "مذاکرات وین "]


def test_going_and_arriving_are_visits_but_only_to_a_place(pipeline):
    _, went = events_of(pipeline, "مایک پامپئو وزیر خارجه آمریکا از کابل به امارات رفت.")
    assert ("CONSULT", "mike-pompeo", "ARE") in went
    article, arrived = events_of(pipeline, "به افتخار ورود ولادیمیر پوتین رئیس جمهور روسیه به تهران ۲۱ گلوله توپ شلیک شد.")
    assert ("CONSULT", "vladimir-putin", "IRN") in arrived
    for text in ("این حمله نقض آشکار حاکمیت عراق به شمار می‌رود.",
                 "در بیانیه وزارت خارجه ارمنستان درباره حمله به قلمرو جمهوری آذربایجان آمده است که تانک‌ها تخریب شد."):
        _, triples = events_of(pipeline, text)
        assert not any(t[0] == "CONSULT" for t in triples), text


def test_allegations_are_their_authors_not_the_rejecting_subjects(pipeline):
    _, triples = events_of(pipeline, "ناصر کنعانی اتهامات واهی آمریکا علیه ایران را رد کرد.")
    assert ("ACCUSE", "USA", "IRN") in triples and ("REJECT", "nasser-kanaani", "USA") in triples
    assert not any(t[0] == "ACCUSE" and t[1] == "nasser-kanaani" for t in triples)


def test_an_event_in_a_conditional_clause_is_a_supposition_but_a_conditional_warning_is_a_threat(pipeline):
    _, supposed = events_of(pipeline, "رافائل کوره‌آ پرسید چه اتفاقی خواهد افتاد اگر مکزیک به آمریکا حمله کند؟")
    assert not any(t[0] == "ASSAULT" for t in supposed)
    _, warned = events_of(pipeline, "حسین سلامی گفت: اگر آمریکا به ایران حمله کند، به آمریکا هشدار می‌دهیم که پاسخ سختی خواهد گرفت.")
    assert not any(t[0] == "ASSAULT" for t in warned) and ("THREATEN", "hossein-salami", "USA") in warned


def test_a_meeting_held_with_attendees_pairs_the_first_with_the_others(pipeline):
    _, triples = events_of(pipeline, "دیدار امروز با حضور محمود عباس و نمایندگانی از جنبش حماس و جهاد اسلامی برگزار خواهد شد.")
    assert {("CONSULT", "mahmoud-abbas", "hamas"), ("CONSULT", "mahmoud-abbas", "palestinian-islamic-jihad")} <= triples
    _, alone = events_of(pipeline, "جلسه هیئت دولت با حضور حسن روحانی برگزار شد.")
    assert not any(t[0] == "CONSULT" for t in alone)


def test_military_as_an_adjective_hides_no_actor(pipeline):
    _, triples = events_of(pipeline, "وزارت خارجه روسیه حمله نظامی آمریکا به سوریه را محکوم کرد.")
    assert any(t[0] == "ACCUSE" and t[2] == "USA" for t in triples)


def test_a_first_person_meeting_in_a_quote_is_the_speakers(pipeline):
    text = "سرلشکر محمد باقری گفت: در دیدارهای جداگانه با مقامات نظامی سوریه و عراق گفتگو خواهیم کرد."
    article, triples = events_of(pipeline, text)
    # «مقامات نظامی سوریه» are Syria's officials (a group of Syria's), «عراق» the state
    countries = {(t[0], t[1], article.actors[t[2]].country) for t in triples}
    assert {("CONSULT", "mohammad-bagheri", "SYR"), ("CONSULT", "mohammad-bagheri", "IRQ")} <= countries
    assert not any(t[1] != "mohammad-bagheri" for t in triples)


def test_a_credit_line_without_a_comma_runs_into_its_subject(pipeline):
    text = "به گزارش فارس جرج بوش در سخنان روز پنجشنبه خود در واشنگتن، ایران را به دخالت در امور عراق متهم کرد."
    article, triples = events_of(pipeline, text)
    bush = next(m for m in article.mentions if m.text == "جرج بوش")
    assert ("ACCUSE", bush.actor_id, "IRN") in triples
    _, reporter = events_of(pipeline, "به گزارش خبرنگار خبرگزاری فارس در اسلام‌آباد، هند پاکستان را به نقض آتش بس متهم کرد.")
    assert ("ACCUSE", "IND", "PAK") in reporter


def test_a_host_receives_the_visit_its_guest_makes(pipeline):
    _, triples = events_of(pipeline, "تهران روز دوشنبه میزبان فیصل بن فرحان وزیر امور خارجه عربستان بود.")
    assert ("CONSULT", "faisal-bin-farhan", "IRN") in triples and ("CONSULT", "IRN", "faisal-bin-farhan") not in triples


def test_a_pronoun_opening_a_sentence_speaks_for_the_last_person_not_the_last_subject(pipeline):
    text = ("ناصر کنعانی سخنگوی وزارت امور خارجه از درگیری مرزی خبر داد.\n"
            "به گفته وی، سربازان پاکستان به مواضع مرزی افغانستان حمله کردند.\n"
            "این مقام ایرانی افزود: دو طرف باید خویشتنداری کنند.\n"
            "وی همچنین عنوان داشت: ایران آماده میانجیگری است.")
    article, _ = events_of(pipeline, text)
    assert [q.speaker for q in article.quotes] == ["nasser-kanaani", "nasser-kanaani"]


def test_leaders_who_met_each_other_make_every_pair(pipeline):
    _, triples = events_of(pipeline, "حسن روحانی، حامد کرزی و امامعلی رحمان در کابل با هم دیدار و گفتگو کردند.")
    pairs = {frozenset(t[1:]) for t in triples if t[0] == "CONSULT"}
    assert pairs == {frozenset(p) for p in (("hassan-rouhani", "hamid-karzai"), ("hassan-rouhani", "emomali-rahmon"),
                                            ("hamid-karzai", "emomali-rahmon"))}


def test_an_air_strike_someone_favours_is_no_attack(pipeline):
    _, triples = events_of(pipeline, "کیت باند دیک چنی را طرفدار حمله هوایی به ایران معرفی کرد.")
    assert not any(t[0] == "ASSAULT" for t in triples)


def test_a_deployment_agreed_to_is_none_and_a_first_person_demand_is_the_speakers(pipeline):
    _, triples = events_of(pipeline, "ترکیه قبل از موافقت با اعزام نیرو به عراق خواستار اقدام شدید آمریکا علیه نیروهای کرد است.")
    assert ("REQUEST", "TUR", "USA") in triples and not any(t[0] == "MOBILIZE" for t in triples)
    _, asked = events_of(pipeline, "حسن نصرالله گفت: من از کشورهای اسلامی می‌خواهم با اروپا گفتگو کنند.")
    assert ("REQUEST", "hassan-nasrallah", "islamic-countries") in asked


def test_an_actor_owned_by_an_unknown_office_opening_the_sentence_is_not_its_subject(pipeline):
    text = "قائم مقام ستاد انتخاباتی محمود احمدی‌نژاد خواستار خودداری وزارت کشور از بازی با افکار عمومی شد."
    _, triples = events_of(pipeline, text)
    assert not any(t[1] == "mahmoud-ahmadinejad" for t in triples)


def test_aid_called_for_is_not_aid_sent(pipeline):
    text = "محمد جواد ظریف بر لزوم باز شدن مرزهای یمن برای ارسال کمک‌های بشردوستانه به مردم یمن تاکید کرد."
    _, triples = events_of(pipeline, text)
    assert not any(t[0] == "AID" for t in triples)


def test_a_member_singled_out_of_a_list_is_the_target_not_the_whole(pipeline):
    text = "ابراهیم رئیسی رویکرد کشورهای غربی و خصوصاً آمریکا در حمایت از رژیم صهیونیستی را محکوم کرد."
    _, triples = events_of(pipeline, text)
    accused = {t[2] for t in triples if t[0] == "ACCUSE"}
    assert "USA" in accused and "western-countries" not in accused


def test_with_him_after_the_other_party_of_a_meeting_is_the_subject(pipeline):
    text = "حسن روحانی در دیدار عصر امروز فرانکو فراتینی وزیر خارجه ایتالیا با وی گفت: روابط دو کشور خوب است."
    article, triples = events_of(pipeline, text)
    assert next(m for m in article.mentions if m.how == "pronoun").actor_id == "hassan-rouhani"
    frattini = next(m for m in article.mentions if m.text == "فرانکو فراتینی").actor_id
    assert ("CONSULT", "hassan-rouhani", frattini) in triples
    _, other = events_of(pipeline, "عباس عراقچی با سرگئی لاوروف دیدار کرد و با وی درباره برجام گفتگو کرد.")
    assert ("CONSULT", "abbas-araghchi", "sergey-lavrov") in other


def test_the_reporter_of_a_credit_line_takes_no_part(pipeline):
    text = "به گزارش خبرنگار اقتصادي خبرگزاري فارس، كورشات توزمن كه در ديدار با وزير مسكن ايران سخن مي‌گفت، اظهار داشت: همکاری ادامه دارد."
    article, _ = events_of(pipeline, text)
    reporter = next(m for m in article.mentions if m.text.startswith("خبرنگار"))
    assert reporter.how == "attribution" and not any(q.speaker == reporter.actor_id for q in article.quotes)


def test_a_journey_to_a_list_of_countries_visits_each(pipeline):
    _, triples = events_of(pipeline, "ایاد علاوی قصد دارد بعد از آن به عربستان سعودی، امارات و کویت سفر کند.")
    assert {("CONSULT", "ayad-allawi", state) for state in ("SAU", "ARE", "KWT")} <= triples


def test_a_headline_quote_names_its_speaker_and_gives_way_to_the_bodys_words(pipeline):
    article, _ = events_of(pipeline, "ظریف: در امور کشور ما دخالت نکنید | واکنش به ادعای ترامپ\nخبر دیگری از تهران.")
    assert [(q.speaker, q.text.text) for q in article.quotes] == [("mohammad-javad-zarif", "در امور کشور ما دخالت نکنید")]
    text = ("باقری: ادامه جنایت در غزه بدون هزینه نخواهد بود\n"
            "علی باقری کنی تصریح کرد: صهیونیست‌ها باید بدانند ادامه و تشدید جنایت در غزه بدون هزینه نخواهد بود.")
    restated, _ = events_of(pipeline, text)
    assert [q.text.text[:11] for q in restated.quotes] == ["صهیونیست‌ها"]
    untitled, _ = events_of(pipeline, "ویدیو: سخنان وزیر خارجه در نشست خبری امروز")
    assert untitled.quotes == []


def test_negated_verb_is_no_event(pipeline):
    _, triples = events_of(pipeline, "ولادیمیر پوتین این حمله را محکوم نکرد.")
    assert not any(t[0] == "ACCUSE" for t in triples)


def test_syndicated_copies_share_one_cluster(tmp_path):
    body = "ولادیمیر پوتین رئیس جمهور روسیه حمله رژیم صهیونیستی به غزه را محکوم کرد."
    folder = tmp_path / "copies"
    folder.mkdir()
    (folder / "a.txt").write_text("به گزارش ایرنا، " + body, encoding="utf-8")
    (folder / "b.txt").write_text("به گزارش خبرگزاری مهر، " + body + "\nانتهای پیام/", encoding="utf-8")
    store = open_store(tmp_path / "c.duckdb")
    run([folder], store)
    rows = store.query("SELECT doc_id, cluster_id FROM events WHERE type = 'ACCUSE'")
    assert {row["doc_id"] for row in rows} == {"a", "b"}
    assert len({row["cluster_id"] for row in rows}) == 1
    store.close()


def test_exports_round_trip(sample_run, tmp_path):
    store, _ = sample_run
    stored = store.count("events")
    jsonl = tmp_path / "events.jsonl"
    assert export(store, "events-jsonl", jsonl) == stored
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    originals = {row["doc_id"]: row["original"] for row in store.query("SELECT doc_id, original FROM articles")}
    for record in records:
        evidence = record["evidence"]
        assert originals[record["doc_id"]][evidence["start"]:evidence["end"]] == evidence["text"]
        assert {"id", "name", "name_en", "kind", "country", "sector", "role"} <= set(record["source"])
    plover = tmp_path / "events.plover.jsonl"
    export(store, "plover-json", plover)
    for line in plover.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert {"id", "date", "actor", "event", "recipient", "event_text", "quad_code"} <= set(record)
    for file_format in ("csv", "parquet"):
        path = tmp_path / f"events.{file_format}"
        export(store, file_format, path)
        reader = "read_parquet" if file_format == "parquet" else "read_csv_auto"
        assert duckdb.connect().execute(f"SELECT count(*) FROM {reader}('{path}')").fetchone()[0] == stored
    with (tmp_path / "events.csv").open(encoding="utf-8") as handle:
        assert "evidence_text" in next(csv.reader(handle))


def test_a_nominal_trigger_written_with_zwnj_still_finds_its_agent(pipeline):
    _, triples = events_of(pipeline, "جزئیات گفت‌وگوی تلفنی ظریف و وزیر امورخارجه قطر")
    assert any(t[:2] == ("CONSULT", "mohammad-javad-zarif") and t[2].startswith("title-qat-") for t in triples)


def test_ministers_of_a_plural_title_consult_each_other(pipeline):
    _, triples = events_of(pipeline, "وزیران امور خارجه ایران و قطر درباره افغانستان رایزنی کردند.")
    consults = [t for t in triples if t[0] == "CONSULT"]
    assert len(consults) == 1
    assert {consults[0][1], consults[0][2]} == {"IRN", "QAT"}  # no date, so no holder: their states


def test_both_sides_after_the_subject_are_the_pair_just_named(pipeline):
    text = ("معاون وزیر امور خارجه روسیه با ابراز نگرانی از تنش‌ها میان تهران و واشنگتن، دو طرف را به "
            "خویشتن‌داری دعوت کرد.")
    _, triples = events_of(pipeline, text)
    assert {t[2] for t in triples if t[0] == "REQUEST"} == {"IRN", "USA"}


def test_the_action_a_demand_asks_for_is_no_event(pipeline):
    _, triples = events_of(pipeline, "رئیس‌جمهور عراق از دستگاه قضایی خواست زندانیان را آزاد کند.")
    assert {t[0] for t in triples} == {"REQUEST"}
    article, triples = events_of(pipeline, "دستگاه قضایی عراق اتباع ایران را آزاد کرد.")
    release = next(e for e in article.events if e.type == "RETREAT")
    released = article.actors[release.target]  # Iran's nationals, not its government
    assert article.actors[release.source].country == "IRQ" and (released.kind, released.country) == ("group", "IRN")


def test_a_headline_bar_ends_a_clause(pipeline):
    _, triples = events_of(pipeline, "انتقاد روسیه از حقه کثیف آمریکا | پرتاب ماهواره نقض قطعنامه سازمان ملل نیست")
    assert ("ACCUSE", "RUS", "USA") in triples
    assert not any(t[2] == "united-nations" for t in triples)


def test_an_attribution_opening_is_not_the_subject(pipeline):
    text = "به گفته سخنگوی وزارت دفاع هند، سربازان پاکستان به مواضع مرزی هند حمله کردند."
    _, triples = events_of(pipeline, text)
    assert not any(t[1] and t[1].startswith("title-ind") for t in triples)


def test_a_destination_must_stand_by_the_verb(pipeline):
    _, triples = events_of(pipeline, "ائتلاف به رهبری عربستان سعودی علیه یمن اکنون وارد ششمین سال شده است.")
    assert not any(t[0] == "CONSULT" for t in triples)


def test_a_counterpart_with_a_country_is_an_actor(pipeline):
    _, triples = events_of(pipeline, "وزیر امور خارجه ایران با همتای ترکیه‌ای خود دیدار کرد.")
    consults = [t for t in triples if t[0] == "CONSULT"]
    assert len(consults) == 1 and consults[0][2].startswith("title-tur-")


def test_a_clause_after_a_verb_and_that_has_its_own_subject(pipeline):
    text = ("این سخنان در حالی بیان می‌شود که عباس عراقچی وزیر امور خارجه برای گفتگو درباره "
            "پرونده هسته‌ای به پکن سفر کرده است.")
    _, triples = events_of(pipeline, text)
    assert ("CONSULT", "abbas-araghchi", "CHN") in triples


def test_a_relative_clause_keeps_the_sentence_subject(pipeline):
    text = ("ظریف که به دعوت همتای روس خود به مسکو سفر کرده است، با سرگئی لاوروف دیدار و گفتگو کرد.")
    _, triples = events_of(pipeline, text)
    assert ("CONSULT", "mohammad-javad-zarif", "sergey-lavrov") in triples
    assert not any(t[1] and t[1].startswith("title-rus") for t in triples)


def test_a_name_in_guillemets_is_no_quote(pipeline):
    article, _ = events_of(pipeline, "لاریجانی دیروز با «خوزه لوئیس رودریگز زاپاترو» نخست‌وزیر اسپانیا دیدار و گفت‌وگو کرد.")
    assert article.quotes == []


def test_an_actor_governed_by_a_preposition_is_not_the_object(pipeline):
    text = ("بنی گانتز رئیس حزب آبی‌وسفید نیز بعد از نخست‌وزیر این رژیم، جنبش حماس را به اقدام نظامی "
            "تهدید کرد.")
    _, triples = events_of(pipeline, text)
    assert ("THREATEN", "benny-gantz", "hamas") in triples


def test_this_country_after_a_title_is_the_country_named_last(pipeline):
    text = "ظریف به اسپانیا سفر کرد. او دیروز با نخست‌وزیر این کشور دیدار کرد."
    article, _ = events_of(pipeline, text)
    premier = next(m for m in article.mentions if m.text.startswith("نخست‌وزیر"))
    assert article.actors[premier.actor_id].country == "ESP"


def test_two_subjects_meeting_one_counterpart_give_two_events(pipeline):
    _, triples = events_of(pipeline, "محمد جواد ظریف و علی لاریجانی با سرگئی لاوروف در مسکو دیدار کردند.")
    assert {("CONSULT", "mohammad-javad-zarif", "sergey-lavrov"), ("CONSULT", "ali-larijani", "sergey-lavrov")} <= triples


def test_a_meeting_a_speaker_reports_is_between_its_own_parties(pipeline):
    article, triples = events_of(pipeline, "سعید خطیب‌زاده افزود، محمود عباس و اسماعیل هنیه امروز در غزه با یکدیگر دیدار می‌کنند.")
    assert ("CONSULT", "mahmoud-abbas", "ismail-haniyeh") in triples
    assert not any(t[1] == "saeed-khatibzadeh" for t in triples)
    assert [q.speaker for q in article.quotes] == ["saeed-khatibzadeh"]  # "افزود، ..." opens indirect speech


def test_a_name_in_straight_quotes_is_a_new_actor_meeting_yesterday(pipeline):
    text = '"اياد علاوي" رهبر فهرست العراقية در ديدار ديروز خود با "بشار اسد" رئيس جمهور سوريه به بررسي تحولات عراق پرداخت.'
    article, triples = events_of(pipeline, text)
    allawi = next(a for a in article.actors.values() if a.name == "ایاد علاوی")
    assert ("CONSULT", allawi.id, "bashar-al-assad") in triples


def test_a_long_demand_still_closes_on_its_verb(pipeline):
    text = ("حسین امیرعبداللهیان خواستار ممانعت همه کشورهای منطقه از انتقال تسلیحات و تجهیزات از "
            "پایگاه‌های خود در منطقه به مقصد سرزمین‌های اشغالی شد.")
    _, triples = events_of(pipeline, text)
    assert any(t[:2] == ("REQUEST", "hossein-amir-abdollahian") for t in triples)


def test_a_role_in_crimes_accuses_the_actor_inside_the_phrase(pipeline):
    article, triples = events_of(pipeline, "ناصر کنعانی با اشاره به نقش عربستان در کشتار مردم یمن، خواستار توقف جنگ شد.")
    assert ("ACCUSE", "nasser-kanaani", "SAU") in triples
    assert all(e.mode is None for e in article.events if e.type == "ACCUSE")  # FORMAT.md: statements leave mode null


def test_an_actor_after_a_preposition_inside_a_demand_is_no_addressee(pipeline):
    _, triples = events_of(pipeline, "آلمان خواستار توافق جدیدی با ایران شد.")
    assert ("REQUEST", "DEU", None) in triples and ("REQUEST", "DEU", "IRN") not in triples
    _, triples = events_of(pipeline, "ولادیمیر پوتین خواستار اقدام فوری جامعه جهانی برای توقف جنگ شد.")
    assert ("REQUEST", "vladimir-putin", "international-community") in triples


def test_by_someone_is_not_from_someone_but_the_agent_of_the_demanded_act(pipeline):
    # «از سوی» is no «از» of an addressee; the body it names is asked to do what the demand wants done
    text = "نوری المالکی نخست‌وزیر عراق خواهان تشکیل کمیته تحقیق درباره این حمله‌ها از سوی سازمان ملل شد."
    _, triples = events_of(pipeline, text)
    assert triples == {("REQUEST", "nouri-al-maliki", "united-nations")}
    _, triples = events_of(pipeline, "آمریکا خواستار کاهش بیشتر تعرفه واردات محصولات کشاورزی از سوی اروپا شد.")
    assert triples == {("REQUEST", "USA", "european-countries")}


def test_a_headline_naming_the_state_restates_its_officials_act(pipeline):
    text = ("درخواست روسیه از ایران و آمریکا\n\nمعاون وزیر امور خارجه روسیه با ابراز نگرانی از تنش‌ها میان تهران و "
            "واشنگتن، دو طرف را به خویشتن‌داری دعوت کرد.")
    article, triples = events_of(pipeline, text)
    assert not any(t[1] == "RUS" for t in triples)
    official = next(e.source for e in article.events if e.type == "REQUEST")
    assert article.actors[official].country == "RUS"
    assert {t[2] for t in triples if t[0] == "REQUEST"} == {"IRN", "USA"}


def test_crimes_on_a_meetings_agenda_are_no_accusation(pipeline):
    text = "سازمان همکاری اسلامی برای بررسی آخرین تحولات یمن به‌ویژه جنایت‌های اخیر عربستان نشست فوق‌العاده برگزار می‌کند."
    _, triples = events_of(pipeline, text)
    assert not any(t[0] == "ACCUSE" for t in triples)
    _, triples = events_of(pipeline, "ناصر کنعانی با اشاره به جنایت‌های اخیر عربستان در یمن گفت این جنگ باید متوقف شود.")
    assert ("ACCUSE", "nasser-kanaani", "SAU") in triples


def test_both_sides_condemning_crimes_do_not_accuse_each_other(pipeline):
    text = ("عباس عراقچی با وزیر خارجه قطر تلفنی گفتگو کرد. دو طرف در این گفتگو بر توقف فوری جنایت و "
            "نسل‌کشی در غزه تاکید کردند.")
    _, triples = events_of(pipeline, text)
    assert not any(t[0] == "ACCUSE" and t[1] == "abbas-araghchi" and t[2] and t[2].startswith("title-qat") for t in triples)


def test_an_actor_after_a_bound_from_is_no_addressee(pipeline):
    _, triples = events_of(pipeline, "علی باقری خواستار تقویت همکاری کشورهای اسلامی برای دفاع از ملت فلسطین شد.")
    assert not any(t[0] == "REQUEST" and t[2] == "palestinian-people" for t in triples)
    _, triples = events_of(pipeline, "علی باقری از کشورهای اسلامی خواست به مردم غزه کمک کنند.")
    assert ("REQUEST", "ali-bagheri-kani", "islamic-countries") in triples


def test_an_expectation_addresses_the_actor_it_singles_out(pipeline):
    text = "رئیسی گفت: انتظار داریم همه کشورها و مجامع بین‌المللی و از جمله چین نقش موثرتری در توقف جنگ ایفا نمایند."
    _, triples = events_of(pipeline, text)
    assert ("REQUEST", "ebrahim-raisi", "CHN") in triples and ("REQUEST", "ebrahim-raisi", "world-countries") not in triples
    _, all_named = events_of(pipeline, "رئیسی گفت: انتظار داریم چین و روسیه نقش موثرتری در توقف جنگ ایفا نمایند.")
    assert {("REQUEST", "ebrahim-raisi", "CHN"), ("REQUEST", "ebrahim-raisi", "RUS")} <= all_named


def test_a_blamed_object_lists_several_actors(pipeline):
    text = ("رئیسی رویکرد کشورهای غربی و خصوصاً آمریکا در حمایت از رژیم صهیونیستی را مشوق صهیونیست‌ها برای "
            "تشدید و ادامه نسل‌کشی در غزه دانست.")
    _, triples = events_of(pipeline, text)
    assert ("ACCUSE", "ebrahim-raisi", "USA") in triples


def test_a_group_and_its_members_are_no_two_parties(pipeline):
    text = "در پی اختلاف گروه‌های فلسطینی به ویژه فتح و حماس، عباس به این گروه‌ها فرصت داد به توافق برسند."
    _, triples = events_of(pipeline, text)
    assert not any(t[0] == "AGREE" and t[2] == "hamas" for t in triples)


def test_a_reported_warning_does_not_threaten_the_speakers_own_organisation(pipeline):
    text = "آنتونیو گوترش دبیرکل سازمان ملل متحد نسبت به شرایط بحرانی غزه هشدار داد."
    _, triples = events_of(pipeline, text)
    assert not any(t[0] == "THREATEN" and t[2] == "united-nations" for t in triples)


def test_an_unjustifiable_act_accuses_its_agent(pipeline):
    text = ("ولادیمیر پوتین اظهار داشت: حملات گسترده رژیم صهیونیستی به منطقه‌ای که میلیون‌ها انسان در آن زندگی "
            "می‌کنند، هیچ توجیهی ندارد.")
    _, triples = events_of(pipeline, text)
    assert ("ACCUSE", "vladimir-putin", "ISR") in triples
    text = "ولادیمیر پوتین گفت: روسیه با ایران روابط خوبی دارد اما این قابل قبول نیست که آمریکا چنین سخن بگوید."
    _, triples = events_of(pipeline, text)
    assert ("ACCUSE", "vladimir-putin", "USA") in triples and ("ACCUSE", "vladimir-putin", "IRN") not in triples


def test_a_bare_meeting_noun_needs_its_parties_beside_it(pipeline):
    _, triples = events_of(pipeline, "جزئیات گفتگوی حسن روحانی و حسین سلامی درباره ماهواره نور")
    assert ("CONSULT", "hassan-rouhani", "hossein-salami") in triples or ("CONSULT", "hossein-salami", "hassan-rouhani") in triples
    _, triples = events_of(pipeline, "در این دیدار محمد جواد ظریف و عباس عراقچی نیز حضور داشتند.")
    assert not any(t[0] == "CONSULT" for t in triples)
    _, triples = events_of(pipeline, "دیدار امروز با حضور محمود عباس برگزار خواهد شد.")
    assert not any(t[0] == "CONSULT" for t in triples)


def test_attending_an_organisations_summit_consults_the_organisation(pipeline):
    article, triples = events_of(pipeline, "محمود احمدی‌نژاد در اجلاس سازمان همکاری شانگهای شرکت کرد.")
    assert ("CONSULT", "mahmoud-ahmadinejad", "sco") in triples
    assert next(e.mode for e in article.events if e.type == "CONSULT") == "multilateral"


def test_the_other_party_speaking_in_this_meeting_is_one_meeting(pipeline):
    text = ("محمود احمدی‌نژاد با رجب طیب اردوغان دیدار کرد و گفت روابط دو کشور دیرینه است.\n\n"
            "رجب طیب اردوغان نیز در این دیدار گفت: ترکیه آماده گسترش همکاری است.")
    article, triples = events_of(pipeline, text)
    consults = [e for e in article.events if e.type == "CONSULT"]
    assert len(consults) == 1 and {consults[0].source, consults[0].target} == {"mahmoud-ahmadinejad", "recep-tayyip-erdogan"}
    text = "محمود احمدی‌نژاد درباره روابط دو کشور سخن گفت.\n\nرجب طیب اردوغان نیز در این دیدار گفت: ترکیه آماده همکاری است."
    article, triples = events_of(pipeline, text)
    visit = next(e for e in article.events if e.type == "CONSULT")
    assert "\n" not in visit.evidence.text  # the evidence stays in the sentence that states the meeting
    _, triples = events_of(pipeline, "جوانو سودارسونو وزیر دفاع اندونزی گفت: به اندونزی سفر خواهد کرد.")
    assert not any(t[0] == "CONSULT" for t in triples)  # nobody visits their own country


def test_receiving_credentials_is_a_meeting_with_the_envoy(pipeline):
    article, _ = events_of(pipeline, "محمود احمدی‌نژاد هنگام دریافت استوارنامه سفیر جدید برزیل در تهران گفت روابط دو کشور دیرینه است.")
    meeting = next(e for e in article.events if e.type == "CONSULT")
    assert meeting.source == "mahmoud-ahmadinejad" and article.actors[meeting.target].country == "BRA"


def test_a_speakers_own_call_reported_in_indirect_speech_stays_the_speakers(pipeline):
    text = "وزیر امور خارجه آمریکا گفت که با همتایان خود از امارات، کویت و قطر به صورت تلفنی گفت‌وگو کرده است."
    article, triples = events_of(pipeline, text)
    sources = {e.source for e in article.events if e.type == "CONSULT"}
    assert len(sources) == 1 and article.actors[sources.pop()].country == "USA"


def test_a_recent_meeting_mentioned_in_passing_is_background(pipeline):
    text = "عباس عراقچی با اشاره به سخنان رهبر انقلاب در دیدار اخیر با امیر قطر بر تداوم روابط دو کشور تاکید کرد."
    _, triples = events_of(pipeline, text)
    assert not any(t[0] == "CONSULT" for t in triples)


def test_two_ministers_rejecting_a_plan_each_reject_its_author(pipeline):
    _, triples = events_of(pipeline, "وزیران امورخارجه ایران و روسیه طرح تازه آمریکا در خصوص برجام را مردود و غیرعملی ارزیابی کردند.")
    rejects = {t for t in triples if t[0] == "REJECT"}
    assert len(rejects) == 2 and all(t[2] == "USA" for t in rejects)


def test_rejecting_positions_rejects_their_owners(pipeline):
    _, triples = events_of(pipeline, "عباس موسوی با رد مواضع فرانسه و انگلیس گفت که این برنامه صلح‌آمیز است.")
    assert {("REJECT", "abbas-mousavi", "FRA"), ("REJECT", "abbas-mousavi", "GBR")} <= triples


def test_blaming_a_harm_on_an_actors_conduct_accuses_it(pipeline):
    _, triples = events_of(pipeline, "شیخ محمد بن عبدالرحمن آل ثانی شرایط بغرنج غزه را ناشی از رویکرد جنگ‌طلبانه رژیم اسرائیل دانست.")
    assert ("ACCUSE", "mohammed-bin-abdulrahman-al-thani", "ISR") in triples
    _, triples = events_of(pipeline, "عباس عراقچی با اشاره به تحریم‌های ظالمانه آمریکا گفت مردم ایران مقاومت می‌کنند.")
    assert ("ACCUSE", "abbas-araghchi", "USA") in triples


def test_a_warning_about_a_danger_threatens_nobody(pipeline):
    _, triples = events_of(pipeline, "آنگلا مرکل صدر اعظم آلمان نسبت به بازگشت موج دوم ویروس کرونا هشدار داد.")
    assert not any(t[0] == "THREATEN" for t in triples)
    _, triples = events_of(pipeline, "دونالد ترامپ به چین هشدار داد.")
    assert ("THREATEN", "donald-trump", "CHN") in triples


def test_a_meeting_told_as_past_background_is_not_coded(pipeline):
    _, triples = events_of(pipeline, "بشار اسد ماه گذشته نیز دیداری با جلال طالبانی در دمشق داشت.")
    assert not any(t[0] == "CONSULT" for t in triples)
    _, triples = events_of(pipeline, "پیش از این، بشار اسد پنجشنبه با جلال طالبانی در دمشق دیدار کرد.")
    assert any(t[0] == "CONSULT" for t in triples)


def test_a_demand_after_a_thanks_does_not_take_the_thanks_from_phrase(pipeline):
    text = ("عباس عراقچی از تلاش‌های دولت قطر تقدیر کرد و خواستار تقویت همکاری بین دو کشور و دیگر کشورهای "
            "اسلامی برای دفاع از حقوق مردم فلسطین شد.")
    _, triples = events_of(pipeline, text)
    assert ("SUPPORT", "abbas-araghchi", "QAT") in triples
    assert not any(t[0] == "REQUEST" and t[2] is not None for t in triples)


def test_standing_by_a_state_supports_it(pipeline):
    _, triples = events_of(pipeline, "شی جین پینگ گفت که کشورش تا پیروزی کامل بر ویروس کرونا در کنار ایران ایستاده است.")
    assert ("SUPPORT", "xi-jinping", "IRN") in triples
    _, triples = events_of(pipeline, "او کنار پنجره ایستاده بود.")
    assert not triples


def test_two_leaders_reviewing_together_is_a_meeting_one_reviewing_alone_is_not(pipeline):
    _, triples = events_of(pipeline, "محمد جواد ظریف و سرگئی لاوروف همکاری‌های دو کشور را بررسی کردند.")
    assert {t[1:] for t in triples if t[0] == "CONSULT"} & {("mohammad-javad-zarif", "sergey-lavrov"), ("sergey-lavrov", "mohammad-javad-zarif")}
    _, triples = events_of(pipeline, "مقامات روسیه این پرونده را بررسی کردند.")
    assert not any(t[0] == "CONSULT" for t in triples)


def test_an_attack_beside_a_statement_is_verbal(pipeline):
    _, triples = events_of(pipeline, "محمود احمدی‌نژاد با حمله به علی لاریجانی اعلام کرد که با او مخالف است.")
    assert ("ACCUSE", "mahmoud-ahmadinejad", "ali-larijani") in triples
    assert not any(t[0] == "ASSAULT" for t in triples)


def test_a_passive_arrest_is_by_its_agent_and_needs_one(pipeline):
    article, triples = events_of(pipeline, "محمد جواد ظریف توسط پلیس ترکیه دستگیر شد.")
    arrest = next(e for e in article.events if e.type == "COERCE")
    police = article.actors[arrest.source]  # Turkey's police, a body of its government
    assert (police.name, police.country, police.sector, arrest.target) == ("پلیس ترکیه", "TUR", "GOV", "mohammad-javad-zarif")
    _, triples = events_of(pipeline, "محمد جواد ظریف دستگیر شد.")
    assert not triples


def test_lashing_out_at_a_state_accuses_it(pipeline):
    _, triples = events_of(pipeline, "نیکلاس مادورو در سخنانی به شدت به آمریکا تاخت.")
    assert any(t[0] == "ACCUSE" and t[2] == "USA" for t in triples)


@pytest.mark.parametrize("headline", ["واکنش ظریف به ترامپ", "واکنش تند ظریف به ترامپ"])
def test_a_headline_reaction_to_someone_quotes_the_one_who_reacts(pipeline, headline):
    article, _ = events_of(pipeline, f"{headline}: در امور کشور من دخالت نکن\n\nوزیر امور خارجه کشورمان واکنش نشان داد.")
    assert [(q.speaker, q.text.text) for q in article.quotes][:1] == [("mohammad-javad-zarif", "در امور کشور من دخالت نکن")]


def test_an_unknown_name_before_a_headline_colon_speaks(pipeline):
    article, _ = events_of(pipeline, "پس‌لرزه‌های یک استعفا | کرباسچی: دیگر با خاتمی هم تعارف نداریم\n\nمتن خبر در اینجا ادامه دارد.")
    speaker = article.actors[article.quotes[0].speaker]
    assert (speaker.name, speaker.kind, article.quotes[0].text.text) == ("کرباسچی", "person", "دیگر با خاتمی هم تعارف نداریم")


def test_a_call_put_through_takes_its_other_party_after_ba(pipeline):
    _, triples = events_of(pipeline, "وزیر خارجه فرانسه با همتای ایرانی خود تماس تلفنی برقرار کرد.")
    assert any(t[0] == "CONSULT" and t[2] and t[2].startswith("title-irn") for t in triples)


def test_a_government_named_with_its_state_is_not_the_next_states_body(pipeline):
    article, triples = events_of(pipeline, "دولت آمریکا ایران را به حمایت از تروریسم متهم کرد.")
    assert article.actors[next(iter(triples))[1]].country == "USA"
    assert ("ACCUSE", next(iter(triples))[1], "IRN") in triples


def test_what_a_protest_is_against_follows_dar_eteraz_be(pipeline):
    _, triples = events_of(pipeline, "هزاران کشاورز برزیلی در اعتراض به سیاست‌های آمریکا دست به تظاهرات زدند.")
    assert any(t[0] == "PROTEST" and t[2] == "USA" for t in triples)
    _, triples = events_of(pipeline, "ایران در اعتراض به این اقدام به آمریکا هشدار داد.")
    assert any(t[0] == "THREATEN" and t[2] == "USA" for t in triples)


def test_a_plural_verb_after_one_person_has_an_unnamed_subject_not_that_person(pipeline):
    text = ("«اتو پرز مولینا» رئیس جمهور گوآتمالا به اتهام فساد مورد بررسی قرار گرفته است. "
            "حدود ۶۰ هزار نفر به خیابان‌ها ریختند و خواهان برکناری رئیس جمهور «اتو پرز مولینا» شدند.")
    _, triples = events_of(pipeline, text)
    assert not any(t[0] == "REQUEST" for t in triples)  # neither the president's own demand nor one of his


def test_the_one_asked_inside_az_khast_is_the_target_not_the_source(pipeline):
    article, triples = events_of(pipeline, "معترضان گوآتمالایی از دیوان عالی این کشور خواستند انتخابات را به تعویق بیندازد.")
    (request,) = [t for t in triples if t[0] == "REQUEST"]
    assert article.actors[request[1]].name == "معترضان گوآتمالایی"
    assert article.actors[request[2]].country == "GTM"


def test_a_long_demand_still_closes_with_its_verb(pipeline):
    text = ("اعضای شورای اسلامی شهر یاسوج در نامه‌ای خطاب به استاندار کهگیلویه و بویراحمد خواستار جلوگیری از هرگونه "
            "ساخت و ساز در نقطه استراتژیک این شهر و در اراضی جنب هتل آزادی و موزه شهر یاسوج شدند.")
    article, triples = events_of(pipeline, text)
    (request,) = [t for t in triples if t[0] == "REQUEST"]
    assert article.actors[request[2]].name == "استاندار کهگیلویه و بویراحمد"


def test_a_place_naming_an_agreement_is_no_party(pipeline):
    _, triples = events_of(pipeline, "آمریکا از توافقنامه پاریس خارج شد.")
    assert not any(t[2] == "FRA" for t in triples)  # withdrawing from a country stays coded: see the table above


def test_a_speech_headline_quotes_its_speaker_across_a_bar_and_a_report_does_not(pipeline):
    text = "واکنش ظریف به سناریوی جدید آمریکایی‌ها |  رویاپردازی را متوقف کنید\n\nظریف در توییتی به آمریکا پاسخ داد."
    article, _ = events_of(pipeline, text)
    assert [(q.speaker, q.text.text) for q in article.quotes] == [("mohammad-javad-zarif", "رویاپردازی را متوقف کنید")]
    article, _ = events_of(pipeline, "حمله اسرائیل به غزه | ده‌ها فلسطینی شهید شدند\n\nارتش اسرائیل غزه را بمباران کرد.")
    assert not article.quotes


def test_an_outlet_crediting_the_report_takes_no_part_in_it(pipeline):
    # the one warned is a name no list has: the outlet must not stand in for him
    text = "به گزارش «سی‌ان‌ان»، «جان برکاو» رئیس مجلس عوام انگلیس روز پنجشنبه به جانسون درباره این قانون هشدار داد."
    _, triples = events_of(pipeline, text)
    assert not any("cnn" in (t[1], t[2]) for t in triples)


# -- held-out round six (dev_j): sources, speakers and clauses ------------------------------------------
def test_an_outlet_reports_what_the_actor_after_its_name_did(pipeline):
    # farsnews fars-4-071 (trimmed): the attribution lacks «به گزارش», the outlet still only reports
    text = "پایگاه اینترنتی شبکه «سی‌ان‌ان»، «جان برکاو» رئیس مجلس عوام انگلیس روز پنجشنبه به «بوریس جانسون» درباره نادیده گرفتن قانون هشدار داد."
    _, triples = events_of(pipeline, text)
    threats = [t for t in triples if t[0] == "THREATEN"]
    assert threats and all(t[1] != "cnn" and t[2] == "boris-johnson" for t in threats)


def test_a_report_verb_opens_a_clause_with_its_own_subject(pipeline):
    # farsnews fars-5-052 (trimmed)
    text = "خبرگزاری رویترز همچنین گزارش داده است، دولت لیبی از پارلمان این کشور خواسته است به دولت جدید رای اعتماد دهد."
    article, triples = events_of(pipeline, text)
    requests = [t for t in triples if t[0] == "REQUEST"]
    assert requests and all(article.actors[t[1]].country == "LBY" for t in requests)


def test_an_outlet_that_reports_another_deed_is_no_source(pipeline):
    # farsnews fars-1-291 (trimmed): the cooperation is the official's, whom nobody resolves
    text = ("روزنامه واشنگتن پست روز شنبه نوشت دو منبع، این مقام را به نام «لاری فرانکلین» شناسایی کرده‌اند که با "
            "«ویلیام لوتی» دستیار معاون وزیر دفاع آمریکا همکاری می‌کرد.")
    _, triples = events_of(pipeline, text)
    assert not any(t[1] == "washington-post" for t in triples)


def test_talks_held_in_the_first_person_are_the_speakers_in_each_clause(pipeline):
    # farsnews fars-1-037 (trimmed)
    text = ("علی لاریجانی گفت: در این سفر با آقای عمرو موسی مذاکراتی انجام دادیم و در سوریه با آقای فاروق الشرع "
            "گفتگوهایی انجام دادیم.")
    _, triples = events_of(pipeline, text)
    assert {("CONSULT", "ali-larijani", "amr-moussa"), ("CONSULT", "ali-larijani", "farouk-al-sharaa")} <= triples


def test_a_rumoured_meeting_is_no_event(pipeline):
    text = "علی لاریجانی درباره شایعه دیدار خود با نیکولا سارکوزی در مصر گفت: نه چنین اتفاقی نیفتاده است."
    _, triples = events_of(pipeline, text)
    assert not any(t[0] == "CONSULT" for t in triples)


def test_a_journalists_question_is_nobodys_quote(pipeline):
    # farsnews fars-1-037 (trimmed)
    text = ("علی لاریجانی در پاسخ به سوال خبرنگاری که گفت: آیا علت حضور البرادعی در ایران خروج ما از زمانبندی است؟ "
            "اظهار داشت: آقای البرادعی از مدت‌ها پیش قرار بود به ایران بیاید.\n\n"
            "وی در پاسخ به سوال دیگری گفت: رفتن من به مصر یک سفر غیررسمی بود.")
    article, _ = events_of(pipeline, text)
    said = {(q.speaker, q.text.text[:10]) for q in article.quotes}
    assert not any(text.startswith("آیا") for _, text in said)
    # the person named inside what Larijani said is not who «وی» is next
    assert all(speaker == "ali-larijani" for speaker, _ in said)


def test_a_relayed_statement_is_the_source_outlets_quote_of_its_speaker(pipeline):
    # farsnews fars-4-151 (trimmed; the outlet is Reuters here, so its own country cannot pass for the speaker's)
    text = "خبرگزاری رویترز به نقل از مقام‌های عالی‌رتبه چینی افزود: در این سفر مقام‌های روسی از دادن هر گونه تضمینی خودداری کردند."
    article, _ = events_of(pipeline, text)
    assert article.quotes and article.actors[article.quotes[0].speaker].country == "CHN"


def test_each_of_several_subjects_makes_a_demand_with_no_addressee(pipeline):
    # hamshahri RSS hamshahri-1126 (trimmed)
    text = "«هومن جوکار» و «سام رجبی» دو تن از محکومان پرونده فعالان محیط زیستی خواستار آزادی مشروط و مرخصی شدند."
    article, _ = events_of(pipeline, text)
    demanders = {article.actors[e.source].name for e in article.events if e.type == "REQUEST"}
    assert {"هومن جوکار", "سام رجبی"} <= demanders


def test_an_actor_before_the_named_subject_is_no_object(pipeline):
    # farsnews fars-1-299 (trimmed): «این گروه» names no actor, so the charge has no target to code
    _, triples = events_of(pipeline, "فرانکو فراتینی گفت ایتالیا این گروه را بعنوان یک گروه تروریستی تلقی کرده است.")
    assert not any(t[2] == "franco-frattini" or t[1] == t[2] for t in triples)
    _, named = events_of(pipeline, "ایتالیا سازمان مجاهدین خلق را بعنوان یک گروه تروریستی تلقی کرده است.")
    assert any(t[0] == "ACCUSE" and t[1] == "ITA" for t in named)


# One real sentence (trimmed; its source in the comment), the event it must code. Each case failed before
# the rule it names.
CODED = [
    pytest.param(  # an order is a demand (PLOVER folds DEMAND into REQUEST)
        "حسن روحانی به بیژن زنگنه دستور داد که به افزایش تولید فرآورده‌های نفتی شتاب دهد.",
        ("REQUEST", "hassan-rouhani", "bijan-zanganeh"), id="order-is-request"),
    pytest.param(  # hamshahri-2134: a quote that opens with a third party gives it the stance
        "عباس سلیمی نمین گفت: همه اصولگرایان از ریاست محمدباقر قالیباف حمایت می‌کنند.",
        ("SUPPORT", "principlists", "mohammad-bagher-ghalibaf"), id="quote-opens-with-third-party"),
    pytest.param(  # fars-2-068: a plural verb after «که» in a quote belongs to the actors after «که»
        "«علیرضا میریوسفی» سخنگوی هیئت ایران در سازمان ملل گفت: «این کاملا آشکار است که سازمان ملل و اغلب "
        "کشورهای عضو، سیاست فشار حداکثری آمریکا بر ایران را رد کرده‌اند».",
        ("REJECT", "united-nations", "USA"), id="plural-verb-after-ke"),
    pytest.param(  # fars-4-006: Western media are a group actor
        "هوگو چاوز با انتقاد از برخی رسانه‌های غربی در ایجاد فضای منفی علیه ایران سخن گفت.",
        ("ACCUSE", "hugo-chavez", "western-media"), id="western-media"),
    pytest.param(  # fars-1-171: an actor followed by «را» is the object, not the subject's partner
        "این امر باعث شد تا مسکو، واشنگتن را برای اینکه بوتینا را برای اعتراف تحت فشار قرار داده، متهم کرد.",
        ("ACCUSE", "RUS", "USA"), id="object-after-comma"),
    pytest.param(  # fars-4-046: a verb and «و» open a clause with a subject of its own
        "اختلاف تهران درباره دستیابی به توان هسته‌ای بالا گرفته است و آمریکا در حالی ایران را به تلاش برای "
        "دستیابی به سلاح هسته‌ای متهم می‌کند که خود زرادخانه دارد.",
        ("ACCUSE", "USA", "IRN"), id="clause-after-verb-and"),
]


@pytest.mark.parametrize("text, triple", CODED)
def test_a_real_sentence_codes_its_event(pipeline, text, triple):
    _, triples = events_of(pipeline, text)
    assert triple in triples


def test_a_journey_noun_visits_with_its_traveller_right_after_it(pipeline):
    # fars-4-151 pattern: «هدف سفر رئیس جمهور این کشور به مسکو»; the title's country is no destination
    _, triples = events_of(pipeline, "مهمترین هدف سفر رئیس جمهور چین به مسکو گسترش روابط اقتصادی است.")
    assert triples == {("CONSULT", "title-chn-25163a0409", "RUS")}
    # nobody right after the noun, or words other than names before the «به»: no journey
    for sentence in ("سفر اخیر مکرون به لبنان بحث‌برانگیز بود.", "سفر بوش برگرداندن اعتماد رهبران عرب به آمریکا است."):
        assert not events_of(pipeline, sentence)[1], sentence


def test_a_travel_verb_is_not_swallowed_by_a_journey_noun_running_to_a_later_to(pipeline):
    # fars-4-127: «… که به مالزی سفر کرده است، امروز به خبرنگار … گفت»
    _, triples = events_of(pipeline, "شوکت عزیز که به مالزی سفر کرده است، امروز به خبرنگار خبرگزاری فرانسه گفت که قطعات ارسال می‌شود.")
    assert ("CONSULT", "shaukat-aziz", "MYS") in triples


def test_a_county_governor_asks_the_people_and_thanks_the_citizens(pipeline):
    # hamshahri-1255 pattern: the capital's county names the office; bare plurals are the addressees
    article, _ = events_of(pipeline, "فرماندار تهران ضمن تقاضا از مردم برای رعایت پروتکل‌های بهداشتی، از شهروندانی که "
                                     "موارد بهداشتی را رعایت می کنند، قدردانی کرد.")
    named = {(e.type, article.actors[e.source].name, article.actors[e.target].name) for e in article.events if e.target}
    assert named == {("REQUEST", "فرماندار تهران", "مردم"), ("SUPPORT", "فرماندار تهران", "شهروندان")}


def test_a_chant_of_death_to_a_state_protests_against_it(pipeline):
    # fars-3-226 pattern: «تظاهر کنندگان با شعارهای مرگ بر امریکا …»
    article, _ = events_of(pipeline, "تظاهرکنندگان با شعارهای مرگ بر آمریکا از میدان انقلاب تا دانشگاه راهپیمایی کردند.")
    named = {(e.type, article.actors[e.source].name, e.target) for e in article.events}
    assert ("PROTEST", "تظاهرکنندگان", "USA") in named


def test_negotiations_named_by_nobody_are_no_talks(pipeline):
    # «مذاکره با آمریکا» as a policy debated, not talks held
    assert not events_of(pipeline, "رئیس جمهور مذاکره با آمریکا را در شرایط فعلی بی‌فایده دانست.")[1] & {
        ("CONSULT", "title-irn-25163a0409", "USA")
    }


def test_a_country_as_a_whole_is_no_speaker(pipeline):
    # fars-1-227: the office around the country's name is one the grammar lacks; the statement is nobody's
    article, _ = events_of(pipeline, "مسئول دیپلماسی کوبا با اشاره به تحریم‌های آمریکا گفت: آمریکا سعی دارد مزدوران را وطن‌پرست جلوه دهد.")
    assert not article.quotes
    article, _ = events_of(pipeline, "محمدجواد ظریف گفت: آمریکا سعی دارد مزدوران را وطن‌پرست جلوه دهد.")
    assert [q.speaker for q in article.quotes] == ["mohammad-javad-zarif"]


def test_a_listed_name_after_a_credit_with_no_comma_speaks(pipeline):
    # fars-3-131 (trimmed): the reporter's credit runs into the speaker's name; «وی افزود» is that speaker too
    text = ("به گزارش خبرنگار پارلمانی خبرگزاری فارس غلامعلی حداد عادل در جلسه علنی امروز مجلس با اشاره به نامه "
            "رئیس‌جمهور ایران به بوش گفت: ما این اقدام را مثبت می‌دانیم.\n\nوی افزود: این نامه یک ابتکار بود.")
    article, _ = events_of(pipeline, text)
    assert [q.speaker for q in article.quotes] == ["gholam-ali-haddad-adel", "gholam-ali-haddad-adel"]


def test_an_expectation_with_no_addressee_is_a_forecast_not_a_demand(pipeline):
    # hamshahri-0648 pattern: the IMF «هشدار داد انتظار دارد» of the economy, a forecast
    _, triples = events_of(pipeline, "صندوق بین‌المللی پول انتظار دارد اقتصاد جهان امسال سه درصد کوچک شود.")
    assert not any(t[0] == "REQUEST" for t in triples)
    _, triples = events_of(pipeline, "ایران از شورای امنیت انتظار دارد این حمله را محکوم کند.")
    assert ("REQUEST", "IRN", "un-security-council") in triples
