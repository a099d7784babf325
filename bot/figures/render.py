"""Draw an exercise figure: the start pose ghosted, the end pose solid, an arrow for the motion.

No words inside the picture: the caption carries them, so a translation needs no redraw.
Colours are from the Okabe–Ito palette, told apart with the common colour-vision deficiencies.
Only matplotlib's object API is used (a Figure per call, the Agg canvas, no pyplot state).
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable, Sequence

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import (
    Circle,
    Ellipse,
    FancyArrowPatch,
    FancyBboxPatch,
    Polygon,
    Rectangle,
)

from bot.content.poses import ExercisePose
from bot.figures.skeleton import (
    HEAD_RADIUS,
    LIMB_RADIUS,
    SEAT_HEIGHT,
    TRUNK_RADIUS,
    Point,
    Skeleton,
    pose_skeletons,
)

WIDTH_PX, HEIGHT_PX, DPI = 720, 450, 100
BODY = "#2F3B47"
FAR = "#8E9AA6"
SORE = "#D55E00"  # Okabe–Ito vermilion
GHOST = "#C3CCD5"
ARROW = "#0072B2"  # Okabe–Ito blue
MAT = "#D9E4EC"
CHAIR = "#8C7B6B"
STRAP = "#E69F00"  # Okabe–Ito orange
PILLOW = "#E8E1D5"
FLOOR = "#AEB8C2"
CHAIR_SPAN = (-0.17, 0.13)  # the seat's extent around the pelvis
CHAIR_BACK = 0.45


def render_figure(pose: ExercisePose) -> bytes:
    """The exercise's picture as PNG bytes (720 x 450): start ghosted, end solid, an arrow."""
    start, end = pose_skeletons(pose)
    return _draw(pose, [start, end], (start, end), WIDTH_PX, HEIGHT_PX, arrows=True)


def render_frame(
    pose: ExercisePose, body: Skeleton, bounds: Sequence[Skeleton], width: int, height: int
) -> bytes:
    """One animation frame as PNG bytes: the body alone, framed to fit every `bounds` body."""
    return _draw(pose, [body], bounds, width, height, arrows=False)


def _draw(
    pose: ExercisePose,
    bodies: Sequence[Skeleton],
    bounds: Sequence[Skeleton],
    width: int,
    height: int,
    *,
    arrows: bool,
) -> bytes:
    """The last body solid over the earlier ones ghosted, with props and optional arrows."""
    figure = Figure(figsize=(width / DPI, height / DPI), dpi=DPI)
    FigureCanvasAgg(figure)
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_axis_off()
    left, right, bottom, top = _frame(pose, bounds, width / height)
    axes.set_xlim(left, right)
    axes.set_ylim(bottom, top)
    axes.set_aspect("equal")
    points_per_unit = width / (right - left) * 72 / DPI

    first, last = bodies[0], bodies[-1]
    _props(axes, pose, bounds, left, right)
    for ghost in bodies[:-1]:
        _body(axes, pose, ghost, points_per_unit, ghost=True)
    if "strap" in pose.props:
        _strap(axes, last, points_per_unit)
    _body(axes, pose, last, points_per_unit, ghost=False)
    if arrows:
        dx, dy = pose.arrow_offset
        for joint in pose.arrow:
            (x0, y0), (x1, y1) = first.joints[joint], last.joints[joint]
            _arrow(axes, (x0 + dx, y0 + dy), (x1 + dx, y1 + dy), points_per_unit)

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", facecolor="white")
    return buffer.getvalue()


def _frame(
    pose: ExercisePose, bodies: Iterable[Skeleton], wanted: float
) -> tuple[float, float, float, float]:
    xs, ys = [0.0], [0.0]
    dx, dy = pose.arrow_offset
    for body in bodies:
        for x, y in body.joints.values():
            xs.append(x)
            ys.append(y)
        for joint in pose.arrow:  # an arrow moved off the body stays in the picture
            xs.append(body.joints[joint][0] + dx)
            ys.append(body.joints[joint][1] + dy)
    if "chair" in pose.props:
        xs += list(CHAIR_SPAN)
        ys.append(CHAIR_BACK + SEAT_HEIGHT)
    margin = 0.12
    left, right = min(xs) - margin, max(xs) + margin
    bottom, top = -0.06, max(ys) + margin
    width, height = right - left, top - bottom
    if width / height < wanted:
        extra = height * wanted - width
        left, right = left - extra / 2, right + extra / 2
    else:
        top = bottom + width / wanted
    return left, right, bottom, top


def _props(
    axes: object, pose: ExercisePose, bodies: Sequence[Skeleton], left: float, right: float
) -> None:
    add = axes.add_patch  # type: ignore[attr-defined]
    axes.plot([left, right], [0, 0], color=FLOOR, linewidth=2, zorder=0)  # type: ignore[attr-defined]
    if "mat" in pose.props:
        xs = [x for body in bodies for x, _ in body.joints.values()]
        low, high = min(xs) - 0.08, max(xs) + 0.08
        add(
            FancyBboxPatch(
                (low, 0.0), high - low, 0.018, boxstyle="round,pad=0,rounding_size=0.009",
                facecolor=MAT, edgecolor="none", zorder=1,
            )
        )  # fmt: skip
    if "pillow" in pose.props:
        x, _ = bodies[0].joints["head"]
        add(Ellipse((x, 0.04), 0.2, 0.07, facecolor=PILLOW, edgecolor=FLOOR, zorder=1))
    if "chair" in pose.props:
        low, high = CHAIR_SPAN
        add(Rectangle((low, SEAT_HEIGHT - 0.03), high - low, 0.03, color=CHAIR, zorder=1))
        add(Rectangle((low, SEAT_HEIGHT), 0.025, CHAIR_BACK, color=CHAIR, zorder=1))
        for x in (low, high - 0.025):
            add(Rectangle((x, 0.0), 0.025, SEAT_HEIGHT - 0.03, color=CHAIR, zorder=1))


def _line(
    axes: object, points: Sequence[Point], radius: float, ppu: float, colour: str, z: float
) -> None:
    axes.plot(  # type: ignore[attr-defined]
        [p[0] for p in points], [p[1] for p in points], color=colour,
        linewidth=2 * radius * ppu, solid_capstyle="round", solid_joinstyle="round", zorder=z,
    )  # fmt: skip


def _body(axes: object, pose: ExercisePose, body: Skeleton, ppu: float, *, ghost: bool) -> None:
    j = body.joints
    base_z = 2 if ghost else 5

    def colour(side: str, part: str) -> str:
        if ghost:
            return GHOST
        if f"{side}_{part}" in pose.highlight:
            return SORE
        return BODY if side == "near" else FAR

    for side, z in (("far", base_z), ("near", base_z + 2)):
        leg = [j[f"{side}_hip"], j[f"{side}_knee"], j[f"{side}_ankle"], j[f"{side}_toe"]]
        _line(axes, leg, LIMB_RADIUS, ppu, colour(side, "leg"), z)
    shoulders = _middle(j["near_shoulder"], j["far_shoulder"])
    trunk = [j["pelvis"], j["mid"], shoulders, j["neck"]]
    fill = GHOST if ghost else BODY
    _line(axes, trunk, TRUNK_RADIUS, ppu, fill, base_z + 1)
    if pose.spread > 0:
        # Seen from the front: the torso's outline, shoulders to a narrower waist to hips,
        # rounded at the corners.
        (nx, ny), (fx, fy), (mx, my) = j["near_hip"], j["far_hip"], j["mid"]
        waist = [(mx + (x - (nx + fx) / 2) * 0.5, my + (y - (ny + fy) / 2) * 0.5)
                 for x, y in (j["near_hip"], j["far_hip"])]  # fmt: skip
        outline = [j["near_shoulder"], j["far_shoulder"], waist[1], j["far_hip"],
                   j["near_hip"], waist[0]]  # fmt: skip
        axes.add_patch(  # type: ignore[attr-defined]
            Polygon(outline, closed=True, facecolor=fill, edgecolor=fill,
                    linewidth=2 * TRUNK_RADIUS * ppu, joinstyle="round", zorder=base_z + 1)
        )  # fmt: skip
    head = Circle(j["head"], HEAD_RADIUS, color=GHOST if ghost else BODY, zorder=base_z + 1)
    axes.add_patch(head)  # type: ignore[attr-defined]
    for side, z in (("far", base_z), ("near", base_z + 2)):
        arm = [j[f"{side}_shoulder"], j[f"{side}_elbow"], j[f"{side}_wrist"], j[f"{side}_fingers"]]
        _line(axes, arm, LIMB_RADIUS * 0.85, ppu, colour(side, "arm"), z + 0.5)


def _strap(axes: object, body: Skeleton, ppu: float) -> None:
    j = body.joints
    sole = _middle(j["near_ankle"], j["near_toe"])
    toward_sole = math.atan2(sole[1] - j["near_knee"][1], sole[0] - j["near_knee"][0])
    hooked = (sole[0] + 0.03 * math.cos(toward_sole), sole[1] + 0.03 * math.sin(toward_sole))
    _line(axes, [j["near_wrist"], hooked], 0.006, ppu, STRAP, 8)
    _line(axes, [j["far_wrist"], hooked], 0.006, ppu, STRAP, 4)


def _arrow(axes: object, start: Point, end: Point, ppu: float) -> None:
    length = math.dist(start, end)
    if length < 1e-3:
        return
    bend = "arc3,rad=-0.3"
    if length < 0.15:
        # A small movement (a tilt, a lift): a short straight arrow that arrives where it ends.
        ux, uy = (end[0] - start[0]) / length, (end[1] - start[1]) / length
        start = (end[0] - ux * 0.14, end[1] - uy * 0.14)
        bend = "arc3,rad=0"
    arrow = FancyArrowPatch(
        start, end, connectionstyle=bend, arrowstyle="-|>",
        mutation_scale=0.075 * ppu, linewidth=0.014 * ppu, color=ARROW, zorder=9,
        shrinkA=0.015 * ppu, shrinkB=0.015 * ppu,
    )  # fmt: skip
    axes.add_patch(arrow)  # type: ignore[attr-defined]


def _middle(a: Point, b: Point) -> Point:
    return (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
