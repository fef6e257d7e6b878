"""The actor stage, one rule family per test, on sentences written the way Persian news writes them."""

from datetime import date

import pytest

from rasad.actors.gazetteer import compact_key
from rasad.doc import Article, RawDocument, Story
from rasad.pipeline import Pipeline, default_stages
from rasad.runner import process

STAGES = ("boilerplate", "normalise", "story", "dates", "actors")


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline([stage for stage in default_stages() if stage.name in STAGES])


def analyse(pipeline, text, published=None):
    article = Article.from_raw(RawDocument(doc_id="t", source="test", text=text))
    assert process(article, pipeline) is None
    if published:  # a story date given by the container
        article.story = Story(published=published)
        article = Article.from_raw(RawDocument(doc_id="t", source="test", text=text, published=published.isoformat()))
        assert process(article, pipeline) is None
    return article


def mention(article, surface):
    found = [m for m in article.mentions if m.text == surface]
    assert found, f"no mention {surface!r} in {[m.text for m in article.mentions]}"
    return found[0]


def test_registry_names_and_spelling_variants(pipeline):
    article = analyse(pipeline, "سرگئی شویگو و شایگو و «سرگی لاوروف» در مسکو دیدار کردند.")
    assert mention(article, "سرگئی شویگو").actor_id == "sergei-shoigu"
    assert mention(article, "مسکو").actor_id == "RUS"


def test_unknown_person_gets_country_and_sector_from_title(pipeline):
    article = analyse(pipeline, "«یوهانس کارلسون» وزیر کشاورزی آلمان امروز به تهران رفت.")
    person = mention(article, "یوهانس کارلسون")
    record = article.actors[person.actor_id]
    assert not record.known and record.kind == "person"
    assert record.country == "DEU" and record.sector == "GOV"
    again = analyse(pipeline, "«یوهانس کارلسون» وزیر کشاورزی آلمان امروز به تهران رفت.")
    assert mention(again, "یوهانس کارلسون").actor_id == person.actor_id  # stable id


def test_role_only_mention_resolves_to_the_article_holder(pipeline):
    text = ("«خالد العطیه» وزیر دفاع قطر با همتای ایرانی خود گفتگو کرد.\n"
            "وزیر دفاع قطر نیز گفت: منطقه به آرامش نیاز دارد.")
    article = analyse(pipeline, text)
    holder = mention(article, "خالد العطیه").actor_id
    role_only = [m for m in article.mentions if m.how.startswith("role") and m.text.startswith("وزیر دفاع")]
    assert role_only and role_only[0].actor_id == holder


def test_two_bagheris_are_told_apart_by_rank_and_title(pipeline):
    military = analyse(pipeline, "سرلشکر باقری در دیدار با فرماندهان گفت: آمادگی کامل داریم.")
    diplomat = analyse(pipeline, "علی باقری معاون سیاسی وزیر امور خارجه در بروکسل گفت: مذاکرات ادامه دارد.")
    assert mention(military, "باقری").actor_id == "mohammad-bagheri"
    assert mention(diplomat, "علی باقری").actor_id == "ali-bagheri-kani"
    assert "mohammad-bagheri" not in diplomat.actors and "ali-bagheri-kani" not in military.actors


def test_surname_before_and_after_the_full_name(pipeline):
    text = "پوتین: غرب مقصر است.\nولادیمیر پوتین رئیس جمهور روسیه گفت غرب مقصر است. پوتین افزود: ما آماده‌ایم."
    article = analyse(pipeline, text)
    assert {m.actor_id for m in article.mentions if "پوتین" in m.text} == {"vladimir-putin"}


def test_role_only_mention_resolved_by_the_registry_on_the_story_date(pipeline):
    text = "سرپرست وزارت امور خارجه با وزیر خارجه عمان تلفنی گفتگو کرد."
    article = analyse(pipeline, text, published=date(2024, 6, 1))
    assert article.mentions[0].actor_id == "ali-bagheri-kani"


def test_pronoun_goes_to_the_last_subject(pipeline):
    text = "ولادیمیر پوتین با رئیس جمهور ترکیه دیدار کرد. وی گفت: همکاری ادامه دارد."
    article = analyse(pipeline, text)
    assert mention(article, "وی").actor_id == "vladimir-putin"


def test_pronoun_after_a_sentence_goes_to_that_sentence_subject_not_its_object(pipeline):
    text = ("«ولادیمیر پوتین» رئیس‌جمهور روسیه گفت: دولت روسیه این موضع را به اطلاع سفیر ایران رساند.\n"
            "وی افزود: همکاری ادامه دارد.")
    article = analyse(pipeline, text)
    assert mention(article, "وی").actor_id == "vladimir-putin"


def test_a_plural_title_whose_holders_are_unknown_stands_for_each_state(pipeline):
    article = analyse(pipeline, "وزرای امور خارجه ایران، ترکیه و قطر در تهران دیدار کردند.")
    assert [m.actor_id for m in article.mentions if m.how == "plural-title-state"] == ["IRN", "TUR", "QAT"]
    assert not any(m.type == "PER" for m in article.mentions)


def test_a_plural_title_names_its_holders_when_the_story_date_tells_who_they_were(pipeline):
    article = analyse(pipeline, "روسای جمهور ایران و روسیه در تهران دیدار کردند.", published=date(2024, 6, 1))
    holders = [m.actor_id for m in article.mentions if m.how == "role-registry"]
    assert holders == ["mohammad-mokhber", "vladimir-putin"]  # Raisi had died on 19 May


def test_plural_counterparts_with_their_countries_after_az_stand_for_those_states(pipeline):
    article = analyse(pipeline, "پمپئو با همتایان خود از امارات، کویت و قطر گفتگو کرد.")
    assert {m.actor_id for m in article.mentions if m.how == "counterpart-state"} == {"ARE", "KWT", "QAT"}


def test_offices_joined_after_a_preposition_share_the_country(pipeline):
    article = analyse(pipeline, "وزیر امور خارجه با رئیس‌جمهور و وزیر امور خارجه سوریه دیدار کرد.")
    president = [m for m in article.mentions if m.text == "رئیس‌جمهور"][0]
    assert article.actors[president.actor_id].country == "SYR"
    subject = analyse(pipeline, "رئیس‌جمهور و نخست‌وزیر عراق دیدار کردند.")
    president = [m for m in subject.mentions if m.text == "رئیس‌جمهور"][0]
    assert subject.actors[president.actor_id].country == "IRN"  # as a subject, no sharing


def test_an_office_takes_the_organisation_after_it(pipeline):
    article = analyse(pipeline, "رئیس کل بانک مرکزی گفت: تورم کاهش می‌یابد.", published=date(2020, 5, 1))
    assert mention(article, "رئیس کل بانک مرکزی").actor_id == "abdolnaser-hemmati"
    article = analyse(pipeline, "دبیر مجمع تشخیص مصلحت نظام در پیامی این موفقیت را تبریک گفت.")
    office = mention(article, "دبیر مجمع تشخیص مصلحت نظام")
    assert article.actors[office.actor_id].country == "IRN"
    assert mention(article, "مجمع تشخیص مصلحت نظام").how == "title-complement"


def test_demonym_counterpart_attaches_a_country(pipeline):
    article = analyse(pipeline, "«ژان لوک مارتن» همتای فرانسوی وزیر امور خارجه گفت مذاکرات ادامه دارد.")
    person = mention(article, "ژان لوک مارتن")
    assert article.actors[person.actor_id].country == "FRA"


@pytest.mark.parametrize("text, expected", [
    ("فرستادگان ویژه آمریکا به پاکستان از این کشور خواستند تا نفوذ خود را متوقف کند.", "PAK"),
    ("یک اندیشکده گزارشی درباره پایگاه‌های پیونگ یانگ منتشر کرده و این کشور را به مخفی‌کاری متهم کرده است.",
     "PRK"),
    ("دولت بریتانیا از مقامات فوتبالی این کشور درخواست کرد.", None),  # a noun's complement stands for no state
    ("ایران و عراق دیدار کردند و این کشورها همکاری دارند.", None),  # a plural is no one state
])
def test_this_country_opening_a_phrase_is_the_state_named_last(pipeline, text, expected):
    anaphora = [m.actor_id for m in analyse(pipeline, text).mentions if m.how == "anaphora"]
    assert anaphora == ([expected] if expected else [])


def test_this_country_after_a_title_may_point_to_a_capital(pipeline):
    article = analyse(pipeline, "یک اندیشکده آمریکایی گزارشی درباره پایگاه‌های پیونگ یانگ منتشر کرد. "
                                "وزیر خارجه این کشور این گزارش را رد کرد.")
    assert mention(article, "وزیر خارجه این کشور").actor_id.startswith("title-prk-")


@pytest.mark.parametrize("text, demonstrative, antecedent", [
    ("روزنامه نیویورک تایمز روز دوشنبه گزارش داد که مذاکرات ادامه دارد. این روزنامه آمریکا را متهم کرد.",
     "این روزنامه", "new-york-times"),
    ("سازمان ملل متحد هشدار داد. ظریف از این سازمان خواست اقدام کند.", "این سازمان", "united-nations"),
    ("حماس عملیات را تایید کرد. این جنبش از ایران قدردانی کرد.", "این جنبش", "hamas"),
])
def test_a_demonstrative_refers_back_to_the_nearest_body_of_its_kind(pipeline, text, demonstrative, antecedent):
    assert mention(analyse(pipeline, text), demonstrative).actor_id == antecedent


@pytest.mark.parametrize("text", [
    "حماس عملیات را تایید کرد. گروه جیش محمد نیز بیانیه داد. این گروه از پاکستان انتقاد کرد.",  # a nearer group
    "سازمان ملل متحد هشدار داد. این سازمان‌ها باید اقدام کنند.",  # a plural refers to no one body
    "این سازمان از ایران قدردانی کرد. سازمان ملل متحد هشدار داد.",  # nothing of the kind before it
    # a nearer body nobody could name
    "سازمان ملل متحد هشدار داد. کلاس‌ها در سازمان سنجش برگزار شد و این سازمان پاسخ داد.",
])
def test_a_demonstrative_with_no_nearest_named_body_of_its_kind_names_none(pipeline, text):
    article = analyse(pipeline, text)
    assert not any(m.how == "demonstrative" and m.actor_id in ("hamas", "united-nations") for m in article.mentions)


@pytest.mark.parametrize("text", [
    "جنگ " * 20000,  # a very long line
    "President Putin met Erdogan in Ankara; پوتین با اردوغان در آنکارا دیدار کرد.",  # mixed scripts
    "No Persian here at all, just 2024-06-01 and numbers 12345.",
    "",
])
def test_odd_input_never_breaks_the_stage(pipeline, text):
    article = Article.from_raw(RawDocument(doc_id="t", source="test", text=text))
    assert process(article, pipeline) is None
    for m in article.mentions:
        assert text[m.start:m.end] == m.text



def test_a_ministry_named_by_its_country_is_an_organisation(pipeline):
    article = analyse(pipeline, "وزارت دفاع ارمنستان امروز بیانیه‌ای منتشر کرد.")
    ministry = mention(article, "وزارت دفاع ارمنستان")
    assert ministry.type == "ORG"
    record = article.actors[ministry.actor_id]
    assert (record.kind, record.country, record.sector) == ("organization", "ARM", "MIL")


def test_a_title_opening_a_line_is_not_apposed_to_the_headline_name(pipeline):
    text = "واکنش سخنگوی نیروهای مسلح به ترامپ\n\nسخنگوی ارشد نیروهای مسلح گفت: آمریکایی‌ها باید همه همت خود را بکار بگیرند."
    article = analyse(pipeline, text)
    spokesman = mention(article, "سخنگوی ارشد نیروهای مسلح")
    assert article.actors[spokesman.actor_id].role == "سخنگوی ارشد نیروهای مسلح"


def test_an_office_of_an_unlisted_organisation_takes_the_state_its_name_ends_in(pipeline):
    article = analyse(pipeline, "رئیس کمیته روابط خارجی پارلمان آلمان خواستار توافق جدیدی با ایران شد.")
    chair = article.actors[mention(article, "رئیس کمیته روابط خارجی پارلمان آلمان").actor_id]
    assert chair.country == "DEU"


def test_a_state_name_may_open_with_the_titles_last_word(pipeline):
    article = analyse(pipeline, "رئیس جمهوری اسلامی ایران و رئیس جمهوری آذربایجان تلفنی گفتگو کردند.")
    assert article.actors[mention(article, "رئیس جمهوری اسلامی ایران").actor_id].country == "IRN"
    assert article.actors[mention(article, "رئیس جمهوری آذربایجان").actor_id].country == "AZE"
    assert not any(m.actor_id == "mohammad-eslami" for m in article.mentions)


@pytest.mark.parametrize("text, phrase, country, sector", [
    # a title naming its organisation takes its country and stops at the next office
    ("دبیر کل سازمان ملل متحد و وزیر امور خارجه جمهوری اسلامی ایران بر لزوم کمک به یمن تاکید کردند.",
     "دبیر کل سازمان ملل متحد", "IGO", "IGO"),
    # a plural in «ها» takes the ezafe «ی» before its demonym
    ("مقام‌های روسی از دادن هر گونه تضمینی خودداری کردند.", "مقام‌های روسی", "RUS", "GOV"),
], ids=["title-of-an-organisation", "plural-with-ezafe"])
def test_an_actor_phrase_gets_its_country_and_sector(pipeline, text, phrase, country, sector):
    article = analyse(pipeline, text)
    actor = article.actors[mention(article, phrase).actor_id]
    assert (actor.country, actor.sector) == (country, sector)


def test_a_known_actor_is_reported_without_honorifics(pipeline):
    article = analyse(pipeline, "سید کمال خرازی وزیر امور خارجه گفت: ما با آژانس همکاری می‌کنیم.")
    assert article.actors["kamal-kharazi"].name == "کمال خرازی"


def test_a_pronoun_after_a_preposition_is_not_its_clauses_subject(pipeline):
    article = analyse(pipeline, "سخنگوی حوزه علمیه قم در نامه‌ای به حسن روحانی از وی خواست تصمیم خود را تغییر دهد.")
    assert mention(article, "وی").actor_id == "hassan-rouhani"


def test_titles_match_whichever_hamza_spelling_the_site_uses(pipeline):
    article = analyse(pipeline, "رییس جمهوری در نامه‌ای به مسیولان گفت که کار ادامه دارد.")
    assert article.actors[mention(article, "رییس جمهوری").actor_id].country == "IRN"


def test_a_plural_deputys_title_with_a_state_is_that_state_and_a_lone_deputy_a_person(pipeline):
    article = analyse(
        pipeline,
        "نشست معاونان وزرای خارجه ایران و روسیه در مسکو برگزار شد. معاون وزیر خارجه ایران گفت که نشست مفید بود.",
    )
    assert [m.actor_id for m in article.mentions if m.how == "plural-title-state"] == ["IRN", "RUS"]
    deputy = article.actors[mention(article, "معاون وزیر خارجه ایران").actor_id]
    assert (deputy.kind, deputy.name) == ("person", "معاون وزیر خارجه ایران")


def test_a_name_in_straight_quotes_beside_an_office_is_a_person_even_with_an_honorific_inside(pipeline):
    article = analyse(pipeline, '"گل آقا شیرزوی" والی ننگرهار نیز از کمک‌های ایران قدردانی کرد.')
    governor = mention(article, "گل آقا شیرزوی")
    assert article.actors[governor.actor_id].kind == "person"


def test_a_custodian_of_an_unlisted_body_is_an_office(pipeline):
    article = analyse(pipeline, "جزئیات گفتگوی رئیس جمهور با تولیت آستان قدس رضوی")
    assert article.actors[mention(article, "تولیت آستان قدس رضوی").actor_id].kind == "person"


def test_a_national_body_followed_by_another_state_is_that_states_body(pipeline):
    article = analyse(pipeline, "مرجعیت شیعیان عراق از دستگاه قضایی این کشور خواست او را آزاد کند. مجلس آلمان این طرح را رد کرد.")
    judiciary = article.actors[mention(article, "دستگاه قضایی این کشور").actor_id]
    parliament = article.actors[mention(article, "مجلس آلمان").actor_id]
    assert (judiciary.country, judiciary.kind) == ("IRQ", "organization")
    assert parliament.country == "DEU"


def test_an_office_of_a_region_and_a_quoted_name_apposed_to_it(pipeline):
    text = '"هنری فالکون فوئنتس"، فرماندار ایالت "لارا" ونزوئلا گفت: ما به همکاری علاقه‌مندیم. فرماندار ایالت لارا ونزوئلا افزود: کار ادامه دارد.'
    article = analyse(pipeline, text)
    governor = mention(article, "فرماندار ایالت لارا ونزوئلا")
    assert governor.actor_id == mention(article, "هنری فالکون فوئنتس").actor_id
    assert article.actors[governor.actor_id].country == "VEN"


def test_a_plural_title_with_no_country_names_no_one(pipeline):
    article = analyse(pipeline, "مایک پامپئو پس از ترک ابوظبی برای شرکت در نشست وزرای خارجه ناتو راهی بروکسل شد.")
    assert mention(article, "مایک پامپئو").actor_id == "mike-pompeo"
    assert not any(m.text == "وزرای خارجه" for m in article.mentions)


def test_a_full_name_opening_a_clause_is_a_person_an_operations_name_is_not(pipeline):
    article = analyse(pipeline, "کوئیچیرو ماتسورا نیز در این دیدار گفت همکاری‌ها ادامه دارد. حماس عملیاتی با نام «طوفان الاقصی» آغاز کرد.")
    assert article.actors[mention(article, "کوئیچیرو ماتسورا").actor_id].kind == "person"
    assert not any(actor.name == "طوفان الاقصی" for actor in article.actors.values())


def test_a_mayor_takes_the_country_of_the_city(pipeline):
    article = analyse(pipeline, "شهردار تهران در دیدار مجازی با شهردار لندن و شهردار پاریس گفتگو کرد.")
    mayors = {m.text: article.actors[m.actor_id] for m in article.mentions if m.text.startswith("شهردار")}
    assert {name: actor.country for name, actor in mayors.items()} == {
        "شهردار تهران": "IRN", "شهردار لندن": "GBR", "شهردار پاریس": "FRA"}
    assert len({actor.id for actor in mayors.values()}) == 3


def test_a_pronoun_never_names_the_reporter_of_the_credit_line(pipeline):
    article = analyse(pipeline, "به گزارش خبرنگار اقتصادی خبرگزاری فارس، این هیئت به تهران آمد. وی ادامه داد: همکاری ادامه دارد.")
    assert not [m for m in article.mentions if m.how == "pronoun"]


def test_the_dateline_place_after_a_credit_takes_no_part(pipeline):
    article = analyse(pipeline, "به گزارش فارس به نقل از خبرگزاری آسوشیتدپرس از وین، محمد البرادعی خواستار بازگشت بازرسان شد.")
    assert mention(article, "وین").how == "attribution"


def test_member_states_of_a_body_are_no_person(pipeline):
    article = analyse(pipeline, "چین و کشورهای عضو جنبش عدم تعهد با این قطعنامه مخالفند.")
    assert all(m.type != "PER" for m in article.mentions)


def test_a_name_after_a_place_noun_names_the_place(pipeline):
    article = analyse(pipeline, "نمایشگاه در نزدیکی فرودگاه امام خمینی ساخته می‌شود.")
    assert not [m for m in article.mentions if m.actor_id == "ruhollah-khomeini"]


def test_a_ministry_joined_by_va_is_one_title(pipeline):
    article = analyse(pipeline, "وزیر مسکن و شهرسازی ایران با وزیر دارایی و اقتصاد ترکمنستان دیدار کرد.")
    assert mention(article, "وزیر مسکن و شهرسازی ایران").type == "PER"
    minister = mention(article, "وزیر دارایی و اقتصاد ترکمنستان")
    assert article.actors[minister.actor_id].country == "TKM"



def test_a_member_for_a_city_is_that_citys_mp_not_the_state(pipeline):
    article = analyse(pipeline, "نماینده تهران از رئیس قوه قضاییه خواست به این موضوع ورود کند.")
    member = mention(article, "نماینده تهران")
    assert member.type == "PER" and article.actors[member.actor_id].sector == "LEG"


def test_a_zwnj_joined_office_of_two_words_stands_alone(pipeline):
    article = analyse(pipeline, "امام‌جمعه ابرکوه تأکید کرد: ما نباید لحظه‌ای غافل شویم.")
    assert mention(article, "امام‌جمعه").type == "PER"


def test_the_name_after_honorifics_is_a_person_up_to_its_surname(pipeline):
    article = analyse(pipeline, "حجت‌الاسلام سید ابراهیم حسینی در خطبه‌های نماز جمعه گفت: ملت هوشیار است.")
    preacher = mention(article, "سید ابراهیم حسینی")
    assert preacher.how == "honorific" and article.actors[preacher.actor_id].kind == "person"


def test_a_word_after_a_ranked_surname_is_no_part_of_the_name(pipeline):
    article = analyse(pipeline, "سرلشکر محمد باقری با وزیر دفاع قطر دیدار کرد. سرلشکر باقری ابتدا از مسکو بازدید کرد.")
    assert {m.actor_id for m in article.mentions if "باقری" in m.text} == {"mohammad-bagheri"}


def test_one_word_after_an_honorific_is_a_known_surname_or_nothing(pipeline):
    article = analyse(pipeline, "این استاد دانشگاه در نشست خبری گفت: همکاری ادامه دارد.")
    assert not [m for m in article.mentions if m.type == "PER"]


def test_a_surname_inside_another_persons_name_does_not_name_an_office_holder(pipeline):
    article = analyse(pipeline, "آیت‌الله نوری همدانی در دیدار با وزیر کشور گفت: ملت باید هوشیار باشند.")
    assert mention(article, "وزیر کشور").actor_id != "ali-akbar-nategh-nouri"


def test_a_lead_opening_with_an_unnamed_office_tells_of_the_headlines_person(pipeline):
    text = ("واکنش بروجردی به غیرواقعی خواندن آمار فوتی‌ها در شورای شهر\n\n"
            "یک عضو کمیسیون امنیت ملی مجلس با انتقاد از اظهارات برخی اعضای شورای شهر خواست که این مسئله جبران شود.")
    assert mention(analyse(pipeline, text), "عضو کمیسیون امنیت ملی مجلس").actor_id == "alaeddin-boroujerdi"


def test_a_headline_naming_an_office_lends_its_person_to_no_one(pipeline):
    text = "نماینده ترامپ: ایران ناامید شده است!\n\nنماینده ویژه دولت آمریکا در امور ایران در مصاحبه‌ای گفت که ایران ناامید است."
    article = analyse(pipeline, text)
    assert all(m.actor_id != "donald-trump" for m in article.mentions if m.how not in ("gazetteer", "title-complement"))
    # the representative's office names Trump as its complement: he is no actor of the headline
    assert mention(article, "ترامپ").how == "title-complement"


UNNAMED_PEOPLE = [
    # (text, phrase, kind, country, sector)
    ("یک جوان فلسطینی در این حادثه زخمی شد.", "یک جوان فلسطینی", "person", "PSE", "CVL"),
    ("دو سرباز آمریکایی در بغداد کشته شدند.", "دو سرباز آمریکایی", "group", "USA", "MIL"),
    ("در این حمله سه صهیونیست زخمی شدند.", "سه صهیونیست", "group", "ISR", "CVL"),
    ("سربازان آمریکایی وارد روستا شدند.", "سربازان آمریکایی", "group", "USA", "MIL"),
    ("نخست وزیر ترکیه از پارلمان این کشور خواست طرح را تصویب کند.", "پارلمان این کشور", "organization", "TUR", "LEG"),
    ("پلیس آلمان معترضان را بازداشت کرد.", "پلیس آلمان", "organization", "DEU", "GOV"),
    ("مردم شهرستان منوجان در راهپیمایی شرکت کردند.", "مردم شهرستان منوجان", "group", None, "CVL"),
    ("نخست وزیر عراق از دستگاه قضایی این کشور خواست.", "دستگاه قضایی این کشور", "organization", "IRQ", "JUD"),
    ("عده‌ای از ماموران حکومت بحرین به خانه او رفتند.", "عده‌ای از ماموران حکومت بحرین", "group", "BHR", "GOV"),
    ("گروهی از معترضان مقابل سفارت جمع شدند.", "گروهی از معترضان", "group", None, "CVL"),
    ("کردهای عراق با این طرح مخالفند.", "کردهای عراق", "group", "IRQ", "CVL"),
    ("وی از مسلمانان سراسر جهان خواست به خیابان بیایند.", "مسلمانان سراسر جهان", "group", None, "CVL"),
    ("وی تصمیم کنگره شیلی را نابخردانه خواند.", "کنگره شیلی", "organization", "CHL", "LEG"),  # the act's owner
    # unnamed officials and sources: a qualifier before the demonym, or the body they serve in
    ("یک مقام ارشد آمریکایی گفت که مذاکرات ادامه دارد.", "یک مقام ارشد آمریکایی", "person", "USA", "GOV"),
    ("یک مقام آگاه در وزارت نفت هند گفت: پرداخت متوقف می‌شود.", "یک مقام آگاه در وزارت نفت هند", "person", "IND", "GOV"),
    ("یک منبع آگاه در دولت عراق گفت که نشست لغو شد.", "یک منبع آگاه در دولت عراق", "person", "IRQ", None),
    ("مقامات سعودی این خبر را تکذیب کردند.", "مقامات سعودی", "group", "SAU", "GOV"),
    # a plural that may stand alone, opening its phrase: the group the story is about (hamshahri-1255 pattern)
    ("معترضان شعار دادند و خواستار استعفای دولت شدند.", "معترضان", "group", None, "CVL"),
    ("فرماندار تهران از شهروندانی که پروتکل‌ها را رعایت می‌کنند قدردانی کرد.", "شهروندان", "group", None, "CVL"),
    ("مقتدا صدر گفت: من از آدم‌ربایان می‌خواهم گروگان‌ها را آزاد کنند.", "آدم‌ربایان", "group", None, "REB"),
]


@pytest.mark.parametrize("text, phrase, kind, country, sector", UNNAMED_PEOPLE, ids=[row[1] for row in UNNAMED_PEOPLE])
def test_unnamed_people_are_actors_named_by_their_phrase(pipeline, text, phrase, kind, country, sector):
    article = analyse(pipeline, text)
    actor = article.actors[mention(article, phrase).actor_id]
    # the name is the normalised phrase: its ZWNJs may differ from the original's («کرده‌ای عراق»)
    assert compact_key(actor.name) == compact_key(phrase)
    assert (actor.kind, actor.country, actor.sector, actor.known) == (kind, country, sector, False)


def test_a_plural_a_noun_owns_a_count_with_no_origin_or_a_body_a_noun_owns_is_no_new_actor(pipeline):
    article = analyse(
        pipeline,
        "حقوق شهروندان رعایت نشد و پلیس دو نفر را بازداشت کرد. رئیس کمیته روابط خارجی پارلمان آلمان خواستار توافق شد.",
    )
    assert not any(m.how == "collective" for m in article.mentions)
    # officials alone are a state's own, whom the article names some other way
    assert not any(m.how == "collective" for m in analyse(pipeline, "مقامات از این تصمیم حمایت کردند.").mentions)


def test_the_same_plural_alone_is_one_actor_all_through_an_article(pipeline):
    article = analyse(pipeline, "معترضان به خیابان آمدند. پلیس با معترضان درگیر شد.")
    assert len({m.actor_id for m in article.mentions if m.text == "معترضان"}) == 1


def test_two_groups_of_one_origin_stay_apart(pipeline):
    article = analyse(pipeline, "یک جوان فلسطینی زخمی شد و دو جوان فلسطینی در جنین بازداشت شدند.")
    assert mention(article, "یک جوان فلسطینی").actor_id != mention(article, "دو جوان فلسطینی").actor_id


NAMED_BY_THE_REGISTRY = [
    # phrases the registry spells itself, an office the article's person holds
    ("مردم فلسطین در برابر اشغالگران ایستادگی کردند.", "مردم فلسطین", "palestinian-people"),
    ("نظامیان صهیونیست وارد روستا شدند.", "نظامیان صهیونیست", "israeli-army"),
    ("اعضای هیات رئیسه مجلس با رئیس قوه قضاییه دیدار کردند.", "اعضای هیات رئیسه مجلس", "majlis-presiding-board"),
    # a state's legislature named by its kind is the registry's one legislature of that state
    ("نخست وزیر عراق از مجلس این کشور خواست قانون را تصویب کند.", "مجلس این کشور", "iraq-parliament"),
    ("سید احمد خاتمی در نماز جمعه سخن گفت. خطیب نماز جمعه تهران افزود که مردم باید رأی دهند.", "خطیب نماز جمعه تهران", "ahmad-khatami"),
]


@pytest.mark.parametrize("text, phrase, actor_id", NAMED_BY_THE_REGISTRY, ids=[row[2] for row in NAMED_BY_THE_REGISTRY])
def test_the_registry_names_the_phrases_it_spells_and_the_offices_the_article_ties_to_a_person(pipeline, text, phrase, actor_id):
    assert mention(analyse(pipeline, text), phrase).actor_id == actor_id


def test_a_bare_body_word_after_a_foreign_body_named_in_full_is_that_body(pipeline):
    text = "مجلس نمایندگان عراق قانون انتخابات را بررسی کرد. رئیس جلسه گفت مجلس این هفته رای می‌دهد."
    article = analyse(pipeline, text)
    assert [m.actor_id for m in article.mentions if m.text == "مجلس"] == ["iraq-parliament"]
    article = analyse(pipeline, "مجلس امروز طرح را تصویب کرد.")
    assert [m.actor_id for m in article.mentions if m.text == "مجلس"] == ["iran-parliament"]


def test_a_listed_surname_after_another_given_name_is_someone_else(pipeline):
    article = analyse(pipeline, '"سعید عریقات" سخنگوی دفتر سازمان ملل در عراق گفت که انتخابات به تعویق می‌افتد. صائب عریقات سخن گفت.')
    spokesman = mention(article, "سعید عریقات")
    assert spokesman.actor_id != "saeb-erekat" and article.actors[spokesman.actor_id].name == "سعید عریقات"
    assert mention(article, "صائب عریقات").actor_id == "saeb-erekat"


def test_a_plural_title_of_the_two_countries_names_the_two_states_named_last(pipeline):
    text = "رئیس جمهور ایران برای دیداری رسمی وارد جاکارتا شد. وزرای خارجه دو کشور در این سفر دیدار کردند."
    article = analyse(pipeline, text)
    assert [m.actor_id for m in article.mentions if m.how.endswith("plural-title-state")] == ["IRN", "IDN"]


def test_a_states_body_of_one_kind_is_one_actor_however_it_is_worded(pipeline):
    article = analyse(pipeline, "نمایندگان مجلس دانمارک طرح را رد کردند. پارلمان دانمارک طرح را تصویب کرد.")
    assert mention(article, "مجلس دانمارک").actor_id == mention(article, "پارلمان دانمارک").actor_id
    assert article.actors[mention(article, "پارلمان دانمارک").actor_id].country == "DNK"


def test_a_pronoun_opening_a_sentence_is_its_subject_not_the_person_it_mentions(pipeline):
    text = ("سید حسن نصرالله در سخنانی گفت: غرب سیاست دوگانه دارد.\n\n"
            "وی در این زمینه به موضوع \"روژه گارودی\" فیلسوف فرانسوی که به علت نوشتن کتابی تحت پیگرد قرار گرفت اشاره کرد.\n\nوی افزود: دستگاه قضایی اروپا باید وارد عمل شود.")
    article = analyse(pipeline, text)
    assert [m.actor_id for m in article.mentions if m.text == "وی"] == ["hassan-nasrallah", "hassan-nasrallah"]


def test_a_known_persons_surname_the_tagger_took_for_a_place_is_still_them(pipeline):
    article = analyse(pipeline, "کامالا هریس معاون رئیس جمهور آمریکا به مکزیک رفت. هریس گفت که همکاری ادامه دارد.")
    assert [m.actor_id for m in article.mentions if m.text == "هریس"] == ["kamala-harris"]
    article = analyse(pipeline, "امام جمعه هریس گفت که مردم در راهپیمایی شرکت کنند.")
    assert "kamala-harris" not in article.actors  # Heris is a town of East Azerbaijan


def test_the_spokesman_of_a_leaders_office_is_not_the_leader(pipeline):
    text = "سخنگوی دفتر نخست وزیر ژاپن تاکید کرد که این مبالغ ناچیز است. نخست وزیر ژاپن نیز به عراق سفر کرد."
    article = analyse(pipeline, text, published=date(2004, 2, 1))
    spokesman = mention(article, "سخنگوی دفتر نخست وزیر ژاپن")
    leader = mention(article, "نخست وزیر ژاپن")
    assert spokesman.actor_id != leader.actor_id
    assert article.actors[spokesman.actor_id].country == "JPN"


def test_this_official_is_the_unnamed_official_named_before_and_a_prisoner_in_a_country_is_not_its_own(pipeline):
    text = ("یک مقام آگاه در وزارت نفت هند گفت: پرداخت‌ها متوقف می‌شود.\n\n"
            "هند از سال ۲۰۱۱ پول نفت را به یورو پرداخت می‌کند.\n\n"
            "این مقام هندی افزود: ما سپرده کافی داریم.\n\nیک زندانی در کوبا آزاد شد.")
    article = analyse(pipeline, text)
    official = mention(article, "یک مقام آگاه در وزارت نفت هند").actor_id
    assert mention(article, "این مقام هندی").actor_id == official
    assert not any(m.text.startswith("یک زندانی") for m in article.mentions)


def test_a_body_no_list_has_is_a_new_organisation_when_its_name_opens_with_a_body_noun(pipeline):
    article = analyse(pipeline, "ستاد ملی مبارزه با کرونا اعلام کرد که مدارس تعطیل است. روزنامه اسرائیلی معاریو نوشت که جلسه لغو شد.")
    headquarters = article.actors[mention(article, "ستاد ملی مبارزه با کرونا").actor_id]
    assert (headquarters.kind, headquarters.sector, headquarters.known) == ("organization", "GOV", False)
    newspaper = article.actors[mention(article, "روزنامه اسرائیلی معاریو").actor_id]
    assert (newspaper.country, newspaper.sector) == ("ISR", "MED")
    # a description is no name, and a club named after its town stays unresolved
    article = analyse(pipeline, "روزنامه صهیونیستی گزارش داد. تیم شهرداری گرگان در این هفته میزبان پرسپولیس است.")
    assert not any(m.actor_id and m.actor_id.startswith("org-") for m in article.mentions)


def test_a_province_names_its_governor_and_is_read_before_a_state_inside_it(pipeline):
    article = analyse(pipeline, "استاندار آذربایجان غربی گفت: طرح متوقف شد. استاندار خوزستان نیز گفت: طرح ادامه دارد.")
    west = article.actors[mention(article, "استاندار آذربایجان غربی").actor_id]
    khuzestan = mention(article, "استاندار خوزستان").actor_id
    assert (west.name, west.country) == ("استاندار آذربایجان غربی", "IRN")
    assert khuzestan != mention(article, "استاندار آذربایجان غربی").actor_id


def test_an_honorific_does_not_tell_whose_surname_it_is(pipeline):
    text = ("دکتر «احمد ابراهیم»، معاون بیمارستان کودکان گفت سربازان وارد بیمارستان شدند. "
            "دکتر ابراهیم همچنین از مقامات عراقی خواست وارد عمل شوند.")
    article = analyse(pipeline, text)
    ahmad = mention(article, "احمد ابراهیم").actor_id
    assert [m.actor_id for m in article.mentions if m.text == "ابراهیم"] == [ahmad]  # not Anwar Ibrahim
    # with no one else of that name in the article, a distinctive surname is the registry's; a given name is not
    article = analyse(pipeline, "آیت‌الله رفسنجانی گفت: مردم آگاه هستند. دکتر صادق گفت: بیمار بهتر است.")
    assert mention(article, "رفسنجانی").actor_id == "akbar-hashemi-rafsanjani"
    assert not any(m.actor_id for m in article.mentions if m.text == "صادق")


def test_an_envoys_post_is_part_of_the_title_and_tells_two_envoys_apart(pipeline):
    text = ("سفیر ایران در لبنان اعلام کرد: این حمله محکوم است. سفیر ایران گفت: دیدار انجام شد. "
            "سفیر ایران در سوریه نیز گفت: ما آماده‌ایم. وزارت خارجه ایران سفیر انگلیس در تهران را احضار کرد.")
    article = analyse(pipeline, text)
    lebanon, syria = mention(article, "سفیر ایران در لبنان").actor_id, mention(article, "سفیر ایران در سوریه").actor_id
    assert lebanon != syria and article.actors[lebanon].name == "سفیر ایران در لبنان"
    assert mention(article, "سفیر ایران").actor_id == lebanon  # the envoy just named, not a third one
    british = article.actors[mention(article, "سفیر انگلیس در تهران").actor_id]  # «سفیرانگلیس» is no plural «سفیران»
    assert british.country == "GBR"
    assert not any(m.text in ("لبنان", "سوریه", "تهران") and m.how != "title-complement" for m in article.mentions)


def test_a_state_named_like_a_person_already_named_is_that_person(pipeline):
    # farsnews fars-2-054 (trimmed)
    text = "«دیوید کامرون» نخست وزیر انگلستان با سران اتحادیه اروپا گفتگو کرد. کامرون طرحی چهار بندی ارائه کرده بود."
    article = analyse(pipeline, text)
    assert [m.actor_id for m in article.mentions if m.text == "کامرون"] == ["david-cameron"]
    # before any person bears it, the name is the state's
    assert mention(analyse(pipeline, "کامرون و نیجریه توافق کردند."), "کامرون").actor_id == "CMR"


def test_a_representatives_office_names_its_principal_as_complement(pipeline):
    # farsnews fars-1-255 (trimmed)
    text = "نماینده آیت‌الله سیستانی در کربلا گفت: تعداد کارت‌های انتخابات بسیار کمتر از میزان لازم بوده است."
    article = analyse(pipeline, text)
    assert mention(article, "آیت‌الله سیستانی").how == "title-complement"
    assert all(q.speaker != "ali-al-sistani" for q in article.quotes)


def test_officials_with_a_qualifier_or_an_institution_are_their_states(pipeline):
    for text, country in (("احمد چلبی با مقامات عالی رتبه آمریکایی دیدار کرد.", "USA"),
                          ("سربازان مرزی پاکستان به مواضع هند حمله کردند.", "PAK"),
                          ("احمد چلبی با مقامات وزارت خارجه آمریکا دیدار کرد.", "USA"),
                          ("یکی از مقامات ارشد روسی گفت: مذاکرات ادامه دارد.", "RUS")):
        article = analyse(pipeline, text)
        officials = [m for m in article.mentions if m.text.startswith(("مقامات", "یکی", "سربازان"))]
        assert officials and article.actors[officials[0].actor_id].country == country, text


def test_the_end_of_a_new_persons_full_name_is_that_person(pipeline):
    # farsnews fars-4-154 (trimmed)
    text = ("معترضان خواستار استعفای «اتو پرز مولینا» رئیس جمهور گوآتمالا شدند. فراخوان این تظاهرات توسط گروه "
            "«باستایا» به منظور درخواست استعفای «پرز مولینا» سازماندهی شده بود.")
    article = analyse(pipeline, text)
    assert len({m.actor_id for m in article.mentions if "مولینا" in m.text}) == 1


def test_an_organisation_that_outruns_an_office_word_makes_the_office(pipeline):
    # «رئیس مجلس خبرگان» is not «رئیس مجلس» (the Majlis speaker) followed by a stray word
    article = analyse(pipeline, "رئیس مجلس خبرگان گفت: انتخابات نماد مردم‌سالاری است.", published=date(2019, 5, 1))
    chair = mention(article, "رئیس مجلس خبرگان")
    assert chair.actor_id == "ahmad-jannati"
    member = mention(analyse(pipeline, "عضو مجلس خبرگان گفت: بوش مطمئن باشد که این هدف محقق نمی‌شود."), "عضو مجلس خبرگان")
    assert member.title == "عضو مجلس خبرگان"


def test_an_office_many_hold_is_the_one_person_the_report_named(pipeline):
    # fars-5-177 pattern (trimmed): the preacher named in the lead, then called by his offices
    text = ("به گزارش خبرگزاری فارس از بوشهر، آیت الله غلامعلی صفایی‌بوشهری امروز در خطبه‌های نماز جمعه اظهار داشت: "
            "تعاونی‌ها نقش ویژه دارند.\n\nنماینده ولی فقیه در استان بوشهر تصریح کرد: صنایع دستی مهم هستند.\n\n"
            "امام جمعه بوشهر گفت: کار ارزش است.")
    article = analyse(pipeline, text)
    preacher = mention(article, "غلامعلی صفایی‌بوشهری").actor_id
    assert mention(article, "نماینده ولی فقیه").actor_id == preacher
    assert mention(article, "امام جمعه").actor_id == preacher


@pytest.mark.parametrize("text", [
    # a partner of the named person, someone new, another speaker, or one the registry lists in another office
    "حسن فتحی‌نیا در دیدار با امام جمعه تربت‌حیدریه بر همکاری تاکید کرد.",
    "حسن فتحی‌نیا گفت: انتخابات مهم است. یک عضو کمیسیون امنیت ملی مجلس گفت: مذاکره لازم است.",
    "حسن فتحی‌نیا در این دیدار گفت: همکاری مهم است. امام جمعه گالیکش نیز در این دیدار از زحمات کارکنان تقدیر کرد.",
    "امام خمینی فرمود که مردم ولی نعمت هستند. امام جمعه شهر آبیک ادامه داد: ازدواج سنت است.",
])
def test_an_office_many_hold_is_no_epithet_for_a_partner_a_newcomer_or_a_listed_officeholder(pipeline, text):
    article = analyse(pipeline, text)
    assert not any(m.how == "role-epithet" for m in article.mentions), [(m.text, m.actor_id) for m in article.mentions]


def test_a_listed_person_after_a_reporters_credit_with_no_comma_is_the_subject_not_the_reporter(pipeline):
    # fars-3-131 (trimmed): the credit line runs into the speaker's name
    text = ("به گزارش خبرنگار پارلمانی خبرگزاری فارس غلامعلی حداد عادل در جلسه علنی امروز مجلس با اشاره به نامه "
            "رئیس‌جمهور ایران به بوش گفت: ما این اقدام را مثبت می‌دانیم.\n\nوی افزود: این نامه یک ابتکار بود.\n\n"
            "رئیس مجلس ضمن تشکر از این اقدام رئیس جمهور گفت: این نامه حرف دل ملت است.")
    article = analyse(pipeline, text)
    assert mention(article, "غلامعلی حداد عادل").how != "attribution"
    # the bare office after «رئیس‌جمهور ایران» named by title only is that office, not Bush's
    bare = [m for m in article.mentions if m.text == "رئیس جمهور"]
    assert bare and all(m.actor_id == mention(article, "رئیس‌جمهور ایران").actor_id for m in bare)


@pytest.mark.parametrize("text, title", [
    # hamshahri-1117, fars-4-115: a faction's name stands between the office and the Majlis
    ("یک عضو فراکسیون ولایی مجلس گفت: بیت کوین ارزش ذاتی برق را دارد و تحریم نمی‌شود.", "عضو فراکسیون ولایی مجلس"),
    ("سخنگوي فراكسيون وفاق و كارآمدي مجلس تاكيد كرد: به طور حتم تحقق برنامه‌ها از عوامل موفقيت خواهد بود.",
     "سخنگوي فراكسيون وفاق و كارآمدي مجلس"),
])
def test_an_office_of_a_parliamentary_faction_is_a_person_not_the_parliament(pipeline, text, title):
    article = analyse(pipeline, text)
    actor = article.actors[mention(article, title).actor_id]
    assert (actor.kind, actor.sector, actor.country) == ("person", "LEG", "IRN")


def test_another_office_ends_a_factions_name(pipeline):
    article = analyse(pipeline, "عضو فراکسیون امید و رئیس مجلس گفت: دولت باید پاسخگو باشد.")
    assert mention(article, "عضو فراکسیون").actor_id != mention(article, "رئیس مجلس").actor_id


@pytest.mark.parametrize("text, person", [
    # hamshahri-1117: the headline's «ابطحی» is the MP the lead names by his office
    ("ابطحی: بیت‌کوین را جایگزین ریال کنید\n\nیک عضو فراکسیون ولایی مجلس گفت: بیت کوین ارزش ذاتی برق را دارد.",
     "mohammad-javad-abtahi"),
    ("ابطحی رئیس دفتر رئیس‌جمهور گفت: دولت باید پاسخگو باشد.", "mohammad-ali-abtahi"),
])
def test_the_office_tells_which_abtahi_speaks(pipeline, text, person):
    assert mention(analyse(pipeline, text), "ابطحی").actor_id == person


def test_an_unnamed_office_holder_keeps_the_indefinite_and_the_bodys_full_name(pipeline):
    # hamshahri-1934: «یک عضو کمیسیون … مجلس شورای اسلامی» is someone unnamed; «این عضو کمیسیون» later is he
    text = ("یک عضو کمیسیون امنیت ملی و سیاست خارجی مجلس شورای اسلامی گفت: وضعیت آمریکا تغییر کرده است.\n"
            "این عضو کمیسیون امنیت ملی و سیاست خارجی مجلس شورای اسلامی افزود: تحریم‌ها شکست خورده است.")
    article = analyse(pipeline, text)
    first, later = (m for m in article.mentions if m.type == "PER")
    assert first.actor_id == later.actor_id
    actor = article.actors[first.actor_id]
    assert actor.name == "یک عضو کمیسیون امنیت ملی و سیاست خارجی مجلس شورای اسلامی"
    assert actor.role == "عضو کمیسیون امنیت ملی و سیاست خارجی مجلس شورای اسلامی"


def test_one_unlisted_word_after_a_clerics_honorific_is_a_surname(pipeline):
    # fars-4-057: the Friday prayer leader who speaks is «حجت‌الاسلام شریعتی‌تبار», not the official named before him
    text = ("حسن فتحی‌نیا در دیدار با امام جمعه تربت‌حیدریه اظهار داشت: انتخابات مهم است.\n\n"
            "حجت‌الاسلام شریعتی‌تبار، نماینده ولی فقیه و امام جمعه تربت‌حیدریه، نیز در این جلسه گفت: انتخابات"
            " بارزترین نماد مردم سالاری دینی است.")
    article = analyse(pipeline, text)
    cleric = mention(article, "شریعتی‌تبار")
    assert cleric.actor_id and cleric.actor_id != mention(article, "حسن فتحی‌نیا").actor_id
    assert article.actors[cleric.actor_id].kind == "person"
    # after an academic title one word may be a field: «استاد دانشگاه» is nobody
    assert not [m for m in analyse(pipeline, "استاد دانشگاه گفت: انتخابات مهم است.").mentions if m.type == "PER" and m.actor_id]


def test_offices_joined_by_and_after_a_name_are_all_his(pipeline):
    # fars-4-057: the Friday prayer leader met in the lead is the cleric named with both his offices later
    text = ("حسن فتحی‌نیا در دیدار با امام جمعه تربت‌حیدریه اظهار داشت: انتخابات مهم است.\n\n"
            "حجت‌الاسلام شریعتی‌تبار، نماینده ولی فقیه و امام جمعه تربت‌حیدریه، نیز در این جلسه گفت: انتخابات مهم است.")
    article = analyse(pipeline, text)
    assert mention(article, "امام جمعه").actor_id == mention(article, "شریعتی‌تبار").actor_id
    # offices of another country after «و» are another person's
    article = analyse(pipeline, "محمدجواد ظریف، وزیر خارجه ایران و وزیر خارجه قطر در تهران دیدار کردند.")
    assert mention(article, "وزیر خارجه قطر").actor_id != mention(article, "محمدجواد ظریف").actor_id
