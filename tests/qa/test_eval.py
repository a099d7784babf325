"""The answerer against the project's labelled questions (tests/qa/questions.jsonl)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bot.content.loader import Content, default_content_dir, load_content
from bot.qa.answer import QuestionAnswerer
from bot.qa.evaluate import OUT_OF_SCOPE, RED_FLAG, Case, evaluate, load_cases
from bot.qa.text import words

HERE = Path(__file__).parent
REAL_SETS = (
    "real_dev.jsonl",
    "real_round1.jsonl",
    "real_round2_dev.jsonl",
    "real_round2_more_dev.jsonl",
    "real_round3_dev.jsonl",
    "real_round3_more_dev.jsonl",
    "real_round4_dev.jsonl",
    "real_round4_more_dev.jsonl",
    "real_round5_dev.jsonl",
    "real_round5_more_dev.jsonl",
    "real_round6_more_dev.jsonl",
    "real_round7_more_dev.jsonl",
    "real_round8_more_dev.jsonl",
    "real_round9_more_dev.jsonl",
    "real_round10_dev.jsonl",
    "real_round10_more_dev.jsonl",
    "real_round11_more_dev.jsonl",
    "real_round12_more_dev.jsonl",
    "real_round13_more_dev.jsonl",
    "real_round14_more_dev.jsonl",
    "real_round15_more_dev.jsonl",
    "real_round16_more_dev.jsonl",
    "real_round17_more_dev.jsonl",
    "real_round18_more_dev.jsonl",
    "real_round19_more_dev.jsonl",
    "real_round20_more_dev.jsonl",
    "real_round21_more_dev.jsonl",
    "real_round22_more_dev.jsonl",
    "real_round23_more_dev.jsonl",
    "real_round24_more_dev.jsonl",
    "real_round25_more_dev.jsonl",
    "real_round26_more_dev.jsonl",
    "real_round27_more_dev.jsonl",
    "real_round28_more_dev.jsonl",
    "real_round29_more_dev.jsonl",
    "real_round30_more_dev.jsonl",
    "real_round31_more_dev.jsonl",
    "real_round32_more_dev.jsonl",
    "real_round33_more_dev.jsonl",
    "real_round34_more_dev.jsonl",
    "real_round35_more_dev.jsonl",
    "real_round36_more_dev.jsonl",
)
# Real questions that may be tuned against (every earlier test split became dev once scored);
# the round-37 test split (real_round37_test.jsonl, added at the end of a round) is only scored
# by `make bench`, never read by a test. A split stays out of the alarm checks until its missed
# red flags and false alarms are fixed. Round 18 (scored once: recall 10/14, 5 alarms on 85;
# after three relabels and the red-flag classes of rounds 21-24, 17/17 and no alarm on 82) is
# back in every check. Round 19 (scored once: recall 30/33, 9 alarms on 81; after one relabel
# and round 23's classes, 34/34 and 1 alarm on 80; after round 26's legs told too weak beside
# breathlessness or a heart operation, no alarm) is back in every check. Round 20 (dev since
# round 21; scored once: recall 19/25, 9 alarms on 97; after round 25's classes, 25/25 and 7
# alarms on 97; after round 26's, 3) is in the recall check only: its alarms left are
# progressing neuro symptoms, a urine infection a week ago (CKS: a recent infection), and an
# old fall told as the start of the issues "since then", its year in another sentence. Round 21
# (dev since round 22; scored once: recall 16/19, 12 alarms on 98; after one relabel and round
# 27's classes, 20/20 and 6 alarms on 97) is in the recall check only: its alarms left are a
# child's car accident with no symptom told, pain told relentless before a disc was found, both
# legs throbbing at night with no back pain told, a urinary drug's uses listed (a car accident a
# year ago told again as "before the accident" no longer alarms after round 28's classes: 5 on
# 97; a bike accident told as the start of a first bout over, after round 29's: 4).
# Round 22 (dev since round 23; scored once: recall 13/13, 9 alarms on 77; after three relabels
# and round 28's classes, 16/16 and 2 alarms on 74) is in the recall check only: its alarms left
# are pain told constant "24/7" (CKS: constant, non-mechanical pain) with its cause found, and a
# child's constant back pain after urine infections (CKS: a recent infection). ALARMS_LEFT keeps
# each of these rounds from gaining an alarm. Round 23 (dev since round 24; scored once: recall
# 6/10, 8 alarms on 55; after round 30's classes, 10/10 and 4 alarms on 55) is in the recall
# check only: its alarms left are new back, thigh and groin pain after a radical prostatectomy
# (NICE NG59: a history of cancer), pain spreading with feeling sick, weak and confused that 111
# sent to a doctor (CKS: systemically unwell), a rugby injury with a rib fracture found (NICE
# NG59: trauma), and intermittent pain in both calves beside two herniated discs (NHS: both legs).
# Round 24 (dev since round 25; scored once: recall 9/11, 7 alarms on 52; after round 31's
# classes, 11/11 and 4 alarms on 52) is in the recall check only: its alarms left are a spinal
# epidural abscess with new bone and disc infections at another level, still in pain (NICE NG59:
# spinal infection), a near faint from back pain in an MRI scanner with total fatigue (the near
# faint both labellers of an earlier round called urgent), a fall with a crack heard in the
# spine beside a bacterial infection found in it (NICE NG59: trauma, infection), and pain in
# both thighs with the lower back (NHS: both legs; its second labeller's red flag too).
# Round 25 (dev since round 26; scored once: recall 9/12, 10 alarms on 90; after round 32's
# classes, 12/12 and 7 alarms on 90) is in the recall check only: its alarms left are weakness
# and twitching in the legs getting worse (NICE NG59: a progressing deficit; its second
# labeller's red flag), facial numbness, stumbling and lack of co-ordination after a lumbar
# puncture (NICE NG59: a neurological deficit; second labeller's red flag too), severe hip pain
# only at night and severe leg pains at night (CKS: night pain), an unrelenting burning pain
# lying down, a vertebral lesion found on an MRI (NICE NG59: a possible malignancy, though named
# a haemangioma after); a GP who "doesn't know enough" beside a bowel surgeon no longer alarms
# after round 33's classes (6 left). Round 26 (dev since round 27; scored once: recall 3/6, 6
# alarms on 46; after round 33's classes, 6/6 and 2 alarms on 46) is in the recall check only:
# its alarms left are a pain told "24/7" after an epidural (CKS: constant pain; "pain 24/7"
# alarms by the project's earlier decision) and chronic pain everywhere from the waist down with
# a vibrating felt in the back of both thighs, even sitting still (NHS: both legs; its second
# labeller's red flag). Round 27 (dev since round 28; scored once: recall 11/13, 6 alarms on 77;
# after round 35's classes, 12/13 and 2 alarms on 77; after round 36's, 13/13, the hands told
# with "nearly no dexterity" and "numb flippers" alarming) is in the recall check only: its
# alarms left are a pelvic area gone numb during an MRI (NICE NG59: saddle numbness; its second
# labeller's red flag) and a truck accident a month ago with concussion (NICE NG59: trauma).
# Round 28 (dev since round 29; scored once: recall 6/11, 11 alarms on 63; after round 39's
# classes, 8/11 and 6 alarms on 63; after round 40's, 11/11, a carer's medicine question of a
# weakness, a teenager's back worse at night and tingling all over with the groin alarming) is
# in the recall check only: its alarms left are a leg pain told "24/7" (CKS: constant pain;
# the project's earlier decision), an uncle's coccyx pain years after a prostatectomy for a
# raised PSA (NICE NG59: a history of cancer), chills in a list of a medicine's withdrawal
# effects (CKS: fever), a diagnosed MS with foot drop (NICE NG59: a neurological deficit,
# told as known), a leg still weak a year after a fusion, and a benign spinal tumour removed
# years ago (NICE NG59: a history of tumour); after round 41's classes the withdrawal chills no
# longer alarm (5 left). Round 29 (dev since round 30; scored once: recall 4/6, 14 alarms on 65;
# after round 43's classes, 6/6, back and chest pain and both arms numb after a neck plate
# alarming, and 12 alarms on 65) is in the recall check only: its alarms left are other
# conditions told with a red-flag word: a cancer drug's joint pains and chemotherapy's
# neuropathy (NICE NG59: a history of cancer), constipation, or a sudden side pain with frequent
# urination, beside back pain, a known cauda equina syndrome's bowel, a medicine's sexual
# effect, a weak left side asking about MS, heavy legs at 58, tingling feet with headaches, a
# kidney-disease question, a pain under the ribs, and back pain after a car accident's leg
# operation (NICE NG59: trauma).
# Round 30 (dev since round 31; scored once: recall 3/4, 12 alarms on 66; after round 44's classes,
# 3/4 and 11 alarms on 66; after round 47's, 4/4: a 15-year-old's stomach and back "killing" her
# alarms, a child's or a teen's back and belly hurting together, CKS: back pain in the young with a
# systemic sign; a teenager's back pain alone, and an adult's stomach and back, stay the dev
# labels' see-a-doctor, guide topic or out of scope) is back in the recall check, in the alarm
# check only through ALARMS_LEFT. Its alarms left are leg cramps from a blood pressure medicine
# told "24/7" (CKS: constant pain; the project's earlier decision), chemotherapy's neuropathy with
# painful feet (NICE NG59 and NG234: a cancer history with sensory loss or difficulty walking), a
# weak arm and leg down one side after shingles (NICE NG59: a neurological deficit), a tumour in
# the back (NICE NG59: a possible malignancy), a big toe that cannot bend after cellulitis (a motor
# deficit), nerve pain in the legs after a fusion with falls feared (NHS: both legs), hands and
# feet numb with frequent urination (round 2's dev labels call sudden urinary frequency a red
# flag), and a back injured falling off a horse a year ago (its labellers disagree), and an
# occasional chest pain in a list of vague symptoms (round 44's fix was withdrawn: a crushing pain
# told in the next clause went quiet). After round 48's class (a broken limb told set in a cast or
# fixed with a rod or screws, the fall's clause naming no back and nothing recent: in an
# orthopaedic team's care), a femur broken in a fall at 70 and fixed, and a tibia broken in a bike
# accident and put in a cast, no back pain told in either, no longer alarm (9 left).
# Round 31 (dev since round 32; scored once: recall 7/10, 16 alarms on 100; after round 45's
# classes, 9/10: a chest pain told moving to the back and walking lost since yesterday alarm;
# after round 46's, 10/10: a newly diagnosed autoimmune hepatitis on prednisone and Imuran with
# severe back pain alarms, an immune-suppressing medicine named with a back told anywhere in the
# message, CKS: immunosuppression) is back in the recall check: the class names the medicines,
# not steroids with any pain, so the TB-on-steroids line with leg pain, which both label out of
# scope, stays quiet. Its 16 alarms, worked through in round 47:
# a face "fallen asleep" (read as a fall) no longer alarms (15 left). Left, each a red-flag word
# a careful clinician would still weigh, or a class whose quieting would risk a true emergency of
# its shape: whole-body lists of another illness (lupus's weak leg with low back pain;
# chikungunya's fever with back pain, CKS: fever; leukaemia's bone pain in the legs, NICE NG59:
# a cancer history; TB on steroids with calf pain at rest, CKS: rest pain), a UTI story with
# back pain (CKS: a recent infection), a kidney story naming pee and urine (a bladder word told
# of oneself alarms), flu complications read online (CKS: fever), a work accident's L1 burst
# fracture now treated (NICE NG59: trauma), a kyphoscoliosis's very weak leg (not told since
# childhood), walking lost before a hip operation, nerve pain in the legs after a fusion (NHS:
# both legs), cold legs and arms, pins and needles in arms and legs (ambiguous: its second
# labeller's red flag), constipation with ovarian pain, and "like I had a fever" (a feverish
# feeling is how a fever is often told). After round 49's classes, the flu complications read
# online (a story read about other people is theirs to its clause's end) no longer alarm (14 left).
# Round 32 (dev since round 33; scored once: recall 4/7, 18 alarms on 83; after round 46's
# classes, 6/7 and 18 alarms on 83: back pain on Imuran after CellCept with lupus nephritis, and
# a leg lifted by hand "increasingly", alarm; after round 47's, 7/7: a child's severe
# thoracolumbar back pain tapering prednisone after Henoch-Schonlein purpura alarms, the illness,
# the steroid and the back told hurting each in a sentence of its own, a concept's `needs` now
# naming several families each told somewhere, CKS: immunosuppression) is back in the recall
# check; it stays out of the alarm check.
# Its 18 alarms, worked through in round 47: "feeling wiped out" (read as a crash) and Pristiq's
# constipation (an antidepressant's effect, as painkillers' already was) no longer alarm (16
# left). Left: a 6-year neuropathy's night pain (CKS: night pain), an ankle sprain's floppy foot
# and a leg that gave out (a motor deficit), chest pains and tingling legs of 7 years, a calf
# pain beside the other foot's plantar fasciitis, pain down one side with weakness and face pain,
# a wasting with numb arms and legs, legs weak on Prozac, tingling arms and legs with memory loss
# (NICE NG59: a neurological deficit, both legs), costochondritis's chest pain, Guillain-Barre's
# numb legs unable to walk, a steroid osteoporosis beside Tarlov cysts (NICE NG59: fracture
# risk), a kyphoscoliosis from being hit by a car (NICE NG59: trauma; its urine screen no longer
# counts after round 49's classes), Multiple System Atrophy's
# bladder control problems, a husband's metastatic lesions (told after his death), constipation
# with stomach pain, and a sciatic nerve sheath tumour (NICE NG59: a possible malignancy).
# Round 33 (dev since round 34; scored once: recall 1/1, 13 alarms on 60) is in the recall check;
# it stays out of the alarm check. Its 13 alarms, worked through in round 49: a numbing agent to be
# put at the nerves of both hips (a local anaesthetic given), the nerve pain in the legs much
# better since a fusion (on the mend after a treatment) and gabapentin's extreme tiredness (a
# medicine's side effect) no longer alarm (10 left). Left, each a red-flag word a careful clinician
# would still weigh, or a class whose quieting would risk a true emergency of its shape: feet
# dragged when walking beside a scoliosis (NICE NG59: foot drop, not told old), severe spreading
# pelvic and back pain with pain on urinating (a bladder word told of oneself alarms; the writer
# asks whether to go to the ER), numb and tingling feet on a statin, a fall from a fifth floor that
# broke the back and pelvis with pain in both feet now (NICE NG59: trauma, both legs), both legs
# and feet swollen, hard to walk on and worse for a week (a gait lost), restless legs "day and
# night" (CKS: constant pain), pain in both legs beside bad knees, a daughter's numb, tingling feet
# and legs every night on Topamax (both legs, night pain), a kidney infection "or bladder" guessed
# as the back pain's cause (a bladder word told of oneself), and a hemiplegic adult's pain in hips
# and legs (both legs).
# Round 34 (dev since round 35; scored once: recall 1/1, 16 alarms on 59) is in the recall
# check; it stays out of the alarm check. Its 16 alarms, worked through in round 50: plantar
# fasciitis in both feet (a local foot condition), methadone found in urine during a drug test
# (a drug test asked about) and three toilet trips a night because of drinking a lot (frequency
# explained) no longer alarm (13 left). Left, each a red-flag word a careful clinician would still
# weigh, or a class earlier rounds left: a new autoimmune hepatitis on Imuran with severe back pain
# (CKS: immunosuppression, round 46's class), a woman's weakness on risperdal that left her legs
# for her arms (a weakness moving up, as an ascending neuropathy's does), a gait lost and unable
# to walk properly after a toe implant (a gait lost, the boot told in another sentence),
# chemotherapy's neuropathy asking about a TENS machine (NICE NG59: a cancer history, as rounds
# 29-30 left), a muscular dystrophy's weakness progressing to a wheelchair with breathing
# difficulties (NICE NG59: a progressing deficit), numbness from the feet to mid leg beside feet
# crushed in 1985 (a numbness told now), tramadol making ejaculation almost impossible (a
# medicine's sexual effect, as round 29 left), blood in faeces and urine with low back pain (for a
# GP soon), pain in arms and legs worsening for months after a flu virus, now constant (CKS:
# constant, progressive pain), lifelong constipation in a story of nausea (as rounds 29-32 left),
# a sprained ankle that cannot stand on its toes (a motor deficit, as round 32 left), every bone
# hurting "twenty four seven", lying down no help (CKS: constant pain; the project's decision),
# and weakness and numbness in the legs on gabapentin (NHS: both legs).
# Round 35 (dev since round 36; scored once: recall 3/5, 21 alarms on 95) is out of the alarm
# check. Its two missed red flags are caught since rf49 (a leg that "not carry its weight ...
# Without it I drag my leg"; an 18-year-old's back after a trampoline): recall 5/5, so it is
# back in the recall check. Its 21 alarms, worked through in round 52:
# 'i fell dependent on them' ('fell' written for 'feel') no longer
# alarms, and two lines lost one of their two signs (a gall bladder out; cannabis 'weed' quit)
# but keep the other (20 left). Left, each a red-flag word a careful clinician would still weigh,
# or a class earlier rounds left: compression fractures with severe osteoporosis (CKS: a fracture
# risk), bright red blood and mucus when wiping the anus with back pain, lightheaded (for a GP
# soon), all sexual sensation lost after a fibroid embolisation (a saddle/sexual loss, NICE NG59),
# chest pain through to the back "24/7" with cold sweats (an emergency of its own), a leg that
# "will give way" with hip pain (a giving way told), legs trembling and off balance (a balance
# lost, as rounds before left), hips, thighs and legs much worse at night on methotrexate (CKS:
# night pain, immunosuppression), constipation in a fibromyalgia list, on Savella and with IBS
# (lifelong or a medicine's constipation, as rounds 29-34 left), HSP unable to move from the house
# (a mobility lost), restless legs "usually just at night" (night pain's word), a sleep told as
# "crashing" after quitting cannabis (a crash's word; a sleep reading is left for a later round),
# a "weird burning/tingling" in hands and feet with a fever (both feet, a fever), a fall before a
# cervical cord compression awaiting surgery (NICE NG59: trauma; a cord at risk), a fall off a
# step hurting the foot (a fall told), a movable lump in the low back with tingling toes and nerve
# pains in both legs (a lump and both legs), chills in opioid withdrawal (CKS: fever's word, as
# rounds before left), and "bilateral chronic sciatica" (NHS: sciatica in both legs).
# Round 36 (dev since round 37; scored once: recall 5/5, 17 alarms on 95) is in the recall
# check; it stays out of the alarm check: its 17 alarms are not yet worked through.
OUT_OF_ALARM_CHECKS = (
    "real_round20_more_dev.jsonl",
    "real_round21_more_dev.jsonl",
    "real_round22_more_dev.jsonl",
    "real_round23_more_dev.jsonl",
    "real_round24_more_dev.jsonl",
    "real_round25_more_dev.jsonl",
    "real_round26_more_dev.jsonl",
    "real_round27_more_dev.jsonl",
    "real_round28_more_dev.jsonl",
    "real_round29_more_dev.jsonl",
    "real_round30_more_dev.jsonl",
    "real_round31_more_dev.jsonl",
    "real_round32_more_dev.jsonl",
    "real_round33_more_dev.jsonl",
    "real_round34_more_dev.jsonl",
    "real_round35_more_dev.jsonl",
    "real_round36_more_dev.jsonl",
)
OUT_OF_RECALL_CHECKS: tuple[str, ...] = ()
# The explained alarms each round out of the alarm checks has left (see above).
ALARMS_LEFT = {
    "real_round20_more_dev.jsonl": 3,
    "real_round21_more_dev.jsonl": 4,
    "real_round22_more_dev.jsonl": 2,
    "real_round23_more_dev.jsonl": 4,
    "real_round24_more_dev.jsonl": 4,
    "real_round25_more_dev.jsonl": 6,
    "real_round26_more_dev.jsonl": 2,
    "real_round27_more_dev.jsonl": 2,
    "real_round28_more_dev.jsonl": 5,
    "real_round29_more_dev.jsonl": 12,
    "real_round30_more_dev.jsonl": 9,
    "real_round31_more_dev.jsonl": 14,
    "real_round32_more_dev.jsonl": 16,
    "real_round33_more_dev.jsonl": 10,
    "real_round34_more_dev.jsonl": 13,
    "real_round35_more_dev.jsonl": 20,
    "real_round36_more_dev.jsonl": 17,
}
REAL_DEV_SETS = tuple(name for name in REAL_SETS if name not in OUT_OF_ALARM_CHECKS)


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(default_content_dir())


@pytest.fixture(scope="module")
def answerer(shared_answerer: QuestionAnswerer) -> QuestionAnswerer:
    return shared_answerer


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return load_cases(HERE / "questions.jsonl")


def test_the_question_set_covers_what_the_issue_asks(cases: list[Case], content: Content) -> None:
    counts = Counter(case.expect for case in cases)
    assert len(cases) >= 150
    assert counts[RED_FLAG] >= 30 and counts[OUT_OF_SCOPE] >= 25
    assert sum(case.negated_lookalike for case in cases) >= 20
    every_answer = {*content.sections, *content.exercises}
    assert set(counts) - {RED_FLAG, OUT_OF_SCOPE} <= every_answer
    assert every_answer <= set(counts)  # every section and every exercise is asked about


def test_no_labelled_question_is_copied_into_the_variants(
    cases: list[Case], answerer: QuestionAnswerer
) -> None:
    variants = {" ".join(words(v)) for vs in answerer.config.variants.values() for v in vs}
    copied = [case.question for case in cases if " ".join(words(case.question)) in variants]
    assert copied == []


def test_the_figures_meet_the_goals(answerer: QuestionAnswerer, cases: list[Case]) -> None:
    report = evaluate(answerer, cases)
    print("\n" + report.summary())
    assert report.accuracy >= 0.9, report.misses
    assert report.red_flag_recall == 1.0, report.misses
    assert report.false_alarms == 0, report.misses
    assert report.oos_precision >= 0.9, report.misses


def test_the_real_dev_questions_raise_every_alarm_and_no_false_one(
    answerer: QuestionAnswerer,
) -> None:
    # The dev splits of real questions from public pages; the test split is only scored by
    # `make bench`, never asserted on, so nothing is tuned against it.
    cases = [case for name in REAL_DEV_SETS for case in load_cases(HERE / name)]
    report = evaluate(answerer, cases)
    assert len(cases) >= 200
    assert report.red_flag_recall == 1.0, report.misses
    assert report.no_symptom_alarms == 0, report.misses


def test_the_real_dev_questions_of_rounds_out_of_the_alarm_checks_raise_every_alarm(
    answerer: QuestionAnswerer,
) -> None:
    # Rounds 20 to 32: every red flag caught, their false alarms left (see above).
    names = [name for name in OUT_OF_ALARM_CHECKS if name not in OUT_OF_RECALL_CHECKS]
    cases = [case for name in names for case in load_cases(HERE / name)]
    report = evaluate(answerer, cases)
    assert report.red_flags >= 25
    assert report.red_flag_recall == 1.0, report.misses


@pytest.mark.parametrize("name", OUT_OF_ALARM_CHECKS)
def test_the_rounds_out_of_the_alarm_checks_gain_no_alarm(
    answerer: QuestionAnswerer, name: str
) -> None:
    report = evaluate(answerer, load_cases(HERE / name))
    assert report.no_symptom_alarms <= ALARMS_LEFT[name], report.misses


def test_every_real_question_names_its_source() -> None:
    import json

    for name in REAL_SETS:
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            assert json.loads(line)["source"].startswith("http"), line
