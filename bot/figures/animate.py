"""The animated figure: the body moving from start to end and back, as a looping GIF.

Frames are drawn from joint angles interpolated between the two key poses (the angles the
start and end reached, inverse kinematics included), so every frame is the same skeleton,
placed on the same floor, and its joints stay between two checked, plausible positions.
"""

from __future__ import annotations

import io
import math

from PIL import Image

from bot.content.poses import ExercisePose, KeyPose, Limb
from bot.figures.render import render_frame
from bot.figures.skeleton import (
    LENGTHS,
    Skeleton,
    build,
    direction,
    normalize,
    pose_skeletons,
    step,
)

WIDTH_PX, HEIGHT_PX = 480, 300
STEPS = 6  # frames from one key pose to the other
FRAME_MS = 110
HOLD_MS = 700  # a pause at each key pose


def render_animation(pose: ExercisePose) -> bytes:
    """A looping GIF (480 x 300): start, towards end, a pause, and back."""
    start, end = pose_skeletons(pose)
    ease = [(1 - math.cos(math.pi * n / STEPS)) / 2 for n in range(STEPS + 1)]
    bodies = [between(pose, start, end, t) for t in ease]
    durations = [
        HOLD_MS if n in (0, STEPS) else FRAME_MS
        for n in [*range(STEPS + 1), *range(STEPS - 1, 0, -1)]
    ]
    pictures = []
    for body in bodies:
        with Image.open(
            io.BytesIO(render_frame(pose, body, bodies, WIDTH_PX, HEIGHT_PX))
        ) as image:
            pictures.append(image.convert("RGB"))
    # One palette for every frame (the drawing has few colours), so no frame shifts in tone.
    palette = pictures[STEPS // 2].quantize(colors=32)
    frames = [picture.quantize(palette=palette) for picture in pictures]
    frames += frames[-2:0:-1]
    buffer = io.BytesIO()
    frames[0].save(
        buffer, format="GIF", save_all=True, append_images=frames[1:], duration=durations,
        loop=0,
    )  # fmt: skip
    return buffer.getvalue()


def between(pose: ExercisePose, start: Skeleton, end: Skeleton, t: float) -> Skeleton:
    """The skeleton a share `t` of the way from start to end, by joint angle."""

    def angle(name: str) -> float:
        a = start.angles[name]
        return a + normalize(end.angles[name] - a) * t

    def limb(side: str) -> Limb:
        return Limb(**{joint: angle(f"{side}_{joint}") for joint in _LIMB_ANGLES})

    trunk = pose.start.trunk + normalize(pose.end.trunk - pose.start.trunk) * t
    key = KeyPose(
        trunk=trunk, spine=angle("spine"), neck=angle("neck"), near=limb("near"), far=limb("far"),
        scale=_scales_between(pose, t),
    )  # fmt: skip
    body = build(pose, key)
    for side in ("near", "far"):
        # Hands keep their key poses' set (flat on the floor, say), turning from one to the other.
        first, last = (_hand_direction(b, side) for b in (start, end))
        wrist = body.joints[f"{side}_wrist"]
        turned = first + normalize(last - first) * t
        body.joints[f"{side}_fingers"] = step(wrist, turned, LENGTHS["hand"])
    if pose.seated:
        return body
    return body.shifted(0.0, -body.lowest())  # resting on the floor, as the key poses do


def _scales_between(pose: ExercisePose, t: float) -> dict[str, float]:
    """Each key-pose segment scale a share `t` of the way from start to end."""
    scales = {}
    for segment in pose.start.scale.keys() | pose.end.scale.keys():
        first = pose.start.scale.get(segment, pose.scale.get(segment, 1.0))
        last = pose.end.scale.get(segment, pose.scale.get(segment, 1.0))
        scales[segment] = first + (last - first) * t
    return scales


def _hand_direction(body: Skeleton, side: str) -> float:
    return direction(body.joints[f"{side}_wrist"], body.joints[f"{side}_fingers"])


_LIMB_ANGLES = ("hip", "knee", "ankle", "shoulder", "elbow")
