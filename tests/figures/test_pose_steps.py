"""Each figure shows what its written steps say (content/exercises.yaml is the truth).

The checks are on the drawn skeleton's joint positions, so a pose edited into something the steps
do not describe fails here, and the last tests show that a wrong pose is caught.
"""

from __future__ import annotations

import pytest

from bot.content.loader import Content, default_content_dir, load_content
from bot.content.poses import ExercisePose
from bot.figures.skeleton import (
    HEAD_RADIUS,
    LIMB_RADIUS,
    TRUNK_RADIUS,
    Skeleton,
    limit_violations,
    pose_skeletons,
)

ON_FLOOR = LIMB_RADIUS + 0.02  # a limb's centre this close to the floor rests on it


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(default_content_dir())


def x(body: Skeleton, joint: str) -> float:
    return body.joints[joint][0]


def y(body: Skeleton, joint: str) -> float:
    return body.joints[joint][1]


def side_plank_problems(pose: ExercisePose) -> list[str]:
    """What in the side plank differs from 'propped on the elbow, elbow under the shoulder,
    knees bent behind, hips lifted'."""
    problems = []
    start, end = pose_skeletons(pose)
    for name, body in (("start", start), ("end", end)):
        if abs(x(body, "near_elbow") - x(body, "near_shoulder")) > 0.03:
            problems.append(f"{name}: elbow not under the shoulder")
        for joint in ("near_elbow", "near_wrist", "near_knee"):
            if y(body, joint) > ON_FLOOR:
                problems.append(f"{name}: {joint} off the floor")
        if not 30 <= body.angles["near_knee"] <= 120:
            problems.append(f"{name}: knees not bent")
    if y(start, "pelvis") > TRUNK_RADIUS + 0.03:
        problems.append("start: hips not on the mat")
    if y(end, "pelvis") < y(start, "pelvis") + 0.05:
        problems.append("end: hips not lifted")
    return problems


def test_side_plank_rests_on_forearm_and_knees_and_lifts_the_hips(content: Content) -> None:
    assert "elbow" in content.exercises["side-plank-modified"].steps[0]
    assert side_plank_problems(content.poses["side-plank-modified"]) == []


def test_a_side_plank_with_the_elbow_out_in_front_is_caught(content: Content) -> None:
    pose = content.poses["side-plank-modified"]
    near = pose.end.near.model_copy(update={"shoulder": 40.0})
    wrong = pose.model_copy(update={"end": pose.end.model_copy(update={"near": near})})
    assert any("elbow" in problem for problem in side_plank_problems(wrong))


def test_clamshell_opens_the_top_knee_with_the_feet_together(content: Content) -> None:
    pose = content.poses["clamshell"]
    start, end = pose_skeletons(pose)
    for body in (start, end):
        # Feet stacked: the top ankle straight above the bottom one, a hip's width apart.
        assert abs(x(body, "near_ankle") - x(body, "far_ankle")) < 0.02
        assert 0 < y(body, "near_ankle") - y(body, "far_ankle") <= pose.spread + 0.01
        assert y(body, "far_knee") < ON_FLOOR  # the bottom leg stays down
    assert y(end, "near_knee") > y(start, "near_knee") + 0.1  # the shell opens
    # Closed: the top knee rests straight above the bottom one, as the hips and feet are stacked.
    assert abs(x(start, "near_knee") - x(start, "far_knee")) < 0.02
    assert y(start, "near_knee") - y(start, "far_knee") <= pose.spread + 0.01
    assert end.joints["pelvis"] == pytest.approx(start.joints["pelvis"])  # hips do not roll
    assert pose.highlight == ("near_leg",)


def test_seated_glute_stretch_leans_forward_from_the_hips_with_a_straight_back(
    content: Content,
) -> None:
    pose = content.poses["seated-glute-stretch"]
    assert "ankle" in content.exercises[pose.id].steps[1]
    start, end = pose_skeletons(pose)
    assert pose.start.spine == pose.end.spine == 0 and pose.start.neck == pose.end.neck == 0
    assert pose.start.trunk == 90  # sitting tall
    assert 15 <= pose.start.trunk - pose.end.trunk <= 35  # a lean, not a fold
    assert y(end, "pelvis") == y(start, "pelvis")  # from the hips: still seated
    for body in (start, end):
        ankle, knee = body.joints["near_ankle"], body.joints["far_knee"]
        assert abs(ankle[0] - knee[0]) < 0.03 and 0 < ankle[1] - knee[1] < 0.06
        assert y(body, "far_toe") < ON_FLOOR  # the other foot flat on the floor


def test_cat_rounds_the_back_and_drops_the_head_cow_dips_gently(content: Content) -> None:
    pose = content.poses["cat-cow"]
    cat, cow = pose_skeletons(pose)
    assert pose.start.spine >= 25 and y(cat, "head") < y(cat, "near_shoulder") - 0.05
    assert -30 <= pose.end.spine <= -10 and y(cow, "head") > y(cow, "near_shoulder")
    assert y(cat, "mid") > y(cow, "mid") + 0.05  # the back rises, then the belly sinks
    for body in (cat, cow):
        for side in ("near", "far"):
            # Hands under the shoulders with straight arms, knees under the hips.
            assert abs(x(body, f"{side}_wrist") - x(body, f"{side}_shoulder")) < 0.04
            assert abs(body.angles[f"{side}_elbow"]) < 15
            assert abs(x(body, f"{side}_knee") - x(body, f"{side}_hip")) < 0.04


def test_glute_bridge_keeps_shoulders_and_feet_down(content: Content) -> None:
    start, end = pose_skeletons(content.poses["glute-bridge"])
    for body in (start, end):
        assert y(body, "near_shoulder") < TRUNK_RADIUS + 0.02
        assert y(body, "near_ankle") < ON_FLOOR
    assert abs(x(end, "near_shoulder") - x(start, "near_shoulder")) < 0.04  # not sliding
    assert y(end, "near_wrist") < ON_FLOOR  # arms resting on the floor


def test_dead_bug_starts_in_table_top_and_lowers_opposite_arm_and_leg(content: Content) -> None:
    start, end = pose_skeletons(content.poses["dead-bug"])
    for side in ("near", "far"):
        assert abs(x(start, f"{side}_wrist") - x(start, f"{side}_shoulder")) < 0.03  # to ceiling
        assert abs(x(start, f"{side}_knee") - x(start, f"{side}_hip")) < 0.03  # over the hips
        assert start.angles[f"{side}_knee"] == pytest.approx(90)
    assert x(end, "near_wrist") < x(end, "head")  # one arm overhead
    assert y(end, "far_ankle") < y(start, "far_ankle") - 0.1  # the opposite leg lowered
    assert end.joints["far_wrist"] == pytest.approx(start.joints["far_wrist"])
    assert end.joints["near_ankle"] == pytest.approx(start.joints["near_ankle"])


def test_bird_dog_reaches_one_arm_and_the_opposite_leg_level(content: Content) -> None:
    start, end = pose_skeletons(content.poses["bird-dog"])
    # In line with the back: the arm raised to the ear, the leg straight back from the hip.
    assert end.angles["near_shoulder"] > 150 and abs(end.angles["near_elbow"]) < 15
    assert abs(end.angles["far_hip"]) < 15 and abs(end.angles["far_knee"]) < 15
    assert x(end, "near_wrist") > x(end, "head") and x(end, "far_ankle") < x(end, "pelvis") - 0.3
    for body in (start, end):  # the other hand and knee stay down
        assert y(body, "far_wrist") < ON_FLOOR and y(body, "near_knee") < ON_FLOOR


def test_partial_curl_up_lifts_head_and_shoulders_only_a_little(content: Content) -> None:
    start, end = pose_skeletons(content.poses["partial-curl-up"])
    lift = y(end, "neck") - y(start, "neck")
    assert 0.03 < lift < 0.15
    assert end.joints["pelvis"] == pytest.approx(start.joints["pelvis"])
    for body in (start, end):  # hands under the lower back; one knee bent, one leg straight
        for side in ("near", "far"):
            assert x(body, "pelvis") - 0.1 < x(body, f"{side}_wrist") < x(body, "pelvis")
            assert y(body, f"{side}_wrist") < ON_FLOOR
        assert body.angles["near_knee"] > 60 and body.angles["far_knee"] == 0


def test_childs_pose_sits_back_with_forehead_down_and_arms_forward(content: Content) -> None:
    start, end = pose_skeletons(content.poses["childs-pose"])
    assert x(end, "pelvis") < x(start, "pelvis") - 0.1  # sat back
    assert x(end, "pelvis") < x(end, "near_knee") - 0.1  # over the heels, behind the knees
    assert y(end, "head") - HEAD_RADIUS < 0.01  # forehead down
    assert x(end, "near_wrist") > x(end, "head") and y(end, "near_wrist") < ON_FLOOR


def test_a_front_view_knee_past_its_range_is_still_reported(content: Content) -> None:
    pose = content.poses["clamshell"]
    far = pose.end.far.model_copy(update={"knee": -170.0})
    bent = pose.model_copy(update={"end": pose.end.model_copy(update={"far": far})})
    problems = limit_violations(bent, pose_skeletons(bent)[1])
    assert any(problem.startswith("far_knee=170") for problem in problems)
