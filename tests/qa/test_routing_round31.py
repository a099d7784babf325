"""Routing (route32 of issue 15): a plea for what else helps, asked after a story of treatments
that did not work, is answered with what treats sciatica in the long run. Asked alone as
"what's next?", "what now?", "where do I go from here?", "what else is there?" or "what are my
options now?", or as "is there anything (left) I can do to relieve the pain?", it names no
treatment of its own: an epidural, a drug or an operation the story told does not outvote it,
and neither does an exercise that shares the word "relieve". A question naming its treatment
("can I have another injection?") keeps that treatment's section. Wordings written for this
brief, beside look-alikes that must keep their answer."""

from __future__ import annotations

from tests.qa.answer_checks import in_guide_cases, outside_cases, routed_cases, routed_to

LONG_TERM = "long-term-treatment"

test_what_next_after_treatments_that_failed_is_the_long_term_treatment = routed_to(
    LONG_TERM,
    [
        "ive had physio, two epidurals and now im on pregabalin and nothing has helped my "
        "sciatica in 2 years. what else is there?",
        "Tried chiro, acupuncture, gabapentin, the lot. Still have pain down my right leg every "
        "day. Is there anything left I can do to relieve it?",
        "My surgeon says I'm not a candidate for an operation and the injections stopped "
        "working. What's next for me? I'm 58 and the pain has been there 4 years.",
        "I've been on amitriptyline for months and it did nothing for the burning in my calf. "
        "is there anything I can do to ease the pain",
        "Had sciatica in my bum and thigh for a year. The doctor upped my naproxen to the max and "
        "it did no good at all. Is there anything I can do to relieve the pain? I'm fed up.",
        "three rounds of physio and a steroid injection later my leg still burns. where do we go "
        "from here?",
        "so the epidural wore off after a week and the pills make me sleepy. what are my options "
        "now?",
        "Tried everything for my sciatica, tablets, massage, an osteopath. What now?",
    ],
)

test_a_question_naming_its_treatment_keeps_its_section = routed_cases(
    [
        ("the epidural didn't work, can I have another injection?", "injections"),
        ("gabapentin did nothing, should I ask for pregabalin instead?", "painkillers"),
        ("physio hasn't helped after 6 weeks, should I ask for an MRI scan?", "scans"),
        ("is there anything I can take to relieve the pain?", "painkillers"),
    ]
)

# Something to take asked for as a thing the teller can take ("is there anything I can take for
# the pain?", "anything I could take to calm the nerve down?") asks about medicines; something
# taken along, up or as a class is no medicine.
test_anything_i_can_take_for_it_is_the_medicines = routed_to(
    "painkillers",
    [
        "is there anything I can take for the pain?",
        "is there anything i can take over the counter for a trapped nerve in my bum",
        "My GP won't prescribe anything. Is there anything I can buy and take for nerve pain?",
        "anything i could take to calm the nerve down? its throbbing all day",
    ],
)

test_something_taken_along_or_up_is_no_medicine = routed_cases(
    [
        (
            "is there anything I can take with me on the plane to sit on for my sciatica?",
            "driving-travel",
        ),
        ("is there anything I can take up as a hobby that won't hurt my back?", "exercise-safely"),
        ("is there a class I can take to learn exercises for my back?", "exercise-safely"),
    ]
)

# A bare appeal to the readers closing the message ("Does anybody know?", "Anyone know?") asks
# the question before it again: a question with no words of its own ("What's next?") is not
# outvoted by the story's theme added to the appeal. An appeal with a question of its own
# ("Does anyone know what causes sciatica?") keeps it.
test_a_closing_appeal_asks_the_question_before_it = routed_cases(
    [
        (
            "I've had two epidurals and a nerve block and none of it worked. What's next? Does "
            "anybody know?",
            LONG_TERM,
        ),
        (
            "Can I drive with sciatica down my right leg? does anyone here know?",
            "driving-travel",
        ),
        ("How long does sciatica usually last after a disc bulge? Anybody know?", "how-long"),
        ("Does anyone know what causes sciatica?", "why-sciatica"),
        ("Does anyone know if swimming is good for sciatica?", "swimming"),
    ]
)

# Which new career, field or job to change to, or what to retrain as, is a careers adviser's
# question: the guide doesn't cover it. Working on with sciatica stays the guide's.
test_which_career_to_change_to_is_outside_the_guide = outside_cases(
    [
        "I'm a plumber and my back can't take it anymore after a disc injury. What other career "
        "should I consider? I'm 45 and don't want to go back to school for years.",
        "hurt my back lifting patients, been a care assistant 10 yrs. thinking of retraining as "
        "something desk based, what careers would you suggest?",
        "Should I change careers? I'm a chef and on my feet 12 hours a day with a herniated "
        "disc. What type of job could I look for instead?",
        "Back injury ended my warehouse job. what kind of work should I look into now, maybe an "
        "office job? any ideas on a new career path",
    ]
)

test_working_on_with_sciatica_stays_in_the_guide = in_guide_cases(
    [
        "I work in a warehouse and my sciatica flares when I lift. Should I keep working?",
        "when can I go back to work after a sciatica flare? I'm a nurse",
        "is a desk job bad for sciatica? I sit 8 hours a day",
    ]
)
