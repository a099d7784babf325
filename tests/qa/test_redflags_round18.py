"""Red flags and alarms of round 16's real dev set, by class (issue 15): lay wordings from two
red-teams written for this session (forum style, typos, relatives' stories; not copied from any
labelled set) that failed before the fixes, beside the look-alikes that guard them.
NICE NG59 / NHS / CKS: sciatica taking the second leg, pains down both legs, a spinal fracture
or lesion just found, a bladder or saddle change alarm; a denial list, a feared outcome, a place
"down there", a pain spreading down one leg, cauda equina named with function kept do not."""

from __future__ import annotations

from tests.qa.answer_checks import alarm_cases, alarm_naming, quiet_cases

# Surprise that it can happen, told of what one has: the negation is of the knowing.
test_surprise_told_of_ones_own_symptom_alarms = alarm_naming(
    "both_legs",
    [("Never knew sciatica could hit both legs at once. Started in the right about a fortnight "
      "ago and now the left is doing it too. Is that normal??"),
     ("Wow I honestly had no idea a trapped nerve could give you pins and needles in both feet. "
      "Mine started on thursday and both feet are tingling all day now.")],
)  # fmt: skip


# Surprise at a cause, or a question asked of no one.
test_surprise_at_a_cause_stays_quiet = quiet_cases(
    [("I didn't know you could get sciatica from sitting on a wallet. My colleague told me "
      "today. Is that true?"),
     "Had no idea sciatica could be caused by a tight piriformis muscle. Which stretch is best?",
     "I didn't know sciatica could cause incontinence, is that true? Mine is one-sided.",
     ("Is it possible to have sciatica in both legs? Asking for a uni assignment, I don't have "
      "it.")],
)  # fmt: skip


# The second leg newly taken, its side told in one sentence and the first in another (NHS).
test_the_second_leg_newly_taken_alarms = alarm_naming(
    "both_legs",
    [("Its been in my left leg for 6 weeks, the usual numb shin and burning calf. This morning i "
      "woke up and my right leg is numb as well, same place. Do I wait for my physio?"),
     ("Update on my sciatica. The pins and needles used to be down my left side only. Now they "
      "are down the right side as well, since the weekend."),
     ("all my symptoms were on the left. woke up today and theres burning down my right thigh as "
      "well. Im 58 and been off work 3 weeks with this.")],
)  # fmt: skip


# One leg at a time, or another joint on the other side.
test_one_leg_at_a_time_stays_quiet = quiet_cases(
    [("The sciatica switched from my left leg to my right leg over the summer. The left one is "
      "completely fine now. Does that mean the disc moved?"),
     ("My left leg has the sciatica and my right shoulder is stiff from sleeping on it funny. "
      "Whats the best way to sleep?"),
     "I get numbness in my left leg when I sit too long. My right leg is totally fine."],
)  # fmt: skip


# A spinal fracture, collapse or lesion just found, often in a parent (NICE NG59: malignancy).
test_spinal_pathology_just_found_alarms = alarm_naming(
    "cancer_weight",
    [("My mum is 74 and her back pain has been getting worse for 2 months. She had a scan and "
      "they said one of her vertebrae has collapsed. Should she still do her exercises?"),
     ("My husband has had back pain for 10 weeks which kept getting worse. The MRI showed a "
      "lesion on his spine. What can he do for the pain while we wait?"),
     ("Dad is 68, back pain since the summer, getting worse. The scan found a crush fracture in "
      "his lower spine and he never fell. Is walking still ok for him?")],
)  # fmt: skip


# A fracture known and in hand, a benign growth, or a scan told clear.
test_a_known_fracture_or_clear_scan_stays_quiet = quiet_cases(
    [("My dad has had a compression fracture for years from osteoporosis and manages fine. He "
      "now has sciatica in his right leg. What stretches can he do?"),
     "I have fibroid tumours on my spinal column after a hysterectomy, what causes them?",
     ("My mum's MRI showed nothing unusual, just wear and tear in the lower discs. She has "
      "sciatica in her right leg. What exercises would help?")],
)  # fmt: skip


# Pains or pins and needles "down the legs", no one's name on them: both legs (NHS).
test_pains_down_the_legs_alarm = alarm_naming(
    "both_legs",
    ["I've got the lot today: back pain, shooting pains down the legs, I can barely get up.",
     "Cant sleep, sciatica down the legs all night. This is new this week."],
)  # fmt: skip


# The legs in an exercise, or a pull down one leg.
test_the_legs_in_an_exercise_stay_quiet = quiet_cases(
    ["In the stretch you lie on your back and keep the legs straight. Is a pull normal?",
     "When I do the hamstring stretch I feel a strong pull down the back of the leg."],
)  # fmt: skip


# A denial list closed by "or", its items long or naming a doing, and an item after it.
test_a_denial_list_closed_by_or_stays_quiet = quiet_cases(
    [("Lower back is aching after moving house. No fever, numbness in my groin, or trouble with "
      "my bladder, just the ache. Heat or ice?"),
     ("Doctor asked all the usual questions. No weakness, bowel problems, or anything odd down "
      "below. She said to keep moving."),
     ("Went to urgent care. No weakness, numbness around my bottom, or issues going to the "
      "toilet, so they sent me home with naproxen."),
     "Tight around the tailbone. No fever, problems with peeing, or any other side effects."],
)  # fmt: skip


# A symptom after the denial, in a sentence or clause of its own.
test_a_symptom_after_a_denial_alarms = alarm_naming(
    "bladder_bowel",
    ["No fever. Problems with peeing since Monday though, it takes ages to start.",
     "No fever, no weakness. But since yesterday im leaking urine without knowing it."],
)  # fmt: skip


# An outcome feared after a choice, told of no one now (and its tail cut off by an "!").
test_a_feared_outcome_stays_quiet = quiet_cases(
    [("My surgeon offered a fusion. I don't want to go ahead and then discover that I can't "
      "control my bladder afterwards."),
     ("Im terrified of the injection. I dont want to have it done and then find my legs have "
      "gone numb."),
     "I would hate to ignore it and then end up incontinent. My symptoms are pain in one leg.",
     "My biggest fear is waking up one day unable to feel my legs. Right now it's one sore calf.",
     "Don't want to say 'lets do it!' and then find out that I lose control of my bowels."],
)  # fmt: skip


# The same fear come true, told now.
test_the_fear_come_true_alarms = alarm_naming(
    "bladder_bowel",
    [("I didn't want to make a fuss, but then I found out I had wet myself without feeling it. "
      "That was this morning."),
     "I was afraid this would happen. This morning I found out I couldn't feel myself peeing."],
)  # fmt: skip


# "Down there" as a place: a room, a street, a chair or a mattress in it.
test_down_there_as_a_place_stays_quiet = quiet_cases(
    ["My office is in the cellar and the chair down there is awful. What chair should I get?",
     "The clinic is at the bottom of the high street and parking down there is a nightmare.",
     "I set up a home gym in the garage and I work out down there most mornings.",
     "Our bedroom is in the basement and the mattress down there is really soft."],
)  # fmt: skip


# "Down there" as the body, with a place named too, or not.
test_down_there_as_the_body_alarms = alarm_naming(
    "saddle",
    ["Sorry if tmi but it feels numb down there, like after the dentist. Started last night.",
     "I work in an office and since yesterday I cant feel anything down there.",
     "There's not much feeling left down there since yesterday."],
)  # fmt: skip


# A pain that spreads down one leg is sciatica's path; "struggling" with it is no weakness.
test_a_pain_spreading_down_one_leg_stays_quiet = quiet_cases(
    [("Really struggling with back pain which spreads into my right thigh and makes it go numb "
      "when I stand too long. Only the one side."),
     ("The pain spreads from my buttock into the back of my thigh and sometimes the calf goes a "
      "bit numb. Only the right leg.")],
)  # fmt: skip


# A numbness that spreads, or a foot that will not lift (NICE NG59: a progressing deficit).
test_a_spreading_numbness_or_a_foot_that_wont_lift_alarms = alarm_naming(
    "leg_weakness",
    ["The numbness is spreading, it started in my little toe and now the whole foot is numb.",
     "I'm struggling to lift my right foot, it catches on every step. Started a week ago."],
)  # fmt: skip


# Cauda equina named as one's known condition, bladder and bowel function told kept.
test_cauda_equina_named_with_function_kept_stays_quiet = quiet_cases(
    [("I've had a diagnosis of cauda equina compression for years, under the spinal team, my "
      "bladder and bowel function are fine. How should I sit at a desk?"),
     ("I have cauda equina and a disc bulge, I'm 30 weeks pregnant. Luckily I havent lost any "
      "bladder/bowel function. Can I still do the stretches?")],
)  # fmt: skip


# The name alone, or any symptom told beside the kept function, still alarms.
test_cauda_equina_with_a_symptom_or_alone_alarms = alarm_cases(
    ["I have cauda equina, I haven't lost bladder control but my groin is numb since yesterday.",
     "I have cauda equina and it's getting worse, I can't feel when my bladder is full now.",
     "I was told I have cauda equina, waiting for surgery. What exercises can I do?"],
)  # fmt: skip
