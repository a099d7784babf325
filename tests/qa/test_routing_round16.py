"""Routing (round 16): classes of misses seen on round 14's split (dev since round 15), checked
on wordings written by the team (not copied from any labelled set), each beside look-alikes that
must keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, outside, outside_cases, routed, routed_cases

test_another_condition_or_subject_is_outside = outside_cases(
    [
        # A broken bone of the spine, or its repair, with no sciatica or leg told.
        "I broke my back in a fall last year, it still aches, what can I do?",
        "My mum had a kyphoplasty for a compression fracture, how long is recovery?",
        "I have a fractured vertebra in my mid back, what exercises are safe?",
        "I had a vertebroplasty two weeks ago, when can I go for walks?",
        # A billing code for a procedure: money.
        "what is the cpt code for an epidural steroid injection",
        "icd 10 code for sciatica left side",
        # Whether a medicine for something else causes a pain: that medicine's side effects.
        "can sertraline cause back pain",
        "do statins cause leg aches",
        "can antibiotics cause back pain?",
        # The heart or the lungs, with no sciatica told.
        "I get palpitations and my heart races at night",
    ],
)


test_lookalikes_of_another_subject_stay_in_the_guide = routed_cases(
    [
        # Look-alikes: a fracture told beside sciatica, and the side effects of the guide's
        # injections, stay the guide's. (Whether a named medicine causes a symptom, with no
        # sciatica in the question, is the pharmacist's since session 21's oos43: see
        # test_scope_round43.)
        ("I have a compression fracture and sciatica down my left leg, can I walk?", "walking"),
        ("are there side effects of steroid injections", "injections"),
        ("I'm short of breath when I walk and I have sciatica, should I keep walking?",
         "walking"),
    ],
)  # fmt: skip


test_a_theme_word_in_another_sense = routed_cases(
    [
        # A treatment "working" or "not working" is no job.
        ("How long should I keep going to the chiropractor before I decide it's not working?",
         "other-treatments"),
        ("how long before I know if physio is working?", "physiotherapy"),
        ("what worked for you when your sciatica was at its worst?", "long-term-treatment"),
        # Training for a sport is no train journey.
        ("how many weeks should I train before my first marathon with sciatica?", "running"),
        ("I train three times a week, is running ok with sciatica?", "running"),
        # Paying for it later is no price.
        ("I'm going to pay for not exercising, aren't I, my sciatica is back", "flare-ups"),
        # Not doing them often enough is the habit.
        ("the exercises would help if I did them on a regular basis but I forget", "daily-habit"),
        # Natural remedies are the other treatments.
        ("can you recommend any natural health remedies for sciatica?", "other-treatments"),
        # Look-alikes: a job, a train journey and a price keep their answers.
        ("I'm not working at the moment because of my sciatica, how can I get back?", "work"),
        ("is a long train journey bad for sciatica?", "driving-travel"),
    ],
)  # fmt: skip


def test_a_price_still_is_outside() -> None:
    assert outside("will I have to pay for physio?")


test_short_searches_and_question_shapes = routed_cases(
    [
        # Short searches: how the nerve gets hurt is how sciatica starts, not the warning signs.
        ("how can you injure your sciatic nerve", "why-sciatica"),
        ("how do people hurt their sciatic nerve", "why-sciatica"),
        ("common causes of leg pain", "why-sciatica"),
        # A long-lasting back pain with no warning sign told: when to see a doctor.
        ("constant lower back pain", "see-a-doctor"),
        ("my lower back has been hurting for months", "see-a-doctor"),
        ("I've had pain in my low back all the time for weeks", "see-a-doctor"),
        # Back and leg pain told together: how to tell it is sciatica.
        ("lower back and leg pain", "is-it-sciatica"),
        ("pain in my back and my leg", "is-it-sciatica"),
        ("my leg hurts more than my back, is that normal?", "is-it-sciatica"),
        # Exercising while it hurts: how to exercise safely.
        ("how do I exercise with a sore back", "exercise-safely"),
        ("can I exercise when it hurts", "exercise-safely"),
        ("is it ok to work out while my back is aching?", "exercise-safely"),
        # Look-alikes keep their answers: the danger of sciatica is the warning signs, and
        # which exercises help is the long-term treatment.
        ("is sciatica dangerous?", "red-flags"),
        ("what exercises help back pain", "long-term-treatment"),
    ],
)  # fmt: skip


def test_the_warning_signs_told_still_alarm() -> None:
    found = ANSWERER.answer("constant pain that is worse at night and I can't control my bladder")
    assert found.kind == "red_flag"


test_what_helped_others = routed_cases(
    [
        # A story ending by asking others what helped them: what treats it, not the story's
        # words.
        ("My sciatica has lasted a year and pills do nothing. What else has helped you guys?",
         "long-term-treatment"),
        ("I've tried pills and rest. What has helped others the most?", "long-term-treatment"),
        ("what have you found useful for the pain?", "long-term-treatment"),
        # Look-alike: what helped others with a theme named is that theme.
        ("what helped you sleep with sciatica?", "sleeping"),
    ],
)  # fmt: skip


test_a_horse_ridden_is_the_riders_sport = routed_cases(
    [
        # A horse ridden is the rider's sport, not a pet's illness: a pastime the guide has no
        # section on, so how to exercise safely (round 17).
        ("will physio help me get back on my horse?", "physiotherapy"),
        ("is it ok to ride a horse with sciatica?", "exercise-safely"),
        ("can I still ride my horse with a bad back?", "exercise-safely"),
    ],
)  # fmt: skip


def test_a_horses_own_illness_stays_outside() -> None:
    assert outside("my horse is lame, what should I do?")


test_avoiding_within_an_activity_and_kinds_of_exercise = routed_cases(
    [
        # What to avoid within a named activity is that activity's section.
        ("Can I go back to the gym, and what should I avoid lifting?", "gym-yoga"),
        ("can I return to the gym and which weights should I avoid?", "gym-yoga"),
        ("when I start running again what should I avoid?", "running"),
        # Look-alike: what to avoid, with nothing named, stays what to avoid.
        ("what should I avoid with sciatica?", "what-to-avoid"),
        # Which kind of exercise is all right.
        ("what type of workouts are ok?", "exercise-safely"),
        ("which kinds of exercise are safe?", "exercise-safely"),
        # A message naming one of the guide's exercises is about the routine, whatever part
        # of the body it tells.
        ("Is there an easier version of the bird dog? I wobble when I lift my arm", "bird-dog"),
    ],
)  # fmt: skip


test_a_curved_spine_or_an_arm_alone_is_outside = outside_cases(
    [
        # A curved spine with no sciatica, leg or lower-back level told: another condition.
        "my daughter is 12 and has scoliosis, what exercises can she do?",
        "my son was diagnosed with scoliosis, will it get worse?",
        # Another part of the body with no exercise of the guide's named stays outside.
        "my arm goes numb when I sleep on it, why?",
    ],
)


def test_scoliosis_with_sciatica_stays_in_the_guide() -> None:
    assert routed("I have mild scoliosis and sciatica down my right leg, can I walk?") == "walking"


test_missing_words_and_a_moment_up_from_the_desk = routed_cases(
    [
        # The one word searched alone, or a disc problem by its name alone: what sciatica is.
        ("sciatica", "why-sciatica"),
        ("slipped disc", "why-sciatica"),
        ("a bulging disc in my lower back", "why-sciatica"),
        # Look-alike: how long a disc takes to heal is how long it lasts.
        ("how long does a slipped disc take to heal?", "how-long"),
        ("Sciatica?", "why-sciatica"),
        # A nerve root injection by another name, or the needle told.
        ("my consultant booked me for a PRT next week, what is it like?", "injections"),
        ("they want to put a needle into my spine for the pain, is it safe?", "injections"),
        # Getting up for a moment from a desk is the sitting advice, not a walk.
        ("How do you cope with sitting at a desk all day? Do you use a special chair or do you "
         "get up and walk around?", "sitting"),
        ("is it good to get up and walk around every hour when working at a desk?", "sitting"),
        # Look-alike: a walk told as a walk stays walking.
        ("I walk around the block every evening, is walking good for sciatica?", "walking"),
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # Tasks to get through are no job.
        "My sciatica flared up again this morning. Why now, when there is so much work to do "
        "around the house?",
        "Weeding the vegetable patch on Saturday, the sciatica came back out of nowhere. I know "
        "this flare well. Not this week, I have so much work to do.",
    ],
)
def test_work_to_do_is_no_job(text: str) -> None:
    assert routed(text) != "work"


def test_a_job_told_with_work_to_do_stays_work() -> None:
    text = "I have a lot of work to do at my job, can I keep working with sciatica?"
    assert routed(text) == "work"


test_waking_up_sore_is_the_night = routed_cases(
    [
        # Waking up sore or stiff is the night's doing: the sleeping advice.
        ("my lower back is really stiff when I wake up, what can I do?", "sleeping"),
        ("what stretches help when I wake up sore?", "sleeping"),
        # Look-alike: whether a symptom found on waking is sciatica stays that question.
        ("when I wake up my leg is numb, is that sciatica?", "is-it-sciatica"),
    ],
)  # fmt: skip


test_the_necks_discs_in_a_story_are_outside = outside_cases(
    [
        # The neck's discs told in a story whose question names no part of the body: another
        # part of the spine.
        "My MRI report says I have herniated discs in my cervical spine. My chiropractor says "
        "he can help. Can you look at my report and tell me what it means?",
        "The scan found a bulging disc in my neck at C5. My doctor wants to operate. Is surgery "
        "my only option?",
    ],
)


test_the_neck_beside_sciatica_stays_in_the_guide = routed_cases(
    [
        # Look-alikes: the neck told beside sciatica or a lower-back level stays the guide's.
        ("I have a bulging disc in my neck and also sciatica down my left leg, which stretches "
         "help?", "long-term-treatment"),
        ("My MRI showed a herniation at L5-S1 and a small one in my cervical spine. Should I "
         "have surgery?", "surgery"),
    ],
)  # fmt: skip


test_walking_stopped_by_the_pain_is_a_bad_spell = routed_cases(
    [
        # Walking named as what the pain stops now is a bad spell, not a question about walking.
        ("My buttock has hurt for weeks and now the pain stops me from walking some days. What "
         "do I do?", "flare-ups"),
        ("I am having a hard time walking since Monday because of my sciatica, what helps?",
         "flare-ups"),
        # Look-alikes: walking asked about stays walking.
        ("Is walking good for sciatica?", "walking"),
        ("how far should I walk each day with sciatica?", "walking"),
    ],
)  # fmt: skip


test_a_question_done_without_one_follows_the_one_before = routed_cases(
    [
        # A last question done "without one" follows the question before, which names the
        # thing: "one" is that scan.
        ("Is it normal not to get a scan? How do they know it's sciatica without one?", "scans"),
        ("Should I ask for an X-ray? Can they tell what is wrong without one?", "scans"),
        ("Do I need a brace? Can I manage without one?", "other-treatments"),
        # Look-alike: a question of its own stays that question.
        ("how do I know it is sciatica?", "is-it-sciatica"),
    ],
)  # fmt: skip
