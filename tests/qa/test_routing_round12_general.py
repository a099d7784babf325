"""Routing (round 12, second pass): classes of misses seen across at least three real dev sets,
checked on paraphrases written by the team (not copied from any labelled set), each beside
look-alikes that must keep their answer."""

from __future__ import annotations

from tests.qa.answer_checks import routed_cases

test_walking_named_as_what_the_pain_stops = routed_cases(
    [
        # Walking named as what the pain stops now is a bad spell: what to do in a flare-up.
        ("My leg is so bad today I can barely walk, please help.", "flare-ups"),
        ("The pain is awful, I can hardly walk. What should I do?", "flare-ups"),
        ("How do I calm this pain down so I can at least walk to the shop?", "flare-ups"),
        ("My sciatica is terrible this week and I'm struggling to walk, any advice?",
         "flare-ups"),
        # Look-alikes: walking asked about, how far one can walk, and what one could not do once
        # stay walking.
        ("Is walking good for sciatica?", "walking"),
        ("How far should I walk each day with sciatica?", "walking"),
        ("Why can't I walk far without my leg starting to hurt?", "walking"),
        ("I could barely walk 100 metres in spring, now I do 3 km a day. Should I walk more?",
         "walking"),
    ],
)  # fmt: skip


test_a_story_of_a_sport_done_is_about_the_sport = routed_cases(
    [
        # A story of doing a sport that asks nothing is about the sport, whatever its last
        # sentence tells of what followed.
        ("My leg felt fine for a month, so on Sunday I went for my first run since it started, "
         "a slow three miles. Halfway round my hamstring tightened and I had to limp home. Since "
         "then I've been doing my stretches and seeing a chiropractor.", "running"),
        ("My leg had calmed down nicely, so on Saturday I took the road bike out for two hours, "
         "some of it standing on the pedals. It all felt fine at the time. By the evening the "
         "sciatica had flared right up again.", "cycling"),
        ("Last week I finally felt well enough to go back to the pool and swam forty lengths of "
         "front crawl without a twinge. The next morning I could feel it in my buttock again.",
         "swimming"),
        # Look-alikes: a story whose sport is named in its last sentence, or that names no sport,
        # keeps its last sentence's answer.
        ("I've had sciatica on and off for years and it went away for a few months. This week it "
         "came back out of nowhere and it's really bad today.", "flare-ups"),
        ("The physio gave me a list of exercises three weeks ago. I've done them every day and "
         "my back feels stronger. Yesterday I ran my first 5k since the pain started.",
         "running"),
        ("I was a keen cyclist until last year. Now I sit at a desk all day and the leg pain "
         "gets worse by the afternoon, even with a good office chair.", "sitting"),
        ("Years ago I swam every morning. Now I can't sit at my desk for more than twenty "
         "minutes before my leg starts aching.", "sitting"),
    ],
)  # fmt: skip


test_a_treatment_not_working_is_no_job = routed_cases(
    [
        # A treatment that is not helping says nothing about a job; the routine not helping
        # yet is the long-term treatment's, which tells when easing comes (round 21).
        ("The stretches aren't working", "long-term-treatment"),
        ("The ibuprofen isn't working anymore", "painkillers"),
        ("These pills aren't working, what else can I take?", "painkillers"),
        # Look-alikes: a person not working, or keeping on working, is the job's.
        ("I'm not working at the moment because of my back, when can I go back?", "work"),
        ("Can I keep working with sciatica?", "work"),
    ],
)  # fmt: skip
