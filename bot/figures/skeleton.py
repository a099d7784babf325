"""Forward and inverse kinematics: joint angles to joint positions, in body heights.

The figure is placed so that it rests on the floor (y = 0) or, seated, on a chair's seat, with
its anchor joint at x = 0, so a start and an end pose share the same ground and props.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from bot.content.poses import (
    JOINT_LIMITS,
    SIDES,
    ExercisePose,
    KeyPose,
    Limb,
    Target,
)

Point = tuple[float, float]

# Segment lengths as a share of standing height (rounded adult anthropometry).
LENGTHS: dict[str, float] = {
    "lower_back": 0.15, "upper_back": 0.15, "neck": 0.05, "upper_arm": 0.17, "forearm": 0.15,
    "hand": 0.06, "thigh": 0.245, "shank": 0.25, "foot": 0.11,
}  # fmt: skip
HEAD_RADIUS = 0.065
LIMB_RADIUS = 0.022  # half the drawn limb width: how far a limb's centre sits off the floor
TRUNK_RADIUS = 0.034  # half the drawn trunk width
SEAT_HEIGHT = 0.24
PELVIS_OVER_SEAT = 0.032  # a knee bent at 90 degrees puts the foot flat on the floor


def unit(degrees: float) -> Point:
    """The unit vector pointing at `degrees`."""
    radians = math.radians(degrees)
    return math.cos(radians), math.sin(radians)


def normalize(degrees: float) -> float:
    """The same direction in [-180, 180)."""
    return (degrees + 180.0) % 360.0 - 180.0


def direction(a: Point, b: Point) -> float:
    """The direction from a to b, in degrees."""
    return math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))


def step(origin: Point, degrees: float, length: float) -> Point:
    """The point `length` away from `origin` towards `degrees`."""
    dx, dy = unit(degrees)
    return origin[0] + dx * length, origin[1] + dy * length


@dataclass
class Skeleton:
    """Joint positions and the joint angles that produced them (for the limits test)."""

    joints: dict[str, Point] = field(default_factory=dict)
    angles: dict[str, float] = field(default_factory=dict)
    reach_errors: dict[str, float] = field(default_factory=dict)
    floor: float = 0.0

    def shifted(self, dx: float, dy: float) -> Skeleton:
        """The same skeleton moved by (dx, dy)."""
        moved = {name: (x + dx, y + dy) for name, (x, y) in self.joints.items()}
        return Skeleton(moved, dict(self.angles), dict(self.reach_errors), self.floor + dy)

    def lowest(self) -> float:
        """The lowest drawn point: a limb's edge or the head's."""
        edges = [y - _radius(name) for name, (_, y) in self.joints.items()]
        return min(edges)


def _radius(joint: str) -> float:
    if joint == "head":
        return HEAD_RADIUS
    if joint in ("pelvis", "mid", "neck") or joint.endswith(("_hip", "_shoulder")):
        return TRUNK_RADIUS
    return LIMB_RADIUS


def pose_skeletons(pose: ExercisePose) -> tuple[Skeleton, Skeleton]:
    """The start and end skeletons, placed on the same floor with the anchor at x = 0."""
    return build(pose, pose.start), build(pose, pose.end)


def build(pose: ExercisePose, key: KeyPose) -> Skeleton:
    """One key pose's skeleton, placed on the floor or seat."""
    if key.scale:
        pose = pose.model_copy(update={"scale": {**pose.scale, **key.scale}})
    body = Skeleton()
    joints, angles = body.joints, body.angles
    joints["pelvis"] = (0.0, 0.0)
    joints["mid"] = step(joints["pelvis"], key.trunk, LENGTHS["lower_back"])
    upper = key.trunk - key.spine
    shoulders = step(joints["mid"], upper, LENGTHS["upper_back"])
    head_dir = upper - key.neck
    joints["neck"] = step(shoulders, head_dir, LENGTHS["neck"])
    # Side on, the back of the head lines up with the back, so the head sits towards the face;
    # seen from the front, it sits straight on the neck.
    centre = step(joints["neck"], head_dir, HEAD_RADIUS)
    if pose.view == "side":
        centre = step(centre, head_dir - 90.0, HEAD_RADIUS - TRUNK_RADIUS)
    joints["head"] = centre
    angles["spine"], angles["neck"] = key.spine, key.neck
    normal = key.trunk - 90.0  # the body's front; the near side's hip sits this way in "front"
    for side, sign in (("near", 0.5), ("far", -0.5)):
        joints[f"{side}_hip"] = step(joints["pelvis"], normal, pose.spread * sign)
        joints[f"{side}_shoulder"] = step(shoulders, upper - 90.0, pose.spread * sign)
    limbs = {"near": key.near, "far": key.far}
    # Legs placed by angle first: a reaching ankle or hand may target one of their joints.
    order = sorted(SIDES, key=lambda s: limbs[s].foot is not None)
    for side in order:
        _leg(pose, body, side, limbs[side], key.trunk)
    if pose.seated:
        body = body.shifted(0.0, SEAT_HEIGHT + PELVIS_OVER_SEAT)
        body.floor = 0.0
    else:
        body.floor = body.lowest()
    for side in SIDES:
        _arm(pose, body, side, limbs[side], upper)
    if not pose.seated:
        body = body.shifted(0.0, -body.floor)
        body.floor = 0.0
    return body.shifted(-body.joints[pose.anchor][0], 0.0)


def _length(pose: ExercisePose, side: str, segment: str) -> float:
    return LENGTHS[segment] * pose.scale.get(f"{side}_{segment}", 1.0)


def _leg(pose: ExercisePose, body: Skeleton, side: str, limb: Limb, trunk: float) -> None:
    joints, hip = body.joints, body.joints[f"{side}_hip"]
    thigh_len, shank_len = _length(pose, side, "thigh"), _length(pose, side, "shank")
    if limb.foot is not None:
        target = resolve(body, limb.foot)
        bend = 1 if limb.foot.flip else -1
        thigh, shank, error = two_link(hip, target, thigh_len, shank_len, bend=bend)
        body.reach_errors[f"{side}_foot"] = error
    else:
        thigh = trunk + 180.0 + limb.hip
        shank = thigh - limb.knee
    joints[f"{side}_knee"] = step(hip, thigh, thigh_len)
    joints[f"{side}_ankle"] = step(joints[f"{side}_knee"], shank, shank_len)
    body.angles[f"{side}_hip"] = normalize(thigh - trunk - 180.0)
    body.angles[f"{side}_knee"] = normalize(thigh - shank)
    if limb.ankle == "flat":
        natural = shank + 90.0
        foot = min((0.0, 180.0), key=lambda flat: abs(normalize(natural - flat)))
    else:
        foot = shank + 90.0 + limb.ankle
    body.angles[f"{side}_ankle"] = normalize(foot - shank - 90.0)
    joints[f"{side}_toe"] = step(joints[f"{side}_ankle"], foot, LENGTHS["foot"])


def _arm(pose: ExercisePose, body: Skeleton, side: str, limb: Limb, upper: float) -> None:
    joints, shoulder = body.joints, body.joints[f"{side}_shoulder"]
    arm_len, fore_len = _length(pose, side, "upper_arm"), _length(pose, side, "forearm")
    if limb.hand is not None:
        target = resolve(body, limb.hand)
        bend = -1 if limb.hand.flip else 1
        arm, forearm, error = two_link(shoulder, target, arm_len, fore_len, bend=bend)
        body.reach_errors[f"{side}_hand"] = error
    else:
        arm = upper + 180.0 + limb.shoulder
        forearm = arm + limb.elbow
    joints[f"{side}_elbow"] = step(shoulder, arm, arm_len)
    joints[f"{side}_wrist"] = step(joints[f"{side}_elbow"], forearm, fore_len)
    hand = forearm
    if limb.hand is not None and limb.hand.floor:
        # A hand on the floor lies flat, fingers towards the head's side.
        hand = min((0.0, 180.0), key=lambda flat: abs(normalize(upper - flat)))
    joints[f"{side}_fingers"] = step(joints[f"{side}_wrist"], hand, LENGTHS["hand"])
    body.angles[f"{side}_shoulder"] = normalize(arm - upper - 180.0)
    body.angles[f"{side}_elbow"] = normalize(forearm - arm)


def resolve(body: Skeleton, target: Target) -> Point:
    """Where a target is on this skeleton."""
    x, y = body.joints[target.at]
    if target.toward is not None:
        tx, ty = body.joints[target.toward]
        x, y = x + (tx - x) * target.fraction, y + (ty - y) * target.fraction
    x, y = x + target.dx, y + target.dy
    if target.floor:
        y = body.floor + LIMB_RADIUS
    return x, y


def two_link(
    root: Point, target: Point, first: float, second: float, *, bend: int
) -> tuple[float, float, float]:
    """Directions of two segments from `root` ending at `target` (or as near as they reach).

    `bend` +1 bends the joint counter-clockwise (elbows), -1 clockwise (knees). Returns the two
    directions and how far the end stays from the target.
    """
    distance = math.dist(root, target)
    reach = min(max(distance, abs(first - second) + 1e-6), first + second - 1e-6)
    cos_root = (first**2 + reach**2 - second**2) / (2 * first * reach)
    opening = math.degrees(math.acos(max(-1.0, min(1.0, cos_root))))
    aim = direction(root, target)
    first_dir = aim - bend * opening
    joint = step(root, first_dir, first)
    second_dir = direction(joint, target) if distance > 1e-9 else first_dir
    end = step(joint, second_dir, second)
    return first_dir, second_dir, math.dist(end, target)


def limit_violations(pose: ExercisePose, body: Skeleton) -> list[str]:
    """Each joint angle outside its anatomical range, as 'joint=angle (lo..hi)'."""
    limits, problems = JOINT_LIMITS[pose.view], []
    for name, value in body.angles.items():
        if name.endswith("_elbow") or (pose.view == "front" and name.endswith("_knee")):
            # Seen from the side, an elbow bends either way as the shoulder turns the arm; seen
            # from the front, so does a knee bent towards the viewer.
            value = abs(value)
        joint = name.split("_", 1)[-1]
        low, high = limits[joint]
        if not low - 0.5 <= value <= high + 0.5:
            problems.append(f"{name}={value:.0f} ({low:.0f}..{high:.0f})")
    return problems
