"""Routing (route38 of issue 15, session 19). A person who sits or bends for hours at a bench,
a potter's wheel, an instrument, a sewing machine, a gaming chair, a cockpit or a dental stool,
and asks how to sit, in what position, or on what chair or stool, is answered with the sitting
section: not the warning signs (a stool sat on is no bowel movement), not a flare-up's plea
("bent over the bench ... any tips on posture?" is no single movement that set a pain off), not
the job ("a better seating position for this kind of work"). Going back to work or staying off,
a long drive, lifting at work and how to lie in bed keep their own sections; a seated position
told ("from a seated position to standing") asks nothing about sitting.
How to cut down, come off or stop a medicine the story told, asked of it ("How does he cut down
when his leg still hurts?", "can I just come off it?", "is it ok to stop it suddenly now?") is
answered with the painkillers section, not the pain the question tells; cutting down on sitting
or running, coming off bed rest, a wish to be off it beside how others manage, and a taper (the
prescriber's, out of scope) keep their answers.
Treatments told as tried and failed ("tried physio, the chiropractor, co-codamol ... nothing seems
to help", "it only gives relief for an hour or two", "massage, heat, pills, you name it"), then
only a plea for what else, are answered with what treats it in the long run, not with the
treatment the story names last; a stronger painkiller asked for, or how long the exercises take
to work, keeps its own answer.
What a pain told is, or what lies behind it, asked last of it ("What is causing this?", "anyone
know what might be going on?", "what has he done to himself?") is answered with how to tell what
the pain is, not the pill or the job the story names on the way. Wordings written for this
brief."""

from __future__ import annotations

from tests.qa.answer_checks import routed_cases

SITTING = "sitting"

test_how_to_sit_at_a_bench_an_instrument_or_a_machine_is_sitting = routed_cases(
    [
        (
            "I'm a potter and spend hours hunched over the wheel, by the evening my lower back "
            "and left buttock are burning. Is there a better way to sit at the wheel, or a "
            "stool that helps?",
            SITTING,
        ),
        (
            "playing cello 4 hrs a day for orchestra rehearsals and my sciatica flares after "
            "every session. what position should i sit in when i play",
            SITTING,
        ),
        (
            "I sew quilts all weekend at my machine and get a dull ache down the back of my "
            "thigh by Sunday night. Would a different chair help or is it how I'm sat?",
            SITTING,
        ),
        (
            "Jeweller here, bent over the bench from 8 till 5, pain in low back and down one leg "
            "by lunch. any tips on posture at the bench??",
            SITTING,
        ),
        (
            "My son games for hours slumped in his gaming chair and now has pain shooting down "
            "his leg. What sort of chair or posture should he be using?",
            SITTING,
        ),
        (
            "I fly long haul and ten hours in the cockpit seat leaves my back and right leg "
            "aching. How should I sit, would a lumbar cushion help?",
            SITTING,
        ),
        (
            "I'm a dental hygienist, leaning over patients all day on a saddle stool and my "
            "lower back is killing me. is there a better seating position for this kind of work?",
            SITTING,
        ),
        (
            "i have a bar stool at the kitchen counter, is it bad for my sciatica to sit on it?",
            SITTING,
        ),
    ]
)

test_work_a_drive_lifting_or_bed_keep_their_sections = routed_cases(
    [
        (
            "I sit at a desk all day and my sciatica is bad this week. Should I go back to work "
            "tomorrow or stay off for a few more days?",
            "work",
        ),
        (
            "I have to drive 300 miles to my mum's on Saturday and my sciatica is playing up, "
            "any tips for the long drive?",
            "driving-travel",
        ),
        (
            "how should I sit in the car on a long drive to Scotland with sciatica?",
            "driving-travel",
        ),
        (
            "My job in the warehouse is lifting boxes all day. Can I keep working with sciatica "
            "or should I take time off?",
            "work",
        ),
        (
            "after a day at the piano my back aches and I can't get comfy in bed, what's the "
            "best position to sleep in?",
            "sleeping",
        ),
        (
            "Going from a seated position to standing is agony and my leg shoots with pain. Is "
            "this sciatica?",
            "is-it-sciatica",
        ),
    ]
)

PAINKILLERS = "painkillers"

test_cutting_down_or_coming_off_a_medicine_told_is_painkillers = routed_cases(
    [
        (
            "My dad has been on co-codamol every day since his disc went in March. The GP says "
            "it's too much for too long. How does he cut down when his leg still hurts?",
            PAINKILLERS,
        ),
        (
            "i've been taking tramadol 3 times a day for 6 months for my sciatica and i hate how "
            "foggy i feel. how do i stop taking it without the pain coming back?",
            PAINKILLERS,
        ),
        (
            "Been on naproxen since christmas for my back and my stomach is complaining. can I "
            "just come off it or will the sciatica flare?",
            PAINKILLERS,
        ),
        (
            "I take gabapentin at night for nerve pain down my leg. Is it ok to stop it suddenly "
            "now the pain has eased?",
            PAINKILLERS,
        ),
    ]
)

test_cutting_down_on_something_else_keeps_its_answer = routed_cases(
    [
        ("I want to cut down on sitting at work, any tips with sciatica?", SITTING),
        (
            "how do I come off bed rest and start moving again after a bad sciatica week?",
            "bed-rest",
        ),
        (
            "I've cut down on running since my sciatica started, when can I build back up?",
            "running",
        ),
        (
            "I'm on amitriptyline but I'd love to be off it one day. What else do people do for "
            "sciatica long term?",
            "long-term-treatment",
        ),
        (
            "my husband takes tramadol for his back. how can I get him to cut down on lifting at "
            "work?",
            "work",
        ),
    ]
)

LONG_TERM = "long-term-treatment"

test_treatments_tried_and_failed_then_a_plea_is_what_treats_it = routed_cases(
    [
        (
            "I've had sciatica for 8 months. Tried physio, the chiropractor, co-codamol and even "
            "acupuncture, and nothing seems to help for more than a day. Any suggestions?",
            LONG_TERM,
        ),
        (
            "I've done massage, heat, ice, pills, you name it - the pain keeps coming back. I'm "
            "only 30. Can anyone suggest anything?",
            LONG_TERM,
        ),
        (
            "Chiropractor three times a week for two months, it only gives relief for an hour or "
            "two. Anyone got ideas what would actually sort this out?",
            LONG_TERM,
        ),
        (
            "My mum has had two epidurals and a nerve block for her back, neither did much. "
            "What's next for her?",
            LONG_TERM,
        ),
    ]
)

test_a_treatment_asked_after_the_failures_keeps_its_answer = routed_cases(
    [
        (
            "I've tried ibuprofen and paracetamol and nothing helps. Is there a stronger "
            "painkiller I can ask my GP for?",
            PAINKILLERS,
        ),
        (
            "The physio gave me exercises but they haven't helped yet. How long do they take to "
            "work?",
            LONG_TERM,
        ),
        (
            "tried heat, ice and naproxen and nothing has worked, how should I sleep with it?",
            "sleeping",
        ),
    ]
)

IS_IT = "is-it-sciatica"

test_what_a_told_pain_is_asked_last_is_how_to_tell = routed_cases(
    [
        (
            "For three weeks I've had a burning ache from my lower back into my right calf. The "
            "GP gave me naproxen and it takes the edge off but it always comes back. What is "
            "causing this?",
            IS_IT,
        ),
        (
            "My husband works on building sites and the last fortnight he's had pain from his hip "
            "down the back of his leg to the ankle. Ibuprofen does nothing. What has he done to "
            "himself?",
            IS_IT,
        ),
        (
            "I was given tramadol at A&E for back pain, but now there's a numb patch on my shin "
            "and a dull pain in my thigh. Anyone know what might be going on?",
            IS_IT,
        ),
    ]
)

test_a_treatment_or_a_sport_asked_about_keeps_its_answer = routed_cases(
    [
        (
            "I run 5k most mornings and my sciatica flares after about 2k. Should I stop running "
            "for a while?",
            "running",
        ),
        (
            "Been on naproxen for two weeks for sciatica, what are the side effects of taking it "
            "long term?",
            PAINKILLERS,
        ),
    ]
)
