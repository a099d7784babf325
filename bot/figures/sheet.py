"""Write every figure and a contact sheet of all of them, for review."""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path

from PIL import Image, ImageDraw

from bot.content.poses import ExercisePose
from bot.figures.animate import render_animation
from bot.figures.render import render_figure

TILE_WIDTH, TILE_HEIGHT, LABEL_HEIGHT, COLUMNS = 360, 225, 22, 4


def write_figures(poses: Mapping[str, ExercisePose], out_dir: Path) -> list[Path]:
    """One PNG per exercise (and a GIF where it is animated) plus `contact-sheet.png`.

    Returns the paths written, the contact sheet last.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    written, images = [], {}
    for exercise_id, pose in poses.items():
        png = render_figure(pose)
        path = out_dir / f"{exercise_id}.png"
        path.write_bytes(png)
        written.append(path)
        images[exercise_id] = png
        if pose.animate:
            gif = out_dir / f"{exercise_id}.gif"
            gif.write_bytes(render_animation(pose))
            written.append(gif)
    sheet = out_dir / "contact-sheet.png"
    sheet.write_bytes(contact_sheet(images))
    written.append(sheet)
    return written


def contact_sheet(images: Mapping[str, bytes]) -> bytes:
    """All figures as labelled tiles on one PNG (the labels are for reviewers only)."""
    rows = -(-len(images) // COLUMNS)
    cell_height = TILE_HEIGHT + LABEL_HEIGHT
    sheet = Image.new("RGB", (COLUMNS * TILE_WIDTH, rows * cell_height), "white")
    draw = ImageDraw.Draw(sheet)
    for index, (exercise_id, png) in enumerate(images.items()):
        x, y = (index % COLUMNS) * TILE_WIDTH, (index // COLUMNS) * cell_height
        with Image.open(io.BytesIO(png)) as image:
            tile = image.convert("RGB").resize((TILE_WIDTH, TILE_HEIGHT), Image.Resampling.LANCZOS)
        sheet.paste(tile, (x, y + LABEL_HEIGHT))
        draw.text((x + 8, y + 5), exercise_id, fill="#2F3B47")
        draw.rectangle((x, y, x + TILE_WIDTH - 1, y + cell_height - 1), outline="#D0D7DE")
    buffer = io.BytesIO()
    sheet.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
