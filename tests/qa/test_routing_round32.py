"""Routing and scope (route33 of issue 15). Which sports kit to get (a hiking pack, a riding vest
or helmet, a paddle, golf clubs), asked for a recommendation or compared in any question of the
message, is shopping for a pastime: "the guide doesn't cover that", unless another question asks
what the guide answers. Kit the guide tells (shoes for walking, a mattress, a chair, a cushion)
keeps its section, and so does carrying a bag. A lump, a bump, a cyst or a raised spot on the back
or over the spine, told with no sciatica, nerve, leg or disc, is the skin's or the GP's question;
a knot in a muscle or a lump where sciatica starts stays the guide's. A pain told running up a leg
is its path, not running. Steroid tablets are the medicines. Wordings written for this brief,
beside look-alikes that must keep their answer."""

from __future__ import annotations

from tests.qa.answer_checks import in_guide_cases, outside_cases, routed_cases

test_which_sports_kit_to_get_is_outside_the_guide = outside_cases(
    [
        "looking for advice on a hiking pack, what are your recommendations for a pack that "
        "doesnt pull on the shoulders? i have a bad back",
        "What paddle would you recommend for kayaking with low back problems?",
        "Is there a riding helmet or vest that protects the spine better than the others? I have "
        "a fused L5 and I still compete in eventing.",
        "I had a microdiscectomy last year and still want to go trekking in the Alps this summer. "
        "Which daypack would you recommend for someone with a dodgy lower back? hip belt or not?",
        "my lower back aches after 18 holes. which golf clubs are the lightest?",
        "Had two herniated discs, back on the horse now. I know the air vests cant stop every "
        "injury but is there one that is better at protecting the lower spine?",
    ]
)

test_kit_the_guide_tells_keeps_its_section = routed_cases(
    [
        ("What shoes would you recommend for walking with sciatica?", "walking"),
        ("Which mattress is best for sciatica?", "sleeping"),
        ("Can you recommend a chair for working from home with sciatica?", "sitting"),
        (
            "Any recommendations for a cushion to sit on at work? my sciatica is killing me",
            "sitting",
        ),
    ]
)

test_carrying_a_bag_or_a_sport_stays_in_the_guide = in_guide_cases(
    [
        "Any advice for carrying a backpack with sciatica?",
        "what would you recommend for someone who carries a heavy rucksack all day at work? my "
        "sciatica flares every shift",
        "my golf swing seems to set off my sciatica, should I stop playing?",
        "is it ok to carry a backpack with sciatica?",
    ]
)

test_a_lump_on_the_back_is_outside_the_guide = outside_cases(
    [
        "there's a small hard lump just to the left of my spine above my belt, it doesnt hurt "
        "unless i press it. what could it be?",
        "I have a painful bump on my back right over the spine that has got bigger over the last "
        "few weeks. What is it?",
        "My husband has a raised red spot on his lower back that keeps getting itchy and sore. "
        "Should we worry?",
        "I've got a cyst on my lower back that keeps coming back after being drained, any advice?",
        "theres a pea sized bump on my upper back near the spine, what could it be?",
    ]
)

test_a_knot_or_a_lump_where_sciatica_starts_stays_in_the_guide = in_guide_cases(
    [
        "I have a knot in my lower back muscle and pain down my leg, what stretch helps?",
        "my sciatica starts at a tender lump in my buttock and goes down to my knee, is it "
        "sciatica?",
        "hit a bump in the road on my bike and my lower back has hurt since, should I keep "
        "cycling?",
        "there is a sore spot on my lower back that hurts when I bend, what exercises help?",
    ]
)

# A pain told running, shooting or going up a leg is its path, as down the leg is: no running,
# walking or sitting of its own. Running up a hill or the stairs is still running.
test_a_pain_running_up_the_leg_is_no_running = routed_cases(
    [
        (
            "My calf cramped on the stairs yesterday and now there's a pain running up my leg "
            "into my bum.",
            "is-it-sciatica",
        ),
        (
            "Ive started running up hills to get fit again, is that ok with sciatica?",
            "running",
        ),
        (
            "i love running up the stairs at work but my sciatica flares, should I stop running?",
            "running",
        ),
    ]
)

# Steroids by mouth, by name or as a short course (a prednisone taper, a medrol dose pack, oral
# steroids) are a medicine for sciatica: the medicines section; a steroid injection keeps its own.
test_steroid_tablets_are_the_medicines = routed_cases(
    [
        (
            "my GP put me on a prednisone taper for the sciatica, will it actually help the "
            "nerve?",
            "painkillers",
        ),
        (
            "Day 3 of a medrol dosepak and my leg still burns. Does it usually take longer to "
            "kick in?",
            "painkillers",
        ),
        (
            "is a course of oral steroids worth trying for a trapped nerve in my leg?",
            "painkillers",
        ),
        ("does prednisolone help sciatica or just mask it?", "painkillers"),
        ("steroid injection for sciatica, does it work?", "injections"),
        (
            "my doctor wants to give me an epidural steroid shot, is it worth it?",
            "injections",
        ),
    ]
)
