"""Red flags told about someone else (a patient, a husband, a mum), and lay wordings written for
round 5 as a generalisation check: paraphrases invented by the team, not copied from any set."""

from __future__ import annotations

import pytest

from tests.project_answerer import project_answerer

ANSWERER = project_answerer()


# A clinician or a relative describing a particular person now: that person needs care today.
@pytest.mark.parametrize(
    ("text", "flag"),
    [("What is the next step for a patient with back pain complaining of chills?", "fever"),
     ("What should I do for a patient with sciatica who has new incontinence?", "bladder_bowel"),
     ("What do you do when a client with sciatica reports numbness in the groin?", "saddle"),
     ("How should I manage a 45-year-old with back pain and a fever?", "fever"),
     ("patient presenting with sciatica in both legs", "both_legs"),
     ("my husband can't feel his bottom when he sits on the toilet", "saddle"),
     ("my mum has wet herself twice today and her back is agony", "bladder_bowel"),
     ("my dad's leg keeps giving way", "leg_weakness"),
     ("my son fell off a ladder yesterday and now his leg is numb", "trauma"),
     ("Should my mum go to A&E? Her legs are both numb", "both_legs"),
     ("Is it urgent if my son's legs both went numb after rugby?", "both_legs"),
     ("my husband's legs are weak and numb", "both_legs")],
)  # fmt: skip
def test_a_particular_person_described_by_someone_else_alarms(text: str, flag: str) -> None:
    found = ANSWERER.answer(text)
    assert found.kind == "red_flag" and found.red_flag is not None, text
    assert flag in found.red_flag.flags, found.red_flag


# Asking about patients in general, or about someone who has sciatica and no warning sign.
@pytest.mark.parametrize(
    "text",
    ["What are the red flags for a patient with sciatica?",
     "what should I ask a patient with back pain to rule out cauda equina?",
     "can a patient with sciatica develop incontinence?",
     "my 70 year old mother has sciatica, can she do the stretches?",
     "my husband has sciatica, should he rest in bed?",
     "I'm scared of getting cauda equina, how would I know?"],
)  # fmt: skip
def test_patients_in_general_or_a_relative_without_a_sign_get_no_alarm(text: str) -> None:
    assert ANSWERER.answer(text).kind != "red_flag", text


# Lay words per concept, written for this round (not taken from any question set).
@pytest.mark.parametrize(
    ("text", "flag"),
    [("I keep needing to go but only a trickle comes out", "bladder_bowel"),
     ("I didn't realise I'd wet myself", "bladder_bowel"),
     ("I have had a bit of leakage when I cough since my back went", "bladder_bowel"),
     ("I can't empty my bladder properly", "bladder_bowel"),
     ("Should I go to the ER if I can't feel my butt?", "saddle"),
     ("the skin around my back passage is tingling", "saddle"),
     ("I've lost feeling in my penis", "saddle"),
     ("my foot is slapping the floor when I walk", "leg_weakness"),
     ("I keep tripping over my toes", "leg_weakness"),
     ("Why can't I lift my toes up?", "leg_weakness"),
     ("my heel won't come off the ground", "leg_weakness"),
     ("my knee keeps buckling", "leg_weakness"),
     ("my legs feel like they aren't mine", "both_legs"),
     ("sciatica in my left leg and now the right leg too", "both_legs"),
     ("my temperature is 39 and my back hurts", "fever"),
     ("got knocked over playing football and now my back and leg hurt", "trauma"),
     ("I'm losing weight without trying and my back aches", "cancer_weight"),
     ("it keeps me awake all night, every night, and painkillers don't touch it",
      "night_pain")],
)  # fmt: skip
def test_new_lay_wordings_raise_their_concept(text: str, flag: str) -> None:
    found = ANSWERER.answer(text)
    assert found.kind == "red_flag" and found.red_flag is not None, text
    assert flag in found.red_flag.flags, found.red_flag


# Negations and look-alikes in the same lay words: no alarm.
@pytest.mark.parametrize(
    "text",
    ["no bladder or bowel problems, is walking ok?",
     "my bladder and bowels are fine, just leg pain",
     "I can feel everything down there, is that a good sign?",
     "no leakage, no numbness, just a sore bum",
     "I don't trip or stumble, can I run?",
     "my pain is in my right leg, should I stretch my other leg too?",
     "do I do the stretch on the other leg too?",
     "should I use hot and cold packs?",
     "no fever, no weight loss, just back pain",
     "the pain is not in both legs, just the right"],
)  # fmt: skip
def test_denied_or_look_alike_lay_wordings_do_not_alarm(text: str) -> None:
    assert ANSWERER.answer(text).kind != "red_flag", text


# A clinician's case ("for a patient with ...") describes someone now; an editor's title hook
# ("...: Should I Be Worried?") does not, but the same words typed by a person do.
@pytest.mark.parametrize(
    "text",
    ["What would you advise for a patient with sciatica and new numbness in both legs?",
     "How do you treat a man who has back pain and can't pass urine?",
     "Back pain and fever: should I be worried?",
     "Sciatica And A Numb Groin: Should I Worry?",
     "Is my foot drop permanent?"],
)  # fmt: skip
def test_a_case_or_a_person_s_own_worry_alarms(text: str) -> None:
    assert ANSWERER.answer(text).kind == "red_flag", text


@pytest.mark.parametrize(
    "text",
    ["Back Pain and Fever: Should I Be Worried?", "Is foot drop permanent?",
     "What exercises are best for a patient with sciatica?",
     "He denies any bladder or bowel trouble and the leg pain is easing, can he walk?"],
)  # fmt: skip
def test_a_title_hook_a_term_or_a_denial_does_not_alarm(text: str) -> None:
    assert ANSWERER.answer(text).kind != "red_flag", text


# A denial reaches every item of its list ("no A, B or C"), through fillers ("any", "my"); a
# part with its own subject or verb, or a list with no "or", is a new statement.
@pytest.mark.parametrize(
    "text",
    ["I don't have any numbness in my saddle area, can I swim?",
     "no problems with my bladder or bowels, is yoga ok?",
     "no weight loss, fever or night sweats, just a sore back",
     "I don't have any fever, weight loss, or bladder problems. Can I cycle?",
     "No bladder, bowel or saddle symptoms. Can I swim?",
     "no numbness, tingling or weakness in my legs, can I run?",
     "I'm peeing fine, should I rest?", "bowels normal, bladder fine, just pain",
     "I had a fall in 2010, can I do yoga?",
     "since then the pain has gone down my left leg to the ankle, should I rest?",
     "the pain is now in my left leg, is walking ok?"],
)  # fmt: skip
def test_a_denied_list_or_an_old_event_does_not_alarm(text: str) -> None:
    assert ANSWERER.answer(text).kind != "red_flag", text


@pytest.mark.parametrize(
    "text",
    ["I have no fever, my groin is numb", "no fever, numb groin",
     "no fever, numb groin, can't pee",
     "I felt no pain on the day of the accident, then my leg went numb",
     "my bladder is not fine, I leak", "I feel like I haven't emptied my bladder",
     "my foot is flapping when I walk", "I have to high step so my toes don't catch",
     "the pain doesn't ease even when I lie still"],
)  # fmt: skip
def test_a_new_statement_after_a_denial_still_alarms(text: str) -> None:
    assert ANSWERER.answer(text).kind == "red_flag", text


# Cancer in a relative who died of it or had it long ago is family history; a relative ill now
# may be the one with the back pain, and the person's own history always counts.
@pytest.mark.parametrize(
    ("text", "alarm"),
    [("My gran had cancer decades ago but I'm fine. Can I swim with sciatica?", False),
     ("my father died of bowel cancer, is walking good for sciatica?", False),
     ("my mum has cancer and now her back is agony", True),
     ("my uncle was diagnosed with lung cancer in spring and now has bad back pain", True),
     ("I had bowel cancer three years ago and now my back aches", True),
     # A bowel or bladder named in an illness's name is no change in its function.
     ("I have irritable bowel syndrome and sciatica, can I do yoga?", False),
     ("I have IBS and now I can't control my bowels", True)],
)  # fmt: skip
def test_family_history_is_not_the_person_s_own(text: str, alarm: bool) -> None:
    assert (ANSWERER.answer(text).kind == "red_flag") is alarm, text


# How one would know, what to watch for, and constipation from painkillers describe no
# emergency; the same words beside a real change in control still alarm.
@pytest.mark.parametrize(
    ("text", "alarm"),
    [("How would I know if I have cauda equina?", False),
     ("Why should I watch for bladder changes?", False),
     ("The tablets are making me constipated, is that normal?", False),
     ("I'm constipated from the codeine", False),
     ("I can't control my bowels and the tablets make me constipated", True),
     ("I think I have cauda equina", True)],
)  # fmt: skip
def test_recognition_questions_and_side_effects(text: str, alarm: bool) -> None:
    assert (ANSWERER.answer(text).kind == "red_flag") is alarm, text


# Idioms and a fever that has passed are no emergency; a fever still there is.
@pytest.mark.parametrize(
    ("text", "alarm"),
    [("I keep falling asleep on the sofa, is that bad for my back?", False),
     ("I get the chills thinking about surgery", False),
     ("I had a temperature last month but it's gone, can I run?", False),
     ("the fever has gone, can I exercise?", False),
     ("I had a fever last week and it's still there, with back pain", True),
     ("I keep falling over", True)],
)  # fmt: skip
def test_idioms_and_past_fevers(text: str, alarm: bool) -> None:
    assert (ANSWERER.answer(text).kind == "red_flag") is alarm, text


# The body in an exercise (a stretch felt or not in the buttock, legs shaking in a plank, an
# old injury's weak knee) and waking to pee are no emergency; the same words outside it are.
# (Night pain needs a pain that rest does not ease since round 7.)
@pytest.mark.parametrize(
    ("text", "alarm"),
    [("I can't feel the stretch in my bum", False),
     ("my legs wobble when I do the side plank", False),
     ("my knees are weak from an old injury, can I do squats?", False),
     ("I wake up at night to go to the loo, then the leg aches", False),
     ("my leg gives way when I do the bridge", True),
     ("I can't feel my bum when I wipe", True),
     ("the pain wakes me up at night and never eases", True)],
)  # fmt: skip
def test_the_body_in_an_exercise_is_no_emergency(text: str, alarm: bool) -> None:
    assert (ANSWERER.answer(text).kind == "red_flag") is alarm, text
