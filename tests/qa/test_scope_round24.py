"""Out of scope in both directions (session 15, brief oos25): classes of messages a health forum
holds that the guide does not cover, on wordings written by the team (not copied from any
labelled set), each beside look-alikes that must keep their guide answer."""

from __future__ import annotations

from tests.qa.answer_checks import guide_answer_cases, outside_cases, said_cases

test_a_medicine_with_alcohol_or_another_medicine_is_outside = outside_cases(
    [
        # A medicine taken with alcohol or beside another medicine: a pharmacist's question.
        "Can I drink alcohol on tramadol? Its my sisters wedding on saturday",
        "Is it ok to have a couple of glasses of wine while on pregabalin? going to a bbq",
        "Does naproxen interact with sertraline? My GP prescribed both for my back and my mood",
        "Which painkiller can I take alongside my warfarin? I have sciatica but I'm on blood "
        "thinners",
        "My neurologist won't give me anything for the sciatica and says my psychiatrist has to. "
        "Is there any pain med I can take with my antidepressants and my sleeping pills?",
    ],
)


test_a_medicines_side_effect_lived_with_is_outside = outside_cases(
    [
        # A medicine's side effect lived with: whether it wears off, is permanent, how to cope.
        "gabapentin making me so dizzy and forgetful i cant remember words. does this wear off",
        "Started on pregabalin 3 weeks ago for my sciatica. I've put on 5 kilos and my ankles "
        "are swollen. Is the weight gain permanent",
        "my doc put me on amitriptyline 10mg and my mouth is dry as a desert all day. how do "
        "people cope with the dry mouth?",
        "codeine has made me constipated for a week now, how do i deal with the constipation",
    ],
)


test_work_and_tax_paperwork_is_outside = outside_cases(
    [
        # Work's and the taxman's paperwork, or whether one must disclose it: admin and law.
        "My employer wants a fit note from the GP before I can go back, how do I get one and "
        "does the GP charge for it?",
        "HR keeps asking me to fill in an occupational health form about my back. Do I have to "
        "tell them my full medical history?",
        "Can I claim the physio sessions back on my tax return? I paid about 600 quid.",
        "I'm self employed and off with sciatica, am I entitled to any sick pay?",
        "how long can i stay on statutory sick pay with sciatica before they stop it",
        "Do I legally have to tell my new employer about my sciatica on the health questionnaire?",
    ],
)


test_a_named_surgeon_is_outside = outside_cases(
    [
        # A surgeon or consultant asked about by name: the guide knows no one.
        "Has anyone seen Mr Patel at the Spire in Leeds for a discectomy? Is he any good?",
        "Anyone been treated by Mr Okafor at the Nuffield in Brighton? I'm thinking of going "
        "private for my disc.",
    ],
)


test_look_alikes_keep_their_guide_answer = guide_answer_cases(
    [
        # Look-alikes: what painkillers do for sciatica, whether they have side effects, taking
        # two together for the pain, a side effect told beside a sciatica question.
        ("Are painkillers like naproxen worth taking for sciatica or do they just mask it?",
         "painkillers"),
        ("Does gabapentin help sciatica or is it just for epilepsy?", "painkillers"),
        ("Do painkillers like co-codamol have side effects I should know about?", "painkillers"),
        ("can I take paracetamol and ibuprofen together for sciatica pain?", "painkillers"),
        ("gabapentin makes me drowsy. Will my sciatica go away by itself eventually?", None),
        # Work with sciatica, a consultant named only as the teller of advice, a scan's report.
        ("Should I go back to work with sciatica or stay off until it's better?", "work"),
        ("I'm off work with sciatica, when should I go back?", "work"),
        ("My consultant Mr Jones said the nerve is squashed. Should I have surgery?", "surgery"),
        ("My MRI results came back and show a disc bulge pressing on the nerve. How long will "
         "it take to heal?", "how-long"),
        ("I have sciatica down my left leg and also asthma. Is swimming ok for the sciatica?",
         "swimming"),
    ],
)  # fmt: skip


test_another_part_declared_the_problem_is_outside = outside_cases(
    [
        # Another part of the body declared the problem now, sciatica told only in passing.
        "i have had sciatica on and off for years but right now my problem is my shoulder, it "
        "clicks and aches when i lift my arm above my head. what could it be?",
        "I know this is a sciatica group but my question is about my neck, it cracks every time "
        "I turn my head. Is that normal?",
    ],
)


test_back_or_leg_declared_the_problem_stays = guide_answer_cases(
    [
        # Look-alikes: the lower back, a hip or a leg declared the problem, an arm that aches in
        # an exercise of the routine.
        ("My problem is my lower back and my left leg, it goes numb when I sit. What should I "
         "do?", None),
        ("the problem is my hip and buttock, the pain shoots down to my knee. is this sciatica?",
         "is-it-sciatica"),
        ("My issue is with my shoulder during the bird dog, it aches when I lift my arm. Is "
         "there an easier version?", "bird-dog"),
    ],
)  # fmt: skip


test_another_illness_asked_in_the_last_clause_is_outside = outside_cases(
    [
        # The question's last clause asks about another illness, whatever back was told before.
        "I have shingles on my side and it hurts round to my back, how long does shingles pain "
        "last?",
        "i have a cold sore on my lip that wont heal, my back has been bad too. how do i get rid "
        "of cold sores fast",
    ],
)


test_a_guide_activity_in_the_last_clause_keeps_its_answer = said_cases(
    [
        # Look-alikes: the last clause asks about exercising, the gym or how long it lasts.
        ("My sciatica is bad again, is it safe to exercise with diabetes?", "exercise-safely"),
        ("I have sciatica down my right leg, should I still go to the gym with my asthma?",
         "gym-yoga"),
        ("I had flu last month, and since then my sciatica is worse, how long will it last?",
         "how-long"),
        ("I have a bad back and diabetes, is walking ok for me?", "walking"),
    ],
)  # fmt: skip


test_a_couples_intimacy_with_a_plea_is_outside = outside_cases(
    [
        # A couple's intimacy told, the message ending only asking what to do.
        "Since my husband's sciatica started we barely touch each other and our sex life has "
        "gone. What can I do?",
        "My sciatica has pretty much killed our love life and my wife feels rejected. Any advice?",
        "we havent been intimate in 4 months because of his back pain and im starting to feel "
        "like a roommate. what should i do",
    ],
)


test_a_plea_beside_daily_life_keeps_its_answer = guide_answer_cases(
    [
        # Look-alikes: a plea beside sitting or lifting with sciatica keeps the guide's answer.
        ("My sciatica is so bad I can't sit through dinner. What can I do?", "sitting"),
        ("My back pain means I can't lift my toddler and I feel useless. What should I do?",
         None),
    ],
)  # fmt: skip
