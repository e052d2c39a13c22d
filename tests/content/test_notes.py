"""Every problem names a chapter whose refresher note exists, so practice always shows notes."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from app.content.loader import load_bank
from app.paths import PROJECT_ROOT

NOTES = PROJECT_ROOT / "notes"
MANIFESTS = sorted(p for p in (PROJECT_ROOT / "problems").glob("*/problem.yaml")
                   if not p.parent.name.startswith(("_", ".")))
BANK = load_bank(PROJECT_ROOT)


def test_the_bank_has_problems_and_notes():
    assert len(MANIFESTS) >= 80 and len(list(NOTES.glob("*.md"))) >= 9


@pytest.mark.parametrize("manifest", MANIFESTS, ids=lambda p: p.parent.name)
def test_every_problem_has_a_chapter_whose_note_exists(manifest: Path):
    chapter = (yaml.safe_load(manifest.read_text(encoding="utf-8")) or {}).get("chapter")
    assert chapter, f"{manifest.parent.name}: add `chapter: <note id>` after `source:` in problem.yaml"
    assert (NOTES / f"{chapter}.md").is_file(), f"{manifest.parent.name}: no note notes/{chapter}.md"
    assert chapter in BANK.notes, f"notes/{chapter}.md did not load"


@pytest.mark.parametrize("note", sorted(NOTES.glob("*.md")), ids=lambda p: p.stem)
def test_every_note_has_a_title_and_a_body_and_is_used(note: Path):
    lines = note.read_text(encoding="utf-8").splitlines()
    assert lines and lines[0].startswith("# ") and len(lines[0]) > 4, f"{note.name}: first line is `# Title`"
    assert sum(1 for line in lines if line.strip()) >= 15, f"{note.name} is too short to refresh a topic"
    users = [p.id for p in BANK.problems.values() if p.manifest.chapter == note.stem]
    assert users, f"no problem names notes/{note.name} as its chapter"


def test_no_chapter_reference_is_reported_broken():
    broken = [e for e in BANK.errors if e.field == "chapter"]
    assert not broken, broken
