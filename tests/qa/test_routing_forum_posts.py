"""Routing (forum-post red-team): long, story-like posts (history first, then the question) are
answered by what they ask, not by the words of the story. Grouped by mechanism; the posts are
the team's own red-team wordings that failed before the fix, each beside look-alikes that must
keep their answer."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import ANSWERER, routed

OUT_OF_SCOPE = "out_of_scope"


def answered(text: str) -> str | None:
    """The answer id, or the kind of reply when it is not a guide answer."""
    found = ANSWERER.answer(text)
    return found.answer_id if found.kind == "answer" else found.kind


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # A question naming nothing ("can you remind me?", "should I stop doing them?") after a
        # story of one exercise asks about that exercise, not about who showed it.
        ("The pain is deep in my right bum cheek, and the physio thinks it's my piriformis. She "
         "showed me a stretch where you cross your ankle over your knee, like a figure 4. I've "
         "forgotten how long to hold it. Can you remind me?", "piriformis-stretch"),
        ("Someone on here recommended the McKenzie press ups for sciatica. I've had a bulging "
         "disc for a few weeks, sitting at work is the worst. I tried them last night and my leg "
         "pain moved up into my back. Is that a good sign or should I stop doing them?",
         "prone-press-up"),
        ("My physio gave me glute bridges to strengthen my bum muscles. I've had sciatica for 6 "
         "weeks. When I do them I feel it in my hamstrings more than my glutes, and sometimes my "
         "lower back. Am I doing the bridges wrong?", "glute-bridge"),
        # Look-alikes: a question with words of its own keeps them; a condition named after a
        # muscle is no exercise.
        ("I've been told I have piriformis syndrome caused by a pinched sciatic nerve. How does "
         "the sciatic nerve get pinched?", "why-sciatica"),
        ("My physio showed me the knee to chest stretch and it helps. Is physio worth carrying "
         "on with privately?", "physiotherapy"),
    ],
)  # fmt: skip
def test_pointing_back_at_the_story_s_exercise(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Who told the story something ("my physio said ...") is not what it is about.
        ("My physio said some pain during exercise is OK. But how much? Today I did my routine "
         "and I was at about a 6 out of 10 during the stretches. I want to get better quickly "
         "but I don't want to make it worse.", "exercise-safely"),
        ("Had an MRI last week, results say mild disc bulge at L4/5 and L5/S1 with some "
         "degenerative changes. I'm 41. Honestly I'm terrified reading this. Is this what's "
         "causing my sciatica or is this normal for my age? The physio said everyone's scans "
         "look like this.", "scans"),
        # Look-alike: a physio asked about is the question.
        ("My GP said to rest and the physio said to move. I've had sciatica for a month. Do "
         "physios actually help with it?", "physiotherapy"),
    ],
)  # fmt: skip
def test_the_teller_is_not_the_theme(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Of several themes a story tells, "it" points at the one told most, or, told as often,
        # the one just before the question.
        ("Quick question from a newbie. Sciatica started 2 days ago, lower back and down my "
         "right leg. Pharmacist gave me ibuprofen. I've got a bag of frozen peas. How long "
         "should I put it on for and where - the back or the leg?", "heat-ice"),
        ("My doctor told me to stay active, and my physio said swimming or cycling. I hate "
         "swimming. I've got an exercise bike in the garage collecting dust. Is it actually good "
         "for sciatica to use it, and how long should I go for?", "cycling"),
        ("Hi, my partner is a builder (self employed) and he's had sciatica for about a month. "
         "He's been taking co-codamol and going to work anyway because he can't afford not to. "
         "He says bending to lay blocks is the worst. Is it damaging to carry on working through "
         "it? What changes could he make on site?", "work"),
        # Look-alikes: a question with no pronoun ("what should I do?") asks about the whole
        # story, not its last sentence.
        ("After two good years it's back again. I can't sit for long and I hobble about. What "
         "should I do?", "flare-ups"),
        ("My sciatica came back last week. The painkillers take the edge off and a hot water "
         "bottle helps. How long will this flare last?", "flare-ups"),
    ],
)  # fmt: skip
def test_the_theme_a_pronoun_points_at(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Question shapes posts use, whatever the story tells around them.
        ("How did you know it was sciatica? I have pain on the outside of my hip that goes down "
         "the side of my leg. Walking makes it worse. I'm 55 and a bit overweight.",
         "is-it-sciatica"),
        ("My sciatica started 10 days ago after a sneeze. GP examined me, gave me codeine and "
         "said keep moving. I have a wedding in 3 weeks. Will it be gone by then?", "how-long"),
        ("I've been pain free for a couple of weeks. Do I need to keep doing the exercises "
         "forever or can I stop now? I'd like to make sure it doesn't return.", "prevention"),
        ("Ive had sciatica about 3 weeks, trying to keep going as normal. Is there a list of "
         "things that make sciatica worse? I keep doing something that sets it off.",
         "what-to-avoid"),
        ("Is complete rest best for a new bout? Last time I rested for a fortnight and it took "
         "ages to get better. It started yesterday after I was digging the allotment.",
         "bed-rest"),
        ("My husband had a laminectomy 6 weeks ago. He's a joiner and is desperate to get back "
         "to work. When can he start lifting and go back to a physical job after back surgery?",
         "surgery"),
        ("I know the exercises help my sciatica, the physio told me that. The problem is I never "
         "keep them up. I work shifts and have three kids. How do people manage to actually do "
         "them every day?", "daily-habit"),
        # Look-alikes: going back to work with no operation is work; a flare's length is the
        # flare-up section's.
        ("I've been off for three weeks with sciatica and I'm a joiner. When can I go back to "
         "a physical job?", "work"),
        ("I have had sciatica for years. Will it ever go away?", "how-long"),
    ],
)  # fmt: skip
def test_question_shapes_in_posts(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # A pillow falling out is no fall; a baby lifted or babysat is a child, no pregnancy.
        ("I'm a side sleeper and always have been. Since my sciatica started I can't lie on the "
         "right side at all and on the left the top leg pulls. I saw on here someone mentioned a "
         "pillow between the knees. Does that actually help and how do you stop it falling out "
         "lol", "sleeping"),
        ("My mum's sciatica has flared up again after she spent a weekend babysitting and "
         "lifting the baby. She's had it before and it settled. What should she do now it has "
         "flared up?", "flare-ups"),
        # Look-alike: a pregnancy now keeps its section.
        ("I'm 30 weeks pregnant and my sciatica is awful when I lift my toddler. What can I do?",
         "pregnancy"),
    ],
)  # fmt: skip
def test_story_words_in_another_sense(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # A price asked after the post's own question leaves that question to answer.
        ("We are flying to Florida in 3 weeks (9 hour flight) and I've had sciatica since "
         "September. I'm panicking about the flight. How do I survive 9 hours on a plane with "
         "this? Should I pay for extra legroom?", "driving-travel"),
        # Look-alikes: a price asked first, or alone, is outside the guide.
        ("I've had sciatica for 2 months and I'm in London. How much does a session with a "
         "chiropractor cost? I've seen prices from 40 to 120 pounds.", OUT_OF_SCOPE),
        ("I've had sciatica for a year and I'm thinking of going private for the MRI. Does "
         "anyone know how much a private MRI costs in the UK roughly?", OUT_OF_SCOPE),
    ],
)  # fmt: skip
def test_a_price_after_the_question(text: str, expect: str) -> None:
    assert answered(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Another illness asked about is outside the guide, though sciatica is told in the story.
        ("My husband has gout in his big toe, it's red and swollen. He also had sciatica last "
         "year but that's gone. How long does a gout attack last?", OUT_OF_SCOPE),
        ("My sciatica has been much better since I started doing the exercises, thank you! But "
         "now I have really bad heartburn after meals. I've been eating late because of work. "
         "What can I do for heartburn?", OUT_OF_SCOPE),
        ("My cat has been limping on her back leg for a few days. She still eats and jumps up on "
         "the sofa. I've got sciatica and I'm wondering if cats get it too? Should I take her to "
         "the vet?", OUT_OF_SCOPE),
        ("I'm 50 and perimenopausal, hot flushes, can't sleep, mood all over the place. I also "
         "get sciatica now and then. Is HRT safe to take?", OUT_OF_SCOPE),
        # Sciatica denied does not bring another illness's question into the guide.
        ("My mum has gout in her foot. She has no sciatica or back pain. How long will it last?",
         OUT_OF_SCOPE),
        # A benefit claim, and a practitioner asked for in a place.
        ("I'm applying for PIP because my sciatica stops me working. The form is really long. "
         "How do I fill in the PIP form and what do I say to get the points?", OUT_OF_SCOPE),
        ("Does anyone know a good osteopath in the Leeds area? Sciatica for 3 months, I'd like "
         "someone who's good with backs.", OUT_OF_SCOPE),
        # Look-alikes: the other illness told, sciatica asked; the dog walked.
        ("I have gout in my toe and sciatica down my left leg. Is walking good for the "
         "sciatica?", "walking"),
        ("I've had sciatica for a month and I walk my dog every morning. Is walking the dog "
         "every morning good for my sciatica?", "walking"),
    ],
)  # fmt: skip
def test_another_subject_asked_in_a_story(text: str, expect: str) -> None:
    assert answered(text) == expect


def test_advice_asked_beside_a_doctor_wanted_is_in_the_guide() -> None:
    # A doctor wanted in a place, asked beside advice on sciatica: the advice is what is asked.
    text = (
        "I have had sciatica for three months. If any of you have any advice on how to deal "
        "with sciatica or know of any doctors in the Boston area, let me know!"
    )
    assert ANSWERER.answer(text).kind == "answer"


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Red-team 2: more shapes posts use ("how long these things last", "when did you notice
        # it getting better?", "does this sound like sciatica?", "the chance of a third time",
        # "something better I could take", "get through the next few days", "sleeping in a
        # chair"), each with the story's other themes around it; a question with a shape that
        # names no theme asks what its shape says, whatever its other words ("day to day",
        # "the next few days") match (tests/qa/test_routing.py keeps a named theme first).
        ("hi all just joined. sciatica started 3 weeks ago after moving a wardrobe. doc said "
         "its a disc and gave me co-codamol. I just want to know roughly how long these things "
         "last as I have to tell my boss when I'll be back", "how-long"),
        ("Question for anyone who's been through it: when did you notice it getting better? "
         "I'm 5 weeks in, GP says most people are better by 6 weeks.", "how-long"),
        ("For about 3 weeks I've had an ache deep in my left buttock, it sometimes goes down "
         "the back of my thigh. I sit a lot for work. Before I book the GP, does this sound "
         "like sciatica to anyone?", "is-it-sciatica"),
        ("I'm 35 and have had sciatica twice now, both times after lifting at work. I'm pain "
         "free at the moment. What can I do day to day to lower the chance of a third time?",
         "prevention"),
        ("I'm in the US. Sciatica for 3 weeks, taking Advil and Tylenol alternating. It takes "
         "the edge off. Is there something better over the counter I could take for "
         "sciatica?", "painkillers"),
        ("My dad's sciatica has flared after he went on a coach trip, 6 hours each way. He's "
         "on the sofa. It's happened before. What should he do to get through the next few "
         "days?", "flare-ups"),
        ("Husband has been sleeping in the recliner for a fortnight because lying flat in bed "
         "with his sciatica is impossible. He's a lorry driver. Is it bad for him to keep "
         "sleeping in a chair?", "sleeping"),
        # A treatment weighed "for sciatica compared to" another is about the treatment.
        ("The spinal consultant has offered me a nerve root block or a discectomy. I'd rather "
         "avoid an operation. How effective are the injections for sciatica compared to the "
         "operation?", "injections"),
        # One exercise told, then a question with only a word of its own ("a day").
        ("The physio gave me clamshells to do. I've had sciatica for 7 weeks. I feel it in my "
         "hip more than my bum. How many should I be doing a day?", "clamshell"),
        # Look-alikes: sitting at a desk stays sitting; sciatica set against another pain stays
        # how to tell; the odds of getting it at all stay prevention.
        ("I sit in a chair at a desk all day with sciatica. How should I sit?", "sitting"),
        ("How does sciatica compared to a pulled hamstring feel?", "is-it-sciatica"),
        ("How do I lower my risk of getting sciatica?", "prevention"),
    ],
)  # fmt: skip
def test_more_shapes_in_posts(text: str, expect: str) -> None:
    assert routed(text) == expect


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # Another condition, or compensation, asked in a short message that tells sciatica.
        ("My son (8) keeps complaining of pains in his legs at night, the GP says growing "
         "pains. I've got sciatica myself. What helps growing pains?", OUT_OF_SCOPE),
        ("Can I claim compensation from work for my sciatica? I hurt my back lifting a pallet "
         "with no training. Who do I talk to?", OUT_OF_SCOPE),
        # Look-alike: sciatica asked about beside another condition told stays in the guide.
        ("My son gets growing pains but I've got sciatica. Is walking good for my sciatica?",
         "walking"),
    ],
)  # fmt: skip
def test_another_subject_asked_in_a_short_post(text: str, expect: str) -> None:
    assert answered(text) == expect
