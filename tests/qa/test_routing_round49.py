"""Routing classes of round 49 (route49), from round 35's guide misses, written by the team
before the fix (no labelled line copied): each is the general class one miss stands for.

- A medicine the guide does not name, asked for the back or sciatica ("can I take Arthrotec
  for sciatica?", "has anyone used Zipsor for back pain?"): what medicines can and cannot do
  (painkillers), not out of scope or the symptom told. Before the fix 6/10; after it 9/10
  (a dose written "800/26.6 mg" is still out of scope: left, see _DOSE).
- The best treatment for what a disc or a trapped nerve causes ("what is the best treatment for
  calf cramps caused by a herniated disc?"): what treats it in the long run, not the symptom's
  section. Before 5/10; after 10/10.
- A disc problem known for years told as back, worry told, then only "what should I do?":
  when to see a doctor, not the warning signs or a flare. Before 1/10; after 10/10. The same
  with the story going on after the plea ("what should I do? Took months of arguing with my GP
  last time"): before 0/4, after 4/4.
- (Checked, already right before the fix: a medicine that failed or caused a reaction, then
  "what can I take for pain?" -> painkillers, 8/8.)

Look-alikes that must not change (each as answered before the fix): a dose, a drug taken with
another, a side effect or another illness's medicine stays out of scope; a walk, a swim, a bath,
time off, a treatment with its own section or a common word (meditation, turmeric, CBD) keeps
its answer; the best painkiller, surgery or exercise keeps its own; a red flag still alarms; an
operation told keeps the surgery section, a flare set off by bending keeps the flare-ups', and a
question after the plea ("can I still go to the gym?") keeps its own."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import said, said_cases

_DOSE = "a dose written 800/26.6 mg leaves too few known words: out of scope, left alone"


def _xfail(text: str, expect: str, reason: str) -> object:
    return pytest.param(text, expect, marks=pytest.mark.xfail(reason=reason, strict=True))


test_a_medicine_the_guide_does_not_name = said_cases(
    [
        ("Can I take Arthrotec for sciatica?", "painkillers"),
        ("Is Mobic good for lower back pain?", "painkillers"),
        ("Does Skelaxin work for a herniated disc?", "painkillers"),
        ("Can I take Robaxin for my sciatica?", "painkillers"),
        ("Would Ultram help lower back pain?", "painkillers"),
        _xfail(
            "Can I take Duexis 800/26.6 mg for lower back pain?",
            "painkillers",
            _DOSE,
        ),
        (
            "I have had lower back pain for 3 years from two bulging discs. I've tried "
            "ibuprofen and Aleve with little relief. My friend swears by Voltaren gel. Would "
            "Voltaren help my back pain?",
            "painkillers",
        ),
        (
            "I'm 58, diabetic with high blood pressure, on metformin and lisinopril. Lately I "
            "have pain from my lower back down my left leg and the doctor says it is sciatica. "
            "Is Savella any good for sciatica?",
            "painkillers",
        ),
        (
            "Has anyone used Zipsor for back pain from degenerative disc disease? Did it work?",
            "painkillers",
        ),
        (
            "My sister had good luck with Etodolac for her arthritis. Can I take etodolac for "
            "a pinched nerve in my lower back?",
            "painkillers",
        ),
    ]
)

test_best_treatment_for_what_a_disc_causes = said_cases(
    [
        (
            "What is the best treatment for numbness in my foot caused by a bulging disc?",
            "long-term-treatment",
        ),
        (
            "What's the best treatment for leg pain caused by a herniated disc?",
            "long-term-treatment",
        ),
        (
            "Best treatment for nerve pain in the buttock from a slipped disc?",
            "long-term-treatment",
        ),
        (
            "What is the most effective treatment for sciatica caused by a bulging disc at L5-S1?",
            "long-term-treatment",
        ),
        (
            "I'm 45, a teacher, and had an MRI last month that showed a herniated disc at "
            "L4-L5. Since then I get cramps in my calf almost every night. I've been on "
            "ibuprofen. What is the best treatment for calf cramps caused by a herniated disc?",
            "long-term-treatment",
        ),
        (
            "what is the best way to treat hip pain caused by a pinched nerve in my lower back?",
            "long-term-treatment",
        ),
        (
            "How do you treat burning in the thigh caused by a protruding disc?",
            "long-term-treatment",
        ),
        (
            "Which treatment works best for tingling toes caused by a herniated disc?",
            "long-term-treatment",
        ),
        (
            "My wife was diagnosed with degenerative disc disease two years ago. Now she has "
            "shooting pain down the back of her leg. What would be the best treatment for leg "
            "pain caused by disc degeneration?",
            "long-term-treatment",
        ),
        (
            "Best treatment for muscle spasms in the back caused by a disc bulge?",
            "long-term-treatment",
        ),
    ]
)

test_an_old_disc_problem_back_and_worried = said_cases(
    [
        (
            "I had a slipped disc 6 years ago which settled with physio. The last two weeks "
            "the same pain down my leg is back and I'm really worried. What should I do?",
            "see-a-doctor",
        ),
        (
            "Had a herniated disc at L5 in 2015. Now the pain is back after all these years. "
            "I'm scared, what do I do?",
            "see-a-doctor",
        ),
        (
            "Worried my bulging disc has come back. Three weeks of the old pain in my buttock "
            "and leg. What should I do?",
            "see-a-doctor",
        ),
        (
            "Years ago I was told I had two bad discs in my lower back. This month the "
            "sciatica returned and I'm worried sick. What should I do?",
            "see-a-doctor",
        ),
        (
            "my prolapsed disc is playing up again after 4 years, really worried, what should "
            "i do",
            "see-a-doctor",
        ),
        (
            "I think my old disc problem is back. The same pain I had in 2019 is back in my "
            "left leg. I'm worried. What should I do?",
            "see-a-doctor",
        ),
        (
            "Back in 2016 I had a bad herniated disc and was off work for three months. It got "
            "better with time and physio. Last week the same pain started shooting down my "
            "right leg again. I'm terrified it's the disc again and I'll be off for months. "
            "What should I do?",
            "see-a-doctor",
        ),
        (
            "Is my disc herniation back? Pain returned after 3 years, really worried. What to do?",
            "see-a-doctor",
        ),
        (
            "I was diagnosed with degenerative discs 5 years ago and had a few good years. Now "
            "the pain has returned for a month and I'm really anxious. What should I do?",
            "see-a-doctor",
        ),
        (
            "My husband had a slipped disc ten years ago. For the past 3 weeks his old back "
            "pain has come back and he's worried. What should he do?",
            "see-a-doctor",
        ),
    ]
)

test_a_plea_the_story_follows = said_cases(
    [
        (
            "Really worried, my slipped disc from 8 years ago seems to be back, 2 weeks of the "
            "old pain, what should i do, last time it took ages to get a scan",
            "see-a-doctor",
        ),
        (
            "My herniated disc has come back after five years and I'm so worried. What should "
            "I do? Took months of arguing with my GP last time",
            "see-a-doctor",
        ),
        (
            "Worried sick, the bulging disc I had years ago is playing up again, what do I do "
            "now it has been a month",
            "see-a-doctor",
        ),
        (
            "So scared my old disc problem is back after 6 years, what should I do, I can't go "
            "through all that again",
            "see-a-doctor",
        ),
    ]
)

test_what_to_take_after_a_reaction = said_cases(
    [
        (
            "I was prescribed tramadol and it made me vomit. What can I take for pain?",
            "painkillers",
        ),
        (
            "I'm allergic to codeine and ibuprofen upsets my stomach. What can I take for my "
            "back pain?",
            "painkillers",
        ),
        (
            "Had an allergic reaction to Norco, hives all over. What else can I take for "
            "sciatica pain?",
            "painkillers",
        ),
        (
            "I was recently given Percocet after my ER visit and broke out in a rash and my "
            "lips swelled. I have a bulging disc at L4. What can I take for the pain instead?",
            "painkillers",
        ),
        (
            "Gabapentin made me so dizzy I couldn't drive. What else can I take for nerve pain "
            "in my leg?",
            "painkillers",
        ),
        (
            "Naproxen gave me stomach ulcers. What can I take for lower back pain now?",
            "painkillers",
        ),
        (
            "My doctor prescribed meloxicam for my back but I had a reaction, my face and "
            "hands swelled up. What can I take for pain?",
            "painkillers",
        ),
        (
            "Celebrex and Mobic did nothing for my degenerative discs. What can I take for pain?",
            "painkillers",
        ),
    ]
)

test_look_alikes_keep_their_answers = said_cases(
    [
        ("How much naproxen can I take in a day for sciatica?", "out_of_scope"),
        ("Can I take Vimovo with my blood pressure pills?", "out_of_scope"),
        ("Does Vimovo cause stomach problems?", "out_of_scope"),
        ("Can I take Januvia for my diabetes?", "out_of_scope"),
        ("Is Lexapro good for anxiety?", "out_of_scope"),
        ("Is walking good for sciatica?", "walking"),
        ("Is swimming any good for a herniated disc?", "swimming"),
        ("Can I take a hot bath for my sciatica?", "heat-ice"),
        ("Can I take time off work for sciatica?", "work"),
        ("Has anyone tried acupuncture for sciatica?", "other-treatments"),
        ("Is Lyrica safe for sciatica during pregnancy?", "pregnancy"),
        ("What is the best painkiller for leg pain caused by a slipped disc?", "painkillers"),
        ("Is surgery the best treatment for a herniated disc?", "surgery"),
        ("What is the best treatment for migraines caused by stress?", "out_of_scope"),
        ("What is the best treatment for foot drop caused by a herniated disc?", "red-flags"),
        (
            "I had a slipped disc years ago, now the pain is back and I can't control my "
            "bladder. What should I do?",
            "red_flag",
        ),
        (
            "The same sciatica came back two years after my laminectomy, what should I do?",
            "surgery",
        ),
        (
            "I had a microdiscectomy 5 years ago and the same pain is back, I'm really "
            "worried. What should I do?",
            "surgery",
        ),
        (
            "My old disc problem flared up again yesterday when I bent over to tie my shoe. "
            "What should I do?",
            "flare-ups",
        ),
        ("Had a slipped disc years ago. I'm worried. Can I still go running?", "running"),
        (
            "I had an allergic reaction to amoxicillin, my face swelled. What can I take for "
            "my sinus infection?",
            "red-flags",
        ),
        ("I had a reaction to vicodin, hives and swelling. Is this an allergy?", "out_of_scope"),
        ("Does meditation help sciatica?", "long-term-treatment"),
        ("Does turmeric help back pain?", "out_of_scope"),
        ("Is magnesium good for sciatica?", "out_of_scope"),
        ("Has anyone tried CBD for sciatica?", "other-treatments"),
        ("Does yoga help sciatica?", "gym-yoga"),
        (
            "My slipped disc from years ago is back and I'm worried, what should I do, can I "
            "still go to the gym?",
            "gym-yoga",
        ),
        (
            "Worried my old herniated disc is back after 5 years, what should I do, it started "
            "when I bent over to lift a box",
            "red-flags",
        ),
        (
            "Had a bulging disc years ago, now worried it is back, what should I do, I can't "
            "feel my saddle area",
            "red_flag",
        ),
    ]
)


# Lead, after the merge: a device or an aid tried for the back, named by a word the guide does
# not know ("kinesiology tape", "KT tape"), is no medicine: not the painkillers' answer.
@pytest.mark.parametrize(
    "text",
    [
        "Can I try kinesiology tape for sciatica?",
        "Can I try KT tape for my back?",
        "Can I use compression shorts for my sciatica?",
        "Could I try an inversion table for my lower back?",
    ],
)
def test_an_aid_tried_for_the_back_is_no_medicine(text: str) -> None:
    assert said(text) not in ("painkillers", "red_flag")
