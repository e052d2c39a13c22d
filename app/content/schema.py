"""Schemas for the content bank: problems, concept questions and interview loops.

Every model forbids unknown keys so that a typo in a YAML file is reported, not ignored.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Difficulty = Literal["easy", "medium", "hard"]
ProblemKind = Literal["coding", "ml_coding"]
QuestionKind = Literal["concept", "design"]
RoundKind = Literal["coding", "ml_coding", "concept", "design"]

SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]*$"


class Strict(BaseModel):
    """Base model that rejects unknown keys and is immutable once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class TestFiles(Strict):
    """Which pytest files are shown to the candidate and which stay hidden until review."""

    visible: list[str] = Field(default_factory=lambda: ["test_visible.py"], min_length=1)
    hidden: list[str] = Field(default_factory=lambda: ["test_hidden.py"])
    support: list[str] = Field(
        default_factory=list, description="helper files copied beside the tests (not collected)"
    )


class LimitOverrides(Strict):
    """Per-problem changes to the sandbox's default limits."""

    wall_s: float | None = Field(default=None, gt=0, le=300)
    test_timeout_s: float | None = Field(default=None, gt=0, le=120)
    memory_mb: int | None = Field(default=None, ge=256, le=16384)


class ProblemManifest(Strict):
    """The `problem.yaml` of one problem folder."""

    id: str = Field(pattern=SLUG_PATTERN)
    title: str = Field(min_length=1)
    kind: ProblemKind
    difficulty: Difficulty
    topics: list[str] = Field(min_length=1)
    minutes: int = Field(gt=0, le=180)
    source: str = Field(min_length=1, description="where in the syllabus the topic comes from")
    chapter: str | None = Field(default=None, description="id of a note in notes/ shown in practice")
    hints: list[str] = Field(min_length=1)
    tests: TestFiles = Field(default_factory=TestFiles)
    limits: LimitOverrides = Field(default_factory=LimitOverrides)


class Criterion(Strict):
    """One rubric line: what a good answer contains, and how much it is worth."""

    text: str = Field(min_length=1)
    points: int = Field(gt=0, le=20)
    weak: str = Field(min_length=1)
    good: str = Field(min_length=1)
    strong: str = Field(min_length=1)


class FollowUp(Strict):
    """What the interviewer asks next (or answers when asked), with what a good reply says."""

    ask: str = Field(min_length=1)
    expect: str = Field(min_length=1, description="the expected answer (or the interviewer's reply)")


class LevelCalibration(Strict):
    """What a design answer looks like at each level, for the scorer to calibrate against."""

    mid: str = Field(min_length=1)
    senior: str = Field(min_length=1)
    staff: str = Field(min_length=1)


class Question(Strict):
    """A concept or system-design question with a model answer and a rubric."""

    id: str = Field(pattern=SLUG_PATTERN)
    kind: QuestionKind = "concept"
    prompt: str = Field(min_length=1)
    topics: list[str] = Field(min_length=1)
    difficulty: Difficulty
    minutes: int = Field(gt=0, le=90)
    companies: list[str] = Field(default_factory=list)
    model_answer: str = Field(min_length=1)
    criteria: list[Criterion] = Field(min_length=1)
    pitfalls: list[str] = Field(
        default_factory=list,
        description="red flags: wrong statements the scorer ticks; each one ticked deducts points",
    )
    core_answer: str | None = Field(
        default=None, description="what a strong candidate says in about a minute"
    )
    follow_ups: list[FollowUp] = Field(
        default_factory=list, description="probes asked after the answer is locked, in order"
    )
    ask_the_interviewer: list[FollowUp] = Field(
        default_factory=list,
        description="design: facts (scale, constraints) the interviewer gives only when asked",
    )
    levels: LevelCalibration | None = Field(
        default=None, description="design: what mid-level, senior and staff answers look like"
    )
    source: str | None = None

    @property
    def total_points(self) -> int:
        """Return the most points an answer can earn."""
        return sum(c.points for c in self.criteria)


class InterviewerRubric(Strict):
    """`rubrics/interviewer/coding.yaml`: what an interviewer scores a coding round on."""

    title: str = Field(min_length=1)
    criteria: list[Criterion] = Field(min_length=1)


class RubricFileHeader(Strict):
    """The top level of a `rubrics/<topic>.yaml` file (questions are validated one by one)."""

    topic: str = Field(pattern=SLUG_PATTERN)
    title: str = Field(min_length=1)
    questions: list[dict] = Field(min_length=1)


class Selection(Strict):
    """A rule that picks one item from the bank for a round."""

    topics: list[str] = Field(default_factory=list)
    difficulty: list[Difficulty] = Field(default_factory=list)


class RoundSpec(Strict):
    """One round of a loop: a kind, a time budget and either fixed ids or a selection rule."""

    kind: RoundKind
    minutes: int = Field(gt=0, le=120)
    ids: list[str] = Field(default_factory=list)
    select: Selection | None = None
    scale_to_item: bool = Field(
        default=False, description="give the round the drawn item's own estimate when it is longer"
    )

    @model_validator(mode="after")
    def _ids_or_select(self) -> RoundSpec:
        if bool(self.ids) == (self.select is not None):
            raise ValueError("a round needs exactly one of 'ids' (candidates to pick from) or 'select'")
        return self


class Realism(Strict):
    """Switches that make a loop feel more like the real thing."""

    hide_tags: bool = False
    whiteboard: bool = False
    exam: bool = False


class LoopSpec(Strict):
    """An `interviews/<loop>.yaml` file."""

    id: str = Field(pattern=SLUG_PATTERN)
    title: str = Field(min_length=1)
    description: str = ""
    minutes: int = Field(default=45, gt=0, le=240)
    realism: Realism = Field(default_factory=Realism)
    rounds: list[RoundSpec] = Field(min_length=1)

    @field_validator("rounds")
    @classmethod
    def _fits_budget(cls, rounds: list[RoundSpec], info) -> list[RoundSpec]:
        total = info.data.get("minutes")
        used = sum(r.minutes for r in rounds)
        if total is not None and used > total:
            raise ValueError(f"rounds add up to {used} minutes, more than the loop's {total}")
        return rounds
