"""Routing class of round 46 (route46), written by the team before the fix (no labelled line
copied): in a long forum post the real question is asked in an earlier sentence and the post
ends on an afterword that asks nothing by itself ("Any help would be greatly appreciated.",
"Thanks in advance!", "Has anyone else experienced this?", "Please advise."). Such an afterword
is read like a bare plea ("Any tips?"): the question asked before it leads. Before the fix
24/26 of the first batch were answered as below (23/26 with a wording since reworded: a fall
at 70 told in it rightly alarms); after it 25/26 (the one left is ranking's). A message whose
last sentence is the real question still ranks on it, a red flag anywhere still alarms, and an
out-of-scope question ending on a plea stays out of scope."""

from __future__ import annotations

import pytest

from tests.qa.answer_checks import said_cases

_RANKING = "the asked stretches rank as the long-term treatment: ranking, not focus; left alone"


def _xfail(text: str, expect: str, reason: str) -> object:
    return pytest.param(text, expect, marks=pytest.mark.xfail(reason=reason, strict=True))


# The question asked, then a bare plea or thanks.
test_question_before_a_bare_plea = said_cases(
    [
        (
            "I have been on gabapentin for three months for sciatica after a disc bulge at "
            "L5-S1. The pain down my left leg is better but I still get a dull ache in my "
            "buttock. Should I use heat or ice on it? Has anyone else experienced this?",
            "heat-ice",
        ),
        (
            "I'm 52 and had a microdiscectomy years ago, now the pain in my right leg is back "
            "and I take meloxicam for my arthritis. How long does a flare like this usually "
            "last? Any advice would be appreciated.",
            "flare-ups",
        ),
        (
            "My wife has had sciatica since Christmas and she is on tramadol and naproxen. She "
            "can barely get comfortable at night. What is the best position to sleep in with "
            "sciatica? Thanks in advance.",
            "sleeping",
        ),
        (
            "I started physical therapy last week and the therapist gave me some exercises. My "
            "back feels sore afterwards. Is it safe to keep exercising when it hurts? Please "
            "help.",
            "exercise-safely",
        ),
        (
            "Been dealing with this for six weeks after lifting a heavy box at work. Took "
            "ibuprofen and it did nothing. Should I get an MRI scan? Help!",
            "scans",
        ),
        (
            "I'm a nurse and on my feet all day, and the pain in my hip and down my leg has "
            "been getting worse since I went back. Can I keep working with sciatica? Any tips?",
            "work",
        ),
        (
            "I have type 2 diabetes and take metformin, and now my doctor says I have sciatica."
            " The pain goes from my lower back into my calf. Would a cortisone injection help? "
            "Has anyone had this done?",
            "injections",
        ),
        (
            "My husband has had pain in his buttock for two months, he drives a truck for a "
            "living and sits for hours. Is it ok for him to keep driving long distances? Any "
            "advice welcome, thank you.",
            "driving-travel",
        ),
        (
            "I was running 30 miles a week until my sciatica flared up in March. Now even a "
            "slow jog hurts my leg. When can I start running again? Anyone else been through "
            "this?",
            "running",
        ),
        (
            "My doctor prescribed naproxen and told me to rest, and I have spent most of the "
            "week in bed. Is bed rest good for sciatica? Thanks for any replies.",
            "bed-rest",
        ),
    ]
)

# The question told without a "?" (I'm wondering ...), then an afterword.
test_request_before_an_afterword = said_cases(
    [
        _xfail(
            "I have had sciatica for a month and I'm on pregabalin which makes me dizzy. I "
            "would like to know which stretches are good for the pain in my leg. Any help is "
            "appreciated.",
            "stretches-vs-exercises",
            _RANKING,
        ),
        (
            "Two years of on and off back and leg pain, tried chiropractor and acupuncture. I'm"
            " wondering whether surgery is worth it at this point. Thanks in advance!",
            "surgery",
        ),
        (
            "I love cycling but since the sciatica started my leg goes numb-ish after an hour "
            "on the bike. I was wondering if I should stop cycling until it heals. Any thoughts"
            " would be great.",
            "cycling",
        ),
        (
            "Had the pain for 3 weeks now, lower back down the back of my thigh. I need to know"
            " how long sciatica usually takes to get better. Help please!!",
            "how-long",
        ),
    ]
)

# A story that asks only whether it is sciatica, then a plea.
test_is_it_sciatica_then_a_plea = said_cases(
    [
        (
            "I'm 45 and have been on lisinopril for blood pressure for years. For about two "
            "weeks I have had a burning pain in my right buttock that shoots down the back of "
            "my leg when I sit. Could this be sciatica? Any advice appreciated.",
            "is-it-sciatica",
        ),
        (
            "After a long flight last month my lower back started aching and now my left leg "
            "tingles down to the ankle. I'm taking paracetamol. Is this sciatica or something "
            "else? Has anyone experienced this?",
            "is-it-sciatica",
        ),
        (
            "My doctor says it's just a pulled muscle but the pain travels from my hip down my "
            "leg. I'm wondering if it is actually sciatica. Thanks in advance.",
            "is-it-sciatica",
        ),
        (
            "Started a new antidepressant and a week later my leg began hurting from the "
            "buttock to the knee. Does this sound like sciatica? Please help, I'm worried.",
            "is-it-sciatica",
        ),
    ]
)

# The question asked, then a longer afterword.
test_question_before_a_longer_afterword = said_cases(
    [
        (
            "I was diagnosed with a bulging disc last year and I take amitriptyline at night "
            "for the nerve pain. My physio wants me to do core exercises but I'm scared of "
            "making it worse. Is swimming a good idea for sciatica? Any help or advice would be"
            " greatly appreciated.",
            "swimming",
        ),
        (
            "I'm on sertraline for anxiety and have had sciatica in my left leg since May. Work"
            " has been hard and I barely sleep. Do epidural steroid injections actually work? "
            "Has anyone else experienced this?",
            "injections",
        ),
        (
            "My mum is 70, has arthritis and takes warfarin, and her sciatica came back last "
            "month after a long drive. She is fine otherwise. Can she take ibuprofen for the "
            "pain? Does this happen to anyone else?",
            "painkillers",
        ),
        (
            "I have had back and leg pain for 4 months, tried physio, a chiropractor and "
            "massage. My GP keeps telling me to wait. Would acupuncture help? Anyone had the "
            "same problem??",
            "other-treatments",
        ),
        (
            "Been on naproxen and co-codamol for weeks. The pain in my buttock and hamstring is"
            " worst in the car on my commute. How do I make driving more comfortable with "
            "sciatica? Any tips would be appreciated!",
            "driving-travel",
        ),
        (
            "I had a discectomy in January and I'm on gabapentin still. My surgeon said to walk"
            " but I get a twinge in the leg after a mile. How far should I walk each day after "
            "sciatica? Thanks for any help.",
            "walking",
        ),
        (
            "I do a desk job and I'm on my chair 9 hours a day, and my sciatica is flaring "
            "again even with my blood pressure tablets changed. What is the best way to sit "
            "with sciatica? Quite worried, any help would be appreciated",
            "sitting",
        ),
        (
            "I go to yoga twice a week and have done for years, but since the sciatica started "
            "some poses hurt my leg. Which yoga poses should I avoid? Anybody have any "
            "knowledge about this?",
            "gym-yoga",
        ),
    ]
)

# A second batch, written after the first fix once the first batch showed that a question told
# before the afterword was mostly read already: the point told without a "?" ("I'm wondering
# ...", "I need to know ...") before an afterword. Each scored on main before it was added:
# 12/13 answered so (the afterword "Thank you for reading." was the point read); after, 13/13.
test_point_told_before_an_afterword = said_cases(
    [
        (
            "I have had a herniated disc at L4-L5 for a year and I take duloxetine for it, "
            "which helps my mood too. My physio and my GP disagree about it. I need to know "
            "whether I should be using heat or ice when it flares. Thanks in advance!",
            "heat-ice",
        ),
        (
            "My husband is a lorry driver and has had sciatica down his right leg since the "
            "summer. He takes co-codamol but it makes him drowsy. We would like to know if he "
            "can still drive long distances. Any advice would be much appreciated.",
            "driving-travel",
        ),
        (
            "Three months after my microdiscectomy I still get a burning pain in my calf. My "
            "surgeon says nerves heal slowly. I wonder how long the nerve pain lasts after "
            "surgery. Thank you so much.",
            "surgery",
        ),
        (
            "I'm 38, I have an underactive thyroid and take levothyroxine. For two weeks I've "
            "had a pain from my buttock down the back of my thigh. I am not sure if this is "
            "sciatica or a pulled hamstring. Any help would be appreciated.",
            "is-it-sciatica",
        ),
        (
            "I've been off work for a month with sciatica and I'm on amitriptyline. My boss "
            "keeps calling me. I would like to know when it is safe to go back to work. Many "
            "thanks.",
            "work",
        ),
        (
            "I started swimming to help my back after a flare in the spring. Breaststroke seems"
            " to make my leg worse though. I was wondering which stroke is best for sciatica. "
            "Any tips welcome.",
            "swimming",
        ),
        (
            "My mri shows a bulging disc pressing on the nerve and the consultant has offered "
            "me an epidural. I'm on gabapentin already. I want to know if the injection is "
            "worth it. Thanks for reading.",
            "injections",
        ),
        (
            "I run three times a week and since March my left leg aches after each run. I've "
            "tried ibuprofen and stretching. I need to know if I should stop running until it "
            "settles. Any advice welcome, thank you.",
            "running",
        ),
        (
            "Been on tramadol and diclofenac since my disc went in February, and I have asthma "
            "so I can't take much else. The pain down my leg is worst first thing in the "
            "morning. I'm wondering if a different mattress or sleeping position would make a "
            "difference. Thanks in advance!",
            "sleeping",
        ),
        (
            "I had sciatica two years ago and it came back last week after gardening. I'm on "
            "citalopram for depression. I'm wondering what I can do to stop it coming back "
            "every spring. Any help would be greatly appreciated.",
            "prevention",
        ),
        (
            "I have a pain in my bum that goes down my leg. Help me fix it. I sit at a desk all"
            " day and my chair is old, and when I get up after an hour the pain is worst. I'm "
            "thinking my sitting is the problem.",
            "sitting",
        ),
        (
            "My physio gave me six exercises and I do them every morning before work. Some days"
            " my leg feels worse after them. I'm wondering whether I should push through the "
            "pain or stop. Thank you for reading.",
            "exercise-safely",
        ),
        (
            "I take naproxen and omeprazole and I've had sciatica for nine weeks now. Nothing "
            "has changed in the last month. I'm wondering if it is time to see a doctor again. "
            "Many thanks.",
            "see-a-doctor",
        ),
    ]
)


# Look-alikes that must not change: the last sentence is the real question (a question about
# others' experience of a named treatment asks it); a red flag anywhere still alarms; an
# out-of-scope question ending on a plea stays out of scope.
test_lookalikes_keep_their_answer = said_cases(
    [
        (
            "I've had sciatica for six weeks and my physio has been great, I can walk again. "
            "Thanks to her I'm back at work. Has anyone had an epidural injection for sciatica?",
            "injections",
        ),
        (
            "Since yesterday I can't control my bladder and my leg has gone numb. Which stretches "
            "help sciatica? Thanks in advance.",
            "red_flag",
        ),
        (
            "I take metformin for my diabetes and my blood sugar is high every morning. Should I "
            "change my dose of metformin? Any help would be greatly appreciated.",
            "out_of_scope",
        ),
        (
            "My sciatica has been bad for months and I have tried everything. My surgeon offered "
            "a discectomy. Has anyone had surgery for this?",
            "surgery",
        ),
        (
            "I'm on naproxen and my leg pain is a bit better, thank you all for the replies last "
            "week. What is the best position to sleep in with sciatica?",
            "sleeping",
        ),
    ]
)
