"""Red flags by concept, in people's own words: every concept raises the alarm in lay wording,
a negated symptom does not, and a question that describes no symptom gets reassurance first."""

from __future__ import annotations

import pytest

from tests.project_answerer import project_answerer

ANSWERER = project_answerer()

# (message, the concept it must raise); lay wording as people write it, NHS/NICE red flags.
LAY_RED_FLAGS = [
    # Bladder or bowel function (cauda equina): retention, incontinence, changed sensation.
    ("I'm having difficulty passing urine", "bladder_bowel"),
    ("I keep leaking urine and now I need pads", "bladder_bowel"),
    ("I don't know when my bladder is full anymore", "bladder_bowel"),
    ("I couldn't hold a bowel movement this morning", "bladder_bowel"),
    ("I have to strain to pee", "bladder_bowel"),
    ("weak stream when I wee", "bladder_bowel"),
    ("I had to wear a nappy", "bladder_bowel"),
    ("I pooed myself on the way home", "bladder_bowel"),
    ("i dont feel when i need to go to the toilet", "bladder_bowel"),
    ("I can't feel my bladder", "bladder_bowel"),
    ("Sciatica and now can't pee", "bladder_bowel"),
    ("my husband can't pee and has sciatica", "bladder_bowel"),
    ("is it normal to leak urine with sciatica?", "bladder_bowel"),
    ("I haven't peed since yesterday", "bladder_bowel"),
    ("when I go to the loo nothing comes out", "bladder_bowel"),
    ("can't pass water", "bladder_bowel"),
    ("I keep having little accidents", "bladder_bowel"),
    ("I had an accident in my pants yesterday", "bladder_bowel"),
    ("I can't tell when I need to go anymore", "bladder_bowel"),
    ("I felt a frequent urge to rush to the toilet", "bladder_bowel"),
    ("I could not pee at all this morning", "bladder_bowel"),
    # Saddle area sensation and sexual function.
    ("I can't feel the toilet paper when I wipe", "saddle"),
    ("it's numb down there since yesterday", "saddle"),
    ("my bum feels numb", "saddle"),
    ("pins and needles between my legs", "saddle"),
    ("my inner thighs are numb", "saddle"),
    ("can't get an erection since the back pain started", "saddle"),
    ("I can't get hard since this started", "saddle"),
    ("my bum cheeks are numb", "saddle"),
    ("my back passage feels numb", "saddle"),
    # Progressive weakness, foot drop.
    ("my foot stopped working", "leg_weakness"),
    ("my foot feels clumsy and I keep tripping", "leg_weakness"),
    ("my leg gave out on the stairs", "leg_weakness"),
    ("my toes drag on the floor", "leg_weakness"),
    ("I can't lift my foot up", "leg_weakness"),
    ("the numbness is spreading up my leg", "leg_weakness"),
    ("my leg is getting weaker every day", "leg_weakness"),
    ("my foot doesn't work properly", "leg_weakness"),
    ("I keep stubbing my toes because my foot won't lift", "leg_weakness"),
    ("an inability to stand on my left toes", "leg_weakness"),
    ("I could not stand on my foot", "leg_weakness"),
    ("I have to lift my leg higher than usual just to walk", "leg_weakness"),
    ("I raise my foot higher, otherwise I would trip", "leg_weakness"),
    ("my leg feels like jelly and won't do what I tell it", "leg_weakness"),
    ("I couldn't walk or feel my toes", "leg_weakness"),
    # Both legs.
    ("I have sciatica in both legs now", "both_legs"),
    ("now it's in my other leg too", "both_legs"),
    ("I have to crouch to get the feeling back in my legs", "both_legs"),
    ("it's in either leg on this occasion", "both_legs"),
    ("then it happened to my right foot too", "both_legs"),
    # Fever, trauma, cancer or weight loss, constant night pain.
    ("I have a temperature and my back hurts", "fever"),
    ("night sweats and back pain", "fever"),
    ("new numbness after a car accident last week", "trauma"),
    ("I slipped on ice and now have shooting pain", "trauma"),
    ("I slipped at the store and now my back hurts", "trauma"),
    ("since the accident my leg has been numb", "trauma"),
    ("I was in a fender bender last week and now my foot is numb", "trauma"),
    ("my feet went out from under me on the ice and my tailbone broke my fall", "trauma"),
    ("I got rear-ended at a red light and the leg pain started", "trauma"),
    ("came off my motorbike in May and my back hasn't been right", "trauma"),
    ("I was hit by a car while cycling", "trauma"),
    ("I tripped over the dog and landed on my back", "trauma"),
    ("it started after a rugby injury", "trauma"),
    ("I took a tumble down the stairs", "trauma"),
    ("the area around my tailbone has gone numb", "saddle"),
    ("his legs have both gone numb since Friday", "both_legs"),
    ("my toes scrape the ground when I walk now", "leg_weakness"),
    ("I've dropped two dress sizes without dieting", "cancer_weight"),
    ("my clothes are hanging off me and my back is killing me", "cancer_weight"),
    ("the pain is worse at night and nothing touches it", "night_pain"),
    ("a car went into the back of me on Tuesday", "trauma"),
    ("I don't get the feeling that I need to go anymore", "bladder_bowel"),
    ("no urge to pee since yesterday", "bladder_bowel"),
    ("it feels like I'm sitting on a cushion when I'm not", "saddle"),
    ("it's gone from one leg to both", "both_legs"),
    ("I never know if my bladder is full or not", "bladder_bowel"),
    ("I couldn't hold it in and had an accident on the way to the bathroom", "bladder_bowel"),
    ("My foot just stopped working properly", "leg_weakness"),
    ("my right leg is thinner than my left now", "leg_weakness"),
    ("I feel a bit off down below", "saddle"),
    ("if I get the urge I can't hold it", "bladder_bowel"),
    ("my doctor asked if I had bladder problems and I do, I leak", "bladder_bowel"),
    ("I read about foot drop and my foot is dragging", "leg_weakness"),
    ("I'm worried about the numbness in my groin", "saddle"),
    ("I crashed my car last week and now my leg is numb", "trauma"),
    ("I need to use a pad every day now", "bladder_bowel"),
    ("something is wrong with my groin", "saddle"),
    ("my privates don't feel right", "saddle"),
    ("we were in a collision on the motorway", "trauma"),
    ("I had breast cancer 5 years ago and now have back pain", "cancer_weight"),
    ("after radiation therapy my back started hurting", "cancer_weight"),
    ("I've lost a stone without trying", "cancer_weight"),
    ("I've been losing weight and I don't know why", "cancer_weight"),
    ("the pain is there all day and night and nothing helps", "night_pain"),
    ("the pain is constant and worse at night", "night_pain"),
    ("it's constant, day and night", "night_pain"),
    ("I think I have cauda equina", "cauda_equina"),
]


@pytest.mark.parametrize(("text", "flag"), LAY_RED_FLAGS)
def test_every_concept_raises_the_alarm_in_lay_words(text: str, flag: str) -> None:
    found = ANSWERER.answer(text)
    assert found.kind == "red_flag" and found.red_flag is not None, text
    assert flag in found.red_flag.flags


@pytest.mark.parametrize(
    "text",
    [
        "my bladder feels weird",
        "something is off with my peeing",
        "my groin is different",
        "I've been constipated for a week and my back hurts",
    ],
)
def test_an_unsure_personal_mention_of_bladder_or_saddle_alarms(text: str) -> None:
    assert ANSWERER.answer(text).kind == "red_flag"


@pytest.mark.parametrize(
    "text",
    ["no bladder problems, just pain", "I don't have any bladder problems",
     "my bladder is fine, should I rest?", "no numbness in my groin, no bladder issues, just pain",
     "my legs aren't weak, can I go running?", "my foot isn't dragging, how do I do bridges?",
     "no fever, but the pain is worse at night", "I haven't had a fall", "not in both legs",
     "never had cancer, can I do yoga?", "no trouble peeing or pooing", "without any fever",
     "I haven't had any trouble peeing", "I haven't lost any weight",
     "I have a slipped disc, can I swim?", "my disc slipped last year, should I do yoga?",
     "my legs are not weak, can I cycle?", "I did not fall, it came on slowly",
     "no problems with erections, just leg pain", "it isn't in both legs, only the left",
     "the pain is not constant and doesn't wake me at night", "no accidents, bladder is fine",
     "no accident, it came on slowly", "I didn't fall or crash, it just started",
     "never been in a car accident, is driving ok?", "no injury or fall, should I rest?",
     "no numbness around my tailbone, just an ache", "my toes don't catch, can I run?",
     "I lost a dress size on purpose, can I do yoga?",
     "no pain at night, nothing wrong, can I run?",
     "I can't hold the stretch for long, is that ok?",
     "no numbness, just pain", "I'm not constipated, can I do yoga?"],
)  # fmt: skip
def test_a_negation_stays_in_its_clause_and_does_not_alarm(text: str) -> None:
    assert ANSWERER.answer(text).kind != "red_flag"


@pytest.mark.parametrize(
    "text",
    ["Is sciatica dangerous?", "can sciatica cause bladder problems?",
     "what are the warning signs?", "can sciatica affect both legs?",
     "should I stretch both legs?", "tips for a long car trip",
     "my leg fell asleep while sitting", "can sciatica cause a fever?",
     "should I use hot and cold packs?", "should I stay in bed all the time?",
     "can sciatica be a sign of cancer?", "what is cauda equina syndrome?",
     "I stumbled upon this bot, how do I do the bridge?", "the pain drops down into my foot",
     "numb toes and pain down my leg", "I have been losing weight on purpose, can I do yoga?",
     "can I do the exercises day and night",
     "I had an accident with my routine and skipped a day",
     "I hurt my back lifting a box, should I rest?", "I fell asleep on the sofa, is that bad?",
     "I started running again this fall, is that ok?"],
)  # fmt: skip
def test_a_question_describing_no_symptom_gets_no_alarm(text: str) -> None:
    assert ANSWERER.answer(text).kind != "red_flag"


@pytest.mark.parametrize(
    "text",
    ["Can sciatica cause frequent urination?", "Does sciatica cause constipation?",
     "Can cancer be mistaken for sciatica?", "Can sciatica cause erectile dysfunction?",
     "can sciatica make your leg weak?", "can you get sciatica in both legs?",
     "Can sciatica pain cause fever?", "Back Pain After Chemo: Can Chemo Cause Sciatica?",
     "Sciatica and bladder problems: when is it an emergency?",
     "Signs of cauda equina syndrome", "Can sciatica cause penile pain?",
     "What causes numbness when wiping?"],
)  # fmt: skip
def test_a_general_question_about_a_warning_sign_gets_the_warning_signs(text: str) -> None:
    found = ANSWERER.answer(text)
    assert found.kind == "answer" and found.answer_id == "red-flags", text
    assert found.text is not None and found.text.startswith("Most sciatica is not dangerous")


def test_is_sciatica_dangerous_reassures_first_then_lists_the_signs() -> None:
    found = ANSWERER.answer("Is sciatica dangerous?")
    assert found.kind == "answer" and found.answer_id == "red-flags"
    assert found.text is not None
    assert found.text.startswith("Most sciatica is not dangerous")
    assert "bladder" in found.text and "both legs" in found.text


def test_the_red_flag_check_reads_the_whole_story_and_ranks_the_question() -> None:
    story = (
        "I've had sciatica for three weeks after lifting a sofa. The physio gave me exercises. "
        "Since yesterday I can't really feel it when I wipe. Anyway, is swimming ok?"
    )
    found = ANSWERER.answer(story)
    assert found.kind == "red_flag" and found.answer_id == "swimming"


@pytest.mark.parametrize(
    "text",
    ["Can a car accident cause sciatica?", "Does a fall cause sciatica?",
     "Whiplash: can it lead to sciatica?"],
)  # fmt: skip
def test_a_general_question_about_accidents_describes_no_one(text: str) -> None:
    assert ANSWERER.answer(text).kind != "red_flag"


@pytest.mark.parametrize(
    "text",
    ["Can you get sciatica in both legs? Exploring bilateral sciatica",
     "Foot drop and disc herniation: 9 signs it's not just sciatica",
     "Understanding sciatica in both legs",
     "Bladder problems and back pain - what is the link?",
     "Sciatica after a fall: symptoms and treatment",
     "Back pain after cancer treatment: what to know",
     "I'm worried about cauda equina, what are the signs?"],
)  # fmt: skip
def test_a_headline_and_its_subtitle_describe_no_one(text: str) -> None:
    assert ANSWERER.answer(text).kind != "red_flag"


@pytest.mark.parametrize(
    "text",
    ["numb groin - can't pee", "Numb groin and sciatica: what should I do?",
     "I fell yesterday: what now?", "I think I have cauda equina"],
)  # fmt: skip
def test_a_headline_shape_with_someone_s_own_symptom_still_alarms(text: str) -> None:
    assert ANSWERER.answer(text).kind == "red_flag"


@pytest.mark.parametrize(
    "text",
    ["My doctor asked if I had any bladder problems, why would she ask that?",
     "My GP said to watch out for numbness in the saddle area. What does that mean?",
     "My physio told me to go to A&E if I lose bladder control. How likely is that?",
     "I read that sciatica can cause incontinence. Is that true?"],
)  # fmt: skip
def test_a_reported_or_hypothetical_symptom_gets_the_warning_signs_not_an_alarm(
    text: str,
) -> None:
    found = ANSWERER.answer(text)
    assert found.kind == "answer" and found.answer_id == "red-flags", found


@pytest.mark.parametrize(
    "text",
    ["I fell pregnant last year and now have sciatica", "I crashed my computer",
     "I was in a car accident 10 years ago, could that be why I have sciatica now?",
     "I have had night sweats from menopause, and sciatica too",
     "I have a temperature in my office, too hot to sit, what chair?",
     "Should I use a heating pad on my sciatica?", "can I use a heat pad and an ice pack",
     "My foot goes numb when I cross my legs", "my groin is tight after running",
     "nothing wrong with my groin, can I run?"],
)  # fmt: skip
def test_words_of_a_red_flag_in_another_sense_do_not_alarm(text: str) -> None:
    assert ANSWERER.answer(text).kind != "red_flag"


# A concept named on its own is enough, with no change word: the cauda equina signs, loss of
# strength, an accident, waking at night with a pain rest does not ease (round-4 structure:
# mentions by family; since round 7 waking at night alone is no flag: it is common in sciatica).
@pytest.mark.parametrize(
    ("text", "flag"),
    [("they fitted me with a catheter last week", "bladder_bowel"),
     ("I've had some incontinence since Tuesday", "bladder_bowel"),
     ("things are... weird... when I go to the bathroom", "bladder_bowel"),
     ("I've lost all my strength in that leg", "leg_weakness"),
     ("on the day of the accident I felt nothing", "trauma"),
     ("my sciatica started after the accident at the gym", "trauma"),
     ("it began to wake me up at night and lying still doesn't ease it", "night_pain"),
     ("I wake up in the middle of the night due to severe back pain", "night_pain"),
     ("a relentless pain, even lying down", "night_pain"),
     ("numbness just above where the buttocks met", "saddle"),
     ("something odd going on down there", "saddle")],
)  # fmt: skip
def test_a_concept_named_on_its_own_alarms(text: str, flag: str) -> None:
    found = ANSWERER.answer(text)
    assert found.kind == "red_flag" and found.red_flag is not None, text
    assert flag in found.red_flag.flags


@pytest.mark.parametrize(
    "text",
    ["no catheter, no incontinence, just pain", "I haven't lost any strength, can I run?",
     "no accident, it came on by itself", "it doesn't wake me up at night",
     "no numbness just pain in my buttock", "nothing wrong down there, can I cycle?",
     "the pain is not relentless, should I rest?", "I went to accident and emergency last year"],
)  # fmt: skip
def test_a_denied_concept_named_on_its_own_does_not_alarm(text: str) -> None:
    assert ANSWERER.answer(text).kind != "red_flag"


@pytest.mark.parametrize(
    "text",
    ["What is saddle numbness?", "Can you have sciatica on both sides?",
     "What Causes Legs to Give Out?", "Back Pain With Unexplained Weight Loss: A Guide",
     "Underactive bladder function in association with sciatica?"],
)  # fmt: skip
def test_a_term_or_a_page_title_about_a_warning_sign_gets_the_warning_signs(text: str) -> None:
    found = ANSWERER.answer(text)
    assert found.kind == "answer" and found.answer_id == "red-flags", (text, found)


@pytest.mark.parametrize(
    "text",
    ["Numbness In My Groin: What Now?", "Numb Groin And Can't Pee",
     "numbness that starts at my tailbone and stays there", "Numb Groin - Help?",
     "Sciatica And A Numb Groin: Should I Worry?", "Both Legs Going Weak - Please Advise"],
)  # fmt: skip
def test_title_case_or_a_tailbone_without_a_path_down_the_leg_still_alarms(text: str) -> None:
    assert ANSWERER.answer(text).kind == "red_flag", text
