"""Every exercise has a drawn figure that matches the content and stays anatomically plausible."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
import yaml
from PIL import Image

from bot.content.loader import Content, ContentError, default_content_dir, load_content
from bot.content.poses import ExercisePose
from bot.figures.render import render_figure
from bot.figures.sheet import write_figures
from bot.figures.skeleton import (
    LIMB_RADIUS,
    PELVIS_OVER_SEAT,
    SEAT_HEIGHT,
    direction,
    limit_violations,
    normalize,
    pose_skeletons,
)


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(default_content_dir())


def all_poses() -> list[ExercisePose]:
    return list(load_content(default_content_dir()).poses.values())


def test_the_pose_set_covers_exactly_the_exercise_library(content: Content) -> None:
    assert set(content.poses) == set(content.exercises)
    assert len(content.poses) == 15


def copy_with(tmp_path: Path, edit: object) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    path = folder / "poses.yaml"
    data = yaml.safe_load(path.read_text())
    edit(data)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(data))
    return folder


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda d: d["poses"].pop(), r"poses\.yaml: no pose for exercise 'side-plank-modified'"),
        (lambda d: d["poses"].append({**d["poses"][0], "id": "tai-chi"}), r"'tai-chi': unknown"),
        (lambda d: d["poses"][0].update(arrow=["near_tail"]), r"unknown joint 'near_tail'"),
        (lambda d: d["poses"][0]["start"].update(elbow=3), r"poses\.0\.start\.elbow"),
    ],
)
def test_a_pose_file_that_does_not_match_stops_start_up(
    tmp_path: Path, edit: object, expected: str
) -> None:
    with pytest.raises(ContentError, match=expected) as caught:
        load_content(copy_with(tmp_path, edit))
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("pose", all_poses(), ids=lambda p: p.id)
def test_joint_angles_stay_within_anatomical_limits(pose: ExercisePose) -> None:
    for name, body in zip(("start", "end"), pose_skeletons(pose), strict=True):
        assert limit_violations(pose, body) == [], f"{pose.id} {name}"
        assert len(body.angles) == 12  # spine, neck and five joints a side, all checked


@pytest.mark.parametrize("pose", all_poses(), ids=lambda p: p.id)
def test_hands_and_feet_reach_what_they_hold_and_nothing_sinks_into_the_floor(
    pose: ExercisePose,
) -> None:
    for body in pose_skeletons(pose):
        assert all(error < 0.03 for error in body.reach_errors.values()), body.reach_errors
        assert body.lowest() >= -1e-6
        if pose.seated:
            assert body.joints["pelvis"][1] == pytest.approx(SEAT_HEIGHT + PELVIS_OVER_SEAT)
        else:
            assert body.lowest() == pytest.approx(0.0, abs=1e-6)  # resting on the floor
        assert body.joints[pose.anchor][0] == pytest.approx(0.0)


def test_a_limit_violation_is_reported() -> None:
    pose = load_content(default_content_dir()).poses["knee-to-chest"]
    near = pose.end.near.model_copy(update={"knee": 175})
    bent = pose.model_copy(update={"end": pose.end.model_copy(update={"near": near})})
    problems = limit_violations(bent, pose_skeletons(bent)[1])
    assert any(problem.startswith("near_knee=175") for problem in problems)


def test_the_poses_follow_the_written_steps(content: Content) -> None:
    poses = content.poses
    lying_on_back = ("knee-to-chest", "piriformis-stretch", "hamstring-strap-stretch",
                     "pelvic-tilt", "glute-bridge", "dead-bug", "partial-curl-up")  # fmt: skip
    for exercise_id in lying_on_back:
        assert "back" in content.exercises[exercise_id].steps[0]
        start = pose_skeletons(poses[exercise_id])[0]
        head, pelvis = start.joints["head"], start.joints["pelvis"]
        assert head[0] < pelvis[0] and abs(head[1] - pelvis[1]) < 0.05, exercise_id
    for exercise_id in ("seated-glute-stretch", "sciatic-nerve-glide"):
        assert "chair" in content.exercises[exercise_id].steps[0]
        assert "chair" in poses[exercise_id].props and poses[exercise_id].seated
    for exercise_id in ("cat-cow", "bird-dog"):
        assert "all fours" in content.exercises[exercise_id].steps[0]
        start = pose_skeletons(poses[exercise_id])[0]
        for joint in ("near_knee", "near_wrist", "far_wrist"):
            assert start.joints[joint][1] < LIMB_RADIUS + 0.03, (exercise_id, joint)
    # Knee-to-chest: the knee comes towards the chest; the bridge lifts the hips.
    start, end = pose_skeletons(poses["knee-to-chest"])
    assert end.joints["near_knee"][0] < start.joints["near_knee"][0]
    start, end = pose_skeletons(poses["glute-bridge"])
    assert end.joints["pelvis"][1] > start.joints["pelvis"][1] + 0.08
    # "Shoulders, hips and knees form a straight line" (bridge); "straight from knees to head"
    # (side plank): the bend at the hip is small at the top of each.
    for exercise_id, knee in (("glute-bridge", "near_knee"), ("side-plank-modified", "far_knee")):
        end = pose_skeletons(poses[exercise_id])[1]
        shoulders, hip = end.joints["near_shoulder"], end.joints["pelvis"]
        bend = direction(shoulders, hip) - direction(hip, end.joints[knee])
        assert abs(normalize(bend)) < 12, (exercise_id, bend)
    # The piriformis stretch crosses the sore side's ankle over the other knee.
    for body in pose_skeletons(poses["piriformis-stretch"]):
        crossed, other_knee = body.joints["near_ankle"], body.joints["far_knee"]
        assert abs(crossed[0] - other_knee[0]) < 0.03 and 0 < crossed[1] - other_knee[1] < 0.06
    assert "near_leg" in poses["piriformis-stretch"].highlight


def test_each_figure_is_a_phone_sized_png(tmp_path: Path, content: Content) -> None:
    written = write_figures(content.poses, tmp_path)
    animated = [i for i, pose in content.poses.items() if pose.animate]
    assert sorted(p.name for p in written) == sorted(
        [f"{exercise_id}.png" for exercise_id in content.exercises]
        + [f"{exercise_id}.gif" for exercise_id in animated]
        + ["contact-sheet.png"]
    )
    for path in (p for p in written[:-1] if p.suffix == ".png"):
        with Image.open(path) as image:
            assert image.format == "PNG" and image.size == (720, 450)
            assert len(image.getcolors(maxcolors=1 << 16) or []) > 3  # a drawing, not blank
    with Image.open(written[-1]) as sheet:
        assert sheet.width <= 1600


def test_a_change_to_a_pose_changes_its_hash_and_picture(content: Content) -> None:
    pose = content.poses["glute-bridge"]
    lower = pose.model_copy(update={"end": pose.end.model_copy(update={"trunk": 200.0})})
    assert lower.content_hash() != pose.content_hash()
    assert render_figure(lower) != render_figure(pose)
    with Image.open(io.BytesIO(render_figure(pose))) as image:
        assert image.size == (720, 450)


def test_the_cli_writes_every_figure_and_the_contact_sheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: Content
) -> None:
    from bot.cli import main

    assert main(["content", "figures", str(tmp_path / "out")]) == 0
    animated = {i for i, pose in content.poses.items() if pose.animate}
    assert f"wrote 15 figures, {len(animated)} animations" in capsys.readouterr().out
    names = {path.name for path in (tmp_path / "out").iterdir()}
    assert names == {f"{i}.png" for i in content.exercises} | {f"{i}.gif" for i in animated} | {
        "contact-sheet.png"
    }


def test_an_animation_loops_between_the_two_checked_poses(content: Content) -> None:
    from bot.figures.animate import STEPS, between, render_animation

    animated = [pose for pose in content.poses.values() if pose.animate]
    assert len(animated) >= 5
    for pose in animated:
        start, end = pose_skeletons(pose)
        for n in range(STEPS + 1):
            body = between(pose, start, end, n / STEPS)
            assert limit_violations(pose, body) == [], pose.id
            assert body.lowest() >= -1e-6, pose.id
            for name, value in body.angles.items():  # each joint between its two key angles
                low, high = sorted((start.angles[name], end.angles[name]))
                assert low - 1e-6 <= value <= high + 1e-6, (pose.id, name)
    pose = content.poses["cat-cow"]
    with Image.open(io.BytesIO(render_animation(pose))) as gif:
        assert gif.format == "GIF" and gif.size == (480, 300)
        assert getattr(gif, "n_frames", 1) == 2 * STEPS and gif.info.get("loop") == 0
