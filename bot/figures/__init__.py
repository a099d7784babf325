"""Exercise figures: a pose model per exercise (content/poses.yaml) drawn into PNGs.

Plain data and drawing only: nothing here knows Telegram. Drawing needs matplotlib and numpy
(about 100 MB of a process's memory), so they are imported on the first drawing, not with this
package: the reminder sender, which hands drawings to the chart worker process, never loads them.
"""

from bot.content.poses import ExercisePose, PoseError, load_poses
from bot.figures.version import RENDERER_VERSION


def render_figure(pose: ExercisePose) -> bytes:
    """The exercise's picture as PNG bytes (720 x 450): start ghosted, end solid, an arrow."""
    from bot.figures.render import render_figure as draw

    return draw(pose)


def render_animation(pose: ExercisePose) -> bytes:
    """A looping GIF (480 x 300): start, towards end, a pause, and back."""
    from bot.figures.animate import render_animation as draw

    return draw(pose)


__all__ = [
    "RENDERER_VERSION",
    "ExercisePose",
    "PoseError",
    "load_poses",
    "render_animation",
    "render_figure",
]
