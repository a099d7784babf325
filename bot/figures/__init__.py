"""Exercise figures: a pose model per exercise (content/poses.yaml) drawn into PNGs.

Plain data and drawing only: nothing here knows Telegram.
"""

from bot.content.poses import ExercisePose, PoseError, load_poses
from bot.figures.animate import render_animation
from bot.figures.render import RENDERER_VERSION, render_figure

__all__ = [
    "RENDERER_VERSION",
    "ExercisePose",
    "PoseError",
    "load_poses",
    "render_animation",
    "render_figure",
]
