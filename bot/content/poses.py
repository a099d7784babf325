"""The pose model: a 2D skeleton's joint angles for an exercise's start and end, as plain data.

Angles are in degrees. `trunk` is the world direction of the lower back (hip to mid-back; 0 points
right, 90 up); every other angle is a joint's own bend, so joint limits can be checked:

- `spine`: flexion (+, rounding) or extension (-, arching) between lower and upper back;
- `neck`: flexion (+, chin down) or extension (-);
- per limb, `hip` and `shoulder` flexion (+, forward), `knee` and `elbow` flexion (+, bending),
  `ankle` dorsiflexion (+, toes up) or plantarflexion (-), or `flat` for a foot flat on the floor.

`near` is the limb nearer the viewer, drawn in front; it is the sore side where that matters.
A limb may `reach` a target instead (its end placed by two-link inverse kinematics), so hands
rest on a knee or the floor and a crossed ankle sits on the other knee.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.content.yaml_reading import ContentError, read_yaml

View = Literal["side", "front"]
Prop = Literal["mat", "chair", "strap", "pillow"]
Highlight = Literal["near_leg", "far_leg", "near_arm", "far_arm"]

# The skeleton's named points and the segments a pose may scale.
SIDES = ("near", "far")
LIMB_JOINTS = ("hip", "knee", "ankle", "toe", "shoulder", "elbow", "wrist", "fingers")
JOINTS = frozenset(
    {"pelvis", "mid", "neck", "head"} | {f"{s}_{j}" for s in SIDES for j in LIMB_JOINTS}
)
SEGMENTS = frozenset(
    f"{s}_{name}" for s in SIDES for name in ("thigh", "shank", "upper_arm", "forearm")
)

# Joint ranges a healthy adult reaches in these positions (degrees; AAOS-style normal values;
# the ankle's -80 is kneeling on the tops of the feet, where the midfoot adds to the ankle).
# The "front" view shows side-lying positions from in front: leg angles are abduction there.
JOINT_LIMITS: dict[View, dict[str, tuple[float, float]]] = {
    "side": {
        "spine": (-50, 50), "neck": (-45, 60), "hip": (-30, 150), "knee": (0, 155),
        "ankle": (-80, 30), "shoulder": (-60, 180), "elbow": (0, 150),
    },
    "front": {
        "spine": (-40, 40), "neck": (-45, 45), "hip": (-45, 60), "knee": (0, 155),
        "ankle": (-80, 30), "shoulder": (-100, 180), "elbow": (0, 150),
    },
}  # fmt: skip


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Target(_Model):
    """A point on or near the body: `at` a joint, moved `fraction` of the way `toward` another,
    then by (`dx`, `dy`); `floor` drops it to the floor (or the seat with a chair)."""

    at: str
    toward: str | None = None
    fraction: float = Field(default=0.0, ge=0.0, le=1.0)
    dx: float = Field(default=0.0, ge=-1.0, le=1.0)
    dy: float = Field(default=0.0, ge=-1.0, le=1.0)
    floor: bool = False
    flip: bool = False  # bend the other way (an arm turned out; a knee dropping, not rising)


class Limb(_Model):
    """One side's arm and leg."""

    hip: float = 0.0
    knee: float = 0.0
    ankle: float | Literal["flat"] = 0.0
    shoulder: float = 0.0
    elbow: float = 0.0
    hand: Target | None = None  # reach: shoulder and elbow solved so the wrist is here
    foot: Target | None = None  # reach: hip and knee solved so the ankle is here


class KeyPose(_Model):
    """The whole body at one moment."""

    trunk: float
    spine: float = 0.0
    neck: float = 0.0
    near: Limb = Limb()
    far: Limb = Limb()
    # Segment foreshortening at this moment, over the exercise's own: a thigh turning from
    # pointing at the viewer into the picture's plane looks longer as it turns.
    scale: dict[str, float] = Field(default_factory=dict)


class ExercisePose(_Model):
    """How one exercise is drawn: the view, props, start and end poses, and the motion arrow."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    view: View = "side"
    props: tuple[Prop, ...] = ("mat",)
    seated: bool = False  # the pelvis rests on the chair's seat, not the floor
    spread: float = Field(default=0.0, ge=0.0, le=0.15)  # near/far hip gap (front view)
    scale: dict[str, float] = Field(default_factory=dict)  # segment foreshortening
    anchor: str = "pelvis"  # the joint kept at the same x in both poses
    highlight: tuple[Highlight, ...] = ()  # the sore or working side
    animate: bool = False  # sent as a looping animation (a rhythm to follow), else a picture
    arrow: tuple[str, ...] = Field(min_length=1)  # joints whose path the arrow follows
    arrow_offset: tuple[float, float] = (0.0, 0.0)  # arrows moved off the body, in body heights
    start: KeyPose
    end: KeyPose

    def content_hash(self) -> str:
        """A short digest of everything that changes the picture."""
        data = json.dumps(self.model_dump(mode="json"), sort_keys=True)
        return hashlib.sha256(data.encode()).hexdigest()[:16]


class PoseFile(_Model):
    """content/poses.yaml."""

    poses: tuple[ExercisePose, ...]


class PoseError(ValueError):
    """poses.yaml is invalid or does not match the exercise library."""


def load_poses(path: Path, exercise_ids: set[str]) -> dict[str, ExercisePose]:
    """Read and check poses.yaml: exactly one pose per exercise, known joints, sane scales."""
    by_id: dict[str, ExercisePose] = {}
    for pose in _read(path):
        if pose.id in by_id:
            raise PoseError(f"{path}: item {pose.id!r}: duplicate id")
        by_id[pose.id] = pose
    missing, extra = exercise_ids - set(by_id), set(by_id) - exercise_ids
    if missing:
        raise PoseError(f"{path}: no pose for exercise {sorted(missing)[0]!r}")
    if extra:
        raise PoseError(f"{path}: item {sorted(extra)[0]!r}: unknown exercise")
    for pose in by_id.values():
        problem = _problem(pose)
        if problem:
            raise PoseError(f"{path}: item {pose.id!r}: {problem}")
    return by_id


def _read(path: Path) -> tuple[ExercisePose, ...]:
    try:
        raw = read_yaml(path)
        return PoseFile.model_validate(raw).poses
    except ContentError as exc:  # missing, broken, or a key written twice
        raise PoseError(str(exc)) from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise PoseError(f"{path}: {where}: {first['msg']}") from None


def _problem(pose: ExercisePose) -> str | None:
    """What is wrong with a pose's joint names or scales, if anything."""
    targets = [
        target
        for key in (pose.start, pose.end)
        for limb in (key.near, key.far)
        for target in (limb.hand, limb.foot)
        if target is not None
    ]
    named = [pose.anchor, *pose.arrow, *(t.at for t in targets)]
    named += [t.toward for t in targets if t.toward is not None]
    for name in named:
        if name not in JOINTS:
            return f"unknown joint {name!r}"
    scales = [*pose.scale.items(), *pose.start.scale.items(), *pose.end.scale.items()]
    for segment, factor in scales:
        if segment not in SEGMENTS or not 0.2 <= factor <= 1.0:
            return f"bad scale {segment!r}={factor}"
    return None
